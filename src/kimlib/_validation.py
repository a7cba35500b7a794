"""Argument checks shared by the public values and functions.

One home for the small checks that several modules need: a type, a date, a
non-empty text, an effective period and whether a date lies in it, a frozen
mapping, and the closest known names for a misspelt one. Each check raises
:class:`~kimlib.errors.InvalidArgument` built from a catalogue key, so that
it reads in Indonesian and English; none uses ``assert`` (the checks hold
under ``python -O`` too).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TypeVar

from kimlib._dates import BadDate, check_year, read_date
from kimlib._echo import shown as _clean
from kimlib.errors import InvalidArgument

__all__ = [
    "check_date",
    "check_optional_date",
    "check_period",
    "check_text",
    "check_type",
    "closest",
    "frozen",
    "in_period",
    "shown",
]

K = TypeVar("K")
V = TypeVar("V")

#: The longest repr of a bad value an error message echoes.
_SHOWN = 40


def shown(value: object) -> str:
    """``value`` as an error may echo it: a short repr, at most 40 characters.

    >>> shown("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."
    """
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def check_type(name: str, value: object, *types: type) -> None:
    """Raise ``InvalidArgument`` unless ``value`` is an instance of ``types``.

    >>> check_type("kim", 3, str)
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: Expected str but got kim=int
    """
    if not isinstance(value, types):
        expected = " or ".join(t.__name__ for t in types)
        raise InvalidArgument.of(
            "argument.type", name=name, expected=expected, got=type(value).__name__
        )


def check_date(name: str, value: object) -> dt.date:
    """Return ``value`` as a ``date``: a ``date``, a ``datetime`` or ``YYYY-MM-DD``.

    Only that form is read (not ``20250417`` nor week dates), and only the
    years kimlib accepts (:data:`kimlib._dates.FIRST_YEAR` to ``LAST_YEAR``).

    >>> check_date("on", "2025-04-17")
    datetime.date(2025, 4, 17)
    >>> check_date("on", "17/04/2025")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: on='17/04/2025': not a date in the form YYYY-MM-DD
    >>> check_date("on", "2025-02-30")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: on='2025-02-30': 2025-02-30 does not exist: February 2025 has 28 days
    """  # noqa: E501
    day: dt.date
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        try:
            return read_date(value)
        except BadDate as error:
            problem = error
        key = f"argument.{problem.code}"
        raise InvalidArgument.of(key, name=name, value=_clean(value), **problem.params)
    else:
        kind = type(value).__name__
        raise InvalidArgument.of("argument.date_type", name=name, kind=kind)
    try:
        check_year(day.year)
    except BadDate as error:
        problem = error
    else:
        return day
    key = f"argument.{problem.code}"
    raise InvalidArgument.of(key, name=name, value=_clean(str(day)), **problem.params)


def check_optional_date(name: str, value: object) -> dt.date | None:
    """``value`` if it is ``None`` or a calendar date (not a datetime, not text).

    A value's effective dates are dates: a string is refused rather than
    compared with dates later (which would raise ``TypeError`` mid-assessment).

    >>> check_optional_date("effective_from", None) is None
    True
    >>> check_optional_date("effective_from", "2025-01-01")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: effective_from must be a date ... not str
    """
    if value is None or (
        isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    ):
        return value
    raise InvalidArgument.of("argument.date", name=name, got=type(value).__name__)


def check_period(name: str, start: object, until: object) -> None:
    """Both ends are dates or ``None``, and ``until`` is not before ``start``.

    ``name`` names the value whose period it is (``"Profile.effective_until"``
    is then the field an error names).

    >>> import datetime as dt
    >>> check_period("Parameter", dt.date(2025, 2, 1), dt.date(2025, 1, 1))
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: Parameter.effective_until (2025-01-01) is before ...
    """
    first = check_optional_date(f"{name}.effective_from", start)
    last = check_optional_date(f"{name}.effective_until", until)
    if first is not None and last is not None and last < first:
        raise InvalidArgument.of(
            "argument.period_order",
            name=name,
            start=first.isoformat(),
            until=last.isoformat(),
        )


def in_period(on: dt.date, start: dt.date | None, until: dt.date | None) -> bool:
    """Whether ``on`` lies in ``[start, until]`` (both inclusive, ``None`` open).

    >>> import datetime as dt
    >>> in_period(dt.date(2025, 1, 1), None, dt.date(2025, 1, 1))
    True
    """
    return (start is None or start <= on) and (until is None or on <= until)


def check_text(name: str, value: object) -> str:
    """``value`` if it is text with something besides white space.

    >>> check_text("Profile.name", "  ")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: Profile.name must be non-empty text
    """
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument.of("argument.empty_text", name=name)
    return value


def frozen(value: Mapping[K, V]) -> Mapping[K, V]:
    """A read-only copy of ``value`` (later changes to ``value`` do not show).

    >>> frozen({"a": 1})["a"]
    1
    """
    return MappingProxyType(dict(value))


def closest(name: str, known: Iterable[str], *, count: int = 3) -> str:
    """The known names closest to a misspelt ``name``, for an error message.

    >>> closest("membership.maxium", ["membership.maximum", "membership.minimum"])
    "'membership.maximum', 'membership.minimum'"
    """
    names = sorted(set(known))
    near = difflib.get_close_matches(name, names, n=count, cutoff=0.6) or names[:count]
    return ", ".join(repr(n) for n in near)
