"""Out of kimlib: JSON-ready values of documents, verdicts, reports and errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from kimlib.adinda import AdindaReport
from kimlib.errors import InvalidArgument, InvalidInput
from kimlib.io._build import problems_record, report_record, verdict_record
from kimlib.io._hooks import enc_hook
from kimlib.io._redact import kim_document
from kimlib.messages import check_lang
from kimlib.model import Kim
from kimlib.rules import Verdict

__all__ = ["dump"]


def _drop_none(value: Any) -> Any:  # noqa: ANN401
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_drop_none(v) for v in value]
    return value


def _encode(value: object) -> object:
    """Read-only mappings (``MappingProxyType``) as dicts; the rest as usual."""
    if isinstance(value, Mapping):
        return dict(value)
    return enc_hook(value)


def dump(obj: object, *, lang: str | None = None, redact: bool = False) -> Any:  # noqa: ANN401
    """A JSON-ready value (dicts, lists, strings, numbers) of a kimlib object.

    For a :class:`~kimlib.model.Kim` this is the KIM document again, absent
    facts left out: ``load_kim(dump(k)) == k``. A verdict, an ADINDA report
    and an :class:`~kimlib.errors.InvalidInput` give the records that
    ``json_schema("verdict")``, ``"report"`` and ``"problems"`` describe.
    With ``lang`` every text is in that language only; without, each text is
    an object holding both (``{"id": ..., "en": ...}``). A verdict's
    citations appear once, in its ``sources`` table, keyed by the ids its
    findings refer to. ``redact=True`` writes a KIM without names, NIKs
    and affiliation names (:mod:`kimlib.io._redact`).

    >>> from kimlib.errors import InvalidInput, Problem
    >>> error = InvalidInput([Problem("members[0].role", "error.missing_field")])
    >>> dump(error, lang="id")
    {'problems': [{'path': 'members[0].role', 'code': 'error.missing_field', \
'message': 'kolom ini wajib diisi'}]}
    >>> dump(error)["problems"][0]["message"]["en"]
    'this field is required'

    Args:
        obj: a Kim, Verdict, AdindaReport, InvalidInput or another kimlib value.
        lang: ``"id"``, ``"en"`` or a locale tag of them; ``None`` for both.
        redact: (a Kim only) leave out names, NIKs and affiliation names.

    Raises:
        InvalidArgument: ``obj`` is not something kimlib can dump, or ``lang``
            is not supported.
    """
    if redact or isinstance(obj, Kim):  # the document again, redacted on request
        return kim_document(obj, redact=redact)
    language = None if lang is None else check_lang(lang)
    record: object = obj
    if isinstance(obj, Verdict):
        record = verdict_record(obj, language)
    elif isinstance(obj, AdindaReport):
        record = report_record(obj, language)
    elif isinstance(obj, InvalidInput):
        record = problems_record(obj, language)
    try:
        return _drop_none(msgspec.to_builtins(record, enc_hook=_encode))
    except (msgspec.EncodeError, TypeError) as error:
        name = type(obj).__name__
        raise InvalidArgument.of("output.cannot_dump", type=name) from error
