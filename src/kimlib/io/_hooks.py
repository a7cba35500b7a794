"""msgspec hooks for the one custom type of the model, :class:`~kimlib.model.Nik`."""

from __future__ import annotations

from kimlib.errors import InvalidArgument
from kimlib.model import Nik

__all__ = ["dec_hook", "enc_hook", "schema_hook"]


def dec_hook(type_: type, value: object) -> object:
    if type_ is Nik:
        return Nik(value)  # type: ignore[arg-type]  # Nik checks the type itself
    msg = f"unsupported type {type_!r}"  # pragma: no cover - no other custom type
    raise NotImplementedError(msg)  # pragma: no cover


def enc_hook(value: object) -> object:
    if isinstance(value, Nik):
        return value.reveal()
    raise InvalidArgument.of("output.cannot_dump", type=type(value).__name__)


def schema_hook(type_: type) -> dict[str, object]:
    if type_ is Nik:
        return {"type": "string", "pattern": "^[0-9]{16}$", "description": "NIK"}
    msg = f"no schema for {type_!r}"  # pragma: no cover
    raise NotImplementedError(msg)  # pragma: no cover
