"""Strategies for what a Dinas adds to a KIM document: mapping and readings."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from kimlib.model import Indicator, IndicatorReading, MappingAssessment
from kimlib.strategies._parts import _text

__all__ = ["indicator_readings", "mapping_assessments"]

_DAYS = st.dates(dt.date(2015, 1, 1), dt.date(2035, 12, 31))
# Organisations, never persons: the Dinas or the KIM itself.
_SOURCES = st.sampled_from(
    ("Diskominfo Kota Serang", "Diskominfo Kalteng", "Dinas Kominfo", "KIM")
) | _text(30)
_METHODS = st.sampled_from(("kuesioner", "survei warga", "kunjungan lapangan")) | (
    _text(30)
)
_UNIT = st.floats(min_value=0, max_value=1)


@st.composite
def _assessment(
    draw: st.DrawFn, scales: st.SearchStrategy[int | None]
) -> MappingAssessment:
    scale = draw(scales)
    scores = _UNIT if scale is None else st.floats(min_value=1, max_value=scale)
    return MappingAssessment(
        assessed_on=draw(_DAYS),
        interest=draw(scores),
        influence=draw(scores),
        power=draw(scores),
        scale=scale,
        method=draw(_METHODS),
        source=draw(_SOURCES),
    )


def mapping_assessments(
    *, scale: bool | None = None
) -> st.SearchStrategy[MappingAssessment]:
    """Valid mapping assessments: scores on 0..1 or on a declared 1..n scale.

    Args:
        scale: ``True`` for a declared scale (2..10), ``False`` for scores on
            0..1, ``None`` for either.

    >>> from hypothesis import given
    >>> @given(mapping_assessments())
    ... def test_scores_on_unit(assessment):
    ...     assert all(0 <= s <= 1 for s in assessment.scores())
    """
    scales: st.SearchStrategy[int | None] = st.integers(min_value=2, max_value=10)
    if scale is None:
        scales = st.none() | scales
    elif not scale:
        scales = st.none()
    return _assessment(scales)


def indicator_readings(
    indicator: Indicator | None = None,
) -> st.SearchStrategy[IndicatorReading]:
    """Valid indicator readings: a finite value, a day, a method and a source.

    Args:
        indicator: only readings of this indicator; ``None`` for any.

    >>> from hypothesis import given
    >>> @given(indicator_readings(Indicator.KUALITAS_HIDUP))
    ... def test_one_indicator(reading):
    ...     assert reading.indicator is Indicator.KUALITAS_HIDUP
    """
    indicators = st.sampled_from(Indicator) if indicator is None else st.just(indicator)
    return st.builds(
        IndicatorReading,
        indicator=indicators,
        value=st.floats(allow_nan=False, allow_infinity=False),
        measured_on=_DAYS,
        method=_METHODS,
        source=_SOURCES,
    )
