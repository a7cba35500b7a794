"""Validators shared by the model classes; each raises ``InvalidInput``.

A validator names the field (its attribute name) and a message code; the
loader prefixes the path of the object (``members[3]``), so a problem reads
``members[3].joined_on: ...``. No validator puts the field's value in a message.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import attrs

from kimlib._dates import FIRST_YEAR, LAST_YEAR
from kimlib.errors import InvalidInput, Problem

__all__ = ["fail", "has_surrogate", "in_years", "non_empty", "non_negative"]

T = TypeVar("T")


def fail(field: str, code: str, **params: object) -> InvalidInput:
    """An ``InvalidInput`` with one problem at ``field``."""
    return InvalidInput([Problem(field, code, params)])


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (it would not encode as UTF-8)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def non_empty(_: object, attribute: attrs.Attribute[T], value: T) -> None:
    """Text fields must hold something besides spaces, and encode as UTF-8."""
    if isinstance(value, str):
        if not value.strip():
            raise fail(attribute.name, "error.empty_text")
        if not value.isascii() and has_surrogate(value):
            raise fail(attribute.name, "input.surrogate")


def in_years(name: str, value: dt.date | None) -> None:
    """A date or time lies in the years kimlib accepts (or is ``None``).

    Called from ``__attrs_post_init__`` (cheaper than a validator per field),
    so that nothing accepted can overflow later.
    """
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise fail(name, "date.year_range", first=FIRST_YEAR, last=LAST_YEAR)


def non_negative(_: object, attribute: attrs.Attribute[T], value: T) -> None:
    """Counts are zero or more."""
    if isinstance(value, int) and value < 0:
        raise fail(attribute.name, "error.negative")
