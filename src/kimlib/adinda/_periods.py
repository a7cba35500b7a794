"""Periods: the stretch of local calendar days a score covers.

A :class:`Period` is a half-open range of local dates ``[start, end)``: it
begins at midnight of ``start`` and ends just before midnight of ``end``, in
the time zone of the KIM being scored (WIB, WITA or WIT). :func:`parse_period`
reads the forms people write:

>>> parse_period("2025Q1")
Period(start=datetime.date(2025, 1, 1), end=datetime.date(2025, 4, 1), label='2025Q1')
>>> parse_period("2025").months, parse_period("2025-02").months
(12.0, 1.0)
>>> parse_period("2025-01-01/2025-03-31").months
3.0
>>> parse_period("Q5")
Traceback (most recent call last):
...
kimlib.errors.InvalidArgument: period='Q5' is not a period; use a year ('2025'), ...

Periods lie in the years kimlib accepts (1900 to 2200, as every date does):
``"0001"`` or ``"9999-12"`` are refused with ``InvalidArgument`` rather than
overflowing later, and a refused text is echoed short and clean.

``months`` (by which monthly targets are scaled) counts each calendar month the
period covers as its share of days in that month: a whole month is exactly 1,
a quarter 3, a year 12, and 1-15 January is 15/31. So months add up exactly
when periods are joined, and a year's targets are twelve months' targets.
"""

from __future__ import annotations

import datetime as dt
import math
import re

import attrs
import pendulum

from kimlib._dates import FIRST_YEAR, LAST_YEAR
from kimlib._echo import shown
from kimlib.errors import InvalidArgument

__all__ = ["ZONES", "Period", "bounds_utc", "check_timezone", "parse_period"]

#: Longer than any period text: such text is refused without being read.
_LONGEST = 40
#: Longer than any time-zone name (IANA names are at most about 30).
_LONGEST_ZONE = 64
_YEAR = re.compile(r"(\d{4})", re.ASCII)
_QUARTER = re.compile(r"(\d{4})-?Q([1-4])", re.ASCII | re.IGNORECASE)
_MONTH = re.compile(r"(\d{4})-(\d{2})", re.ASCII)
_INTERVAL = re.compile(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", re.ASCII)

#: Indonesia's three zones (Keppres 41/1987) by their abbreviations.
ZONES: dict[str, str] = {
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
}

_UTC = dt.timezone.utc
#: The day after the last day a period may hold.
_AFTER_LAST = dt.date(LAST_YEAR + 1, 1, 1)


def _out_of_range(value: object) -> InvalidArgument:
    return InvalidArgument.of(
        "argument.period_range", value=shown(str(value)), first=FIRST_YEAR,
        last=LAST_YEAR,
    )  # fmt: skip


def _label(period: Period) -> str:
    last = period.end - dt.timedelta(days=1)
    return f"{period.start.isoformat()}/{last.isoformat()}"


@attrs.frozen
class Period:
    """Local calendar days ``[start, end)`` with a label ("2025Q1").

    ``end`` is exclusive: the quarter 2025Q1 is ``start=2025-01-01``,
    ``end=2025-04-01``.
    """

    start: dt.date = attrs.field()
    end: dt.date = attrs.field()
    label: str = attrs.field(default=attrs.Factory(_label, takes_self=True))

    @start.validator
    def _check_start(self, _: attrs.Attribute[dt.date], value: dt.date) -> None:
        if not isinstance(value, dt.date) or value.year < FIRST_YEAR:
            raise _out_of_range(value)

    @end.validator
    def _check_end(self, _: attrs.Attribute[dt.date], value: dt.date) -> None:
        if not isinstance(value, dt.date) or value > _AFTER_LAST:
            raise _out_of_range(value)
        if value <= self.start:
            raise InvalidArgument.of(
                "argument.period_end", end=str(value), start=str(self.start)
            )

    @property
    def last_day(self) -> dt.date:
        """The last local day inside the period (``end`` minus one day)."""
        return self.end - dt.timedelta(days=1)

    @property
    def days(self) -> int:
        """The number of local days in the period."""
        return (self.end - self.start).days

    @property
    def months(self) -> float:
        """The period's length in months: each month counted by its share of days.

        >>> Period(dt.date(2025, 1, 1), dt.date(2025, 1, 16)).months == 15 / 31
        True
        """
        parts: list[float] = []
        year, month = self.start.year, self.start.month
        while dt.date(year, month, 1) < self.end:
            first = dt.date(year, month, 1)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)  # noqa: PLR2004
            following = dt.date(year, month, 1)
            inside = (min(following, self.end) - max(first, self.start)).days
            total = (following - first).days
            parts.append(1.0 if inside == total else inside / total)
        return math.fsum(parts)

    def contains(self, day: dt.date) -> bool:
        """Whether the local date ``day`` lies inside the period."""
        return self.start <= day < self.end


def bounds_utc(period: Period, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The period's first instant and the instant just after it, as naive UTC.

    Naive UTC datetimes compare fast; scoring converts every activity time to
    one once.
    """

    def at_midnight(day: dt.date) -> dt.datetime:
        local = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
        return local.astimezone(_UTC).replace(tzinfo=None)

    return at_midnight(period.start), at_midnight(period.end)


def check_timezone(name: str, value: object) -> dt.tzinfo:
    """A tzinfo from a tzinfo, an IANA name or ``"WIB"``/``"WITA"``/``"WIT"``.

    >>> check_timezone("tz", "WIT").name
    'Asia/Jayapura'
    >>> check_timezone("tz", "Mars/Olympus")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: tz='Mars/Olympus' is not a time zone; ...
    """
    if isinstance(value, dt.tzinfo):
        return value
    if isinstance(value, str):
        zone = ZONES.get(value.strip().upper(), value.strip())
        if len(zone) <= _LONGEST_ZONE and "\x00" not in zone:
            try:
                return pendulum.timezone(zone)
            except (ValueError, LookupError, OSError):
                pass
        raise InvalidArgument.of("argument.timezone", name=name, value=shown(value))
    kind = type(value).__name__
    raise InvalidArgument.of("argument.timezone_type", name=name, kind=kind)


def _year(digits: str) -> int:
    year = int(digits)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _out_of_range(digits)
    return year


def _month_after(year: int, month: int) -> dt.date:
    return dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)  # noqa: PLR2004


def _from_text(text: str) -> Period | None:  # noqa: PLR0911 - one return per form
    spec = text[: _LONGEST + 1].strip()
    if len(spec) > _LONGEST:
        return None
    if match := _YEAR.fullmatch(spec):
        year = _year(match.group(1))
        return Period(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), spec)
    if match := _QUARTER.fullmatch(spec):
        year, quarter = _year(match.group(1)), int(match.group(2))
        month = 3 * quarter - 2
        end = _month_after(year, month + 2)
        return Period(dt.date(year, month, 1), end, f"{year}Q{quarter}")
    if match := _MONTH.fullmatch(spec):
        year, month = _year(match.group(1)), int(match.group(2))
        return Period(dt.date(year, month, 1), _month_after(year, month), spec)
    if match := _INTERVAL.fullmatch(spec):
        _year(match.group(1)[:4])
        _year(match.group(2)[:4])
        first = dt.date.fromisoformat(match.group(1))
        last = dt.date.fromisoformat(match.group(2))
        if last < first:
            return None
        return Period(first, last + dt.timedelta(days=1))
    return None


def _local_midnight(name: str, value: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    if value.tzinfo is not None:
        if tz is None:
            raise InvalidArgument.of("argument.period_aware", name=name)
        value = value.astimezone(tz)
    if value.time() != dt.time(0):
        raise InvalidArgument.of("argument.period_midnight", name=name)
    return value.date()


def _from_interval(spec: pendulum.Interval[dt.date], tz: dt.tzinfo | None) -> Period:
    start, end = spec.start, spec.end
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        first = _local_midnight("period", start, tz)
        stop = _local_midnight("period", end, tz)
    else:
        # An interval of dates includes both ends, as pendulum's ranges do.
        first = start if not isinstance(start, dt.datetime) else start.date()
        stop = end + dt.timedelta(days=1)
    if stop <= first:
        raise InvalidArgument.of("argument.period_empty", value=shown(str(spec)))
    return Period(dt.date(first.year, first.month, first.day), stop)


def parse_period(spec: object, tz: dt.tzinfo | str | None = None) -> Period:
    """Read a period: a year, quarter, month, ISO date interval or Interval.

    Args:
        spec: ``"2025"``, ``"2025Q1"``, ``"2025-03"``,
            ``"2025-01-01/2025-03-31"`` (the end date is included), a
            :class:`Period`, or a :class:`pendulum.Interval` of dates (both
            ends included) or of datetimes at local midnight (end excluded).
        tz: the time zone in which aware datetimes of an Interval are read;
            not needed for text, dates or naive datetimes.

    Returns:
        The :class:`Period`.

    Raises:
        InvalidArgument: ``spec`` is none of the accepted forms.

    >>> parse_period(pendulum.interval(pendulum.date(2025, 1, 1),
    ...                                pendulum.date(2025, 1, 31))).months
    1.0
    """
    zone = None if tz is None else check_timezone("tz", tz)
    if isinstance(spec, Period):
        return spec
    if isinstance(spec, pendulum.Interval):
        return _from_interval(spec, zone)
    if isinstance(spec, str):
        return _period_of_text(spec)
    raise InvalidArgument.of("argument.period_type", kind=type(spec).__name__)


def _period_of_text(spec: str) -> Period:
    out_of_range: InvalidArgument | None = None
    try:
        period = _from_text(spec)
    except InvalidArgument as error:
        period, out_of_range = None, error
    except (ValueError, OverflowError):  # a month 13, day 32, year 0
        period = None
    if period is not None:
        return period
    if out_of_range is not None and out_of_range.key == "argument.period_range":
        raise InvalidArgument.of(
            "argument.period_range", value=shown(spec), first=FIRST_YEAR,
            last=LAST_YEAR,
        )  # fmt: skip
    raise InvalidArgument.of("argument.period", value=shown(spec))
