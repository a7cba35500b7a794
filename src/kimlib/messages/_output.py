"""Messages of the output face: dumping values and naming schemas."""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    "output.cannot_dump": Text(
        id="kimlib tidak dapat menulis nilai {type} sebagai JSON",
        en="kimlib cannot write a {type} value as JSON",
    ),
    "output.unknown_schema": Text(
        id="of={value} bukan nama skema; gunakan salah satu dari: {known}",
        en="of={value} names no schema; use one of: {known}",
    ),
}
