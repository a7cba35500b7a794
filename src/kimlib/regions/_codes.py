"""Kemendagri region codes: their shape, dotted form and level."""

from __future__ import annotations

import re

from kimlib._validation import check_type
from kimlib.errors import InvalidArgument
from kimlib.messages import shown

__all__ = ["code_level", "is_code", "normalize_code", "parent_code"]

_DOTTED = re.compile(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?", re.ASCII)
_PLAIN = re.compile(r"[0-9]{2}(?:[0-9]{2}(?:[0-9]{2}(?:[0-9]{4})?)?)?", re.ASCII)


def _dotted(text: str) -> str | None:
    """The dotted form of a code shape, or ``None``."""
    text = text.strip()
    if _DOTTED.fullmatch(text):
        return text
    if _PLAIN.fullmatch(text):
        parts = [text[:2], text[2:4], text[4:6], text[6:]]
        return ".".join(part for part in parts if part)
    return None


def is_code(text: object) -> bool:
    """Whether ``text`` has the shape of a Kemendagri code; never raises.

    Only the shape is checked; :func:`kimlib.regions.exists` tells whether the
    decree has the code.

    >>> is_code("62.71"), is_code("6271011001"), is_code("62-71"), is_code(6271)
    (True, True, False, False)
    """
    return isinstance(text, str) and _dotted(text) is not None


def normalize_code(code: str) -> str:
    """The dotted form of a Kemendagri code (``"6271"`` → ``"62.71"``).

    Accepts the dotted form (``62``, ``62.71``, ``62.71.01``,
    ``62.71.01.1001``) or the same digits without dots, with spaces around.
    Only the shape is checked, not whether the code exists.

    Args:
        code: the code as text.

    Returns:
        The dotted code.

    Raises:
        InvalidArgument: ``code`` is not text or not shaped like a code.

    >>> normalize_code(" 6271011001 ")
    '62.71.01.1001'
    >>> normalize_code("62.7101")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: code='62.7101' is not a Kemendagri region code
    """
    check_type("code", code, str)
    dotted = _dotted(code)
    if dotted is None:
        raise InvalidArgument.of("region.argument.not_a_code", value=shown(code))
    return dotted


def code_level(code: str) -> int:
    """The level of a dotted code: 1 province … 4 village.

    >>> code_level("62.71.01")
    3
    """
    return code.count(".") + 1


def parent_code(code: str) -> str | None:
    """The dotted code one level up, ``None`` for a province.

    >>> parent_code("62.71.01.1001"), parent_code("62")
    ('62.71.01', None)
    """
    head, dot, _ = code.rpartition(".")
    return head if dot else None
