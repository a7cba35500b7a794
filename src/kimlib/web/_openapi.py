"""The OpenAPI 3.1 document of the web API, built from kimlib's own schemas.

The posted KIM document is described by :func:`kimlib.io.json_schema`
(``"kim"``), lifted into ``components/schemas``; answers name the schema
route that describes them (``/v1/schemas/{name}``).

>>> document = openapi_document()
>>> document["openapi"], sorted(document["paths"])[:3]
('3.1.0', ['/docs', '/healthz', '/v1/assess'])
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kimlib.io import json_schema

__all__ = ["EXAMPLE", "LINE_TYPES", "SCHEMA_NAMES", "openapi_document"]

#: The names ``/v1/schemas/{name}`` may know (those kimlib knows are served).
SCHEMA_NAMES = (
    "kim",
    "verdict",
    "report",
    "adinda_report",
    "problems",
    "profile",
    "row",
)

#: The content types ``/v1/batch`` reads.
LINE_TYPES = (
    "application/x-ndjson",
    "application/jsonl",
    "application/json-lines",
    "application/json",
)

_REF = re.compile(r"^#/\$defs/(.+)$")


def _relocated(value: Any) -> Any:  # noqa: ANN401
    """``value`` with ``#/$defs/X`` references pointing at components."""
    if isinstance(value, dict):
        moved = {}
        for key, item in value.items():
            match = (
                _REF.match(item) if key == "$ref" and isinstance(item, str) else None
            )
            moved[key] = (
                f"#/components/schemas/{match.group(1)}" if match else _relocated(item)
            )
        return moved
    if isinstance(value, list):
        return [_relocated(v) for v in value]
    return value


def _document_schemas() -> dict[str, Any]:
    schema = json_schema("kim")
    schemas: dict[str, Any] = _relocated(schema.pop("$defs", {}))
    schema.pop("$schema", None)
    schema.pop("$id", None)
    root = _relocated(schema)
    if "$ref" in root:  # msgspec names the root in $defs and refers to it
        return schemas
    schemas["Kim"] = root  # pragma: no cover - depends on msgspec's layout
    return schemas  # pragma: no cover


_PROBLEM = {
    "type": "object",
    "description": "An RFC 9457 problem: every error answer has this shape.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "description": "The kind of problem (a URI)."},
        "title": {"type": "string", "description": "A short title, translated."},
        "status": {"type": "integer", "description": "The HTTP status."},
        "detail": {"type": "string", "description": "What went wrong, translated."},
        "parameter": {
            "type": "string",
            "description": "400 only: the query parameter with a bad value.",
        },
        "limit": {"type": "integer", "description": "413 only: the limit in bytes."},
        "accepted": {
            "type": "array",
            "items": {"type": "string"},
            "description": "415 only: the content types the route reads.",
        },
        "problems": {
            "type": "array",
            "description": "422 only: each problem of the document.",
            "items": {"$ref": "#/components/schemas/DocumentProblem"},
        },
    },
}

_DOCUMENT_PROBLEM = {
    "type": "object",
    "required": ["path", "code", "message"],
    "properties": {
        "path": {
            "type": "string",
            "description": "The field, e.g. members[3].role; empty: the document.",
        },
        "code": {"type": "string", "description": "A stable code (catalogue key)."},
        "message": {"type": "string", "description": "The reason, translated."},
        "line": {"type": "integer", "description": "Batch only: the line number."},
    },
}

_ROW = {
    "type": "object",
    "description": "One line of a posted registry (see /v1/schemas/row).",
    "required": ["line", "kim_id", "kim_name", "region", "outcome", "problems"],
    "properties": {
        "line": {"type": "integer", "description": "The line number, from 1."},
        "kim_id": {"type": ["string", "null"], "description": "The KIM's id."},
        "kim_name": {"type": ["string", "null"], "description": "The KIM's name."},
        "region": {"type": ["string", "null"], "description": "Its region code."},
        "outcome": {
            "type": ["string", "null"],
            "description": "eligible, ineligible, incomplete, not_in_force; "
            "null when the document is invalid.",
        },
        "is_kim": {"type": ["boolean", "null"], "description": "Meets the definition."},
        "statuses": {
            "type": "object",
            "additionalProperties": {"type": "string"},
            "description": "Rule id -> pass, fail, unknown or advisory.",
        },
        "total": {"type": ["number", "null"], "description": "ADINDA score 0..100."},
        "by_stage": {
            "type": ["object", "null"],
            "additionalProperties": {"type": "number"},
            "description": "Stage -> points of the total.",
        },
        "cycle": {"type": ["number", "null"], "description": "Points of topic cycles."},
        "problems": {
            "type": "array",
            "items": {"$ref": "#/components/schemas/DocumentProblem"},
            "description": "Empty when the document is valid.",
        },
    },
}


def _query(name: str, description: str, *, required: bool = False) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": {"type": "string"},
    }


_LANG = _query("lang", "id or en (or a locale tag); default: Accept-Language, then id.")
_ACCEPT = {
    "name": "Accept-Language",
    "in": "header",
    "required": False,
    "description": "Used when lang is not given; Indonesian by default.",
    "schema": {"type": "string"},
}


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            "application/problem+json": {
                "schema": {"$ref": "#/components/schemas/Problem"}
            }
        },
    }


def _json(description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": schema or {"type": "object"}}},
    }


#: A small fictional document, the example of the posted body.
EXAMPLE = {
    "id": "KIM-3673-0009",
    "name": "KIM Contoh",
    "region": "36.73",
    "village": "36.73.01.1002",
    "founded_on": "2024-02-01",
    "members": [
        {"name": f"Warga Contoh {i}", "role": role, "civil_servant": False}
        for i, role in enumerate(("ketua", "sekretaris", "bendahara"), start=1)
    ],
}

_KIM_BODY = {
    "required": True,
    "description": "One KIM document (JSON).",
    "content": {
        "application/json": {
            "schema": {"$ref": "#/components/schemas/Kim"},
            "example": EXAMPLE,
        }
    },
}

_ERRORS = {
    "400": _problem("A query parameter has a bad value (named in parameter)."),
    "413": _problem("The body is over the limit."),
    "415": _problem("The body's content type is not accepted."),
    "422": _problem("The document is invalid; problems lists each field."),
}


def _post(
    summary: str, parameters: list[dict[str, Any]], ok: dict[str, Any]
) -> dict[str, Any]:
    return {
        "post": {
            "summary": summary,
            "parameters": [*parameters, _LANG, _ACCEPT],
            "requestBody": _KIM_BODY,
            "responses": {"200": ok, **_ERRORS},
        }
    }


def _get(
    summary: str,
    parameters: list[dict[str, Any]],
    ok: dict[str, Any],
    errors: dict[str, Any],
) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {"200": ok, **errors},
        }
    }


_INDICATOR_PERIODS = [
    _query(
        "indicators_before",
        "With indicators_after: the first period of indicator readings"
        " compared (2025, 2025Q1, 2025-03 or a date range).",
    ),
    _query(
        "indicators_after", "With indicators_before: the second period of readings."
    ),
]


def _paths() -> dict[str, Any]:
    on = _query(
        "on", "The date assessed (YYYY-MM-DD); default: today in the KIM's zone."
    )
    period = _query("period", "2025, 2025Q1, 2025-03 or 2025-01-01/2025-03-31.")
    region_code = {
        "name": "code",
        "in": "path",
        "required": True,
        "description": "A Kemendagri code, e.g. 36.73.",
        "schema": {"type": "string"},
    }
    schema_name = {
        "name": "name",
        "in": "path",
        "required": True,
        "description": "One of: " + ", ".join(SCHEMA_NAMES) + ".",
        "schema": {"type": "string"},
    }
    not_found = {"404": _problem("Not found.")}
    return {
        "/v1/validate": _post(
            "The problems of a KIM document",
            [],
            _json(
                "The document is valid: problems is empty.",
                {
                    "type": "object",
                    "properties": {
                        "kim_id": {"type": ["string", "null"]},
                        "kim_name": {"type": "string"},
                        "problems": {"type": "array", "maxItems": 0},
                    },
                },
            ),
        ),
        "/v1/assess": _post(
            "Assess a KIM on a date: its verdict",
            [on, *_INDICATOR_PERIODS],
            _json(
                "The verdict, texts in one language (see /v1/schemas/verdict);"
                " with mapping (the KIM's placement on the date, null when no"
                " assessment is that old) when the document carries a mapping,"
                " and indicators (each indicator's trend between the two"
                " periods) when it carries readings and both periods are given."
            ),
        ),
        "/v1/score": _post(
            "The ADINDA score of a KIM over a period",
            [period, *_INDICATOR_PERIODS],
            _json(
                "The ADINDA report (see /v1/schemas/report); with mapping (placed"
                " on the period's last day) and indicators as for /v1/assess."
            ),
        ),
        "/v1/batch": {
            "post": {
                "summary": "Assess (and score) a registry: JSON Lines in and out",
                "parameters": [
                    _query("on", "The date assessed (YYYY-MM-DD).", required=True),
                    _query("period", "Score over this period too (optional)."),
                    _LANG,
                    _ACCEPT,
                ],
                "requestBody": {
                    "required": True,
                    "description": "One KIM document per line.",
                    "content": {
                        "application/x-ndjson": {
                            "schema": {"type": "string"},
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "One row per non-blank line, streamed.",
                        "content": {
                            "application/x-ndjson": {
                                "x-item-schema": {"$ref": "#/components/schemas/Row"},
                                "schema": {"type": "string"},
                            }
                        },
                    },
                    "400": _ERRORS["400"],
                    "413": _ERRORS["413"],
                    "415": _ERRORS["415"],
                },
            }
        },
        "/v1/rules": _get(
            "The rule catalogue in force for a region on a date",
            [
                _query("region", "A region code; default: the national profile."),
                _query("on", "Only what is in force that day; default: every period."),
                _LANG,
                _ACCEPT,
            ],
            _json("Rules and parameters with their citations."),
            {"400": _ERRORS["400"]},
        ),
        "/v1/regions": _get(
            "Search regions by name",
            [
                _query("q", "The name to look for.", required=True),
                _query("limit", "At most this many (1..100, default 20)."),
                _LANG,
                _ACCEPT,
            ],
            _json("The matching regions, best first."),
            {"400": _ERRORS["400"]},
        ),
        "/v1/regions/{code}": _get(
            "A region by its Kemendagri code",
            [region_code, _LANG, _ACCEPT],
            _json("The region."),
            not_found,
        ),
        "/v1/schemas/{name}": _get(
            "A JSON Schema (Draft 2020-12)",
            [schema_name],
            {
                "description": "The schema.",
                "content": {"application/schema+json": {"schema": {"type": "object"}}},
            },
            not_found,
        ),
        "/v1/openapi.json": _get(
            "This document", [], _json("The OpenAPI 3.1 document."), {}
        ),
        "/docs": _get(
            "Interactive documentation (self-contained, works offline)",
            [_LANG, _ACCEPT],
            {"description": "An HTML page.", "content": {"text/html": {}}},
            {},
        ),
        "/healthz": _get(
            "Liveness",
            [],
            _json(
                "The server answers.",
                {
                    "type": "object",
                    "properties": {
                        "status": {"const": "ok"},
                        "version": {"type": "string"},
                    },
                },
            ),
            {},
        ),
    }


@functools.cache
def _document() -> dict[str, Any]:
    import kimlib  # noqa: PLC0415

    schemas = _document_schemas()
    schemas.update(Problem=_PROBLEM, DocumentProblem=_DOCUMENT_PROBLEM, Row=_ROW)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "kimlib web API",
            "version": kimlib.__version__,
            "description": (
                "Rules-as-code for Indonesia's community information groups (KIM):"
                " validate, assess and score KIM documents. Errors are RFC 9457"
                " problem details in Indonesian (default) or English."
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "paths": _paths(),
        "components": {"schemas": schemas},
    }


def openapi_document(root_path: str = "") -> dict[str, Any]:
    """The OpenAPI 3.1 document; ``root_path`` is the server's path prefix."""
    return {**_document(), "servers": [{"url": root_path or "/"}]}
