"""JSON text of one document into Python values, refusing what is unsafe to read.

msgspec decodes the text; only when it fails, or when the text may hold a
duplicated key, a slower reading with the standard library finds the path of
the trouble: a duplicated key, an integer too large to be a number kimlib
uses, a lone surrogate. A syntax error gives its line and column. A document
larger than :data:`MAX_DOCUMENT_BYTES` is refused before it is read.

Every error is an ``InvalidInput`` raised outside any ``except`` block, so
that no exception of the decoder (which holds the whole text) is chained to it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import msgspec

from kimlib.errors import InvalidInput, Problem
from kimlib.io._problems import shown_key

__all__ = ["MAX_DOCUMENT_BYTES", "decode", "problems_of_text"]

#: The largest document kimlib reads, in bytes of UTF-8 (1 MiB): a KIM with
#: a hundred members and a thousand activities takes about 200 KiB.
MAX_DOCUMENT_BYTES = 1 << 20

_BOM = "\ufeff"
_BYTE = re.compile(r"\(byte (\d+)\)")
_KEY_END = re.compile(r'"[ \t\r\n]*:')
_KEY_END_BYTES = re.compile(rb'"[ \t\r\n]*:')
_QUOTE_SPACE = re.compile(r'"[ \t\r\n]')
_QUOTE_SPACE_BYTES = re.compile(rb'"[ \t\r\n]')
#: Integers with more digits are refused at their field (no count is this big).
_MOST_DIGITS = 100
_Text = str | bytes | bytearray | memoryview


class _TooBig:
    """Stands for an integer too large to read, until its path is known."""


def _size(text: _Text) -> int:
    if isinstance(text, str):
        if len(text) > MAX_DOCUMENT_BYTES or len(text) * 4 <= MAX_DOCUMENT_BYTES:
            return len(text)
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) if not isinstance(text, memoryview) else text.nbytes


def decode(text: _Text, *, one_line: bool = False) -> Any:  # noqa: ANN401
    """The value of the JSON ``text``, or ``InvalidInput`` naming the trouble.

    ``one_line`` (a line of JSON Lines) reports a syntax error by its column.
    """
    problems = problems_of_text(text)
    if problems is None:
        value, problems = _read(text, one_line=one_line)
        if problems is None:
            return value
    raise InvalidInput(problems)


def problems_of_text(text: _Text) -> list[Problem] | None:
    """Problems found before reading: the text is too large."""
    if _size(text) > MAX_DOCUMENT_BYTES:
        return [Problem("", "input.too_large", {"limit": "1 MiB"})]
    return None


def _strip_bom(text: _Text) -> _Text:
    if isinstance(text, str):
        return text[1:] if text.startswith(_BOM) else text
    data = bytes(text)
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def _read(text: _Text, *, one_line: bool) -> tuple[Any, list[Problem] | None]:  # noqa: PLR0911 - one return per outcome
    text = _strip_bom(text)
    slow = False
    syntax: msgspec.DecodeError | None = None
    try:
        value = msgspec.json.decode(text)
    except (UnicodeError, msgspec.ValidationError):
        slow = True  # a lone surrogate, or an integer out of range
    except msgspec.DecodeError as error:
        syntax = error
    except RecursionError:
        return None, [Problem("", "error.not_json")]
    if syntax is not None:
        if isinstance(text, bytes) and not _is_utf8(text):
            return None, [Problem("", "input.not_utf8")]
        return None, [_syntax_problem(text, str(syntax), one_line=one_line)]
    if slow:
        value, problems = _read_slowly(text)
        if problems and problems[0].code == "error.not_json":
            # The text is broken and holds a lone surrogate: say the latter.
            return None, [Problem("", "input.surrogate")]
        return value, problems
    if _may_repeat_keys(text, value):
        return _read_slowly(text)
    return value, None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _may_repeat_keys(text: _Text, value: object) -> bool:
    r"""Whether ``text`` may hold a key twice in one object.

    msgspec keeps the last of repeated keys silently. A key ends in ``":``;
    re-encoding the decoded value writes each kept key once, so the same
    count in both means no key was dropped (whitespace before a colon, or a
    quote written as ``\\u0022``, only sends the text to the slow check).
    """
    if not isinstance(value, (dict, list)):
        return False
    kept = msgspec.json.encode(value).count(b'":')
    if isinstance(text, str):
        written = text.count('":')
        if written < kept or (written == kept and not _QUOTE_SPACE.search(text)):
            return written != kept
        return len(_KEY_END.findall(text)) != kept
    data = bytes(text)
    written = data.count(b'":')
    if written < kept or (written == kept and not _QUOTE_SPACE_BYTES.search(data)):
        return written != kept
    return len(_KEY_END_BYTES.findall(data)) != kept


def _syntax_problem(text: _Text, reason: str, *, one_line: bool) -> Problem:
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    data = bytes(data)
    match = _BYTE.search(reason)
    offset = int(match.group(1)) if match else len(data)
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", "replace")) + 1
    if one_line or (line == 1 and b"\n" not in data.rstrip()):
        return Problem("", "input.json_syntax_column", {"column": column})
    return Problem("", "input.json_syntax", {"line": line, "column": column})


def _big_int(digits: str) -> object:
    return int(digits) if len(digits) <= _MOST_DIGITS else _TooBig()


def _no_constant(_: str) -> object:
    raise ValueError


def _read_slowly(text: _Text) -> tuple[Any, list[Problem] | None]:
    """Read with the standard library, keeping every key, to find the paths."""
    failed = False
    try:
        pairs = json.loads(
            bytes(text) if isinstance(text, memoryview) else text,
            object_pairs_hook=_Pairs,
            parse_int=_big_int,
            parse_constant=_no_constant,
        )
    except (ValueError, RecursionError):  # JSONDecodeError, a bad constant
        failed = True
    if failed:
        return None, [Problem("", "error.not_json")]
    problems: list[Problem] = []
    value = _walk(pairs, "", problems)
    return value, problems or None


class _Pairs(list[tuple[str, Any]]):
    """An object as read: its pairs in order, repeated keys kept."""


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _walk(value: object, path: str, problems: list[Problem]) -> object:
    """``value`` with objects as dicts; the problems of its parts on the way."""
    if isinstance(value, _Pairs):
        result: dict[str, object] = {}
        for position, (key, item) in enumerate(value, start=1):
            where = _join(path, shown_key(key, position))
            if _has_surrogate(key):
                problems.append(Problem(where, "input.surrogate"))
                continue
            if key in result:
                problems.append(Problem(where, "input.duplicate_key"))
                continue
            result[key] = _walk(item, where, problems)
        return result
    if isinstance(value, list):
        return [_walk(item, f"{path}[{i}]", problems) for i, item in enumerate(value)]
    if isinstance(value, _TooBig):
        problems.append(Problem(path, "input.number_range"))
        return None
    if isinstance(value, str) and _has_surrogate(value):
        problems.append(Problem(path, "input.surrogate"))
        return None
    return value


def _has_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
