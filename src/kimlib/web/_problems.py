"""RFC 9457 problem details: every error the web API answers with.

A :class:`Refusal` names an HTTP status and catalogue keys; :meth:`Refusal.body`
writes it in one language. Bodies never hold a value of the request (a body
may carry names and NIKs, a path or query a NIK): only parameter names,
methods, media types, sizes and the field paths of a document's problems.

>>> refusal = Refusal.bad_parameter("on", "web.hint.on")
>>> body = refusal.body("en")
>>> body["status"], body["parameter"]
(400, 'on')
>>> body["detail"]
'the value of parameter on is not valid: use an ISO date (YYYY-MM-DD), e.g. 2025-04-17'
>>> Refusal.bad_parameter("on", "web.hint.on").body("id")["title"]
'nilai parameter tidak sah'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from kimlib.errors import InvalidInput
from kimlib.messages import render

__all__ = ["MEDIA_TYPE", "Refusal", "problem_list"]

#: The media type of every error body.
MEDIA_TYPE = "application/problem+json"

#: Where the problem types are named (a name, not a page to fetch).
_TYPES = "https://kimlib.invalid/problems/"


def problem_list(error: InvalidInput, lang: str) -> list[dict[str, Any]]:
    """``[{"path", "code", "message"}]`` of a document's problems, in ``lang``.

    >>> from kimlib.errors import Problem
    >>> problem_list(InvalidInput([Problem("members[0].role",
    ...     "error.missing_field")]), "id")[0]["message"]
    'kolom ini wajib diisi'
    """
    rows: list[dict[str, Any]] = []
    for problem in error.problems:
        row: dict[str, Any] = {
            "path": problem.path,
            "code": problem.code,
            "message": problem.reason(lang),
        }
        if problem.line is not None:
            row["line"] = problem.line
        rows.append(row)
    return rows


class Refusal(Exception):
    """An answer other than success: status, problem type and catalogue keys.

    Raised inside a request handler and turned into a problem body by the
    application; it never reaches a caller of kimlib.
    """

    def __init__(
        self,
        status: int,
        kind: str,
        title: str,
        detail: str,
        params: Mapping[str, object] = MappingProxyType({}),
        *,
        extra: Mapping[str, Any] = MappingProxyType({}),
        headers: Mapping[str, str] = MappingProxyType({}),
        invalid: InvalidInput | None = None,
        hints: Mapping[str, str] = MappingProxyType({}),
    ) -> None:
        """Remember what the body needs.

        ``params`` fill the detail's placeholders; ``hints`` fill others
        with catalogue texts rendered in the body's language.
        """
        super().__init__(kind)
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
        self.params = params
        self.extra = extra
        self.headers = headers
        self.invalid = invalid
        self.hints = hints

    def body(self, lang: str) -> dict[str, Any]:
        """The ``application/problem+json`` body in ``lang``."""
        body: dict[str, Any] = {
            "type": _TYPES + self.kind,
            "title": render(self.title, lang),
            "status": self.status,
            "detail": render(
                self.detail,
                lang,
                **self.params,
                **{name: render(key, lang) for name, key in self.hints.items()},
            ),
            **self.extra,
        }
        if self.invalid is not None:
            body["problems"] = problem_list(self.invalid, lang)
        return body

    # --- the refusals of the API, one constructor each -------------------------

    @classmethod
    def bad_parameter(cls, name: str, hint: str) -> Refusal:
        """400: the query parameter ``name`` has a bad value; ``hint`` says why."""
        return cls(
            400,
            "bad-parameter",
            "web.title.bad_request",
            "web.bad_parameter",
            {"name": name},
            extra={"parameter": name},
            hints={"hint": hint},
        )

    @classmethod
    def not_found(cls, detail: str = "web.route_unknown", **params: object) -> Refusal:
        """404: no such route, region or schema."""
        return cls(404, "not-found", "web.title.not_found", detail, params)

    @classmethod
    def method_not_allowed(cls, method: str, allowed: str) -> Refusal:
        """405, with the ``Allow`` header."""
        return cls(
            405,
            "method-not-allowed",
            "web.title.method_not_allowed",
            "web.method_unknown",
            {"method": method, "allowed": allowed},
            headers={"Allow": allowed},
        )

    @classmethod
    def too_large(cls, limit: int) -> Refusal:
        """413: the body is over ``limit`` bytes."""
        return cls(
            413,
            "too-large",
            "web.title.too_large",
            "web.body_too_large",
            {"limit": limit},
            extra={"limit": limit},
        )

    @classmethod
    def unsupported_type(
        cls, given: str, expected: tuple[str, ...], detail: str = "web.type_unsupported"
    ) -> Refusal:
        """415: the body's content type is not one this route reads."""
        shown = given if len(given) <= 60 else given[:57] + "..."  # noqa: PLR2004
        return cls(
            415,
            "unsupported-type",
            "web.title.unsupported_type",
            detail,
            {"given": repr(shown), "expected": ", ".join(expected)},
            extra={"accepted": list(expected)},
        )

    @classmethod
    def invalid_document(cls, error: InvalidInput) -> Refusal:
        """422: the document breaks the format; the body lists every problem."""
        return cls(
            422,
            "invalid-document",
            "web.title.invalid_document",
            "web.invalid_document",
            {"count": len(error.problems)},
            invalid=error,
        )

    @classmethod
    def internal(cls) -> Refusal:
        """500: a fault in the server (logged by its type only)."""
        return cls(500, "internal", "web.title.internal", "web.internal")
