"""The access log: method, route and status of each request, nothing more."""

from __future__ import annotations

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["AccessLog"]

_ACCESS = logging.getLogger("kimlib.web.access")


class AccessLog:
    """Logs method, route and status of each request; never a query or a body.

    The route is the matched template (``/v1/regions/{code}``), so that a
    value typed into a path is not logged either.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", None) or "(no route)"
            _ACCESS.info(
                "%s %s %d %.1fms",
                scope["method"],
                path,
                status,
                (time.perf_counter() - start) * 1000,
            )
