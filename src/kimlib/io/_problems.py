"""The slow pass: every problem of a document that failed to load.

msgspec stops at the first error; this walks the document against the model's
attrs classes and names every problem with its field path. Valid documents
never come here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import msgspec

from kimlib.errors import InvalidInput, Problem
from kimlib.io._hooks import dec_hook

__all__ = ["collect", "shape", "unknown_keys"]


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


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
            Problem(_join(path, str(key)), "error.unknown_field")
            for key in value
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


def collect(
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
                problems += collect(
                    item, item_cls, f"{where}[{i}]", ignore_unknown=ignore_unknown
                )
            continue
        problems += _check_field(raw, tp, fields[name], where)
    if not problems:
        # Every field is right on its own: what is left is a cross-field rule
        # (gender against NIK, dates in order, a village inside its region).
        try:
            msgspec.convert(value, cls, dec_hook=dec_hook)
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
        converted = msgspec.convert(raw, tp, dec_hook=dec_hook)
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
