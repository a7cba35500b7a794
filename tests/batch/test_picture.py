"""Batch rows carry the placement and the indicator trends, as the object path says.

``mapping_on=`` gives each row the placement of
:func:`kimlib.stakeholders.placement` (default grid) and
``indicators=(before, after)`` the trends of :func:`kimlib.indicators.progress`,
for KIMs generated with mappings and readings, on the fast and the slow path.
"""

from __future__ import annotations

import datetime as dt

import attrs
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimlib import batch
from kimlib.errors import InvalidArgument
from kimlib.indicators import Indicator, Trend, progress
from kimlib.io import dump, load_kim
from kimlib.stakeholders import Engagement, placement
from kimlib.strategies import indicator_readings, kims, mapping_assessments

PERIODS = st.sampled_from(
    [("2025Q1", "2025Q2"), ("2024", "2025"), ("2025-01", "2025-03"), ("2025", "2024")]
)
DAYS_2024_2025 = st.dates(dt.date(2024, 1, 1), dt.date(2025, 12, 31))


@st.composite
def pictured_kims(draw: st.DrawFn):
    """KIMs whose mapping and readings fall around 2024 and 2025 (or none)."""
    kim = draw(kims(max_members=4))
    mapping = draw(
        st.none()
        | st.lists(
            st.tuples(mapping_assessments(), DAYS_2024_2025).map(
                lambda pair: attrs.evolve(pair[0], assessed_on=pair[1])
            ),
            max_size=4,
        ).map(tuple)
    )
    readings = draw(
        st.none()
        | st.lists(
            st.tuples(indicator_readings(), DAYS_2024_2025).map(
                lambda pair: attrs.evolve(pair[0], measured_on=pair[1])
            ),
            max_size=8,
        ).map(tuple)
    )
    return attrs.evolve(kim, mapping=mapping, indicators=readings)


@settings(max_examples=60, deadline=None)
@given(st.lists(pictured_kims(), min_size=1, max_size=5), DAYS_2024_2025, PERIODS)
def test_rows_carry_what_placement_and_progress_give(found, day, periods):
    """Every row's engagement, scores and trends equal the object path's."""
    documents = [dump(kim) for kim in found]
    rows = list(
        batch.evaluate(documents, on="2025-04-17", mapping_on=day, indicators=periods)
    )
    assert len(found) == len(rows)
    for row, document in zip(rows, documents, strict=True):
        kim = load_kim(document)
        placed = placement(kim, day)
        if placed is None:
            expected = (None, None, None, None)
        else:
            scored = placed.placement.assessment
            expected = (
                placed.engagement,
                scored.interest,
                scored.influence,
                scored.power,
            )
        assert expected == (row.engagement, row.interest, row.influence, row.power)
        moved = progress(kim, *periods)
        assert {key: p.trend for key, p in moved.items()} == row.trends
        assert kim.village == row.village


@settings(max_examples=30, deadline=None)
@given(st.lists(pictured_kims(), min_size=1, max_size=4), DAYS_2024_2025, PERIODS)
def test_lines_dicts_and_blocks_agree(found, day, periods):
    """JSON lines, dicts and evaluate_block give the same pictured rows."""
    documents = [dump(kim) for kim in found]
    lines = b"\n".join(msgspec.json.encode(document) for document in documents)
    options = {"on": "2025-04-17", "mapping_on": day, "indicators": periods}
    from_dicts = list(batch.evaluate(documents, **options))
    from_lines = list(batch.evaluate(lines, **options))
    assert from_dicts == from_lines
    assert from_lines == batch.evaluate_block(lines, **options)


def test_without_the_keywords_rows_carry_nothing_more():
    """No mapping_on and no indicators: no placement and no trends."""
    kim = {
        "name": "KIM Maju",
        "region": "36.73",
        "members": [],
        "mapping": [
            {
                "assessed_on": "2025-01-05",
                "interest": 0.9,
                "influence": 0.8,
                "power": 0.7,
                "method": "kuesioner",
                "source": "Diskominfo Kota Serang",
            }
        ],
    }
    (row,) = batch.evaluate([kim], on="2025-04-17")
    assert (None, None) == (row.engagement, row.trends)
    (row,) = batch.evaluate(
        [kim], on="2025-04-17", mapping_on="2025-04-17", indicators=("2025Q1", "2025Q2")
    )
    assert Engagement.KEY_PARTNER == row.engagement
    assert (0.9, 0.8, 0.7) == (row.interest, row.influence, row.power)
    assert dict.fromkeys(Indicator) == row.trends


def test_a_plain_document_on_the_fast_path_has_no_data():
    """A document without readings, fast path: every trend is None, no placement."""
    line = b'{"name": "KIM Satu", "region": "36.73", "members": []}'
    (row,) = batch.evaluate(
        [line], on="2025-04-17", mapping_on="2025-04-17", indicators=("2024", "2025")
    )
    assert row.engagement is None
    assert dict.fromkeys(Indicator) == row.trends
    assert all(t is None or isinstance(t, Trend) for t in row.trends.values())


def test_an_invalid_document_has_no_picture_and_its_village():
    """An invalid row: no placement, no trends, the village as written."""
    line = b'{"name": "", "region": "36.73", "village": "36.73.01.1002", "members": []}'
    (row,) = batch.evaluate(
        [line], on="2025-04-17", mapping_on="2025-04-17", indicators=("2024", "2025")
    )
    assert row.outcome is None
    assert "36.73.01.1002" == row.village
    assert (None, None) == (row.engagement, row.trends)


@pytest.mark.parametrize(
    "indicators", ["2025", ("2025",), ("2025", "2026", "2027"), ("2025", "soon")]
)
def test_bad_indicator_periods_are_refused(indicators):
    """indicators= must be two periods; the error reads in both languages."""
    with pytest.raises(InvalidArgument) as caught:
        list(batch.evaluate([], on="2025-04-17", indicators=indicators))
    assert caught.value.message("id") != caught.value.message("en")


def test_a_bad_mapping_date_is_refused():
    """mapping_on= must be a date."""
    with pytest.raises(InvalidArgument):
        batch.evaluate_block(b"", on="2025-04-17", mapping_on="later")
