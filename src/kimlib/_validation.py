"""Argument checks shared by the public functions (raise ``InvalidArgument``)."""

from __future__ import annotations

import datetime as dt

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
    """Return ``value`` as a ``date``: a ``date``, a ``datetime`` or an ISO string.

    >>> check_date("on", "2025-04-17")
    datetime.date(2025, 4, 17)
    >>> check_date("on", "17/04/2025")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: on='17/04/2025' is not an ISO date (YYYY-MM-DD)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
        msg = f"{name}={value!r} is not an ISO date (YYYY-MM-DD)"
        raise InvalidArgument(msg)
    msg = f"Expected a date or an ISO date string but got {name}={type(value).__name__}"
    raise InvalidArgument(msg)
