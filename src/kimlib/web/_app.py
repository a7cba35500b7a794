"""The ASGI application: routes, limits, language, errors (Starlette).

Each handler reads the query, the body and the language, calls kimlib and
answers JSON encoded by msgspec; anything else it answers is a
:class:`~kimlib.web._problems.Refusal` written as a problem body. The
work is synchronous and short (a 12-member document is loaded, assessed and
written in well under a millisecond), so it runs on the event loop; a
batch runs block by block in a worker thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import IO

import msgspec
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response, StreamingResponse
from starlette.routing import Route

import kimlib
from kimlib import regions
from kimlib.errors import InvalidArgument, InvalidInput, RuleNotInForce, UnknownRegion
from kimlib.io import json_schema
from kimlib.messages import Lang
from kimlib.rules import (
    Profile,
    ProfileRegistry,
    catalogue,
    default_registry,
)
from kimlib.web import _requests as reading
from kimlib.web._access import AccessLog
from kimlib.web._docs import docs_page
from kimlib.web._language import from_header, negotiate
from kimlib.web._openapi import LINE_TYPES, SCHEMA_NAMES, openapi_document
from kimlib.web._picture import picture_body
from kimlib.web._problems import MEDIA_TYPE, Refusal
from kimlib.web._records import (
    catalogue_body,
    evaluate_lines,
    invalid_row,
    region_body,
    report_body,
    verdict_body,
)

__all__ = ["BATCH_LIMIT", "DOCUMENT_LIMIT", "create_app"]

#: The default limit of one posted document: 16 MiB.
DOCUMENT_LIMIT = 16 * 1024 * 1024
#: The default limit of a registry posted to ``/v1/batch``: 256 MiB.
BATCH_LIMIT = 256 * 1024 * 1024

_LOG = logging.getLogger("kimlib.web")

Handler = Callable[[Request, Lang], Awaitable[Response]]


def _json(
    body: object, status: int = 200, media_type: str = "application/json"
) -> Response:
    return Response(
        msgspec.json.encode(body), status_code=status, media_type=media_type
    )


def _refused(refusal: Refusal, lang: Lang) -> Response:
    response = _json(refusal.body(lang), refusal.status, MEDIA_TYPE)
    response.headers.update(refusal.headers)
    response.headers["Content-Language"] = lang
    return response


def _lang_of(request: Request) -> Lang:
    """The language of the answer; a bad ``lang`` is refused in the header's."""
    header = request.headers.get("accept-language")
    try:
        return negotiate(request.query_params.get("lang"), header)
    except InvalidArgument:
        raise Refusal.bad_parameter("lang", "web.hint.lang") from None


def _guarded(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """``handler`` with its language negotiated and every failure a problem body."""

    async def run(request: Request) -> Response:
        lang = from_header(request.headers.get("accept-language"))
        try:
            lang = _lang_of(request)
            response = await handler(request, lang)
        except Refusal as refusal:
            return _refused(refusal, lang)
        except Exception as error:  # noqa: BLE001 - the body and log say no more
            # Only the type: a message could quote the request's data.
            _LOG.error("internal error: %s", type(error).__name__)
            return _refused(Refusal.internal(), lang)
        response.headers["Content-Language"] = lang
        return response

    run.__name__ = handler.__name__
    return run


def _load(body: bytes) -> kimlib.Kim:
    try:
        return kimlib.load_kim(body)
    except InvalidInput as error:
        raise Refusal.invalid_document(error) from None


class _Api:
    """The handlers, with the limits and the rules they apply."""

    def __init__(
        self, registry: ProfileRegistry | None, document_limit: int, batch_limit: int
    ) -> None:
        self.registry = registry
        self.document_limit = document_limit
        self.batch_limit = batch_limit

    async def _document(self, request: Request) -> kimlib.Kim:
        reading.check_type(request, reading.DOCUMENT_TYPES, "web.type_unsupported")
        return _load(await reading.read(request, self.document_limit))

    async def validate(self, request: Request, lang: Lang) -> Response:
        """``POST /v1/validate``: 200 with no problems, or 422 listing them."""
        del lang  # a valid document has no words to translate
        kim = await self._document(request)
        return _json({"kim_id": kim.id, "kim_name": kim.name, "problems": []})

    async def assess(self, request: Request, lang: Lang) -> Response:
        """``POST /v1/assess?on=&indicators_before=&indicators_after=&lang=``.

        The verdict and, when the document carries them, the KIM's mapping
        placement on the date assessed and its indicator trends between
        the two periods (when both are asked for).
        """
        day = reading.date(request, "on")
        periods = reading.indicator_periods(request)
        kim = await self._document(request)
        try:
            verdict = kimlib.assess(kim, on=day, registry=self.registry)
        except RuleNotInForce:
            raise Refusal.bad_parameter("on", "web.hint.not_in_force") from None
        body = verdict_body(verdict, lang)
        body.update(picture_body(kim, verdict.as_of, periods, lang))
        return _json(body)

    async def score(self, request: Request, lang: Lang) -> Response:
        """``POST /v1/score?period=&indicators_before=&indicators_after=&lang=``.

        The ADINDA report and, as for assess, the mapping placement (on the
        period's last day) and the indicator trends.
        """
        period = reading.period(request)
        periods = reading.indicator_periods(request)
        kim = await self._document(request)
        report = kimlib.score(kim, period=period)
        body = report_body(report, kim, lang)
        body.update(picture_body(kim, report.period.last_day, periods, lang))
        return _json(body)

    async def batch(self, request: Request, lang: Lang) -> Response:
        """``POST /v1/batch?on=&period=&indicators_before=&indicators_after=``.

        JSON Lines in, one row per line out; each row carries the KIM's
        mapping placement on ``on`` and, when both periods are given, its
        indicator trends.
        """
        day = reading.date(request, "on", required=True)
        assert day is not None  # noqa: S101 - required above
        period = reading.period(request)
        periods = reading.indicator_periods(request)
        reading.check_type(request, LINE_TYPES, "web.type_lines")
        reading.declared_length(request, self.batch_limit)
        spool = await reading.spooled(request, self.batch_limit)
        rows = self._rows(spool, day, period, periods, lang)
        return StreamingResponse(rows, media_type="application/x-ndjson")

    async def _rows(
        self,
        spool: IO[bytes],
        day: dt.date,
        period: str | None,
        periods: tuple[str, str] | None,
        lang: Lang,
    ) -> AsyncIterator[bytes]:
        try:
            for first, lines, too_long in reading.blocks(spool, self.document_limit):
                if too_long:
                    yield _too_long(first, self.document_limit, lang)
                    continue
                evaluate = functools.partial(
                    evaluate_lines,
                    lines,
                    first_line=first,
                    on=day,
                    period=period,
                    indicators=periods,
                    lang=lang,
                    registry=self.registry,
                )
                rows = await run_in_threadpool(evaluate)
                yield b"".join(msgspec.json.encode(row) + b"\n" for row in rows)
        except Exception as error:  # noqa: BLE001 - the answer has begun: a last line
            _LOG.error("internal error: %s", type(error).__name__)
            yield msgspec.json.encode(Refusal.internal().body(lang)) + b"\n"
        finally:
            spool.close()

    async def rules(self, request: Request, lang: Lang) -> Response:
        """``GET /v1/rules?region=&on=&lang=``: the rule catalogue."""
        day = reading.date(request, "on")
        region = request.query_params.get("region")
        try:
            entries = catalogue(day, region, registry=self.registry)
        except (UnknownRegion, InvalidArgument):
            raise Refusal.bad_parameter("region", "web.hint.region") from None
        except RuleNotInForce:
            raise Refusal.bad_parameter("on", "web.hint.not_in_force") from None
        return _json(catalogue_body(entries, region=region, on=day, lang=lang))

    async def region(self, request: Request, lang: Lang) -> Response:
        """``GET /v1/regions/{code}``: one region."""
        try:
            found = regions.get(request.path_params["code"])
        except (UnknownRegion, InvalidArgument):
            raise Refusal.not_found("web.region_unknown") from None
        return _json(region_body(found, lang))

    async def search(self, request: Request, lang: Lang) -> Response:
        """``GET /v1/regions?q=&limit=``: regions by name, best first."""
        query = request.query_params.get("q", "").strip()
        if not query or len(query) > 100:  # noqa: PLR2004
            raise Refusal.bad_parameter("q", "web.hint.q")
        limit = request.query_params.get("limit", "20")
        if not limit.isdigit() or not 1 <= int(limit) <= 100:  # noqa: PLR2004
            raise Refusal.bad_parameter("limit", "web.hint.limit")
        try:
            found = regions.find(query)
        except InvalidArgument:
            raise Refusal.bad_parameter("q", "web.hint.q") from None
        return _json({"regions": [region_body(r, lang) for r in found[: int(limit)]]})

    async def schema(self, request: Request, lang: Lang) -> Response:
        """``GET /v1/schemas/{name}``: a JSON Schema."""
        del lang
        name = request.path_params["name"]
        unknown = Refusal.not_found("web.schema_unknown", known=", ".join(SCHEMA_NAMES))
        if name not in SCHEMA_NAMES:
            raise unknown
        try:
            schema = json_schema(name)
        except InvalidArgument:  # a name this version of kimlib does not know yet
            raise unknown from None
        return _json(schema, media_type="application/schema+json")

    async def openapi(self, request: Request, lang: Lang) -> Response:
        """``GET /v1/openapi.json``."""
        del lang
        return _json(openapi_document(request.scope.get("root_path", "")))

    async def docs(self, request: Request, lang: Lang) -> Response:
        """``GET /docs``: the self-contained interactive page."""
        del request
        return HTMLResponse(docs_page(lang))

    async def health(self, request: Request, lang: Lang) -> Response:
        """``GET /healthz``: the server answers."""
        del request, lang
        return _json({"status": "ok", "version": kimlib.__version__})


def _too_long(line: int, limit: int, lang: Lang) -> bytes:
    from kimlib.messages import render  # noqa: PLC0415

    problem = {
        "path": "",
        "code": "web.line_too_long",
        "params": {"limit": limit},
        "message": render("web.line_too_long", lang, limit=limit),
        "line": line,
    }
    return msgspec.json.encode(invalid_row(line, [problem])) + b"\n"


def _router_refusal(request: Request, error: Exception) -> Response:
    """404 and 405 of the router as problem bodies."""
    assert isinstance(error, HTTPException)  # noqa: S101 - registered for it
    lang = from_header(request.headers.get("accept-language"))
    with contextlib.suppress(Refusal):
        lang = _lang_of(request)
    if error.status_code == 405:  # noqa: PLR2004
        allowed = (error.headers or {}).get("Allow", "")
        return _refused(Refusal.method_not_allowed(request.method, allowed), lang)
    return _refused(Refusal.not_found(), lang)


def _check_limit(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgument.of(
            "web.argument.limit", name=name, value=repr(value)[:40]
        )
    return value


def _registry(
    profiles: Iterable[Profile], registry: ProfileRegistry | None
) -> ProfileRegistry | None:
    chosen = tuple(profiles)
    if not chosen:
        return registry
    if registry is not None:
        raise InvalidArgument.of("web.argument.both")
    built = default_registry()
    for profile in chosen:
        if not isinstance(profile, Profile):
            raise InvalidArgument.of("web.argument.profile")
        built = built.with_profile(profile)
    return built


def create_app(
    *,
    profiles: Iterable[Profile] = (),
    registry: ProfileRegistry | None = None,
    document_limit: int = DOCUMENT_LIMIT,
    batch_limit: int = BATCH_LIMIT,
    cors_origins: Sequence[str] = (),
    access_log: bool = True,
) -> Starlette:
    """The web API as an ASGI application (what ``kimlib serve`` runs).

    Args:
        profiles: regional profiles added to kimlib's (e.g. a Dinas's own,
            read by ``kimlib.rules.load_profile``).
        registry: a registry to resolve profiles in instead (not with
            ``profiles``).
        document_limit: the largest body of one document, in bytes.
        batch_limit: the largest body of ``/v1/batch``, in bytes.
        cors_origins: origins allowed to call the API from a browser
            (``["*"]`` for any); none by default (CORS off).
        access_log: log method, route and status of each request to the
            ``kimlib.web.access`` logger.

    Returns:
        A Starlette application, to serve with uvicorn or mount in another.

    Raises:
        InvalidArgument: a bad limit, origin list or profile.

    >>> app = create_app(document_limit=1024)
    >>> sorted(route.path for route in app.routes)[:3]
    ['/docs', '/healthz', '/v1/assess']
    """
    api = _Api(
        _registry(profiles, registry),
        _check_limit("document_limit", document_limit),
        _check_limit("batch_limit", batch_limit),
    )
    if isinstance(cors_origins, str) or not all(
        isinstance(origin, str) for origin in cors_origins
    ):
        raise InvalidArgument.of("web.argument.origins")

    def route(path: str, handler: Handler, method: str) -> Route:
        return Route(path, _guarded(handler), methods=[method])

    routes = [
        route("/v1/validate", api.validate, "POST"),
        route("/v1/assess", api.assess, "POST"),
        route("/v1/score", api.score, "POST"),
        route("/v1/batch", api.batch, "POST"),
        route("/v1/rules", api.rules, "GET"),
        route("/v1/regions", api.search, "GET"),
        route("/v1/regions/{code}", api.region, "GET"),
        route("/v1/schemas/{name}", api.schema, "GET"),
        route("/v1/openapi.json", api.openapi, "GET"),
        route("/docs", api.docs, "GET"),
        route("/healthz", api.health, "GET"),
    ]
    middleware = []
    if access_log:
        middleware.append(Middleware(AccessLog))
    if cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Content-Type", "Accept-Language"],
            )
        )
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={HTTPException: _router_refusal},
    )
    app.router.redirect_slashes = False
    return app
