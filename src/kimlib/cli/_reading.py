"""Reading KIM documents for the command line: files, stdin or the sample."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import attrs

from kimlib.errors import InvalidInput
from kimlib.io import load_kim, sample_path
from kimlib.model import Kim

__all__ = ["Entry", "Unreadable", "read_sources"]

#: How a source is named in the output when it is not a path.
_SHOWN = {"-": "<stdin>"}

#: The longest KIM name the text output shows (longer ones are cut).
_NAME_WIDTH = 80


@attrs.frozen
class Entry:
    """One document read from a source: where it was and what came of it.

    ``kim`` is the loaded KIM, or ``None`` with the ``error`` saying why;
    ``kim_id`` and ``name`` label it in the output (from the raw document
    when it did not load).
    """

    source: str
    line: int
    kim_id: str | None
    name: str | None
    kim: Kim | None
    error: InvalidInput | None


@attrs.frozen
class Unreadable:
    """A source that could not be read: its display name and the reason."""

    source: str
    reason: str


def _shown(value: object) -> str | None:
    """A document's id or name as printed: one line, printable, not too long."""
    if not isinstance(value, str):
        return None
    head = value[: _NAME_WIDTH * 4]  # cut first: a 100 MB name costs nothing
    text = "".join(c for c in " ".join(head.split()) if c.isprintable())
    if len(text) > _NAME_WIDTH:
        text = text[: _NAME_WIDTH - 1] + "…"
    return text or None


def _labels_of(raw: bytes) -> tuple[str | None, str | None]:
    """The id and name of a document that did not load, when it has them."""
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError):
        return None, None
    if not isinstance(document, dict):
        return None, None
    return _shown(document.get("id")), _shown(document.get("name"))


def _entry(source: str, line: int, raw: bytes, *, ignore_unknown: bool) -> Entry:
    try:
        kim = load_kim(raw, ignore_unknown=ignore_unknown)
    except InvalidInput as error:
        kim_id, name = _labels_of(raw)
        return Entry(source, line, kim_id, name, None, error)
    return Entry(source, line, _shown(kim.id), _shown(kim.name), kim, None)


@contextmanager
def _open(file: str | None) -> Iterator[Iterable[bytes | str]]:
    """The lines of a source: a path, ``-`` (stdin) or None (the sample).

    Lines are bytes, except from a text-only stdin (one without ``buffer``).
    """
    if file == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        yield sys.stdin if buffer is None else buffer
        return
    with (sample_path() if file is None else Path(file)).open("rb") as handle:
        yield handle


def read_sources(
    files: Sequence[str], *, ignore_unknown: bool = False
) -> Iterator[Entry | Unreadable]:
    """Every document of ``files`` (none: the bundled sample), in order.

    Blank lines are skipped. A source that cannot be read gives an
    ``Unreadable`` after the documents read before the failure, and reading
    goes on with the next source.
    """
    sources: list[str | None] = [*files] or [None]
    for file in sources:
        shown = sample_path().name if file is None else _SHOWN.get(file, file)
        try:
            with _open(file) as handle:
                for line, raw in enumerate(handle, start=1):
                    data = raw if isinstance(raw, bytes) else raw.encode()
                    if data.strip():
                        yield _entry(shown, line, data, ignore_unknown=ignore_unknown)
        except OSError as error:
            yield Unreadable(shown, error.strerror or type(error).__name__)
