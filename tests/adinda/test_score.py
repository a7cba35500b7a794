# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.
from __future__ import annotations

import datetime as dt
import math
import re
from zoneinfo import ZoneInfo

import msgspec
import pytest

import kimlib
from kimlib.adinda import (
    DEFAULT_RUBRIC,
    Activity,
    ActivityForm,
    Rubric,
    Stage,
    score,
    score_activities,
)
from kimlib.adinda import _score as score_module
from kimlib.errors import InvalidArgument
from kimlib.io import AdindaReportRecord

ORDER = tuple(Stage)
CAP = 80 / 6


def act(stage, day, topic="harga gabah", month=2, form=ActivityForm.LAINNYA):
    """A naive-local activity of ``stage`` at 09:00 on ``day`` ``month`` 2025."""
    at = dt.datetime(2025, month, day, 9)  # noqa: DTZ001 - local time
    return Activity(form=form, stage=stage, at=at, topic=topic)


def cycle_of_six(topic="harga gabah"):
    """One activity per stage on one topic, in ADINDA order."""
    return [act(s, d, topic=topic) for d, s in enumerate(ORDER, start=1)]


def q1(items, rubric=DEFAULT_RUBRIC, tz="WIB"):
    """Score ``items`` over 2025Q1."""
    return score_activities(items, period="2025Q1", tz=tz, rubric=rubric)


def kim_document(region, activities):
    """A minimal KIM document seated in ``region``."""
    return {
        "name": "KIM Contoh",
        "region": region,
        "members": [],
        "activities": activities,
    }


# --- the worked example and the "Done when" of issue 5 -------------------------


def test_no_activity_scores_zero():
    """A KIM with no activity in the period scores 0 and misses every stage."""
    report = q1([])
    assert 0.0 == report.total == report.cycle == sum(report.by_stage.values())
    assert ORDER == report.missing
    assert () == report.cycles


def test_worked_example_one_ordered_cycle_in_a_quarter():
    """Six ordered stages on one topic in Q1: 6 x 13.33/3 + 20 = 46.67."""
    report = q1(cycle_of_six())
    assert all(math.isclose(CAP / 3, p) for p in report.by_stage.values())
    assert (20.0, 1, 1.0) == (report.cycle, report.complete_cycles, report.cycle_target)
    assert math.isclose(80 / 3 + 20, report.total)
    assert 3.0 == report.targets[Stage.AKSES]


def test_complete_cycle_outscores_the_same_activities_piled_on_one_stage():
    """Done when: one complete cycle beats six activities of one stage."""
    piled = [act(Stage.DISKUSI, d) for d in range(1, 7)]
    assert q1(cycle_of_six()).total > q1(piled).total
    assert math.isclose(CAP, q1(piled).total)


def test_spread_outscores_piled_once_a_stage_is_full():
    """Six activities without topic over six stages beat six on one stage."""
    spread = [act(s, d, topic=None) for d, s in enumerate(ORDER, 1)]
    piled = [act(Stage.AKSES, d, topic=None) for d in range(1, 7)]
    assert math.isclose(2 * CAP, q1(spread).total)
    assert q1(spread).total > q1(piled).total


def test_a_stage_is_capped_at_its_points():
    """More activity than the target adds nothing to a full stage."""
    many = [act(Stage.ASPIRASI, d, topic=None) for d in range(1, 28)]
    assert CAP == q1(many).by_stage[Stage.ASPIRASI] == q1(many[:3]).total


def test_cycle_target_scales_with_the_period():
    """One cycle a quarter: a year needs four for the full 20 points."""
    items = cycle_of_six()
    year = score_activities(items, period="2025", tz="WIB")
    month = score_activities(items, period="2025-02", tz="WIB")
    assert (4.0, 5.0) == (year.cycle_target, year.cycle)
    assert 20.0 == month.cycle
    assert (12.0, 1.0) == (year.targets[Stage.AKSES], month.targets[Stage.AKSES])


def test_form_weights_scale_an_activitys_count():
    """A workshop weighing 3 fills Implementasi alone; weight 0 counts nothing."""
    rubric = Rubric(form_weights={"workshop": 3, "lokakarya": 0})
    items = [
        act(Stage.IMPLEMENTASI, 2, form=ActivityForm.WORKSHOP),
        act(Stage.DISKUSI, 2, form=ActivityForm.LOKAKARYA),
    ]
    report = q1(items, rubric)
    assert (3.0, 0.0) == (
        report.effective[Stage.IMPLEMENTASI],
        report.effective[Stage.DISKUSI],
    )
    assert (1, 1) == (report.counts[Stage.IMPLEMENTASI], report.counts[Stage.DISKUSI])
    assert CAP == report.total


def test_activity_without_stage_counts_for_its_forms_default_stage():
    """A sarasehan with no stage is a Diskusi."""
    item = Activity(form=ActivityForm.SARASEHAN, at=dt.datetime(2025, 2, 1))  # noqa: DTZ001
    assert 1 == q1([item]).counts[Stage.DISKUSI]


def test_custom_rubric_changes_the_split():
    """A rubric weighting Implementasi double gives it twice the points."""
    rubric = Rubric(stage_weights={**dict.fromkeys(Stage, 1), "implementasi": 2})
    report = q1(cycle_of_six(), rubric)
    assert math.isclose(
        2 * report.by_stage[Stage.AKSES], report.by_stage[Stage.IMPLEMENTASI]
    )


# --- next-best actions ----------------------------------------------------------


def test_next_action_completes_the_cycle_missing_one_stage():
    """A topic lacking Implementasi: a workshop on it is worth its points + 20."""
    items = [a for a in cycle_of_six() if a.resolved_stage is not Stage.IMPLEMENTASI]
    report = q1(items)
    best = report.next_best_actions[0]
    assert (Stage.IMPLEMENTASI, ActivityForm.WORKSHOP, "harga gabah", True) == (
        best.stage,
        best.form,
        best.topic,
        best.completes_cycle,
    )
    assert math.isclose(CAP / 3 + 20, best.gain)
    assert math.isclose(report.total + best.gain, q1([*items, best.activity]).total)


@pytest.mark.parametrize("stage", [Stage.AKSES, Stage.DISKUSI], ids=str)
def test_next_action_places_the_activity_to_keep_the_order(stage):
    """A missing Akses or Diskusi is placed so that the cycle is ordered."""
    items = [a for a in cycle_of_six() if a.resolved_stage is not stage]
    report = q1(items)
    (action,) = [a for a in report.next_best_actions if a.stage is stage]
    assert action.completes_cycle
    assert 1 == q1([*items, action.activity]).complete_cycles


def test_next_actions_are_sorted_best_first_and_skip_full_stages():
    """Full stages gain nothing and are left out; the rest come best first."""
    items = [act(Stage.AKSES, d, topic=None) for d in range(1, 4)]
    report = q1(items)
    assert Stage.AKSES not in [a.stage for a in report.next_best_actions]
    gains = [a.gain for a in report.next_best_actions]
    assert gains == sorted(gains, reverse=True)
    assert 5 == len(gains)


def test_suggested_forms_follow_form_weights():
    """With a heavier form for a stage, that form is suggested."""
    rubric = Rubric(form_weights={"siaran": 2})
    report = q1([], rubric)
    (action,) = [a for a in report.next_best_actions if a.stage is Stage.DISEMINASI]
    assert ActivityForm.SIARAN == action.form
    default = q1([])
    forms = {a.stage: a.form for a in default.next_best_actions}
    assert ActivityForm.MEDIA_SOSIAL == forms[Stage.DISEMINASI]


# --- kimlib.score on a KIM: its region's time zone ---------------------------


def test_score_reads_activities_in_jayapura_time():
    """In Kota Jayapura (WIT) 2025-03-31T16:00Z is 1 April: 2025Q2."""
    kim = kimlib.load_kim(
        kim_document("91.71", [{"form": "sarasehan", "at": "2025-03-31T16:00:00Z"}])
    )
    assert "Asia/Jayapura" == score(kim, period="2025Q1").timezone
    assert (0.0, 1) == (
        score(kim, period="2025Q1").total,
        score(kim, period="2025Q2").counts[Stage.DISKUSI],
    )


def test_score_keeps_2330_wib_on_the_last_day_in_the_quarter():
    """In Kota Palangkaraya (WIB) 23:30 on 31 March, naive, is in 2025Q1."""
    kim = kimlib.load_kim(
        kim_document("62.71", [{"form": "sarasehan", "at": "2025-03-31T23:30:00"}])
    )
    assert (1, 0) == (
        score(kim, period="2025Q1").counts[Stage.DISKUSI],
        score(kim, period="2025Q2").counts[Stage.DISKUSI],
    )


def test_score_keeps_2330_wita_on_the_last_day_in_the_quarter():
    """In Kota Makassar (WITA) 23:30+08:00 on 31 March is in 2025Q1."""
    kim = kimlib.load_kim(
        kim_document(
            "73.71", [{"form": "sarasehan", "at": "2025-03-31T23:30:00+08:00"}]
        )
    )
    assert (1, 0) == (
        score(kim, period="2025Q1").counts[Stage.DISKUSI],
        score(kim, period="2025Q2").counts[Stage.DISKUSI],
    )


def test_score_without_period_is_the_current_quarter_in_the_kims_zone(monkeypatch):
    """period=None: the quarter of today in Jayapura (1 April there already)."""
    kim = kimlib.load_kim(kim_document("91.71", []))
    utc_now = dt.datetime(2025, 3, 31, 16, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(score_module, "_now", utc_now.astimezone)
    assert "2025Q2" == score(kim).period.label


def test_score_matches_score_activities_with_the_kims_zone():
    """kimlib.score is score_activities in the KIM's time zone."""
    items = [{"form": "sarasehan", "at": f"2025-0{m}-01T00:30:00"} for m in (1, 4)]
    kim = kimlib.load_kim(kim_document("73.71", items))
    expected = score_activities(kim.activities, period="2025Q1", tz="Asia/Makassar")
    assert expected == score(kim, period="2025Q1")


def test_bundled_sample_kims_score():
    """Every sample KIM scores for 2025Q1, its parts adding up to the total."""
    reports = [
        score(k, period="2025Q1") for k in kimlib.load_kims(kimlib.io.sample_path())
    ]
    assert reports
    for report in reports:
        assert 0.0 <= report.total <= 100.0
        assert abs(sum(report.by_stage.values()) + report.cycle - report.total) < 1e-9
    complete = [r.total for r in reports if r.complete_cycles]
    without = [r.total for r in reports if not r.complete_cycles]
    assert min(complete) > max(without)


# --- explanation and records -------------------------------------------------------


def test_explain_in_english():
    """The explanation gives the total, each stage, cycles and next steps."""
    items = [a for a in cycle_of_six() if a.resolved_stage is not Stage.ASPIRASI]
    text = q1(items).explain("en")
    assert text.startswith("ADINDA score for 2025 Q1: 22.2 out of 100\n")
    assert "kimlib's own, not an official standard" in text
    assert "- Access to information: 4.4 of 13.3 points (activities: 1;" in text
    assert "missing: Aspirations" in text
    assert "Stages without activity: Aspirations." in text
    assert "on \u201charga gabah\u201d (completes its cycle): +24.4 points" in text


def test_explain_in_indonesian_uses_decimal_commas():
    """Indonesian text writes 22,2 and names the stages in Indonesian."""
    items = [a for a in cycle_of_six() if a.resolved_stage is not Stage.ASPIRASI]
    text = q1(items).explain("id")
    assert text.startswith("Skor ADINDA triwulan I 2025: 22,2 dari 100\n")
    assert "bukan standar resmi" in text
    assert "Tahap tanpa kegiatan: Aspirasi." in text


def test_explain_without_activity_and_with_a_custom_rubric():
    """No activity is said so; a custom rubric is named."""
    text = q1([], Rubric(name="Perbup 12/2025")).explain("en")
    assert "No activity in this period." in text
    assert "Rubric: Perbup 12/2025." in text


def test_explain_names_a_topic_with_stages_out_of_order():
    """All six stages without an ordered run is explained as such."""
    items = [act(s, d) for d, s in enumerate(reversed(ORDER), 1)]
    assert "has all six stages but no akses followed" in q1(items).explain("en")


@pytest.mark.parametrize("lang", ["fr", "english", None])
def test_explain_rejects_other_languages(lang):
    """Only "id" and "en" are supported."""
    with pytest.raises(InvalidArgument, match="use one of: 'id', 'en'"):
        q1([]).explain(lang)


def test_dump_gives_the_record_and_it_round_trips():
    """kimlib.dump(report) is JSON-ready and decodes back into the record."""
    items = [a for a in cycle_of_six() if a.resolved_stage is not Stage.ASPIRASI]
    report = q1(items)
    dumped = kimlib.dump(report)
    assert ("2025Q1", "2025-01-01", "2025-03-31") == (
        dumped["period"],
        dumped["start"],
        dumped["last_day"],
    )
    assert report.by_stage[Stage.AKSES] == dumped["by_stage"]["akses"]
    assert ["aspirasi"] == dumped["missing"]
    assert dumped == kimlib.dump(msgspec.convert(dumped, AdindaReportRecord))
    assert dumped == msgspec.json.decode(msgspec.json.encode(dumped))


def test_record_has_a_json_schema():
    """Msgspec writes a JSON Schema of the record with every field."""
    schema = msgspec.json.schema(AdindaReportRecord)
    properties = schema["$defs"]["AdindaReportRecord"]["properties"]
    assert {"total", "by_stage", "cycle", "cycles", "next_best_actions"} <= set(
        properties
    )


# --- bad arguments ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        pytest.param({"period": "Q5"}, "period='Q5'", id="period"),
        pytest.param({"tz": "Pluto"}, "tz='Pluto'", id="tz"),
        pytest.param({"tz": None}, "tz=NoneType", id="tz-none"),
        pytest.param({"rubric": {"cycle_share": 0.2}}, "rubric=dict", id="rubric"),
    ],
)
def test_score_activities_rejects_bad_arguments(kwargs, match):
    """Bad arguments raise InvalidArgument naming them."""
    arguments = {"period": "2025Q1", "tz": "WIB", **kwargs}
    with pytest.raises(InvalidArgument, match=match):
        score_activities([], **arguments)


def test_score_activities_rejects_items_that_are_not_activities():
    """An item that is not an Activity is named by its index."""
    items = [act(Stage.AKSES, 1), {"form": "sarasehan"}]
    with pytest.raises(
        InvalidArgument, match=r"activities\[1\] must be Activity, not dict"
    ):
        q1(items)


@pytest.mark.parametrize("items", [None, 3], ids=["none", "int"])
def test_score_activities_rejects_what_is_not_iterable(items):
    """Activities must be an iterable."""
    with pytest.raises(InvalidArgument, match="iterable of Activity"):
        q1(items)


def test_score_activities_reads_a_generator_once():
    """Any iterable works, a one-shot generator included."""
    assert q1(cycle_of_six()) == q1(a for a in cycle_of_six())


def test_score_rejects_what_is_not_a_kim():
    """kimlib.score needs a Kim."""
    with pytest.raises(InvalidArgument, match="kim=dict"):
        score({"name": "KIM"}, period="2025Q1")  # type: ignore[arg-type]


def test_a_full_quarter_scores_100_and_suggests_nothing():
    """Three ordered rounds of all six stages on one topic fill every part."""
    items = [act(s, d + 7 * r) for r in range(3) for d, s in enumerate(ORDER, 1)]
    report = q1(items)
    assert (100.0, ()) == (report.total, report.next_best_actions)
    assert "Next steps" not in report.explain("en")


@pytest.mark.parametrize(
    ("tz", "name"),
    [
        pytest.param(dt.timezone(dt.timedelta(hours=8)), "UTC+08:00", id="fixed"),
        pytest.param(ZoneInfo("Asia/Makassar"), "Asia/Makassar", id="zoneinfo"),
        pytest.param("WITA", "Asia/Makassar", id="abbreviation"),
    ],
)
def test_report_names_the_time_zone(tz, name):
    """The report names the zone it read times in, whatever tzinfo was given."""
    assert name == q1([], tz=tz).timezone


def test_score_without_period_reads_the_clock_once():
    """period=None gives a quarter label (the real clock, KIM's zone)."""
    kim = kimlib.load_kim(kim_document("62.71", []))
    assert re.fullmatch(r"\d{4}Q[1-4]", score(kim).period.label)
