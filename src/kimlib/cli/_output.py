"""How the command line prints: text lines, JSON lines, numbers and labels."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import IO, Any

from kimlib.cli._reading import Entry, Unreadable
from kimlib.io import dump
from kimlib.messages import Lang, render

__all__ = [
    "as_json",
    "as_text",
    "complain",
    "explained",
    "json_line",
    "label",
    "number",
    "output_format",
    "record",
    "write",
]


def write(text: str, stream: IO[str] | None = None) -> None:
    out = stream or sys.stdout
    try:
        out.write(text + "\n")
    except UnicodeEncodeError:  # an ASCII-only terminal: escape, never crash
        encoding = getattr(out, "encoding", None) or "ascii"
        out.write(text.encode(encoding, "backslashreplace").decode(encoding) + "\n")


def label(entry: Entry, lang: Lang) -> str:
    parts = [p for p in (entry.kim_id, entry.name) if p]
    return " ".join(parts) or render("cli.no_id", lang)


def as_text(entry: Entry, lang: Lang) -> str:
    head = f"{entry.source}:{entry.line}: {label(entry, lang)}: "
    if entry.error is None:
        return head + render("cli.valid", lang)
    problems = entry.error.problems
    lines = [head + render("cli.invalid", lang, count=len(problems))]
    lines += [f"  {p.path or '$'}: {p.reason(lang)}" for p in problems]
    return "\n".join(lines)


def as_json(entry: Entry, lang: Lang) -> str:
    problems = () if entry.error is None else entry.error.problems
    record: dict[str, Any] = {
        "file": entry.source,
        "line": entry.line,
        "id": entry.kim_id,
        "name": entry.name,
        "valid": entry.error is None,
        "problems": [
            {"path": p.path, "code": p.code, "reason": p.reason(lang)} for p in problems
        ],
    }
    return json_line(record)


#: Characters that end a line for ``str.splitlines`` but that JSON keeps raw.
_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}


def json_line(record: dict[str, Any]) -> str:
    """``record`` as JSON on one line, whichever way the reader splits lines."""
    return json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS)


def complain(item: Unreadable, lang: Lang) -> None:
    message = render("cli.unreadable", lang, file=item.source, reason=item.reason)
    write(f"kimlib: {message}", sys.stderr)


def output_format(args: argparse.Namespace) -> str:
    """The output format asked for: ``"text"`` (the default) or ``"json"``."""
    return str(getattr(args, "format", "text"))


def number(value: float, lang: Lang) -> str:
    """``value`` to one decimal, ``.0`` dropped, decimal comma in Indonesian."""
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "id" else text


def record(entry: Entry, result: object, **extra: object) -> str:
    """One JSON line: the entry's file and line, ``extra``, then the result."""
    record: dict[str, Any] = {"file": entry.source, "line": entry.line}
    record.update({k: v for k, v in extra.items() if v is not None})
    record.update(dump(result))
    return json_line(record)


def explained(entry: Entry, explanation: str, lang: Lang) -> str:
    """The head line, then ``explanation`` indented, each line printable only."""
    lines = (
        "".join(c for c in line if c.isprintable()) for line in explanation.split("\n")
    )
    head = f"{entry.source}:{entry.line}: {label(entry, lang)}:"
    return head + "\n" + textwrap.indent("\n".join(lines), "  ")
