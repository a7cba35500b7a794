"""The properties of issue 5 and DESIGN.md "Scoring (ADINDA)", for any rubric."""

from __future__ import annotations

import datetime as dt
import math

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.adinda.strategies import PERIOD, ZONES, activities, activity_lists, rubrics

import kimlib
from kimlib.adinda import (
    DEFAULT_RUBRIC,
    SUGGESTED_FORM,
    Activity,
    ActivityForm,
    Stage,
    score,
    score_activities,
)
from kimlib.io import AdindaReportRecord
from kimlib.strategies import kims

rubric_choices = st.just(DEFAULT_RUBRIC) | rubrics()
zones = st.sampled_from(ZONES)


def run(items, zone, rubric):
    """Score ``items`` over 2025Q1 in ``zone``."""
    return score_activities(items, period=PERIOD, tz=zone, rubric=rubric)


def parts_add_up(report):
    """Whether stage points plus cycle points equal the total (1e-9)."""
    return abs(sum(report.by_stage.values()) + report.cycle - report.total) <= 1e-9


@given(activity_lists(40), zones, rubric_choices)
def test_total_is_within_0_and_100_and_parts_add_up(items, zone, rubric):
    """0 <= total <= 100, each part within its cap, parts sum to the total."""
    report = run(items, zone, rubric)
    assert 0.0 <= report.total <= 100.0
    assert parts_add_up(report)
    for stage in Stage:
        assert 0.0 <= report.by_stage[stage] <= rubric.caps[stage]
    assert 0.0 <= report.cycle <= rubric.cycle_cap


@given(st.data(), activity_lists(), zones, rubric_choices)
def test_total_never_falls_when_an_activity_inside_is_added(data, items, zone, rubric):
    """Adding an activity whose local time lies in the period never lowers it."""
    extra = data.draw(activities(where="inside", tz=zone))
    before, after = run(items, zone, rubric), run([*items, extra], zone, rubric)
    assert after.total >= before.total
    assert all(after.by_stage[s] >= before.by_stage[s] for s in Stage)
    assert after.cycle >= before.cycle
    assert 1 == sum(after.counts.values()) - sum(before.counts.values())


@given(activity_lists(), zones, rubric_choices, st.randoms(use_true_random=False))
def test_report_does_not_depend_on_input_order(items, zone, rubric, random):
    """Shuffled activities give the very same report."""
    shuffled = list(items)
    random.shuffle(shuffled)
    assert run(items, zone, rubric) == run(shuffled, zone, rubric)


@given(st.data(), activity_lists(), zones, rubric_choices)
def test_activities_outside_the_period_count_for_nothing(data, items, zone, rubric):
    """Activities outside the period (in local time) leave the report as it was."""
    outside = data.draw(st.lists(activities(where="outside", tz=zone), max_size=10))
    assert run(items, zone, rubric) == run([*outside, *items, *outside], zone, rubric)


@given(activity_lists(), zones, rubric_choices)
def test_next_best_actions_gain_what_they_say(items, zone, rubric):
    """Adding a suggested activity raises the total by its gain (1e-9)."""
    report = run(items, zone, rubric)
    gains = [a.gain for a in report.next_best_actions]
    assert gains == sorted(gains, reverse=True)
    for action in report.next_best_actions:
        assert action.gain > 0
        after = run([*items, action.activity], zone, rubric)
        assert abs(report.total + action.gain - after.total) <= 1e-9


@given(activity_lists(), zones)
def test_no_single_stage_activity_beats_the_best_action(items, zone):
    """No stage's suggested activity (without topic) gains more than the top one."""
    report = run(items, zone, DEFAULT_RUBRIC)
    best = report.next_best_actions[0].gain if report.next_best_actions else 0.0
    start = dt.datetime(2025, 1, 1, 12)  # noqa: DTZ001 - local time
    for stage in Stage:
        plain = Activity(form=SUGGESTED_FORM[stage], stage=stage, at=start)
        gain = run([*items, plain], zone, DEFAULT_RUBRIC).total - report.total
        assert gain <= best + 1e-9


@given(st.integers(1, 60))
def test_spread_never_scores_less_than_piled_and_cycles_win(n):
    """Spread over six stages >= piled on one; complete cycles beat piled."""
    tz = ZONES[0]
    spread = [_activity(list(Stage)[i % 6], i, topic=None) for i in range(n)]
    for stage in Stage:
        piled = [_activity(stage, i, topic=None) for i in range(n)]
        assert (
            run(spread, tz, DEFAULT_RUBRIC).total
            >= run(piled, tz, DEFAULT_RUBRIC).total
        )
        cycles = [
            _activity(list(Stage)[i % 6], i, topic=f"t{i // 6}") for i in range(6 * n)
        ]
        piled = [_activity(stage, i, topic=None) for i in range(6 * n)]
        assert (
            run(cycles, tz, DEFAULT_RUBRIC).total > run(piled, tz, DEFAULT_RUBRIC).total
        )
    if n > 3:  # beyond one stage's quarterly target spreading wins outright
        assert (
            run(spread, tz, DEFAULT_RUBRIC).total
            > run(piled[:n], tz, DEFAULT_RUBRIC).total
        )


def _activity(stage, i, topic):
    """The ``i``-th activity of a run, 10 minutes apart from 1 January 08:00."""
    at = dt.datetime(2025, 1, 1, 8) + dt.timedelta(minutes=10 * i)  # noqa: DTZ001
    return Activity(form=ActivityForm.LAINNYA, stage=stage, at=at, topic=topic)


@given(activity_lists(), rubric_choices)
def test_a_year_scores_against_twelve_months_of_targets(items, rubric):
    """A year's targets are 12 x a month's and the year's cycle target 12/months."""
    year = score_activities(items, period="2025", tz="WIB", rubric=rubric)
    month = score_activities(items, period="2025-01", tz="WIB", rubric=rubric)
    for stage in Stage:
        assert year.targets[stage] == 12 * month.targets[stage]
    assert math.isclose(year.cycle_target, 12 * month.cycle_target)


@settings(max_examples=30)
@given(kims())
def test_kimlib_score_is_score_activities_in_the_kims_zone(kim):
    """score(kim) == score_activities(kim.activities, tz=its region's zone)."""
    tz = kim.region_info.timezone
    for period in ("2025Q1", "2030"):
        expected = score_activities(kim.activities, period=period, tz=tz)
        assert expected == score(kim, period=period)


@given(activity_lists(), zones, rubric_choices)
def test_record_round_trips_through_json(items, zone, rubric):
    """dump(report) decodes back into the same record."""
    report = run(items, zone, rubric)
    encoded = msgspec.json.encode(kimlib.dump(report))
    record = msgspec.json.decode(encoded, type=AdindaReportRecord)
    assert kimlib.dump(report) == kimlib.dump(record)
