"""Reading a profile file: the path or text, its syntax (TOML or YAML), its errors.

TOML is read with the standard library's ``tomllib`` (``tomli`` on Python
3.10), YAML with PyYAML's safe loader through msgspec, YAML aliases refused
(a few can expand to billions of nodes). Every failure is an
:class:`~kimlib.errors.InvalidArgument` that names the place in the file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import msgspec

from kimlib._validation import closest, shown
from kimlib.errors import InvalidArgument, KimlibError
from kimlib.rules._profile_format import FIELDS

__all__ = ["MAX_SIZE", "decode", "read", "refusal"]

_SUFFIXES: Mapping[str, Literal["toml", "yaml"]] = {
    ".toml": "toml",
    ".yaml": "yaml",
    ".yml": "yaml",
}
#: The largest profile file read (a profile is a few kilobytes).
MAX_SIZE = 1_000_000


def read(
    path_or_text: object, syntax: str | None
) -> tuple[str | bytes, Literal["toml", "yaml"]]:
    """The text to decode and its format."""
    if syntax is not None and syntax not in {"toml", "yaml"}:
        raise InvalidArgument.of("profile.file.format", syntax=shown(syntax))
    if isinstance(path_or_text, Path) or (
        isinstance(path_or_text, str)
        and "\n" not in path_or_text
        and Path(path_or_text).suffix.lower() in _SUFFIXES
    ):
        path = Path(path_or_text)
        try:
            size = path.stat().st_size
            data = b"" if size > MAX_SIZE else path.read_bytes()
        except FileNotFoundError:
            raise InvalidArgument.of(
                "profile.file.missing", path=shown(str(path))
            ) from None
        except (OSError, ValueError):  # a directory, no permission, a NUL in the path
            raise InvalidArgument.of(
                "profile.file.not_found", path=shown(str(path))
            ) from None
        if size > MAX_SIZE:
            raise InvalidArgument.of(
                "profile.file.too_large", path=shown(str(path)), limit=MAX_SIZE
            )
        by_suffix = _SUFFIXES.get(path.suffix.lower())
        return data, _syntax(syntax) or by_suffix or _guess(
            data.decode("utf-8", "replace")
        )
    if isinstance(path_or_text, (str, bytes)):
        if len(path_or_text) > MAX_SIZE:
            raise InvalidArgument.of("profile.file.text_too_large", limit=MAX_SIZE)
        text = (
            path_or_text.decode("utf-8", "replace")
            if isinstance(path_or_text, bytes)
            else path_or_text
        )
        return path_or_text, _syntax(syntax) or _guess(text)
    raise InvalidArgument.of("profile.file.argument", got=type(path_or_text).__name__)


def _syntax(syntax: str | None) -> Literal["toml", "yaml"] | None:
    return "toml" if syntax == "toml" else "yaml" if syntax == "yaml" else None


_TOML_LINE = re.compile(r"^\s*(\[|[A-Za-z0-9_.\"'-]+\s*=)", re.MULTILINE)


def _guess(text: str) -> Literal["toml", "yaml"]:
    """TOML if a line is a ``[table]`` or a ``key = value``, else YAML."""
    return "toml" if _TOML_LINE.search(text) else "yaml"


_WHERE = re.compile(r"line (\d+), column (\d+)")


def decode(data: str | bytes, syntax: Literal["toml", "yaml"]) -> object:
    if isinstance(data, str):
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidArgument.of(
                "profile.file.syntax", syntax=syntax.upper()
            ) from None
    try:
        if syntax == "toml":
            if sys.version_info < (3, 11):  # pragma: no cover - Python 3.10
                try:
                    import tomli  # type: ignore[import-not-found]  # noqa: F401, PLC0415
                except ImportError:
                    raise InvalidArgument.of("profile.file.toml_missing") from None
            return msgspec.toml.decode(data)
        try:
            import yaml  # type: ignore[import-untyped]  # noqa: PLC0415
        except ImportError:  # pragma: no cover - the test extra installs PyYAML
            raise InvalidArgument.of("profile.file.yaml_missing") from None
        _refuse_aliases(yaml, data)
        return msgspec.yaml.decode(data)
    except (msgspec.DecodeError, RecursionError, ValueError) as error:
        if isinstance(error, KimlibError):
            raise
        found = _WHERE.search(str(error))
        if found is None:
            raise InvalidArgument.of(
                "profile.file.syntax", syntax=syntax.upper()
            ) from None
        raise InvalidArgument.of(
            "profile.file.syntax_at",
            syntax=syntax.upper(),
            line=int(found[1]),
            column=int(found[2]),
        ) from None


def _refuse_aliases(yaml: Any, data: bytes) -> None:  # noqa: ANN401 - the module
    """Refuse YAML aliases (``*name``): a few can expand to billions of nodes."""
    try:
        events = yaml.parse(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for event in events:
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                raise InvalidArgument.of(
                    "profile.file.yaml_alias",
                    line=mark.line + 1,
                    column=mark.column + 1,
                )
    except yaml.YAMLError:
        return  # the decoder reports the syntax error with its place


_AT = re.compile(r"^(?P<reason>.*?)(?: - at `(?P<path>[^`]*)`)?$", re.DOTALL)
_EXPECTED = re.compile(r"Expected `([^`]*)`")
_FIELD = re.compile(r"(missing required|contains unknown) field `([^`]*)`")


def refusal(error: msgspec.ValidationError, prefix: str) -> InvalidArgument:
    """A msgspec validation error as a kimlib one, with the path in the file."""
    match = _AT.match(str(error))
    reason = match["reason"] if match else ""
    path = (match["path"] if match and match["path"] else "$")[1:]
    path = (prefix + path).lstrip(".") or "$"
    field = _FIELD.search(reason)
    if field is not None:
        where = f"{path}.{field[2]}" if path != "$" else field[2]
        if field[1] == "missing required":
            return InvalidArgument.of("profile.file.missing_field", path=shown(where))
        return InvalidArgument.of(
            "profile.file.unknown_field",
            path=shown(where),
            known=closest(field[2], FIELDS),
        )
    expected = _EXPECTED.search(reason)
    if expected is not None:
        return InvalidArgument.of(
            "profile.file.wrong_type", path=shown(path), expected=expected[1]
        )
    return InvalidArgument.of("profile.file.invalid", path=shown(path))
