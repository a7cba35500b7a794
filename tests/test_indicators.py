"""Success indicators (seed 001): readings, progress, summary, stage feeds."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import datetime as dt
import math
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kimlib
from kimlib import sources
from kimlib.errors import InvalidArgument, InvalidInput
from kimlib.indicators import (
    DEFAULT_THRESHOLD,
    STAGE_FEEDS,
    Indicator,
    IndicatorReading,
    Progress,
    Trend,
    fed_by,
    period_days,
    progress,
    select,
    summary,
)
from kimlib.messages import CATALOGUE, LANGS
from kimlib.messages._analysis import MESSAGES
from kimlib.messages._text import placeholders
from kimlib.model import Kim, Stage
from kimlib.strategies import indicator_readings, kims

DAY = dt.date(2025, 1, 15)


def reading(indicator=Indicator.KESADARAN_ISU, value=1.0, on=DAY):
    """A valid reading with the given indicator, value and date."""
    return IndicatorReading(
        indicator=indicator,
        value=value,
        measured_on=on,
        method="survei rumah tangga",
        source="Dinas Kominfo",
    )


values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)
thresholds = st.floats(min_value=0, max_value=1e6, allow_nan=False)


@st.composite
def readings(draw, min_size=0):
    """A list of valid readings over all indicators."""
    return draw(
        st.lists(
            st.builds(
                reading,
                indicator=st.sampled_from(Indicator),
                value=values,
                on=st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
            ),
            min_size=min_size,
            max_size=12,
        )
    )


# --- the public surface ------------------------------------------------------


def test_analysis_messages_prefixed_and_complete():
    """Every analysis text has a known prefix, both languages, same placeholders."""
    for key, text in MESSAGES.items():
        assert key.split(".")[0] in {"indicator", "mapping", "vocabulary"}
        assert CATALOGUE[key] == text
        assert placeholders(text.id) == placeholders(text.en)


# --- the vocabulary ----------------------------------------------------------


def test_five_indicators_in_source_order(seed_text):
    """The five indicators appear verbatim in seed 001, in its order."""
    text = seed_text(sources.SEED_001)
    positions = [text.index(indicator.quote) for indicator in Indicator]
    assert 5 == len(Indicator)
    assert sorted(positions) == positions


@pytest.mark.parametrize("indicator", list(Indicator))
def test_indicator_texts(indicator):
    """Each indicator cites seed 001 and has labels and statements in id and en."""
    assert sources.SEED_001 is indicator.citation.source
    assert (indicator.citation.quote, "seed 001") == (indicator.quote, indicator.seed)
    for lang in LANGS:
        assert indicator.label(lang).strip()
        assert indicator.statement.get(lang).strip()
    # The Indonesian statement is the quote, capitalised.
    assert indicator.quote[0].upper() + indicator.quote[1:] == indicator.statement.id


def test_trend_labels():
    """Trends are labelled in Indonesian and English."""
    assert ("Membaik", "Declining") == (
        Trend.IMPROVING.label("id"),
        Trend.DECLINING.label("en"),
    )


# --- readings ----------------------------------------------------------------


def test_reading_normalises_fields():
    """A reading accepts the JSON value, an ISO date and a whole number."""
    r = IndicatorReading(
        indicator="kualitas_hidup",
        value=3,
        measured_on="2025-02-01",
        method="indeks",
        source="KIM",
    )
    assert Indicator.KUALITAS_HIDUP is r.indicator
    assert 3.0 == r.value
    assert isinstance(r.value, float)
    assert dt.date(2025, 2, 1) == r.measured_on


def test_reading_takes_the_date_of_a_datetime():
    """A datetime's date is kept."""
    assert (
        DAY
        == reading(
            on=dt.datetime(2025, 1, 15, 23, 59, tzinfo=dt.timezone.utc)
        ).measured_on
    )


def test_reading_is_frozen():
    """Readings are immutable."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        reading().value = 2.0  # type: ignore[misc]


GOOD = {
    "indicator": "kesadaran_isu",
    "value": 1.0,
    "measured_on": DAY,
    "method": "survei",
    "source": "Dinas",
}


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        pytest.param("indicator", "kesadaran", id="unknown-indicator"),
        pytest.param("indicator", None, id="no-indicator"),
        pytest.param("value", math.nan, id="nan"),
        pytest.param("value", math.inf, id="infinite"),
        pytest.param("value", "3", id="text-value"),
        pytest.param("value", True, id="bool-value"),
        pytest.param("value", None, id="no-value"),
        pytest.param("measured_on", "17/04/2025", id="not-iso"),
        pytest.param("measured_on", 20250417, id="number-date"),
        pytest.param("method", "", id="empty-method"),
        pytest.param("method", "   ", id="blank-method"),
        pytest.param("method", None, id="no-method"),
        pytest.param("source", "", id="empty-source"),
        pytest.param("source", 7, id="number-source"),
    ],
)
def test_invalid_reading(field, bad):
    """A bad field raises InvalidInput naming that field, never its value."""
    with pytest.raises(InvalidInput) as caught:
        IndicatorReading(**{**GOOD, field: bad})
    assert (field,) == caught.value.paths
    assert repr(bad) not in str(caught.value) or bad is None


# --- progress ----------------------------------------------------------------


def test_progress_worked_example():
    """Means per period, absolute change and trend against the threshold."""
    before = [
        reading(Indicator.KESADARAN_ISU, 40),
        reading(Indicator.KESADARAN_ISU, 50),
        reading(Indicator.KUALITAS_HIDUP, 3.0),
        reading(Indicator.PARTISIPASI_KEPUTUSAN, 20),
    ]
    after = [
        reading(Indicator.KESADARAN_ISU, 60),
        reading(Indicator.KUALITAS_HIDUP, 3.1),
        reading(Indicator.PARTISIPASI_KEPUTUSAN, 12),
        reading(Indicator.AKSESIBILITAS_INFORMASI, 70),
    ]
    result = progress(before, after, threshold=0.5)
    assert tuple(Indicator) == tuple(result)
    awareness = result[Indicator.KESADARAN_ISU]
    assert (45.0, 60.0, 15.0, Trend.IMPROVING) == (
        awareness.before,
        awareness.after,
        awareness.change,
        awareness.trend,
    )
    assert (2, 1) == (awareness.before_count, awareness.after_count)
    assert Trend.FLAT is result[Indicator.KUALITAS_HIDUP].trend
    assert Trend.DECLINING is result[Indicator.PARTISIPASI_KEPUTUSAN].trend
    access = result[Indicator.AKSESIBILITAS_INFORMASI]
    assert (None, 70.0, None, None) == (
        access.before,
        access.after,
        access.change,
        access.trend,
    )
    assert result[Indicator.KEMAMPUAN_INFORMASI].trend is None


def test_progress_is_read_only():
    """The result cannot be changed."""
    result = progress([], [])
    with pytest.raises(TypeError):
        result[Indicator.KESADARAN_ISU] = None  # type: ignore[index]


def test_default_threshold_is_zero():
    """Without a threshold, any change counts and only no change is flat."""
    assert 0.0 == DEFAULT_THRESHOLD
    result = progress([reading(value=1.0)], [reading(value=1.0 + 1e-9)])
    assert Trend.IMPROVING is result[Indicator.KESADARAN_ISU].trend
    same = progress([reading(value=2.0)], [reading(value=2.0)])
    assert Trend.FLAT is same[Indicator.KESADARAN_ISU].trend


def test_threshold_per_indicator():
    """A mapping sets thresholds per indicator; left-out ones get the default."""
    before = [
        reading(Indicator.KESADARAN_ISU, 10),
        reading(Indicator.KUALITAS_HIDUP, 1),
    ]
    after = [reading(Indicator.KESADARAN_ISU, 12), reading(Indicator.KUALITAS_HIDUP, 2)]
    result = progress(before, after, threshold={Indicator.KESADARAN_ISU: 5})
    assert 5.0 == result[Indicator.KESADARAN_ISU].threshold
    assert Trend.FLAT is result[Indicator.KESADARAN_ISU].trend
    assert DEFAULT_THRESHOLD == result[Indicator.KUALITAS_HIDUP].threshold
    assert Trend.IMPROVING is result[Indicator.KUALITAS_HIDUP].trend


def test_threshold_boundary_is_flat():
    """A change exactly equal to the threshold is flat."""
    result = progress([reading(value=10)], [reading(value=12)], threshold=2)
    assert Trend.FLAT is result[Indicator.KESADARAN_ISU].trend
    result = progress([reading(value=12)], [reading(value=10)], threshold=2)
    assert Trend.FLAT is result[Indicator.KESADARAN_ISU].trend


@pytest.mark.parametrize(
    "threshold",
    [
        pytest.param(-0.1, id="negative"),
        pytest.param(math.nan, id="nan"),
        pytest.param(math.inf, id="infinite"),
        pytest.param(True, id="bool"),
        pytest.param("1", id="text"),
        pytest.param(None, id="none"),
        pytest.param({Indicator.KESADARAN_ISU: -1}, id="negative-in-mapping"),
        pytest.param({"kesadaran_isu": 1}, id="text-key"),
    ],
)
def test_invalid_threshold(threshold):
    """A bad threshold raises InvalidArgument naming it."""
    with pytest.raises(InvalidArgument, match="threshold"):
        progress([], [], threshold=threshold)


@pytest.mark.parametrize(
    ("before", "name"),
    [
        pytest.param("readings", "before", id="a-string"),
        pytest.param(3, "before", id="a-number"),
        pytest.param({"value": 1}, "before", id="a-mapping"),
        pytest.param([{"value": 1}], "before[0]", id="a-dict-reading"),
    ],
)
def test_invalid_readings(before, name):
    """Readings that are not IndicatorReading values raise InvalidArgument."""
    with pytest.raises(InvalidArgument, match=re.escape(name)):
        progress(before, [])


@pytest.mark.parametrize(
    ("before", "after", "lang", "expected"),
    [
        pytest.param(
            40,
            52,
            "en",
            "Awareness of key issues: improving, from 40 to 52 (+12)",
            id="improving-en",
        ),
        pytest.param(
            52,
            40,
            "id",
            "Kesadaran akan isu penting: menurun, dari 52 menjadi 40 (-12)",
            id="declining-id",
        ),
        pytest.param(
            40,
            41,
            "en",
            "Awareness of key issues: flat, from 40 to 41 (+1, within the threshold 2)",
            id="flat-en",
        ),
        pytest.param(
            None,
            41,
            "en",
            "Awareness of key issues: no data for the first period",
            id="no-before",
        ),
        pytest.param(
            40,
            None,
            "id",
            "Kesadaran akan isu penting: tidak ada data untuk periode akhir",
            id="no-after",
        ),
        pytest.param(
            None,
            None,
            "en",
            "Awareness of key issues: no data for either period",
            id="no-data",
        ),
    ],
)
def test_progress_message(before, after, lang, expected):
    """A progress reads as one line in Indonesian or English."""
    p = Progress(
        indicator=Indicator.KESADARAN_ISU, before=before, after=after, threshold=2
    )
    assert expected == p.message(lang)


def test_progress_message_refuses_other_languages():
    """Only id and en are supported."""
    p = Progress(indicator=Indicator.KESADARAN_ISU, before=1, after=2)
    with pytest.raises(InvalidArgument, match="lang"):
        p.message("fr")


# --- select ------------------------------------------------------------------


def test_select_includes_both_ends():
    """Readings on the first and last day are inside the interval."""
    rs = [reading(on=dt.date(2025, 1, d)) for d in (1, 2, 30, 31)]
    inside = select(rs, "2025-01-02", dt.date(2025, 1, 30))
    assert rs[1:3] == list(inside)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        pytest.param("2025-02-01", "2025-01-01", id="end-before-start"),
        pytest.param("01/01/2025", "2025-01-31", id="not-iso"),
        pytest.param(None, "2025-01-31", id="no-start"),
    ],
)
def test_select_invalid_bounds(start, end):
    """Bad bounds raise InvalidArgument."""
    with pytest.raises(InvalidArgument):
        select([], start, end)


# --- summary -----------------------------------------------------------------


def test_summary_counts():
    """The summary lists indicators per trend and those without data."""
    result = progress(
        [reading(Indicator.KESADARAN_ISU, 1), reading(Indicator.KUALITAS_HIDUP, 5)],
        [reading(Indicator.KESADARAN_ISU, 3), reading(Indicator.KUALITAS_HIDUP, 5)],
    )
    s = summary(result)
    assert (Indicator.KESADARAN_ISU,) == s.improving
    assert (Indicator.KUALITAS_HIDUP,) == s.flat
    assert () == s.declining
    assert 3 == len(s.without_data)
    expected = {"improving": 1, "flat": 1, "declining": 0, "without_data": 3}
    assert expected == dict(s.counts)
    assert "1 membaik, 1 tetap, 0 menurun, 3 tanpa data" == s.explain("id")


def test_summary_of_a_partial_result():
    """Indicators missing from the result count as without data."""
    p = Progress(indicator=Indicator.KUALITAS_HIDUP, before=1, after=0)
    s = summary([p])
    assert (Indicator.KUALITAS_HIDUP,) == s.declining
    assert 4 == len(s.without_data)


@pytest.mark.parametrize(
    "result",
    [
        pytest.param([1, 2], id="not-progress"),
        pytest.param(
            [Progress(indicator=Indicator.KUALITAS_HIDUP, before=1, after=0)] * 2,
            id="indicator-twice",
        ),
    ],
)
def test_summary_invalid(result):
    """A summary of something else than distinct Progress values is refused."""
    with pytest.raises(InvalidArgument):
        summary(result)


# --- stage feeds -------------------------------------------------------------


def test_every_stage_feeds_an_indicator():
    """Every ADINDA stage feeds at least one indicator."""
    assert set(Stage) == set(STAGE_FEEDS)
    assert all(STAGE_FEEDS[stage] for stage in Stage)


def test_every_indicator_is_fed():
    """Every indicator is fed by at least one stage, as fed_by reports."""
    for indicator in Indicator:
        stages = fed_by(indicator)
        assert stages
        assert all(indicator in STAGE_FEEDS[s] for s in stages)


def test_stage_feeds_documented_choice():
    """The mapping is kimlib's documented choice."""
    assert (
        Indicator.AKSESIBILITAS_INFORMASI,
        Indicator.KEMAMPUAN_INFORMASI,
    ) == STAGE_FEEDS[Stage.AKSES]
    assert (Indicator.PARTISIPASI_KEPUTUSAN,) == STAGE_FEEDS[Stage.ASPIRASI]
    assert (Stage.IMPLEMENTASI,) == fed_by(Indicator.KUALITAS_HIDUP)


def test_stage_feeds_read_only_and_checked():
    """The mapping cannot be changed; fed_by refuses a non-indicator."""
    with pytest.raises(TypeError):
        STAGE_FEEDS[Stage.AKSES] = ()  # type: ignore[index]
    with pytest.raises(InvalidArgument):
        fed_by("kesadaran_isu")  # type: ignore[arg-type]


# --- properties --------------------------------------------------------------

SWAPPED = {Trend.IMPROVING: Trend.DECLINING, Trend.DECLINING: Trend.IMPROVING}


@given(readings(), readings(), thresholds)
def test_trend_antisymmetry(before, after, threshold):
    """Swapping the periods swaps improving and declining; flat stays flat."""
    forward = progress(before, after, threshold=threshold)
    backward = progress(after, before, threshold=threshold)
    for indicator in Indicator:
        trend = forward[indicator].trend
        assert SWAPPED.get(trend, trend) == backward[indicator].trend


@given(values, values, thresholds)
def test_flat_exactly_within_threshold(a, b, threshold):
    """The trend is flat exactly when the change lies within the threshold."""
    p = progress([reading(value=a)], [reading(value=b)], threshold=threshold)
    change = p[Indicator.KESADARAN_ISU].change
    assert change is not None
    is_flat = p[Indicator.KESADARAN_ISU].trend is Trend.FLAT
    assert (abs(change) <= threshold) == is_flat


@given(readings(), readings(), thresholds, st.randoms(use_true_random=False))
def test_order_independence(before, after, threshold, rnd):
    """Shuffling the readings changes nothing."""
    expected = progress(before, after, threshold=threshold)
    rnd.shuffle(before)
    rnd.shuffle(after)
    assert dict(expected) == dict(progress(before, after, threshold=threshold))


@given(readings(), readings(), thresholds)
def test_summary_partitions_the_indicators(before, after, threshold):
    """Every indicator lands in exactly one group of the summary."""
    s = summary(progress(before, after, threshold=threshold))
    groups = s.improving + s.flat + s.declining + s.without_data
    assert sorted(Indicator, key=list(Indicator).index) == sorted(
        groups, key=list(Indicator).index
    )
    assert 5 == sum(s.counts.values())


@given(readings(min_size=1), thresholds, thresholds)
def test_larger_threshold_never_less_flat(rs, t1, t2):
    """Raising the threshold can only turn trends flat, never away from flat."""
    low, high = sorted((t1, t2))
    shifted = [attrs.evolve(r, value=r.value + 1) for r in rs]
    a = progress(rs, shifted, threshold=low)
    b = progress(rs, shifted, threshold=high)
    for indicator in Indicator:
        if a[indicator].trend is Trend.FLAT:
            assert Trend.FLAT is b[indicator].trend


# --- the KIM document's readings and progress(kim, before, after) -------------


def measured(kim_readings):
    """A KIM of Kota Serang carrying these readings."""
    return Kim(
        name="KIM Uji", region="36.73", members=(), indicators=tuple(kim_readings)
    )


def test_kim_progress_compares_its_two_periods():
    """progress(kim, before, after) compares the readings of the two periods."""
    kim = measured(
        [
            reading(value=40, on=dt.date(2025, 2, 1)),
            reading(value=44, on=dt.date(2025, 3, 31)),
            reading(value=50, on=dt.date(2025, 4, 1)),
            reading(value=99, on=dt.date(2025, 7, 1)),
        ]
    )
    result = progress(kim, "2025Q1", "2025Q2")
    found = result[Indicator.KESADARAN_ISU]
    assert (42.0, 50.0, Trend.IMPROVING) == (found.before, found.after, found.trend)
    assert 4 == summary(result).counts["without_data"]


@pytest.mark.parametrize(
    ("period", "days"),
    [
        pytest.param("2025", ("2025-01-01", "2025-12-31"), id="year"),
        pytest.param("2025q4", ("2025-10-01", "2025-12-31"), id="quarter"),
        pytest.param("2024-02", ("2024-02-01", "2024-02-29"), id="month"),
        pytest.param(
            "2025-01-10/2025-01-20", ("2025-01-10", "2025-01-20"), id="interval"
        ),
        pytest.param(
            (dt.date(2025, 1, 1), "2025-01-02"), ("2025-01-01", "2025-01-02"), id="pair"
        ),
        pytest.param("2200-12", ("2200-12-01", "2200-12-31"), id="last-month"),
    ],
)
def test_period_forms(period, days):
    """Years, quarters, months, intervals and pairs give their first and last day."""
    assert tuple(dt.date.fromisoformat(d) for d in days) == period_days("p", period)


@pytest.mark.parametrize(
    "period",
    [
        "2025Q5",
        "2025-13",
        "Q1",
        "2025-03-02/2025-03-01",
        ("2025-13-01", "2025-12-31"),
        ("2025",),
        2025,
        "x" * 99,
    ],
)
def test_bad_periods_refused_in_both_languages(period):
    """A period kimlib cannot read is InvalidArgument, in id and en, cut short."""
    with pytest.raises(InvalidArgument) as caught:
        progress(measured([]), period, "2025")
    assert "before=" in caught.value.message("id")
    assert "is not a period" in str(caught.value)
    assert len(str(caught.value)) < 200


def test_third_argument_only_with_a_kim():
    """progress(readings, readings, period) is refused."""
    with pytest.raises(InvalidArgument):
        progress([], [], "2025")


@given(kims(max_members=1), st.sampled_from(["2024", "2025Q1", "2025-06"]))
def test_kim_progress_equals_progress_of_selected_readings(kim, period):
    """The KIM form is progress of the readings selected in each period."""
    first, second = period_days("before", period), period_days("after", "2026")
    readings = kim.indicators or ()
    expected = progress(select(readings, *first), select(readings, *second))
    assert dict(expected) == dict(progress(kim, period, "2026"))


@given(st.lists(indicator_readings(), max_size=8))
def test_readings_round_trip_through_the_document(readings):
    """A KIM's readings load back equal from its dumped document."""
    kim = measured(readings)
    assert kim == kimlib.load_kim(kimlib.dump(kim))


def test_readings_never_change_the_verdict():
    """Assessing a KIM with or without readings gives the same findings."""
    sample = next(k for k in kimlib.load_kims(kimlib.io.sample_path()) if k.indicators)
    bare = attrs.evolve(sample, indicators=None)
    with_them = kimlib.assess(sample, on="2025-06-30")
    without = kimlib.assess(bare, on="2025-06-30")
    assert [f.status for f in without.findings] == [
        f.status for f in with_them.findings
    ]


DOCUMENT = {"name": "KIM Uji", "region": "36.73", "members": []}
ENTRY = {
    "indicator": "kesadaran_isu",
    "value": 52,
    "measured_on": "2025-03-20",
    "method": "survei",
    "source": "Diskominfo",
}


@pytest.mark.parametrize(
    ("change", "path", "code"),
    [
        pytest.param({"value": 1e999}, "value", "indicator.not_finite", id="inf"),
        pytest.param({"value": "52"}, "value", "error.wrong_type", id="text"),
        pytest.param(
            {"indicator": "kesadaran"}, "indicator", "error.not_allowed", id="unknown"
        ),
        pytest.param(
            {"measured_on": "20250320"}, "measured_on", "date.format", id="date"
        ),
        pytest.param({"method": ""}, "method", "error.empty_text", id="method"),
    ],
)
def test_bad_reading_names_the_field(change, path, code):
    """Each bad field of a reading is refused at its path."""
    with pytest.raises(InvalidInput) as caught:
        kimlib.load_kim({**DOCUMENT, "indicators": [{**ENTRY, **change}]})
    assert [(f"indicators[0].{path}", code)] == [
        (p.path, p.code) for p in caught.value.problems
    ]


def test_readings_in_the_schema_with_descriptions():
    """json_schema("kim") describes the readings and every field of one."""
    schema = kimlib.io.json_schema("kim")
    assert "description" in schema["$defs"]["Kim"]["properties"]["indicators"]
    fields = schema["$defs"]["IndicatorReading"]["properties"]
    assert set(ENTRY) == set(fields)
    assert all("description" in field for field in fields.values())


def test_absent_readings_are_none():
    """A document without indicators has none, and dumps without the key."""
    kim = kimlib.load_kim(DOCUMENT)
    assert kim.indicators is None
    assert "indicators" not in kimlib.dump(kim)
