"""Reading KIM documents for the command line: files, stdin or the sample.

Documents are read through :func:`kimlib.load_kims` (``errors="collect"``),
so the command line recognises exactly what the library does. This module
only opens the sources (a file that cannot be opened gets a reason in both
languages, not the system's English), keeps each line at hand to label a
document that did not load with its id and name, and notices a KIM id used
twice within one source.
"""

from __future__ import annotations

import errno
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from kimlib.errors import InvalidArgument, InvalidInput, KimlibError
from kimlib.io import SourceDocument, load_kims, read_workbook, sample_path
from kimlib.io._workbook import WORKBOOK_SUFFIXES
from kimlib.model import Kim

__all__ = ["Entry", "Unreadable", "clean", "read_sources"]

#: How a source is named in the output when it is not a path.
_SHOWN = {"-": "<stdin>"}

#: The longest KIM name or path the text output shows (longer ones are cut).
_NAME_WIDTH = 80

#: The catalogue key of the reason a source cannot be opened, by errno.
_REASONS = {
    errno.ENOENT: "cli.reason.missing",
    errno.EACCES: "cli.reason.denied",
    errno.EPERM: "cli.reason.denied",
    errno.EISDIR: "cli.reason.directory",
}


@attrs.frozen
class Entry:
    """One document read from a source: where it was and what came of it.

    ``kim`` is the loaded KIM, or ``None`` with the ``error`` saying why;
    ``kim_id`` and ``name`` label it in the output (from the raw document
    when it did not load). ``duplicate_of`` is the line of the same source
    where the same KIM id was seen first.
    """

    source: str
    line: int
    kim_id: str | None
    name: str | None
    kim: Kim | None
    error: InvalidInput | None
    duplicate_of: int | None = None


@attrs.frozen
class Unreadable:
    """A source that could not be read: its display name and the reason's key."""

    source: str
    reason: str
    #: The error that says why, when kimlib has a better reason than the key's.
    error: KimlibError | None = None


def clean(value: str, width: int = _NAME_WIDTH) -> str:
    r"""``value`` as the terminal may show it: one line, no control or bidi marks.

    Control characters, format characters (bidirectional overrides, zero
    width marks) and line breaks become nothing or a space; a long value is
    cut to ``width``.

    >>> clean("KIM\u202e Palsu\n\x1b[31mmerah")
    'KIM Palsu [31mmerah'
    """
    head = value[: width * 4]  # cut first: a 100 MB name costs nothing
    text = "".join(
        c for c in " ".join(head.split()) if unicodedata.category(c)[0] != "C"
    )
    return text if len(text) <= width else text[: width - 1] + "…"


def _shown(value: object) -> str | None:
    """A document's id or name as printed, or None when it has none."""
    if not isinstance(value, str):
        return None
    return clean(value) or None


def _labels_of(raw: bytes | str | None) -> tuple[str | None, str | None]:
    """The id and name of a document that did not load, when it has them."""
    if raw is None:
        return None, None
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError):
        return None, None
    if not isinstance(document, dict):
        return None, None
    return _shown(document.get("id")), _shown(document.get("name"))


class _Lines:
    """The lines of a source, each kept until its document has been handled."""

    def __init__(self, handle: Iterable[Any]) -> None:
        self._handle = handle
        self.kept: dict[int, Any] = {}

    def __iter__(self) -> Iterator[Any]:
        for number, raw in enumerate(self._handle, start=1):
            self.kept[number] = raw
            yield raw

    def take(self, line: int) -> Any:  # noqa: ANN401 - bytes or str, as read
        """The raw text of ``line``; forget it and every line before it."""
        raw = self.kept.get(line)
        for number in [n for n in self.kept if n <= line]:
            del self.kept[number]
        return raw


def _stdin() -> IO[Any]:
    buffer = getattr(sys.stdin, "buffer", None)
    return sys.stdin if buffer is None else buffer


def _reason(error: OSError) -> str:
    return _REASONS.get(error.errno or 0, "cli.reason.other")


def _entries(
    shown: str, handle: Iterable[Any], *, ignore_unknown: bool
) -> Iterator[Entry]:
    lines = _Lines(handle)
    seen: dict[str, int] = {}
    for result in load_kims(lines, errors="collect", ignore_unknown=ignore_unknown):
        raw = lines.take(result.line)
        if result.kim is None:
            kim_id, name = _labels_of(raw)
            yield Entry(shown, result.line, kim_id, name, None, result.error)
            continue
        kim = result.kim
        first = None if kim.id is None else seen.setdefault(kim.id, result.line)
        duplicate = None if first == result.line else first
        yield Entry(
            shown,
            result.line,
            _shown(kim.id),
            _shown(kim.name),
            kim,
            None,
            duplicate_of=duplicate,
        )


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
        shown = sample_path().name if file is None else clean(_SHOWN.get(file, file))
        if file not in {None, "-"} and _is_workbook(str(file)):
            yield from _workbook(shown, str(file), ignore_unknown=ignore_unknown)
            continue
        try:
            if file == "-":
                yield from _entries(shown, _stdin(), ignore_unknown=ignore_unknown)
                continue
            path = sample_path() if file is None else Path(file)
            with path.open("rb") as handle:
                yield from _entries(shown, handle, ignore_unknown=ignore_unknown)
        except OSError as error:
            yield Unreadable(shown, _reason(error))


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
        yield Unreadable(shown, "cli.reason.other", error)
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
