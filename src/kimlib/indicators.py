"""Success indicators: the five measures of a KIM's success and how they move.

Diskominfosatik Banten (coordination meeting, 17 April 2025) names five "indikator
keberhasilan dari eksistensi KIM" (indicators of a KIM's success). kimlib
gives each an :class:`Indicator`, records measurements as
:class:`IndicatorReading` values and compares two periods with
:func:`progress` and :func:`summary`.

The sources say nothing about how to measure an indicator, so kimlib's choices
are stated here and in ``docs/indicators.md``:

- a reading is a number on a scale where **higher is better** (all five
  indicators are phrased as an increase or an improvement);
- a period's value is the **mean** of its readings of that indicator;
- the **threshold** is **absolute**, in the indicator's own units: a change
  above it is improving, below its negative declining, otherwise flat (the
  default threshold is 0, so only an unchanged value is flat);
- :data:`STAGE_FEEDS`, which ADINDA stages feed which indicator, is kimlib's
  reading, not the source's.

>>> import datetime as dt
>>> def reading(value, day):
...     return IndicatorReading(indicator=Indicator.KESADARAN_ISU, value=value,
...         measured_on=dt.date(2025, 1, day), method="survei", source="Dinas")
>>> result = progress([reading(40, 5)], [reading(52, 20)], threshold=5)
>>> result[Indicator.KESADARAN_ISU].trend
<Trend.IMPROVING: 'improving'>
>>> summary(result).explain("en")
'1 improving, 0 flat, 0 declining, 4 without data'
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import typing
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from kimlib._enum import LabelledEnum, labels
from kimlib._validation import check_date, check_type
from kimlib.errors import InvalidArgument
from kimlib.messages import render, shown
from kimlib.model import Indicator, IndicatorReading, Kim, Stage

__all__ = [
    "DEFAULT_THRESHOLD",
    "STAGE_FEEDS",
    "Indicator",
    "IndicatorReading",
    "Progress",
    "Summary",
    "Trend",
    "fed_by",
    "period_days",
    "progress",
    "select",
    "summary",
]

#: The absolute threshold used when none is given: any change counts.
DEFAULT_THRESHOLD = 0.0


#: kimlib's choice (not a source's): which ADINDA stages feed which indicator.
#: Access and networking open channels to information; discussion and
#: dissemination spread awareness of issues; implementation puts information to
#: use in daily life; aspiration carries the community's voice into decisions.
STAGE_FEEDS: Mapping[Stage, tuple[Indicator, ...]] = MappingProxyType(
    {
        Stage.AKSES: (
            Indicator.AKSESIBILITAS_INFORMASI,
            Indicator.KEMAMPUAN_INFORMASI,
        ),
        Stage.DISKUSI: (Indicator.KESADARAN_ISU,),
        Stage.IMPLEMENTASI: (Indicator.KUALITAS_HIDUP,),
        Stage.NETWORKING: (Indicator.AKSESIBILITAS_INFORMASI,),
        Stage.DISEMINASI: (
            Indicator.KESADARAN_ISU,
            Indicator.AKSESIBILITAS_INFORMASI,
        ),
        Stage.ASPIRASI: (Indicator.PARTISIPASI_KEPUTUSAN,),
    }
)


def fed_by(indicator: Indicator) -> tuple[Stage, ...]:
    """The ADINDA stages that feed ``indicator`` in :data:`STAGE_FEEDS`.

    >>> fed_by(Indicator.KESADARAN_ISU)
    (<Stage.DISKUSI: 'diskusi'>, <Stage.DISEMINASI: 'diseminasi'>)
    """
    check_type("indicator", indicator, Indicator)
    return tuple(stage for stage in Stage if indicator in STAGE_FEEDS[stage])


@labels(
    {
        "improving": ("Membaik", "Improving"),
        "flat": ("Tetap", "Flat"),
        "declining": ("Menurun", "Declining"),
    }
)
class Trend(LabelledEnum):
    """How an indicator moved between two periods."""

    IMPROVING = "improving"
    FLAT = "flat"
    DECLINING = "declining"


def select(
    readings: Iterable[IndicatorReading], start: object, end: object
) -> tuple[IndicatorReading, ...]:
    """The readings measured from ``start`` to ``end``, both days included.

    Args:
        readings: any readings.
        start: the first day (a date or an ISO string).
        end: the last day, not before ``start``.

    Returns:
        The readings inside the interval, in the given order.

    Raises:
        InvalidArgument: a bound is not a date or ``end`` precedes ``start``.
    """
    first, last = check_date("start", start), check_date("end", end)
    if last < first:
        raise InvalidArgument.of(
            "argument.end_before_start",
            end=last,
            start=first,
        )
    return tuple(
        r for r in _readings("readings", readings) if first <= r.measured_on <= last
    )


def _readings(name: str, readings: object) -> tuple[IndicatorReading, ...]:
    if isinstance(readings, (str, bytes, Mapping)) or not isinstance(
        readings, Iterable
    ):
        kind = type(readings).__name__
        raise InvalidArgument.of(
            "argument.wrong_type",
            name=name,
            expected="iterable of IndicatorReading",
            actual=kind,
        )
    items = tuple(readings)
    for index, item in enumerate(items):
        check_type(f"{name}[{index}]", item, IndicatorReading)
    return items


def _check_threshold(name: str, value: object) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        if math.isfinite(number) and number >= 0:
            return number
    raise InvalidArgument.of(
        "argument.finite_non_negative", name=name, value=shown(value)
    )


def _thresholds(threshold: object) -> dict[Indicator, float]:
    if isinstance(threshold, Mapping):
        table: dict[Indicator, float] = dict.fromkeys(Indicator, DEFAULT_THRESHOLD)
        for key, value in threshold.items():
            if not isinstance(key, Indicator):
                raise InvalidArgument.of("argument.threshold_key", value=shown(key))
            table[key] = _check_threshold(f"threshold[{key.value}]", value)
        return table
    return dict.fromkeys(Indicator, _check_threshold("threshold", threshold))


def _means(
    readings: tuple[IndicatorReading, ...],
) -> dict[Indicator, tuple[float, int]]:
    values: dict[Indicator, list[float]] = {}
    for reading in readings:
        values.setdefault(reading.indicator, []).append(reading.value)
    # fsum is correctly rounded, so the mean does not depend on the order;
    # dividing first keeps the sum of large readings finite.
    return {k: (math.fsum(x / len(v) for x in v), len(v)) for k, v in values.items()}


def _fmt(number: float) -> str:
    return f"{number:g}"


@attrs.frozen(kw_only=True)
class Progress:
    """How one indicator moved from the first period (before) to the second.

    ``before`` and ``after`` are the periods' mean values (``None`` without
    readings); ``change`` is ``after - before`` and ``trend`` compares it with
    the absolute ``threshold``. Both are ``None`` when a period has no data.
    """

    indicator: Indicator
    before: float | None
    after: float | None
    threshold: float = DEFAULT_THRESHOLD
    before_count: int = 0
    after_count: int = 0
    change: float | None = attrs.field(init=False)
    trend: Trend | None = attrs.field(init=False)

    @change.default
    def _change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @trend.default
    def _trend(self) -> Trend | None:
        if self.change is None:
            return None
        if self.change > self.threshold:
            return Trend.IMPROVING
        if self.change < -self.threshold:
            return Trend.DECLINING
        return Trend.FLAT

    def message(self, lang: str = "en") -> str:
        """One line saying how the indicator moved, in ``lang``."""
        name = self.indicator.label(lang)
        if self.trend is None or self.change is None:
            which = (
                "both"
                if self.before is None and self.after is None
                else ("before" if self.before is None else "after")
            )
            missing = render(f"indicator.period.{which}", lang)
            return render(
                "indicator.progress.no_data", lang, indicator=name, missing=missing
            )
        return render(
            f"indicator.progress.{self.trend.value}",
            lang,
            indicator=name,
            before=_fmt(self.before or 0.0),
            after=_fmt(self.after or 0.0),
            change=f"{self.change:+g}",
            threshold=_fmt(self.threshold),
        )


_YEAR = re.compile(r"[0-9]{4}", re.ASCII)
_QUARTER = re.compile(r"([0-9]{4})[Qq]([1-4])", re.ASCII)
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})", re.ASCII)


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_days(name: str, period: object) -> tuple[dt.date, dt.date]:
    """The first and last day of a period of readings.

    A period is ``"2025"``, ``"2025Q1"``, ``"2025-03"``,
    ``"2025-01-01/2025-03-31"`` (both days included) or a ``(start, end)``
    pair of dates or ISO dates.

    >>> period_days("before", "2025Q1")
    (datetime.date(2025, 1, 1), datetime.date(2025, 3, 31))
    >>> period_days("after", "2024-02")[1], period_days("after", "2200-12")[1]
    (datetime.date(2024, 2, 29), datetime.date(2200, 12, 31))

    Raises:
        InvalidArgument: ``period`` is none of these forms.
    """
    start: object
    end: object
    if isinstance(period, tuple) and len(period) == 2:  # noqa: PLR2004
        start, end = period
    elif isinstance(period, str) and "/" in period:
        start, _, end = period.partition("/")
    elif isinstance(period, str) and _YEAR.fullmatch(period.strip()):
        year = int(period)
        start, end = dt.date(max(year, 1), 1, 1), dt.date(max(year, 1), 12, 31)
    elif isinstance(period, str) and (match := _QUARTER.fullmatch(period.strip())):
        year, quarter = max(int(match.group(1)), 1), int(match.group(2))
        start, end = dt.date(year, 3 * quarter - 2, 1), _last_day(year, 3 * quarter)
    elif isinstance(period, str) and (match := _MONTH.fullmatch(period.strip())):
        year, month = max(int(match.group(1)), 1), int(match.group(2))
        if not 1 <= month <= 12:  # noqa: PLR2004
            raise _bad_period(name, period)
        start, end = dt.date(year, month, 1), _last_day(year, month)
    else:
        raise _bad_period(name, period)
    try:
        first, last = check_date(name, start), check_date(name, end)
    except InvalidArgument:
        raise _bad_period(name, period) from None
    if last < first:
        raise _bad_period(name, period)
    return first, last


def _bad_period(name: str, period: object) -> InvalidArgument:
    shown = repr(period)
    shown = shown if len(shown) <= 40 else shown[:39] + "…"  # noqa: PLR2004
    return InvalidArgument.of("indicator.period_invalid", name=name, value=shown)


@typing.overload
def progress(
    before: Iterable[IndicatorReading],
    after: Iterable[IndicatorReading],
    *,
    threshold: float | Mapping[Indicator, float] = DEFAULT_THRESHOLD,
) -> Mapping[Indicator, Progress]: ...
@typing.overload
def progress(
    before: Kim,
    after: object,
    later: object,
    *,
    threshold: float | Mapping[Indicator, float] = DEFAULT_THRESHOLD,
) -> Mapping[Indicator, Progress]: ...
def progress(
    before: Iterable[IndicatorReading] | Kim,
    after: object,
    later: object = None,
    *,
    threshold: float | Mapping[Indicator, float] = DEFAULT_THRESHOLD,
) -> Mapping[Indicator, Progress]:
    """Compare the readings of two periods, indicator by indicator.

    Called with a KIM, ``progress(kim, before, after)`` compares the readings
    the KIM's document carries (``kim.indicators``) in the period ``before``
    with those in the period ``after`` (see :func:`period_days`). Called with
    two iterables of readings, it compares them as given.

    Args:
        before: the readings of the first period (see :func:`select`), or
            the KIM.
        after: the readings of the second period, or (with a KIM) the first
            period.
        later: (with a KIM only) the second period.
        threshold: the absolute change (in the indicator's units) that still
            counts as flat; one number for all indicators or a mapping per
            indicator (indicators it leaves out get :data:`DEFAULT_THRESHOLD`).

    Returns:
        A read-only mapping with a :class:`Progress` for each of the five
        indicators, in :class:`Indicator` order. The result does not depend on
        the order of the readings.

    Raises:
        InvalidArgument: a threshold is negative or not finite, the readings
            are not :class:`IndicatorReading` values, or a period is not one.

    >>> from kimlib.model import Kim
    >>> kim = Kim(name="KIM Maju", region="36.73", members=(), indicators=(
    ...     IndicatorReading(indicator="kesadaran_isu", value=40,
    ...         measured_on="2025-02-10", method="survei", source="Diskominfo"),
    ...     IndicatorReading(indicator="kesadaran_isu", value=55,
    ...         measured_on="2025-05-12", method="survei", source="Diskominfo"),
    ... ))
    >>> result = progress(kim, "2025Q1", "2025Q2", threshold=5)
    >>> result[Indicator.KESADARAN_ISU].trend
    <Trend.IMPROVING: 'improving'>
    >>> summary(result).explain("id")
    '1 membaik, 0 tetap, 0 menurun, 4 tanpa data'
    """
    if isinstance(before, Kim):
        first_days = period_days("before", after)
        second_days = period_days("after", later)
        readings = before.indicators or ()
        return _compare(
            select(readings, *first_days), select(readings, *second_days), threshold
        )
    if later is not None:
        raise InvalidArgument.of("indicator.progress_third")
    return _compare(before, after, threshold)


def _compare(
    before: object,
    after: object,
    threshold: float | Mapping[Indicator, float],
) -> Mapping[Indicator, Progress]:
    thresholds = _thresholds(threshold)
    first = _means(_readings("before", before))
    second = _means(_readings("after", after))
    result: dict[Indicator, Progress] = {}
    for indicator in Indicator:
        value_a, count_a = first.get(indicator, (None, 0))
        value_b, count_b = second.get(indicator, (None, 0))
        result[indicator] = Progress(
            indicator=indicator,
            before=value_a,
            after=value_b,
            threshold=thresholds[indicator],
            before_count=count_a,
            after_count=count_b,
        )
    return MappingProxyType(result)


@attrs.frozen(kw_only=True)
class Summary:
    """Which indicators improved, stayed flat, declined or lack data."""

    improving: tuple[Indicator, ...]
    flat: tuple[Indicator, ...]
    declining: tuple[Indicator, ...]
    without_data: tuple[Indicator, ...]

    @property
    def counts(self) -> Mapping[str, int]:
        """The number of indicators per trend, and ``without_data``."""
        return MappingProxyType(
            {
                Trend.IMPROVING.value: len(self.improving),
                Trend.FLAT.value: len(self.flat),
                Trend.DECLINING.value: len(self.declining),
                "without_data": len(self.without_data),
            }
        )

    def explain(self, lang: str = "en") -> str:
        """The counts as one sentence in ``lang``."""
        return render("indicator.summary", lang, **self.counts)


def summary(result: Mapping[Indicator, Progress] | Iterable[Progress]) -> Summary:
    """Count the trends of a :func:`progress` result.

    An indicator absent from ``result`` counts as without data.

    Raises:
        InvalidArgument: ``result`` holds something else than
            :class:`Progress` values, or one indicator twice.
    """
    items = tuple(result.values() if isinstance(result, Mapping) else result)
    by_indicator: dict[Indicator, Progress] = {}
    for index, item in enumerate(items):
        check_type(f"result[{index}]", item, Progress)
        if item.indicator in by_indicator:
            raise InvalidArgument.of(
                "argument.indicator_twice", indicator=item.indicator.value
            )
        by_indicator[item.indicator] = item

    def having(trend: Trend | None) -> tuple[Indicator, ...]:
        return tuple(
            i
            for i in Indicator
            if (by_indicator[i].trend if i in by_indicator else None) is trend
        )

    return Summary(
        improving=having(Trend.IMPROVING),
        flat=having(Trend.FLAT),
        declining=having(Trend.DECLINING),
        without_data=having(None),
    )
