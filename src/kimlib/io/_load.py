"""Loading KIM documents: one (:func:`load_kim`) or a stream (:func:`load_kims`)."""

from __future__ import annotations

import functools
import os
import typing
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import attrs
import msgspec

from kimlib.errors import InvalidArgument, InvalidInput, KimlibError, Problem
from kimlib.io._hooks import dec_hook
from kimlib.io._problems import collect, shape, unknown_keys
from kimlib.model import Kim

__all__ = ["LoadResult", "load_kim", "load_kims", "sample_path"]


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
            No other exception escapes, whatever the input.
    """
    if isinstance(document, (str, bytes, bytearray, memoryview)):
        try:
            document = msgspec.json.decode(document)
        except (msgspec.DecodeError, RecursionError):
            raise InvalidInput([Problem("", "error.not_json")]) from None
    unknown: bool | None = None
    prepared: object = document
    if type(document) is dict:
        prepared, unknown = _prepare(document, Kim)
    try:
        kim = msgspec.convert(prepared, Kim, dec_hook=dec_hook)
    except (msgspec.ValidationError, KimlibError, RecursionError):
        kim = None
    if kim is not None:
        if ignore_unknown:
            return kim
        if unknown is None:
            unknown = bool(unknown_keys(document, Kim, ""))
        if not unknown:
            return kim
    problems = collect(document, Kim, "", ignore_unknown=ignore_unknown)
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


def _lines(source: str | os.PathLike[str] | Iterable[Any]) -> Iterator[tuple[int, Any]]:
    if isinstance(source, (str, os.PathLike)):
        try:
            handle = Path(source).open("rb")  # noqa: SIM115 - closed below
        except OSError as error:
            msg = f"source={os.fspath(source)!r} cannot be read: {error.strerror}"
            raise InvalidArgument(msg) from None
        with handle:
            yield from enumerate(handle, start=1)
    else:  # an open file or any other iterable
        yield from enumerate(source, start=1)


@typing.overload
def load_kims(
    source: str | os.PathLike[str] | Iterable[Any],
    *,
    errors: Literal["raise"] = "raise",
    ignore_unknown: bool = False,
) -> Iterator[Kim]: ...
@typing.overload
def load_kims(
    source: str | os.PathLike[str] | Iterable[Any],
    *,
    errors: Literal["collect"],
    ignore_unknown: bool = False,
) -> Iterator[LoadResult]: ...
def load_kims(
    source: str | os.PathLike[str] | Iterable[Any],
    *,
    errors: Literal["raise", "collect"] = "raise",
    ignore_unknown: bool = False,
) -> Iterator[Kim] | Iterator[LoadResult]:
    """Stream KIMs from JSON Lines (a path or an open file) or an iterable.

    Blank lines are skipped. Errors carry the line number (the item's position
    for an iterable).

    Args:
        source: a path to a ``.jsonl`` file, an open binary/text file, or an
            iterable of documents (mappings or JSON text).
        errors: ``"raise"`` stops at the first bad document; ``"collect"``
            yields a :class:`LoadResult` per document and goes on.
        ignore_unknown: as for :func:`load_kim`.

    Returns:
        An iterator of Kim (``"raise"``) or of LoadResult (``"collect"``).

    Raises:
        InvalidInput: (``"raise"`` only) the first bad document's problems.
        InvalidArgument: ``errors`` is neither ``"raise"`` nor ``"collect"``.
    """
    if errors not in ("raise", "collect"):
        msg = f"errors={errors!r} is not supported; use 'raise' or 'collect'"
        raise InvalidArgument(msg)
    results = _stream(source, ignore_unknown=ignore_unknown)
    if errors == "collect":
        return results
    return _raise_first(results)


def _stream(source: Any, *, ignore_unknown: bool) -> Iterator[LoadResult]:  # noqa: ANN401
    for line, item in _lines(source):
        if isinstance(item, (str, bytes)) and not item.strip():
            continue
        try:
            kim = load_kim(item, ignore_unknown=ignore_unknown)
        except InvalidInput as error:
            located = InvalidInput(attrs.evolve(p, line=line) for p in error.problems)
            yield LoadResult(line, None, located)
        else:
            yield LoadResult(line, kim, None)


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
    return _Plan(names, defaults, inner)


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
            unknown = unknown or extra
            filled.append(item)
        prepared[name] = filled
    return prepared, unknown
