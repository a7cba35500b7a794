"""Validators shared by the model classes; each raises ``InvalidInput``.

A validator names the field (its attribute name) and a message code; the
loader prefixes the path of the object (``members[3]``), so a problem reads
``members[3].joined_on: ...``. No validator puts the field's value in a message.
"""

from __future__ import annotations

from typing import Any

from kimlib.errors import InvalidInput, Problem

__all__ = ["fail", "non_empty", "non_negative"]


def fail(field: str, code: str, **params: object) -> InvalidInput:
    """An ``InvalidInput`` with one problem at ``field``."""
    return InvalidInput([Problem(field, code, params)])


def non_empty(_: object, attribute: Any, value: str | None) -> None:  # noqa: ANN401
    """Text fields must hold something besides spaces."""
    if value is not None and not value.strip():
        raise fail(attribute.name, "error.empty_text")


def non_negative(_: object, attribute: Any, value: int | None) -> None:  # noqa: ANN401
    """Counts are zero or more."""
    if value is not None and value < 0:
        raise fail(attribute.name, "error.negative")
