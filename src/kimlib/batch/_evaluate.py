"""evaluate and evaluate_block: sources read in blocks, blocks to rows."""

from __future__ import annotations

import collections
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from kimlib.adinda import Rubric
from kimlib.batch._block import Context, lines_of, rows_of
from kimlib.batch._row import Row
from kimlib.errors import InvalidArgument
from kimlib.rules import Profile, ProfileRegistry

__all__ = ["evaluate", "evaluate_block"]

#: Bytes per block read from a file or from bytes (whole lines, about).
BLOCK_BYTES = 1 << 20
#: Documents per block taken from an iterable.
BLOCK_ITEMS = 2048


def evaluate_block(
    data: bytes | str,
    *,
    on: object,
    period: object = None,
    profile: Profile | None = None,
    registry: ProfileRegistry | None = None,
    rubric: Rubric | None = None,
    first_line: int = 1,
    mapping_on: object = None,
    indicators: object = None,
) -> list[Row]:
    r"""The rows of one block of whole JSON Lines; pure, for pools and clusters.

    Args:
        data: whole lines of JSON Lines (bytes or text; the last newline
            optional). Blank lines are skipped but counted.
        on: as for :func:`evaluate`.
        period: as for :func:`evaluate`.
        profile: as for :func:`evaluate`.
        registry: as for :func:`evaluate`.
        rubric: as for :func:`evaluate`.
        first_line: the number, in the whole source, of the block's first line.
        mapping_on: as for :func:`evaluate`.
        indicators: as for :func:`evaluate`.

    Returns:
        One :class:`Row` per document, in order.

    Raises:
        InvalidArgument: a bad argument.
        RuleNotInForce: ``on`` is before 1 June 2010, or no profile applies.

    >>> rows = evaluate_block(
    ...     b'{"name": "KIM Satu", "region": "36.73", "members": []}\n',
    ...     on="2025-04-17", first_line=41)
    >>> rows[0].line, rows[0].outcome.value, rows[0].statuses["membership.size"].value
    (41, 'ineligible', 'fail')
    """
    context = _context(
        on,
        period,
        profile,
        registry,
        rubric,
        mapping_on=mapping_on,
        indicators=indicators,
    )
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return rows_of(context, lines_of(bytes(data), first_line))


_CONTEXTS: dict[tuple[object, ...], tuple[tuple[object, ...], Context]] = {}
_CONTEXTS_LIMIT = 16


def _context(
    on: object,
    period: object,
    profile: Profile | None,
    registry: ProfileRegistry | None,
    rubric: Rubric | None,
    *,
    mapping_on: object = None,
    indicators: object = None,
) -> Context:
    """The context of these arguments, made once (a web service calls per line).

    Keyed by the values of ``on`` and ``period`` and the identity of the
    profile, registry and rubric (kept alive with the entry, so an identity
    is never reused while cached).
    """
    held = (profile, registry, rubric)
    arguments: dict[str, Any] = {
        "period": period,
        "profile": profile,
        "registry": registry,
        "rubric": rubric,
        "mapping_on": mapping_on,
        "indicators": indicators,
    }
    try:
        key: tuple[object, ...] = (on, period, mapping_on, indicators, *map(id, held))
        hash(key)
    except TypeError:  # an unhashable period (a pendulum Interval is hashable)
        return Context(on, **arguments)
    found = _CONTEXTS.get(key)
    if found is not None and found[0] == held:
        return found[1]
    context = Context(on, **arguments)
    if len(_CONTEXTS) >= _CONTEXTS_LIMIT:
        _CONTEXTS.clear()
    _CONTEXTS[key] = (held, context)
    return context


def _file_blocks(path: Path, size: int) -> Iterator[tuple[int, bytes]]:
    try:
        handle = path.open("rb")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise InvalidArgument.of(
            "batch.unreadable", path=repr(os.fspath(path))[:80], reason=reason
        ) from None
    with handle:
        line, rest = 1, b""
        while True:
            chunk = handle.read(size)
            if not chunk:
                break
            chunk = rest + chunk
            cut = chunk.rfind(b"\n")
            if cut < 0:
                rest = chunk
                continue
            block, rest = chunk[: cut + 1], chunk[cut + 1 :]
            yield line, block
            line += block.count(b"\n")
        if rest:
            yield line, rest


def _bytes_blocks(data: bytes, size: int) -> Iterator[tuple[int, bytes]]:
    line, start, end = 1, 0, len(data)
    while start < end:
        cut = data.find(b"\n", min(start + size, end) - 1)
        stop = end if cut < 0 else cut + 1
        block = data[start:stop]
        yield line, block
        line += block.count(b"\n")
        start = stop


def _item_blocks(items: Iterable[Any], size: int) -> Iterator[list[tuple[int, Any]]]:
    block: list[tuple[int, Any]] = []
    for numbered in enumerate(items, start=1):
        block.append(numbered)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


# --- workers: the context is built once per process ---------------------------

_WORKER: dict[str, Context] = {}


def _start_worker(arguments: dict[str, Any]) -> None:
    on = arguments.pop("on")
    _WORKER["context"] = Context(on, **arguments)


def _work_lines(first_line: int, block: bytes) -> list[Row]:
    return rows_of(_WORKER["context"], lines_of(block, first_line))


def _work_items(block: list[tuple[int, Any]]) -> list[Row]:
    return rows_of(_WORKER["context"], block)


def _start_method() -> str:
    """``fork`` where it is safe (no other thread alive), else a fresh process.

    Forking a process that runs threads may deadlock (Python 3.12 warns);
    ``forkserver`` or ``spawn`` then start clean workers, which receive the
    arguments pickled.
    """
    import multiprocessing  # noqa: PLC0415 - only a pool needs it
    import threading  # noqa: PLC0415

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _pool(workers: int, arguments: dict[str, Any]) -> ProcessPoolExecutor:
    import multiprocessing  # noqa: PLC0415 - only a pool needs it

    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(_start_method()),
        initializer=_start_worker,
        initargs=(arguments,),
    )


def _pooled(
    workers: int,
    arguments: dict[str, Any],
    jobs: Iterator[tuple[Any, ...]],
    work: Any,  # noqa: ANN401 - one of the _work functions
) -> Iterator[Row]:
    with _pool(workers, arguments) as pool:
        waiting: collections.deque[Future[list[Row]]] = collections.deque()
        for job in jobs:
            waiting.append(pool.submit(work, *job))
            if len(waiting) >= 2 * workers:
                yield from waiting.popleft().result()
        while waiting:
            yield from waiting.popleft().result()


def _check_workers(workers: object) -> int:
    if workers is None:
        return 1
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise InvalidArgument.of("batch.workers", value=repr(workers)[:40])
    return workers


def evaluate(
    source: str | os.PathLike[str] | bytes | Iterable[Any],
    *,
    on: object,
    period: object = None,
    profile: Profile | None = None,
    registry: ProfileRegistry | None = None,
    rubric: Rubric | None = None,
    workers: int | None = None,
    mapping_on: object = None,
    indicators: object = None,
) -> Iterator[Row]:
    """One :class:`Row` per document of ``source``, streamed in blocks.

    Args:
        source: a path to a JSON Lines file, its bytes, or an iterable of
            documents (lines as ``str``/``bytes``, or parsed dicts). Blank
            lines are skipped; ``Row.line`` counts them.
        on: the assessment date (a date or an ISO string), for every document.
        period: the ADINDA period to score (``"2025"``, ``"2025Q1"`` ...);
            ``None``: no scores.
        profile: one profile for every document (not with ``registry``).
        registry: where each document's profile is resolved (default:
            kimlib's).
        rubric: the scoring rubric (default: kimlib's).
        workers: ``None`` or ``1`` in this process; ``2`` or more: a pool of
            processes (forked where the platform allows), each building its
            context once.
        mapping_on: a date: each row carries the KIM's placement then
            (``engagement``, ``interest``, ``influence``, ``power``, as
            :func:`kimlib.stakeholders.placement` gives on the default grid);
            ``None``: no placement.
        indicators: two periods ``(before, after)`` (``"2025Q1"``,
            ``"2025"`` ...): each row carries ``trends``, one per indicator,
            as :func:`kimlib.indicators.progress` gives; ``None``: no trends.

    Returns:
        An iterator of rows in the order of the source.

    Raises:
        InvalidArgument: a bad argument, or a file that cannot be read.
        RuleNotInForce: ``on`` is before 1 June 2010, or no profile applies.
    """
    count = _check_workers(workers)
    context = Context(
        on,
        period=period,
        profile=profile,
        registry=registry,
        rubric=rubric,
        mapping_on=mapping_on,
        indicators=indicators,
    )
    if isinstance(source, (str, os.PathLike)):
        blocks = _file_blocks(Path(source), BLOCK_BYTES)
        lined = True
    elif isinstance(source, (bytes, bytearray, memoryview)):
        blocks = _bytes_blocks(bytes(source), BLOCK_BYTES)
        lined = True
    else:
        try:
            items = iter(source)
        except TypeError:
            kind = type(source).__name__
            raise InvalidArgument.of("batch.source", kind=kind) from None
        blocks = _item_blocks(items, BLOCK_ITEMS)  # type: ignore[assignment]
        lined = False
    return _run(
        context,
        blocks,
        lined=lined,
        workers=count,
        arguments={
            "on": context.on,
            "period": period,
            "profile": profile,
            "registry": registry,  # None: each worker takes kimlib's own
            "rubric": rubric,
            "mapping_on": context.mapping_on,
            "indicators": context.indicators,
        },
    )


def _run(
    context: Context,
    blocks: Iterator[Any],
    *,
    lined: bool,
    workers: int,
    arguments: dict[str, Any],
) -> Iterator[Row]:
    if workers > 1:
        if lined:
            yield from _pooled(workers, arguments, blocks, _work_lines)
        else:
            yield from _pooled(workers, arguments, ((b,) for b in blocks), _work_items)
        return
    for block in blocks:
        if lined:
            first_line, data = block
            yield from rows_of(context, lines_of(data, first_line))
        else:
            yield from rows_of(context, block)
