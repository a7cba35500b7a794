"""JSON exchange: KIM documents in, KIM documents and results out, JSON Schema.

Built on msgspec, which decodes a document straight into the attrs classes of
:mod:`kimlib.model` and runs their validators. msgspec stops at the first
error, so when a document fails a second, slower pass collects every problem
for :class:`~kimlib.errors.InvalidInput`; valid documents never pay for it.
Unknown keys are an error (a portal's typo must not vanish silently) unless
``ignore_unknown=True``.

>>> kim = load_kim({"name": "KIM Maju", "region": "36.73", "members": []})
>>> kim.name, kim.region
('KIM Maju', '36.73')
>>> dump(kim) == {"name": "KIM Maju", "region": "36.73", "members": [],
...                "schema_version": 1, "activities": []}
True
>>> load_kim({"name": "", "region": "36.73", "members": [{"role": "raja"}], "nama": 1})
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (4 problem(s)):
  nama: this field is not known (a typo?)
  name: must not be empty
  members[0].name: this field is required
  members[0].role: value not allowed; choose one of: ketua, wakil_ketua, ...
"""

from __future__ import annotations

import datetime as dt
import functools
import io as _io
import os
import re
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import attrs
import msgspec

from kimlib.errors import InvalidArgument, InvalidInput, KimlibError, Problem
from kimlib.model import Kim, Nik

__all__ = [
    "LoadResult",
    "dump",
    "json_schema",
    "load_kim",
    "load_kims",
    "sample_path",
]


# --- msgspec hooks for the one custom type, Nik --------------------------------


def _dec_hook(type_: type, value: object) -> object:
    if type_ is Nik:
        return Nik(value)  # type: ignore[arg-type]  # Nik checks the type itself
    msg = f"unsupported type {type_!r}"  # pragma: no cover - no other custom type
    raise NotImplementedError(msg)  # pragma: no cover


def _enc_hook(value: object) -> object:
    if isinstance(value, Nik):
        return value.reveal()
    msg = f"cannot dump {type(value).__name__}"
    raise InvalidArgument(msg)


def _schema_hook(type_: type) -> dict[str, object]:
    if type_ is Nik:
        return {"type": "string", "pattern": "^[0-9]{16}$", "description": "NIK"}
    msg = f"no schema for {type_!r}"  # pragma: no cover
    raise NotImplementedError(msg)  # pragma: no cover


# --- loading ----------------------------------------------------------------


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
        kim = msgspec.convert(prepared, Kim, dec_hook=_dec_hook)
    except (msgspec.ValidationError, KimlibError, RecursionError):
        kim = None
    if kim is not None:
        if ignore_unknown:
            return kim
        if unknown is None:
            unknown = bool(_unknown_keys(document, Kim, ""))
        if not unknown:
            return kim
    problems = _collect(document, Kim, "", ignore_unknown=ignore_unknown)
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
    elif isinstance(source, _io.IOBase):
        yield from enumerate(source, start=1)
    else:
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


# --- the slow pass: every problem of a bad document ---------------------------


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@functools.cache
def _shape(cls: type) -> tuple[frozenset[str], tuple[tuple[str, type], ...]]:
    """The field names of ``cls`` and its fields that hold attrs items."""
    names = frozenset(attrs.fields_dict(cls))
    nested = tuple(
        (name, item_cls)
        for name, tp in _hints(cls).items()
        if (item_cls := _item_class(tp)) is not None
    )
    return names, nested


class _Plan(typing.NamedTuple):
    """What :func:`_prepare` needs of an attrs class of the model."""

    names: frozenset[str]
    defaults: dict[str, object]
    nested: tuple[tuple[str, type, _Plan], ...]


@functools.cache
def _plan(cls: type) -> _Plan:
    names, nested = _shape(cls)
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
    :func:`_unknown_keys` finds, found on the way). The slow pass always reads
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
        names, defaults = item_plan.names, item_plan.defaults
        filled = []
        for item in items:
            if type(item) is not dict:
                unknown = unknown or bool(_unknown_keys(item, item_cls, ""))
                filled.append(item)
            elif item_plan.nested:
                item_filled, extra = _fill(item, item_plan)
                unknown = unknown or extra
                filled.append(item_filled)
            else:
                unknown = unknown or not names.issuperset(item)
                filled.append({**defaults, **item})
        prepared[name] = filled
    return prepared, unknown


def _unknown_keys(value: object, cls: type, path: str) -> list[Problem]:
    """Keys the format does not define, at every level of the document."""
    if not isinstance(value, Mapping):
        return []
    names, nested = _shape(cls)
    problems = []
    if not names.issuperset(value):
        problems = [
            Problem(_join(path, str(key)), "error.unknown_field")
            for key in value
            if key not in names
        ]
    for name, item_cls in nested:
        items = value.get(name)
        if isinstance(items, (list, tuple)):
            for i, item in enumerate(items):
                problems += _unknown_keys(item, item_cls, f"{_join(path, name)}[{i}]")
    return problems


def _item_class(tp: Any) -> type | None:  # noqa: ANN401
    """The attrs class inside ``tuple[C, ...]`` or ``tuple[C, ...] | None``."""
    for arg in (tp, *typing.get_args(tp)):
        if typing.get_origin(arg) is tuple:
            inner = typing.get_args(arg)[0]
            if attrs.has(inner):
                return typing.cast("type", inner)
    return None


def _collect(
    value: object, cls: type, path: str, *, ignore_unknown: bool
) -> list[Problem]:
    if not isinstance(value, Mapping):
        return [Problem(path, "error.not_object")]
    problems = [] if ignore_unknown else _unknown_keys_here(value, cls, path)
    fields = attrs.fields_dict(cls)
    for name, tp in _hints(cls).items():
        where = _join(path, name)
        if name not in value:
            if fields[name].default is attrs.NOTHING:
                problems.append(Problem(where, "error.missing_field"))
            continue
        item_cls = _item_class(tp)
        raw = value[name]
        if item_cls is not None and isinstance(raw, (list, tuple)):
            for i, item in enumerate(raw):
                problems += _collect(
                    item, item_cls, f"{where}[{i}]", ignore_unknown=ignore_unknown
                )
            continue
        problems += _check_field(raw, tp, fields[name], where)
    if not problems:
        # Every field is right on its own: what is left is a cross-field rule
        # (gender against NIK, dates in order, a village inside its region).
        try:
            msgspec.convert(value, cls, dec_hook=_dec_hook)
        except msgspec.ValidationError as error:
            problems.append(_from_error(error, path))
    return problems


def _unknown_keys_here(value: Mapping[Any, Any], cls: type, path: str) -> list[Problem]:
    fields = attrs.fields_dict(cls)
    return [
        Problem(_join(path, str(key)), "error.unknown_field")
        for key in value
        if key not in fields
    ]


def _check_field(raw: object, tp: Any, field: Any, where: str) -> list[Problem]:  # noqa: ANN401
    try:
        converted = msgspec.convert(raw, tp, dec_hook=_dec_hook)
    except msgspec.ValidationError as error:
        return [_from_error(error, where, tp)]
    validator: Callable[[object, Any, object], None] | None = field.validator
    if validator is not None:
        try:
            validator(None, field, converted)
        except InvalidInput as error:
            return [attrs.evolve(p, path=where) for p in error.problems]
    return []


_MISSING = re.compile(r"^Object missing required field `(?P<field>[^`]+)`")
_EXPECTED = re.compile(r"^Expected `(?P<expected>[^`]+)`")
_AT = re.compile(r" - at `\$(?P<path>[^`]*)`$")


def _from_error(
    error: msgspec.ValidationError,
    base: str,
    tp: Any = None,  # noqa: ANN401 - any type annotation of the model
) -> Problem:
    """Turn a msgspec error into a Problem without echoing any input value."""
    text = str(error)
    at = _AT.search(text)
    sub = at.group("path") if at else ""
    path = base + sub if base or not sub.startswith(".") else sub[1:]
    cause = error.__cause__
    if isinstance(cause, InvalidInput):
        problem = cause.problems[0]
        # A validator names its field; msgspec's path ends at the object for
        # a validator and at the field itself for a custom type (Nik).
        last = re.split(r"[.\[]", path)[-1] if path else ""
        if last != problem.path:
            path = _join(path, problem.path)
        return attrs.evolve(problem, path=path)
    if match := _MISSING.match(text):
        return Problem(_join(path, match.group("field")), "error.missing_field")
    if text.startswith("Invalid enum value"):
        allowed = ", ".join(_enum_values(tp)) or "?"
        return Problem(path, "error.not_allowed", {"allowed": allowed})
    if _is_temporal(tp) and text.startswith("Invalid"):
        return Problem(path, "error.invalid_date")
    if match := _EXPECTED.match(text):
        return Problem(path, "error.wrong_type", {"expected": match.group("expected")})
    return Problem(path, "error.invalid_value")


def _is_temporal(tp: Any) -> bool:  # noqa: ANN401
    return any(arg in (dt.date, dt.datetime) for arg in (tp, *typing.get_args(tp)))


def _enum_values(tp: Any) -> list[str]:  # noqa: ANN401
    for arg in (tp, *typing.get_args(tp)):
        if isinstance(arg, type) and issubclass(arg, str) and hasattr(arg, "values"):
            return list(arg.values())
        nested = _enum_values(arg) if arg is not tp and typing.get_args(arg) else []
        if nested:
            return nested
    return []


# --- dumping and schemas -------------------------------------------------------


def _drop_none(value: Any) -> Any:  # noqa: ANN401
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_drop_none(v) for v in value]
    return value


def dump(obj: object) -> Any:  # noqa: ANN401
    """A JSON-ready value (dicts, lists, strings, numbers) of a kimlib object.

    For a :class:`~kimlib.model.Kim` this is the KIM document again, absent
    facts left out: ``load_kim(dump(k)) == k``. Results (verdicts, reports)
    give their documented output records.

    Raises:
        InvalidArgument: ``obj`` is not something kimlib can dump.
    """
    to_record = getattr(obj, "to_record", None)
    if callable(to_record):
        obj = to_record()
    try:
        return _drop_none(msgspec.to_builtins(obj, enc_hook=_enc_hook))
    except (msgspec.EncodeError, TypeError) as error:
        msg = f"cannot dump {type(obj).__name__}"
        raise InvalidArgument(msg) from error


# RFC 3339 as msgspec reads it, with the offset optional (naive = local time
# of the region): seconds are required, "T", "t" or a space separates.
_DATETIME_PATTERN = (
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})?$"
)
_CODE_PATTERN = r"^\s*\d{2}(\.?\d{2}(\.?\d{2}(\.?\d{4})?)?)?\s*$"


def _tighten(schema: dict[str, Any]) -> dict[str, Any]:
    """Add what msgspec cannot infer from attrs validators to the schema."""
    defs = schema["$defs"]
    for definition in defs.values():
        if definition.get("type") == "object":
            definition["additionalProperties"] = False
    kim = defs["Kim"]["properties"]
    kim["schema_version"] = {"const": 1, "default": 1}
    kim["region"] = {"type": "string", "pattern": _CODE_PATTERN}
    kim["village"] = {"anyOf": [kim["region"], {"type": "null"}], "default": None}
    for cls, name in (("Kim", "name"), ("Member", "name")):
        defs[cls]["properties"][name] = {"type": "string", "minLength": 1}
    at = defs["Activity"]["properties"]
    at["at"] = {"type": "string", "pattern": _DATETIME_PATTERN}
    at["participants"] = {
        "anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}],
        "default": None,
    }
    return schema


@functools.cache
def _kim_schema() -> dict[str, Any]:
    schema = msgspec.json.schema(Kim, schema_hook=_schema_hook)
    schema = _tighten(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://kimlib.invalid/schema/kim-document-1.json",
        "title": "KIM document",
        **schema,
    }


def json_schema(of: str = "kim") -> dict[str, Any]:
    """A Draft 2020-12 JSON Schema of the KIM document (or of an output).

    Args:
        of: ``"kim"`` (the document) or an output: ``"adinda_report"``
            (what ``dump(report)`` gives), ``"verdict"`` (``dump(verdict)``).

    Returns:
        A fresh dict (safe to modify).

    Raises:
        InvalidArgument: ``of`` names no schema.
    """
    builders: dict[str, Callable[[], dict[str, Any]]] = {"kim": _kim_schema}
    builders.update(_output_schemas())
    if of not in builders:
        known = ", ".join(repr(k) for k in sorted(builders))
        msg = f"of={of!r} names no schema; use one of: {known}"
        raise InvalidArgument(msg)
    return msgspec.json.decode(msgspec.json.encode(builders[of]()))  # type: ignore[no-any-return]


def _output_schemas() -> dict[str, Callable[[], dict[str, Any]]]:
    """Schemas of the outputs, from the record types the analysis defines."""
    from kimlib.adinda import AdindaReportRecord  # noqa: PLC0415
    from kimlib.rules import VerdictRecord  # noqa: PLC0415

    def schema_of(record: type, title: str) -> Callable[[], dict[str, Any]]:
        def build() -> dict[str, Any]:
            return {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "title": title,
                **msgspec.json.schema(record),
            }

        return build

    return {
        "adinda_report": schema_of(AdindaReportRecord, "ADINDA report"),
        "verdict": schema_of(VerdictRecord, "Verdict"),
    }
