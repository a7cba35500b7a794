"""Argument checks shared by the public functions (raise ``InvalidArgument``)."""

from __future__ import annotations

import datetime as dt

from kimlib._dates import BadDate, check_year, read_date
from kimlib._echo import shown
from kimlib.errors import InvalidArgument

__all__ = ["check_date", "check_type"]


def check_type(name: str, value: object, *types: type) -> None:
    """Raise ``InvalidArgument`` unless ``value`` is an instance of ``types``.

    >>> check_type("kim", 3, str)
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: Expected str but got kim=int
    """
    if not isinstance(value, types):
        expected = " or ".join(t.__name__ for t in types)
        msg = f"Expected {expected} but got {name}={type(value).__name__}"
        raise InvalidArgument(msg)


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
        raise InvalidArgument.of(key, name=name, value=shown(value), **problem.params)
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
    raise InvalidArgument.of(key, name=name, value=shown(str(day)), **problem.params)
