"""Reading KIM documents for the command line: files, stdin or the sample."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import attrs

from kimlib.errors import InvalidArgument, InvalidInput
from kimlib.io import SourceDocument, load_kim, read_workbook, sample_path
from kimlib.io._workbook import WORKBOOK_SUFFIXES
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
    text = "".join(c for c in " ".join(value.split()) if c.isprintable())
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
        if file not in {None, "-"} and _is_workbook(str(file)):
            yield from _workbook(shown, str(file), ignore_unknown=ignore_unknown)
            continue
        try:
            with _open(file) as handle:
                for line, raw in enumerate(handle, start=1):
                    data = raw if isinstance(raw, bytes) else raw.encode()
                    if data.strip():
                        yield _entry(shown, line, data, ignore_unknown=ignore_unknown)
        except OSError as error:
            yield Unreadable(shown, error.strerror or type(error).__name__)


def _is_workbook(file: str) -> bool:
    path = Path(file)
    if path.is_dir():  # a folder of CSV files; any other folder is unreadable
        return any(p.suffix.lower() == ".csv" for p in path.iterdir())
    return path.suffix.lower() in WORKBOOK_SUFFIXES


def _workbook(
    shown: str, file: str, *, ignore_unknown: bool
) -> Iterator[Entry | Unreadable]:
    """The documents of a workbook (.xlsx, .csv, .zip, a folder of CSV)."""
    try:
        documents = list(read_workbook(file))
    except InvalidArgument as error:
        yield Unreadable(shown, str(error.params.get("reason", error.message())))
        return
    except InvalidInput as error:  # the layout: every problem names its sheet
        yield Entry(shown, 1, None, None, None, error)
        return
    for document in documents:
        yield _loaded(shown, document, ignore_unknown=ignore_unknown)


def _loaded(shown: str, document: SourceDocument, *, ignore_unknown: bool) -> Entry:
    try:
        kim = document.load(ignore_unknown=ignore_unknown)
    except InvalidInput as error:
        raw = document.document
        assert isinstance(raw, dict)  # noqa: S101 - a workbook gives dicts
        kim_id, name = _shown(raw.get("id")), _shown(raw.get("name"))
        return Entry(shown, document.line, kim_id, name, None, error)
    return Entry(shown, document.line, _shown(kim.id), _shown(kim.name), kim, None)
