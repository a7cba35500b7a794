"""Loading KIM documents: one (:func:`load_kim`) or a stream (:func:`load_kims`)."""

from __future__ import annotations

import functools
import io
import os
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import attrs
import msgspec

from kimlib._dates import native_time
from kimlib._echo import shown
from kimlib.errors import InvalidArgument, InvalidInput, KimlibError, Problem
from kimlib.io._decode import MAX_DOCUMENT_BYTES, decode
from kimlib.io._hooks import dec_hook
from kimlib.io._problems import (
    MAX_PROBLEMS,
    READERS,
    collect,
    read_or_keep,
    shape,
    unknown_keys,
)
from kimlib.model import Kim

__all__ = ["MAX_DOCUMENT_BYTES", "LoadResult", "load_kim", "load_kims", "sample_path"]


def load_kim(
    document: Mapping[str, Any] | str | bytes, *, ignore_unknown: bool = False
) -> Kim:
    """Turn a KIM document (a dict parsed from JSON, or JSON text) into a Kim.

    Args:
        document: the document as a mapping, or JSON ``str``/``bytes``.
        ignore_unknown: accept (and drop) keys the format does not define.

    Returns:
        The validated, immutable :class:`~kimlib.model.Kim`.

    Raises:
        InvalidInput: with every problem of the document, each with its path.
            No other exception escapes, whatever the input, and none carries
            the input (no chained decoder error holding the text).
    """
    if isinstance(document, (str, bytes, bytearray, memoryview)):
        document = decode(document)
    elif isinstance(document, Mapping) and type(document) is not dict:
        document = dict(document)
    unknown: bool | None = None
    prepared: object = document
    if type(document) is dict:
        prepared, unknown = _prepare(document, Kim)
    try:
        kim = msgspec.convert(prepared, Kim, dec_hook=dec_hook)
    except (msgspec.ValidationError, KimlibError, RecursionError, UnicodeError):
        kim = None
    if kim is not None:
        if ignore_unknown:
            return kim
        if unknown is None:
            unknown = bool(unknown_keys(document, Kim, ""))
        if not unknown:
            return kim
    problems = collect(document, Kim, "", ignore_unknown=ignore_unknown)
    if len(problems) > MAX_PROBLEMS:
        limit = {"limit": MAX_PROBLEMS}
        problems = [*problems[:MAX_PROBLEMS], Problem("", "input.more_problems", limit)]
    # A nested object may be fine on its own; an empty list at the top would
    # mean the slow pass missed what the fast pass saw.
    raise InvalidInput(problems or [Problem("", "error.invalid_value")])


@attrs.frozen
class LoadResult:
    """One document of a stream: its line and either the Kim or the error."""

    line: int
    kim: Kim | None
    error: InvalidInput | None

    @property
    def ok(self) -> bool:
        """Whether the document loaded."""
        return self.kim is not None


#: What a stream source may be.
Source = str | os.PathLike[str] | bytes | bytearray | memoryview | Iterable[Any]
#: Read this much of a file's line at most: one byte more than a document may be.
_READ_LIMIT = MAX_DOCUMENT_BYTES + 2


def _path_lines(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    failed = False
    try:
        handle = Path(path).open("rb")  # noqa: SIM115 - closed below
    except (OSError, ValueError):
        failed = True
    if failed:
        raise InvalidArgument.of("argument.source_unreadable", value=shown(str(path)))
    with handle:
        yield from _file_lines(handle)


def _file_lines(handle: typing.BinaryIO) -> Iterator[tuple[int, Any]]:
    """The lines of a binary file, each read only up to the document limit.

    A longer line is skipped to its end without being kept and stands as
    ``None``, which the stream reports as a document too large.
    """
    number = 0
    while True:
        line = handle.readline(_READ_LIMIT)
        if not line:
            return
        number += 1
        if len(line) == _READ_LIMIT and not line.endswith(b"\n"):
            while (rest := handle.readline(_READ_LIMIT)) and not rest.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, line


def _lines(source: Source) -> Iterator[tuple[int, Any]]:
    """Numbered lines (or items) of ``source``; the source checked first."""
    if isinstance(source, (str, os.PathLike)):
        text = os.fspath(source)
        if "\x00" in str(text):
            raise InvalidArgument.of(
                "argument.source_unreadable", value=shown(str(text))
            )
        return _path_lines(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _file_lines(io.BytesIO(bytes(source)))
    if isinstance(source, io.TextIOWrapper):  # decode each line, not the file
        return _file_lines(source.buffer)
    if isinstance(source, (io.RawIOBase, io.BufferedIOBase)):
        return _file_lines(typing.cast("typing.BinaryIO", source))
    if isinstance(source, Mapping) or not isinstance(source, Iterable):
        raise InvalidArgument.of("argument.source_type", kind=type(source).__name__)
    return enumerate(source, start=1)


def _is_file(source: object) -> bool:
    """Whether ``source`` is read as text from a file (or bytes), not items."""
    return isinstance(
        source, (str, os.PathLike, bytes, bytearray, memoryview, io.IOBase)
    )


@typing.overload
def load_kims(
    source: Source,
    *,
    errors: Literal["raise"] = "raise",
    ignore_unknown: bool = False,
) -> Iterator[Kim]: ...
@typing.overload
def load_kims(
    source: Source,
    *,
    errors: Literal["collect"],
    ignore_unknown: bool = False,
) -> Iterator[LoadResult]: ...
def load_kims(
    source: Source,
    *,
    errors: Literal["raise", "collect"] = "raise",
    ignore_unknown: bool = False,
) -> Iterator[Kim] | Iterator[LoadResult]:
    """Stream KIMs from JSON Lines (a path, bytes or an open file) or an iterable.

    Blank lines (also of non-ASCII spaces) are skipped and a UTF-8 byte order
    mark is accepted. Errors carry the line number (the item's position for an
    iterable). A file that is a JSON array or one document written over
    several lines is refused at once ("kimlib expects JSON Lines"), an empty
    file or text says so, and a line longer than
    :data:`~kimlib.io.MAX_DOCUMENT_BYTES` is refused without being kept.

    Args:
        source: a path to a ``.jsonl`` file, its content as ``bytes``, an open
            binary/text file, or an iterable of documents (mappings or JSON
            text).
        errors: ``"raise"`` stops at the first bad document; ``"collect"``
            yields a :class:`LoadResult` per document and goes on.
        ignore_unknown: as for :func:`load_kim`.

    Returns:
        An iterator of Kim (``"raise"``) or of LoadResult (``"collect"``).

    Raises:
        InvalidInput: (``"raise"`` only) the first bad document's problems.
        InvalidArgument: ``errors`` is neither ``"raise"`` nor ``"collect"``,
            or ``source`` is none of the above (at once) or cannot be read
            (when the stream starts).
    """
    if errors not in ("raise", "collect"):
        raise InvalidArgument.of("argument.errors_mode", value=shown(errors))
    lines = _lines(source)
    results = _stream(lines, from_file=_is_file(source), ignore_unknown=ignore_unknown)
    if errors == "collect":
        return results
    return _raise_first(results)


def _without_bom(item: object) -> object:
    if isinstance(item, str) and item.startswith("\ufeff"):
        return item[1:]
    if isinstance(item, bytes) and item.startswith(b"\xef\xbb\xbf"):
        return item[3:]
    return item


def _blank(item: object) -> bool:
    if isinstance(item, str):
        return not item.strip()
    if isinstance(item, bytes):
        if item.isascii():
            return not item.strip()
        try:
            return not item.decode("utf-8").strip()
        except UnicodeDecodeError:
            return False
    return False


def _located(line: int, problems: Iterable[Problem]) -> LoadResult:
    return LoadResult(
        line, None, InvalidInput(attrs.evolve(p, line=line) for p in problems)
    )


def _not_json_lines(item: object) -> bool:
    """Whether the first document shows a JSON array or a pretty-printed file.

    A pretty-printed document or array opens with a line of ``{`` or ``[``
    alone; a one-line JSON array of documents decodes to a list of objects.
    """
    if not isinstance(item, (str, bytes)):
        return False
    stripped = item.strip()
    if stripped in ("[", "{", b"[", b"{"):
        return True
    if stripped[:1] not in ("[", b"["):
        return False
    try:
        value = msgspec.json.decode(stripped)
    except (msgspec.DecodeError, UnicodeError, RecursionError):
        return False
    return bool(value) and all(isinstance(v, dict) for v in value)


def _stream(
    lines: Iterator[tuple[int, Any]], *, from_file: bool, ignore_unknown: bool
) -> Iterator[LoadResult]:
    seen = False
    for line, raw in lines:
        item = raw
        if line == 1:
            item = _without_bom(item)
        if item is None:
            yield _located(line, [Problem("", "input.too_large", {"limit": "1 MiB"})])
            seen = True
            continue
        if _blank(item):
            continue
        if not seen and _not_json_lines(item):
            yield _located(line, [Problem("", "input.not_json_lines")])
            return
        seen = True
        try:
            kim = load_kim(item, ignore_unknown=ignore_unknown)
        except InvalidInput as error:
            yield _located(line, error.problems)
        else:
            yield LoadResult(line, kim, None)
    if from_file and not seen:
        yield LoadResult(0, None, InvalidInput([Problem("", "input.empty")]))


def _raise_first(results: Iterator[LoadResult]) -> Iterator[Kim]:
    for result in results:
        if result.error is not None:
            raise result.error
        assert result.kim is not None  # noqa: S101 - a result has one or the other
        yield result.kim


def sample_path() -> Path:
    """The bundled sample registry (JSON Lines of fictional KIMs).

    >>> sample_path().name
    'sample_kims.jsonl'
    """
    ref = resources.files("kimlib") / "samples" / "sample_kims.jsonl"
    return Path(str(ref))


# --- the fast pass: defaults filled in for msgspec ----------------------------


class _Plan(typing.NamedTuple):
    """What :func:`_prepare` needs of an attrs class of the model."""

    names: frozenset[str]
    defaults: dict[str, object]
    nested: tuple[tuple[str, type, _Plan], ...]
    readers: tuple[tuple[str, Callable[[str], object]], ...]


@functools.cache
def _plan(cls: type) -> _Plan:
    names, nested = shape(cls)
    defaults = {
        field.name: field.default
        for field in attrs.fields(cls)
        if field.default is not attrs.NOTHING
        and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
    }
    inner = tuple((name, item_cls, _plan(item_cls)) for name, item_cls in nested)
    return _Plan(names, defaults, inner, READERS.get(cls, ()))


def _prepare(value: dict[Any, Any], cls: type) -> tuple[dict[Any, Any], bool]:
    """``value`` with its absent defaults filled in; whether it has unknown keys.

    Only for speed, and only for the fast pass: msgspec converts an attrs
    object much faster when no field is absent (each absent field costs it an
    internal exception), and a default given explicitly converts to the very
    value msgspec would have used. The second item tells whether ``value`` or
    an item nested in it has a key the format does not define (what
    :func:`unknown_keys` finds, found on the way). The slow pass always reads
    the document as given.
    """
    return _fill(value, _plan(cls))


def _fill(value: dict[Any, Any], plan: _Plan) -> tuple[dict[Any, Any], bool]:
    unknown = not plan.names.issuperset(value)
    prepared = {**plan.defaults, **value}
    for name, item_cls, item_plan in plan.nested:
        items = value.get(name)
        if not isinstance(items, (list, tuple)):
            continue
        filled = []
        for item in items:
            if type(item) is not dict:  # a mapping keeps its keys; others fail
                extra = bool(unknown_keys(item, item_cls, ""))
            elif item_plan.nested:
                item, extra = _fill(item, item_plan)  # noqa: PLW2901
            else:  # a leaf (member, document, activity): _fill inlined, for speed
                extra = not item_plan.names.issuperset(item)
                item = {**item_plan.defaults, **item}  # noqa: PLW2901
                for field, reader in item_plan.readers:
                    raw = item.get(field)
                    if type(raw) is str and not native_time(raw):
                        item[field] = read_or_keep(reader, raw)
            unknown = unknown or extra
            filled.append(item)
        prepared[name] = filled
    return prepared, unknown
