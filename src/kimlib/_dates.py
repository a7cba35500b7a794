"""Reading dates and activity times as people write them, within kimlib's years.

kimlib accepts the years :data:`FIRST_YEAR` to :data:`LAST_YEAR`: every date
and activity time of a document, every ``on=`` date and every period lies in
them, so that nothing accepted can overflow later (a period's end plus a day, a
time shifted by its offset). Outside them a reader refuses the value.

A reader returns the value, or raises :class:`BadDate` with a catalogue code
and its parameters, which the caller turns into a ``Problem`` (a document) or
an ``InvalidArgument`` (an argument). Codes of a date that does not exist name
its month (``date.not_exist.m02``), so the reason reads "Februari 2025 hanya 28
hari" in Indonesian and "February 2025 has 28 days" in English.

>>> read_date("2025-04-17")
datetime.date(2025, 4, 17)
>>> read_time("2025-01-10 09:00")
datetime.datetime(2025, 1, 10, 9, 0)
>>> read_time("2025-01-10").tzinfo
LOCAL_DAY
>>> try:
...     read_date("2025-02-30")
... except BadDate as error:
...     print(error.code, error.params["days"])
date.not_exist.m02 28
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "LOCAL_DAY",
    "BadDate",
    "LocalDay",
    "check_year",
    "is_date_only",
    "native_time",
    "read_date",
    "read_time",
]

#: The first and last year kimlib accepts in a date, a time or a period.
FIRST_YEAR = 1900
LAST_YEAR = 2200

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?",
    re.ASCII,
)
#: Longer than any accepted form: such text is refused without being read.
_LONGEST = 40


class BadDate(ValueError):
    """A date or time that cannot be read: a catalogue ``code`` and ``params``.

    ``params`` hold only the parts of a date (year, days), never other input.
    """

    def __init__(self, code: str, **params: object) -> None:
        """Remember the catalogue code and its parameters."""
        super().__init__(code)
        self.code = code
        self.params = params


class LocalDay(dt.tzinfo):
    """The mark of a date-only activity time: naive (no offset), a whole day.

    A datetime carrying it is naive to Python (``utcoffset()`` is ``None``), so
    it compares and scores as the local midnight of its day; the writer dumps
    it back as a date.
    """

    def utcoffset(self, _: dt.datetime | None) -> None:
        """No offset: local time of the KIM's region."""
        return

    def dst(self, _: dt.datetime | None) -> None:
        """No daylight-saving information."""
        return

    def tzname(self, _: dt.datetime | None) -> None:
        """No zone name."""
        return

    def __repr__(self) -> str:
        """The constant's name."""
        return "LOCAL_DAY"

    def __reduce__(self) -> str:
        """Pickle as the module constant."""
        return "LOCAL_DAY"


#: The one :class:`LocalDay` value.
LOCAL_DAY = LocalDay()


def is_date_only(value: dt.datetime) -> bool:
    """Whether an activity time was written as a date alone."""
    return value.tzinfo is LOCAL_DAY


def check_year(year: int) -> None:
    """Raise :class:`BadDate` unless ``year`` is one kimlib accepts."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadDate("date.year_range", first=FIRST_YEAR, last=LAST_YEAR)


def _day(year: int, month: int, day: int, text: str) -> dt.date:
    check_year(year)
    if not 1 <= month <= 12:  # noqa: PLR2004
        raise BadDate("date.no_month", date=text)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        code = f"date.not_exist.m{month:02d}"
        raise BadDate(code, date=text, year=year, days=days)
    return dt.date(year, month, day)


def read_date(text: str) -> dt.date:
    """A ``YYYY-MM-DD`` date (surrounding spaces allowed), or :class:`BadDate`."""
    spec = text[: _LONGEST + 1].strip()
    match = _DATE.fullmatch(spec) if len(text) <= _LONGEST else None
    if match is None:
        raise BadDate("date.format")
    year, month, day = (int(part) for part in match.groups())
    return _day(year, month, day, spec)


def read_time(text: str) -> dt.datetime:
    """An activity time: a date-time with or without seconds, offset, or a date.

    Accepts ``YYYY-MM-DDTHH:MM``, ``YYYY-MM-DDTHH:MM:SS[.f]`` (``T`` or a
    space), each with an optional ``Z`` or ``+HH:MM`` offset, or
    ``YYYY-MM-DD`` alone: the start of that local day, marked with
    :data:`LOCAL_DAY`. Raises :class:`BadDate` otherwise.
    """
    spec = text
    match = _TIME.fullmatch(spec) if len(text) <= _LONGEST else None
    if match is None:
        raise BadDate("time.format")
    year, month, day, hour, minute, second, fraction, zulu, sign, oh, om = (
        match.groups()
    )
    date = _day(int(year), int(month), int(day), spec[:10])
    if hour is None:
        return dt.datetime.combine(date, dt.time(0), tzinfo=LOCAL_DAY)
    # Rounded to the microsecond, as msgspec does (which reads the same forms
    # with seconds in the loader's fast pass).
    micro = (int((fraction or "0").ljust(9, "0")) + 500) // 1000  # half up
    tz: dt.tzinfo | None = None
    if zulu:
        tz = dt.timezone.utc
    elif sign:
        if int(oh) > 23 or int(om) > 59:  # noqa: PLR2004
            raise BadDate("time.format")
        delta = dt.timedelta(hours=int(oh), minutes=int(om))
        tz = dt.timezone(-delta if sign == "-" else delta)
    try:
        clock = dt.time(int(hour), int(minute), int(second or 0))
    except ValueError:
        raise BadDate("time.format") from None
    at = dt.datetime.combine(date, clock, tzinfo=tz)
    return at + dt.timedelta(microseconds=micro) if micro else at


def native_time(text: str) -> bool:
    """Whether ``text`` has seconds, a form msgspec reads as :func:`read_time` does.

    msgspec is faster, so the loader's fast pass leaves such text to it.
    """
    return len(text) >= 19 and text[16] == ":"  # noqa: PLR2004
