"""JSON Schemas (Draft 2020-12) of the KIM document and of every output.

Every property of every schema carries a description: the output records
carry theirs; the document's, written here, say what each field means.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

import msgspec

from kimlib.errors import InvalidArgument
from kimlib.io._hooks import schema_hook
from kimlib.io._records import ProblemsRecord, VerdictRecord
from kimlib.io._report_records import AdindaReportRecord
from kimlib.io._row_record import RowRecord
from kimlib.model import Kim

__all__ = ["SCHEMAS", "json_schema"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_ID = "https://kimlib.invalid/schema/"

_FACT = "true, false, or null/absent = unknown"
_AFFILIATION = (
    "a name or true (affiliated), false (declared none), null/absent = unknown;"
    " a string that means no or yes is refused"
)

#: What each field of the KIM document means, by definition and property.
DOCUMENT_FIELDS: Mapping[str, Mapping[str, str]] = {
    "Kim": {
        "schema_version": "The version of this format: 1.",
        "id": "The registry's identifier of the KIM, used in outputs.",
        "name": "The name of the KIM.",
        "region": "The Kemendagri code (dotted or not) of the regency/city or deeper.",
        "village": "The code of the desa/kelurahan of the KIM's seat; must lie"
        " inside region.",
        "founded_on": "The day the KIM was founded (YYYY-MM-DD).",
        "members": "The members, board included (may be empty).",
        "documents": "The KIM's documents; absent = unknown, an empty list = none.",
        "activities": "The KIM's activities; absent = none.",
        "mapping": "The Dinas's assessments of the KIM (interest, influence,"
        " power); absent = none.",
        "indicators": "Readings of the KIM's success indicators; absent = none.",
    },
    "Member": {
        "name": "The member's name (personal data: never shown in errors or"
        " explanations); may be withheld.",
        "nik": "The member's NIK: 16 digits (personal data).",
        "gender": "laki_laki or perempuan; must agree with the NIK when both"
        " are given.",
        "role": "The member's role; the board (pengurus) is every member who is"
        " not anggota.",
        "groups": "The community groups the member belongs to.",
        "joined_on": "The day the member joined (YYYY-MM-DD).",
        "left_on": "The day the member left (YYYY-MM-DD).",
        "civil_servant": "Whether the member is a civil servant (ASN): " + _FACT,
        "criminal_record": "Whether the member has a criminal record: " + _FACT,
        "party_affiliation": "The member's political party affiliation: "
        + _AFFILIATION,
        "ngo_affiliation": "The member's NGO (LSM) affiliation: " + _AFFILIATION,
    },
    "Document": {
        "kind": "What the document is (sk_pembentukan, nomor_induk,"
        " susunan_pengurus, ad_art, lainnya).",
        "issuer": "Who issued it; required for sk_pembentukan and nomor_induk.",
        "acknowledged_by": "Who acknowledged it (kepala_desa, lurah); required"
        " for susunan_pengurus.",
        "number": "The document's number.",
        "issued_on": "The day it was issued (YYYY-MM-DD); a document dated after"
        " the assessment is ignored.",
        "valid_until": "The last day it is valid (YYYY-MM-DD); an expired"
        " document is ignored.",
    },
    "MappingAssessment": {
        "scale": "The top of a 1..scale questionnaire; absent = scores on 0..1.",
    },
    "Activity": {
        "form": "What kind of event it was.",
        "at": "When: a date-time with an offset, or naive (local time of the"
        " region), or a date alone (the start of that local day).",
        "stage": "The ADINDA stage; absent = the form's default stage.",
        "topic": "The topic; topic cycles match topics case- and space-insensitively.",
        "participants": "How many took part (an integer, 0 or more).",
        "channels": "The media the activity used.",
    },
}


def _describe(
    schema: dict[str, Any], fields: Mapping[str, Mapping[str, str]]
) -> dict[str, Any]:
    """Give each property named in ``fields`` its description."""
    for name, definition in schema.get("$defs", {}).items():
        for prop, words in fields.get(name, {}).items():
            if prop in definition.get("properties", {}):
                definition["properties"][prop].setdefault("description", words)
    return schema


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


def _kim_schema() -> dict[str, Any]:
    schema = _tighten(msgspec.json.schema(Kim, schema_hook=schema_hook))
    return {
        "$schema": _DRAFT,
        "$id": _ID + "kim-document-1.json",
        "title": "KIM document",
        **_describe(schema, DOCUMENT_FIELDS),
    }


def _of(record: type, title: str, file: str) -> Callable[[], dict[str, Any]]:
    def build() -> dict[str, Any]:
        return {
            "$schema": _DRAFT,
            "$id": _ID + file,
            "title": title,
            **msgspec.json.schema(record),
        }

    return build


def _profile_schema() -> dict[str, Any]:
    """The schema of a profile file, which :mod:`kimlib.rules` writes."""
    from kimlib import rules  # noqa: PLC0415 - only when asked for

    return dict(rules.profile_schema())


#: The schemas by name; ``"report"`` and ``"adinda_report"`` are the same.
SCHEMAS: Mapping[str, Callable[[], dict[str, Any]]] = {
    "adinda_report": _of(AdindaReportRecord, "ADINDA report", "report-1.json"),
    "kim": _kim_schema,
    "problems": _of(ProblemsRecord, "Problems of a document", "problems-1.json"),
    "profile": _profile_schema,
    "report": _of(AdindaReportRecord, "ADINDA report", "report-1.json"),
    "row": _of(RowRecord, "Batch row", "row-1.json"),
    "verdict": _of(VerdictRecord, "Verdict", "verdict-1.json"),
}


@functools.cache
def _built(of: str) -> bytes:
    return msgspec.json.encode(SCHEMAS[of]())


def json_schema(of: str = "kim") -> dict[str, Any]:
    """A Draft 2020-12 JSON Schema of the KIM document or of an output.

    Every property carries a description.

    >>> json_schema("kim")["title"]
    'KIM document'
    >>> json_schema("report") == json_schema("adinda_report")
    True
    >>> json_schema("problems")["$defs"]["ProblemRecord"]["required"]
    ['path', 'code', 'message']

    Args:
        of: ``"kim"`` (the document), ``"verdict"`` (what ``dump(verdict)``
            gives), ``"report"`` or ``"adinda_report"`` (``dump(report)``),
            ``"problems"`` (``dump(error)`` of an ``InvalidInput``),
            ``"profile"`` (a profile file) or ``"row"`` (a batch row).

    Returns:
        A fresh dict (safe to modify).

    Raises:
        InvalidArgument: ``of`` names no schema.
    """
    if not isinstance(of, str) or of not in SCHEMAS:
        known = ", ".join(repr(k) for k in sorted(SCHEMAS))
        raise InvalidArgument.of("output.unknown_schema", value=_shown(of), known=known)
    return msgspec.json.decode(_built(of))  # type: ignore[no-any-return]


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."  # noqa: PLR2004
