"""Out of kimlib: JSON-ready values (:func:`dump`) and JSON Schemas."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import msgspec

from kimlib.errors import InvalidArgument
from kimlib.io._hooks import enc_hook, schema_hook
from kimlib.io._redact import kim_document
from kimlib.model import Kim

__all__ = ["dump", "json_schema"]


def _drop_none(value: Any) -> Any:  # noqa: ANN401
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_drop_none(v) for v in value]
    return value


def dump(obj: object, *, redact: bool = False) -> Any:  # noqa: ANN401
    """A JSON-ready value (dicts, lists, strings, numbers) of a kimlib object.

    For a :class:`~kimlib.model.Kim` this is the KIM document again, absent
    facts left out: ``load_kim(dump(k)) == k``; ``redact=True`` leaves out
    names, NIKs and affiliation names (see :mod:`kimlib.io._redact`). Results
    (verdicts, reports) give their documented output records.

    Raises:
        InvalidArgument: ``obj`` is not something kimlib can dump.
    """
    if redact or isinstance(obj, Kim):  # the document again (redacted on request)
        return kim_document(obj, redact=redact)
    to_record = getattr(obj, "to_record", None)
    if callable(to_record):
        obj = to_record()
    try:
        return _drop_none(msgspec.to_builtins(obj, enc_hook=enc_hook))
    except (msgspec.EncodeError, TypeError) as error:
        msg = f"cannot dump {type(obj).__name__}"
        raise InvalidArgument(msg) from error


# What kimlib._dates.read_time reads: a date alone, or a date and a time of
# minutes, seconds or fractions ("T", "t" or a space), the offset optional.
_DATETIME_PATTERN = (
    r"^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?"
    r"([Zz]|[+-]\d{2}:?\d{2})?)?$"
)
_CODE_PATTERN = r"^\s*\d{2}(\.?\d{2}(\.?\d{2}(\.?\d{4})?)?)?\s*$"


def _tighten(schema: dict[str, Any]) -> dict[str, Any]:
    """Add what msgspec cannot infer from attrs validators to the schema."""
    defs = schema["$defs"]
    for definition in defs.values():
        if definition.get("type") == "object":
            definition["additionalProperties"] = False
    kim = defs["Kim"]["properties"]
    kim["schema_version"] = {"const": 1, "default": 1}
    kim["region"] = {"type": "string", "pattern": _CODE_PATTERN}
    kim["village"] = {"anyOf": [kim["region"], {"type": "null"}], "default": None}
    for cls, name in (("Kim", "name"), ("Member", "name")):
        defs[cls]["properties"][name] = {"type": "string", "minLength": 1}
    text = defs["Member"]["properties"]["name"]  # a name may be withheld
    defs["Member"]["properties"]["name"] = {"anyOf": [text, {"type": "null"}]}
    at = defs["Activity"]["properties"]
    at["at"] = {"type": "string", "pattern": _DATETIME_PATTERN}
    at["participants"] = {
        "anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}],
        "default": None,
    }
    return schema


@functools.cache
def _kim_schema() -> dict[str, Any]:
    schema = msgspec.json.schema(Kim, schema_hook=schema_hook)
    schema = _tighten(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://kimlib.invalid/schema/kim-document-1.json",
        "title": "KIM document",
        **schema,
    }


def json_schema(of: str = "kim") -> dict[str, Any]:
    """A Draft 2020-12 JSON Schema of the KIM document (or of an output).

    Args:
        of: ``"kim"`` (the document) or an output: ``"adinda_report"``
            (what ``dump(report)`` gives), ``"verdict"`` (``dump(verdict)``).

    Returns:
        A fresh dict (safe to modify).

    Raises:
        InvalidArgument: ``of`` names no schema.
    """
    builders: dict[str, Callable[[], dict[str, Any]]] = {"kim": _kim_schema}
    builders.update(_output_schemas())
    if of not in builders:
        known = ", ".join(repr(k) for k in sorted(builders))
        msg = f"of={of!r} names no schema; use one of: {known}"
        raise InvalidArgument(msg)
    return msgspec.json.decode(msgspec.json.encode(builders[of]()))  # type: ignore[no-any-return]


def _output_schemas() -> dict[str, Callable[[], dict[str, Any]]]:
    """Schemas of the outputs, from the record types the analysis defines."""
    from kimlib.adinda import AdindaReportRecord  # noqa: PLC0415
    from kimlib.rules import VerdictRecord  # noqa: PLC0415

    def schema_of(record: type, title: str) -> Callable[[], dict[str, Any]]:
        def build() -> dict[str, Any]:
            return {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "title": title,
                **msgspec.json.schema(record),
            }

        return build

    return {
        "adinda_report": schema_of(AdindaReportRecord, "ADINDA report"),
        "verdict": schema_of(VerdictRecord, "Verdict"),
    }
