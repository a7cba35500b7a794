"""The slow pass: every problem of a document that failed to load.

msgspec stops at the first error; this walks the document against the model's
attrs classes and names every problem with its field path. Valid documents
never come here.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import msgspec

from kimlib._dates import BadDate, read_date, read_time
from kimlib.errors import InvalidInput, Problem
from kimlib.io._hooks import dec_hook
from kimlib.model import Activity

__all__ = [
    "MAX_PROBLEMS",
    "collect",
    "known_key",
    "shape",
    "shown_key",
    "unknown_keys",
]

#: The most problems reported for one document; past them the walk stops and
#: one more problem says that there are more.
MAX_PROBLEMS = 100


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


@functools.cache
def _field_names() -> frozenset[str]:
    """Every field name of the document format, at any level."""
    from kimlib.model import Kim  # noqa: PLC0415

    names: set[str] = set()
    todo: list[type] = [Kim]
    while todo:
        cls = todo.pop()
        own, nested = shape(cls)
        names |= own
        todo += [item_cls for _, item_cls in nested]
    return frozenset(names)


def known_key(key: object) -> bool:
    """Whether ``key`` is a field name of the format (at some level)."""
    return isinstance(key, str) and key in _field_names()


_TYPO = re.compile(r"[a-z][a-z0-9_]{2,31}", re.ASCII)


def _typo_of_a_field(key: str) -> bool:
    """Whether ``key`` is lower-case snake case close to a field name (a typo)."""
    return bool(
        _TYPO.fullmatch(key)
        and difflib.get_close_matches(key, _field_names(), n=1, cutoff=0.7)
    )


def shown_key(key: object, position: int) -> str:
    """How a key of the input appears in a problem path.

    A field name of the format, or a lower-case word close to one (a typo
    such as ``nama``), is shown as it is. Any other key may hold personal data
    (a name, a NIK) or characters that forge output (a newline, a terminal
    escape), so it is shown only by its position in its object: ``<#2>``.

    >>> shown_key("nama", 3), shown_key("6271014107900001", 2), shown_key("x y", 1)
    ('nama', '<#2>', '<#1>')
    """
    if isinstance(key, str) and (known_key(key) or _typo_of_a_field(key)):
        return key
    return f"<#{position}>"


def _unknown_key(path: str, key: object, position: int) -> Problem:
    shown = shown_key(key, position)
    if shown == key:
        return Problem(_join(path, shown), "error.unknown_field")
    return Problem(
        _join(path, shown), "input.unknown_key_hidden", {"position": position}
    )


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@functools.cache
def shape(cls: type) -> tuple[frozenset[str], tuple[tuple[str, type], ...]]:
    """The field names of ``cls`` and its fields that hold attrs items."""
    names = frozenset(attrs.fields_dict(cls))
    nested = tuple(
        (name, item_cls)
        for name, tp in _hints(cls).items()
        if (item_cls := _item_class(tp)) is not None
    )
    return names, nested


def unknown_keys(value: object, cls: type, path: str) -> list[Problem]:
    """Keys the format does not define, at every level of the document."""
    if not isinstance(value, Mapping):
        return []
    names, nested = shape(cls)
    problems = []
    if not names.issuperset(value):
        problems = [
            _unknown_key(path, key, position)
            for position, key in enumerate(value, start=1)
            if key not in names
        ]
    for name, item_cls in nested:
        items = value.get(name)
        if isinstance(items, (list, tuple)):
            for i, item in enumerate(items):
                problems += unknown_keys(item, item_cls, f"{_join(path, name)}[{i}]")
    return problems


def _item_class(tp: Any) -> type | None:  # noqa: ANN401
    """The attrs class inside ``tuple[C, ...]`` or ``tuple[C, ...] | None``."""
    for arg in (tp, *typing.get_args(tp)):
        if typing.get_origin(arg) is tuple:
            inner = typing.get_args(arg)[0]
            if attrs.has(inner):
                return typing.cast("type", inner)
    return None


#: Fields whose text kimlib reads itself, more leniently than msgspec does.
READERS: dict[type, tuple[tuple[str, Callable[[str], object]], ...]] = {
    Activity: (("at", read_time),),
}


def read_fields(value: dict[Any, Any], cls: type) -> dict[Any, Any]:
    """``value`` with the texts of :data:`READERS` read, at every level.

    A text that does not read is left as it is, for msgspec to refuse.
    """
    readers = READERS.get(cls, ())
    _, nested = shape(cls)
    if not readers and not nested:
        return value
    value = dict(value)
    for name, reader in readers:
        raw = value.get(name)
        if isinstance(raw, str):
            value[name] = read_or_keep(reader, raw)
    for name, item_cls in nested:
        items = value.get(name)
        if isinstance(items, (list, tuple)):
            value[name] = [
                read_fields(item, item_cls) if type(item) is dict else item
                for item in items
            ]
    return value


def read_or_keep(reader: Callable[[str], object], raw: str) -> object:
    """What ``reader`` makes of ``raw``, or ``raw`` itself when it does not read."""
    try:
        return reader(raw)
    except BadDate:
        return raw


def collect(
    value: object, cls: type, path: str, *, ignore_unknown: bool
) -> list[Problem]:
    """Every problem of ``value`` as a ``cls`` of the model, each with its path."""
    if not isinstance(value, Mapping):
        return [Problem(path, "error.not_object")]
    problems = [] if ignore_unknown else _unknown_keys_here(value, cls, path)
    fields = attrs.fields_dict(cls)
    readers = dict(READERS.get(cls, ()))
    for name, tp in _hints(cls).items():
        where = _join(path, name)
        if name not in value:
            if fields[name].default is attrs.NOTHING:
                problems.append(Problem(where, "error.missing_field"))
            continue
        problems += _field_problems(
            value[name], tp, fields[name], where, readers.get(name), ignore_unknown
        )
    if not problems:
        # Every field is right on its own: what is left is a cross-field rule
        # (gender against NIK, dates in order, a village inside its region).
        prepared = read_fields(dict(value), cls)
        try:
            msgspec.convert(prepared, cls, dec_hook=dec_hook)
        except msgspec.ValidationError as error:
            problems.append(_from_error(error, path))
        except UnicodeError:  # pragma: no cover - each field was checked above
            problems.append(Problem(path, "input.surrogate"))
    return problems


def _field_problems(  # noqa: PLR0917 - one field, all it needs
    raw: object,
    tp: Any,  # noqa: ANN401
    field: Any,  # noqa: ANN401
    where: str,
    reader: Callable[[str], object] | None,
    ignore_unknown: bool,  # noqa: FBT001
) -> list[Problem]:
    item_cls = _item_class(tp)
    if item_cls is not None and isinstance(raw, (list, tuple)):
        problems: list[Problem] = []
        for i, item in enumerate(raw):
            problems += collect(
                item, item_cls, f"{where}[{i}]", ignore_unknown=ignore_unknown
            )
            if len(problems) > MAX_PROBLEMS:  # enough to act on; bounded work
                break
        return problems
    if reader is not None and isinstance(raw, str):
        return _read_field(raw, reader, field, where)
    return _check_field(raw, tp, field, where)


def _read_field(
    raw: str,
    reader: Callable[[str], object],
    field: Any,  # noqa: ANN401
    where: str,
) -> list[Problem]:
    try:
        converted = reader(raw)
    except BadDate as error:
        return [Problem(where, error.code, error.params)]
    return _validate(converted, field, where)


def _validate(converted: object, field: Any, where: str) -> list[Problem]:  # noqa: ANN401
    validator: Callable[[object, Any, object], None] | None = field.validator
    if validator is not None:
        try:
            validator(None, field, converted)
        except InvalidInput as error:
            return [attrs.evolve(p, path=where) for p in error.problems]
    return []


def _unknown_keys_here(value: Mapping[Any, Any], cls: type, path: str) -> list[Problem]:
    fields = attrs.fields_dict(cls)
    return [
        _unknown_key(path, key, position)
        for position, key in enumerate(value, start=1)
        if key not in fields
    ]


def _check_field(raw: object, tp: Any, field: Any, where: str) -> list[Problem]:  # noqa: ANN401
    failed: msgspec.ValidationError | None = None
    try:
        converted = msgspec.convert(raw, tp, dec_hook=dec_hook)
    except msgspec.ValidationError as error:
        failed = error
    except UnicodeError:  # a lone surrogate; the error holds the text: drop it
        return [Problem(where, "input.surrogate")]
    if failed is not None:
        if _is_temporal(tp) and isinstance(raw, str):
            try:
                read_date(raw)
            except BadDate as error:
                return [Problem(where, error.code, error.params)]
        return [_from_error(failed, where, tp)]
    return _validate(converted, field, where)


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
