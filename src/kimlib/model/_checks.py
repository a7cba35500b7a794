"""Validators shared by the model classes; each raises ``InvalidInput``.

A validator names the field (its attribute name) and a message code; the
loader prefixes the path of the object (``members[3]``), so a problem reads
``members[3].joined_on: ...``. No validator puts the field's value in a message.
"""

from __future__ import annotations

from typing import TypeVar

import attrs

from kimlib.errors import InvalidInput, Problem

__all__ = ["fail", "non_empty", "non_negative"]

T = TypeVar("T")


def fail(field: str, code: str, **params: object) -> InvalidInput:
    """An ``InvalidInput`` with one problem at ``field``."""
    return InvalidInput([Problem(field, code, params)])


def non_empty(_: object, attribute: attrs.Attribute[T], value: T) -> None:
    """Text fields must hold something besides spaces."""
    if isinstance(value, str) and not value.strip():
        raise fail(attribute.name, "error.empty_text")


def non_negative(_: object, attribute: attrs.Attribute[T], value: T) -> None:
    """Counts are zero or more."""
    if isinstance(value, int) and value < 0:
        raise fail(attribute.name, "error.negative")
