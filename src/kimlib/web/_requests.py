"""Reading a request: its content type, its body within a limit, its query values.

Each check raises a :class:`~kimlib.web._problems.Refusal` (415, 413 or
400 naming the parameter); none reads more of a body than its limit.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable
from typing import IO

from starlette.requests import Request

from kimlib.adinda import parse_period
from kimlib.errors import InvalidArgument
from kimlib.indicators import period_days
from kimlib.rules import DEFINITION_FROM
from kimlib.web._openapi import LINE_TYPES
from kimlib.web._problems import Refusal

__all__ = [
    "DOCUMENT_TYPES",
    "blocks",
    "check_type",
    "date",
    "declared_length",
    "period",
    "read",
    "spooled",
]

#: What the document routes read: JSON; curl's ``-d`` default; or nothing said.
DOCUMENT_TYPES = frozenset(
    {"application/json", "text/json", "application/x-www-form-urlencoded"}
)
#: Lines of a batch go to the worker thread in blocks of about this size.
_BLOCK = 256 * 1024
#: A posted batch stays in memory up to this size, then goes to a file.
_SPOOL = 8 * 1024 * 1024


def check_type(request: Request, accepted: Iterable[str], detail: str) -> None:
    """Refuse (415) a content type not in ``accepted``; none given is accepted."""
    given = request.headers.get("content-type")
    if given is None:
        return
    media = given.partition(";")[0].strip().lower()
    accepted = tuple(accepted)
    if media in accepted or (
        detail == "web.type_unsupported" and media.endswith("+json")
    ):
        return
    shown = ("application/json",) if detail == "web.type_unsupported" else LINE_TYPES
    raise Refusal.unsupported_type(media or given, shown, detail)


def declared_length(request: Request, limit: int) -> None:
    """Refuse (413) a body whose ``Content-Length`` is over ``limit``."""
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise Refusal.too_large(limit)


async def read(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is over ``limit`` bytes."""
    declared_length(request, limit)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Refusal.too_large(limit)
    return bytes(body)


def date(request: Request, name: str, *, required: bool = False) -> dt.date | None:
    """The date of the query parameter ``name``; 400 when it is no ISO date."""
    value = request.query_params.get(name)
    if value is None:
        if required:
            raise Refusal.bad_parameter(name, "web.hint.on")
        return None
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise Refusal.bad_parameter(name, "web.hint.on") from None
    if day < DEFINITION_FROM:
        raise Refusal.bad_parameter(name, "web.hint.not_in_force")
    return day


def period(request: Request) -> str | None:
    """The ``period`` parameter, checked; 400 when kimlib reads no period in it."""
    value = request.query_params.get("period")
    if value is None:
        return None
    try:
        parse_period(value)
    except InvalidArgument:
        raise Refusal.bad_parameter("period", "web.hint.period") from None
    return value


#: The query parameters of the two periods of indicator readings compared.
INDICATOR_PERIODS = ("indicators_before", "indicators_after")


def indicator_periods(request: Request) -> tuple[str, str] | None:
    """``indicators_before`` and ``indicators_after``, both or neither; 400 else.

    Each is a period of readings (see :func:`kimlib.indicators.period_days`).
    """
    values = [request.query_params.get(name) for name in INDICATOR_PERIODS]
    if values == [None, None]:
        return None
    for name, value in zip(INDICATOR_PERIODS, values, strict=True):
        if value is None:
            raise Refusal.bad_parameter(name, "web.hint.indicators_pair")
        try:
            period_days(name, value)
        except InvalidArgument:
            raise Refusal.bad_parameter(name, "web.hint.period") from None
    before, after = values
    assert before is not None  # noqa: S101 - both checked above
    assert after is not None  # noqa: S101
    return before, after


async def spooled(request: Request, limit: int) -> IO[bytes]:
    """The body in a file (in memory up to 8 MiB), refused over ``limit``."""
    spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL)  # noqa: SIM115
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise Refusal.too_large(limit)  # noqa: TRY301 - closes the file below
            spool.write(chunk)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool


def blocks(spool: IO[bytes], limit: int) -> Iterable[tuple[int, list[bytes], bool]]:
    """``(first line number, lines, too long)`` blocks of a posted registry.

    A line over ``limit`` bytes is skipped without being held in memory and
    comes alone, flagged.
    """
    number = 0
    block: list[bytes] = []
    first = 1
    size = 0
    while True:
        line = spool.readline(limit + 1)
        if not line:
            break
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # the rest of the line
                line = spool.readline(_BLOCK)
            if block:
                yield first, block, False
            yield number, [], True
            block, size, first = [], 0, number + 1
            continue
        block.append(line)
        size += len(line)
        if size >= _BLOCK:
            yield first, block, False
            block, size, first = [], 0, number + 1
    if block:
        yield first, block, False
