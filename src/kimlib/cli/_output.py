"""How the command line prints: text lines, JSON lines, numbers and labels."""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import textwrap
from typing import IO, Any

from kimlib.cli._reading import Entry, Unreadable, clean
from kimlib.io import dump
from kimlib.messages import Lang, render

__all__ = [
    "as_json",
    "as_text",
    "complain",
    "dumped",
    "explained",
    "json_line",
    "label",
    "number",
    "output_format",
    "record",
    "write",
]


def write(text: str, stream: IO[str] | None = None) -> None:
    """``text`` and a line break on ``stream`` (default: stdout).

    A terminal or pipe whose encoding cannot show a character (say
    ``PYTHONIOENCODING=ascii`` and a KIM named in Javanese script) gets an
    escape in its place instead of a crash.
    """
    out = stream or sys.stdout
    line = text + "\n"
    try:
        out.write(line)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        out.write(line.encode(encoding, "backslashreplace").decode(encoding))


def label(entry: Entry, lang: Lang) -> str:
    parts = [p for p in (entry.kim_id, entry.name) if p]
    return " ".join(parts) or render("cli.no_id", lang)


def _head(entry: Entry, lang: Lang) -> str:
    return f"{entry.source}:{entry.line}: {label(entry, lang)}: "


def _duplicate(entry: Entry, lang: Lang) -> list[str]:
    if entry.duplicate_of is None:
        return []
    return ["  " + render("cli.duplicate_id", lang, line=entry.duplicate_of)]


def as_text(entry: Entry, lang: Lang) -> str:
    if entry.error is None:
        return "\n".join(
            [_head(entry, lang) + render("cli.valid", lang), *_duplicate(entry, lang)]
        )
    problems = entry.error.problems
    lines = [_head(entry, lang) + render("cli.invalid", lang, count=len(problems))]
    lines += [f"  {clean(p.path or '$', 200)}: {p.reason(lang)}" for p in problems]
    return "\n".join(lines)


def _labels(entry: Entry) -> dict[str, Any]:
    # JSON escapes whatever a name holds: the document's own values, unclipped.
    kim = entry.kim
    record: dict[str, Any] = {
        "file": entry.source,
        "line": entry.line,
        "kim_id": entry.kim_id if kim is None else kim.id,
        "kim_name": entry.name if kim is None else kim.name,
    }
    if entry.duplicate_of is not None:
        record["duplicate_of_line"] = entry.duplicate_of
    return record


def as_json(entry: Entry, lang: Lang) -> str:
    problems = () if entry.error is None else entry.error.problems
    record = _labels(entry)
    record["valid"] = entry.error is None
    record["problems"] = [
        {"path": p.path, "code": p.code, "message": p.reason(lang)} for p in problems
    ]
    return json_line(record)


#: Characters that end a line for ``str.splitlines`` but that JSON keeps raw.
_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}


def json_line(record: dict[str, Any]) -> str:
    """``record`` as JSON on one line, whichever way the reader splits lines."""
    return json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS)


def complain(item: Unreadable, lang: Lang) -> None:
    reason = render(item.reason, lang)
    message = render("cli.unreadable", lang, file=item.source, reason=reason)
    write(f"kimlib: {message}", sys.stderr)


def output_format(args: argparse.Namespace) -> str:
    """The output format asked for: ``"text"`` (the default) or ``"json"``."""
    return str(getattr(args, "format", "text"))


def number(value: float, lang: Lang) -> str:
    """``value`` to one decimal, ``.0`` dropped, decimal comma in Indonesian."""
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "id" else text


def dumped(result: object, lang: Lang) -> Any:  # noqa: ANN401
    """``kimlib.dump(result)`` in ``lang`` where dump takes a language.

    An adapter while ``dump(..., lang=)`` is being added (it then always
    takes the first branch and this function can go).
    """
    if "lang" in inspect.signature(dump).parameters:  # pragma: no cover
        return dump(result, lang=lang)  # type: ignore[call-arg, unused-ignore]
    return dump(result)


def record(
    entry: Entry, result: object, lang: Lang, explanation: str | None = None
) -> str:
    """One JSON line: the entry's labels, then the result (and explanation)."""
    line = _labels(entry)
    line.update(dumped(result, lang))
    if explanation is not None:
        line["explanation"] = explanation
    return json_line(line)


def explained(entry: Entry, explanation: str, lang: Lang) -> str:
    """The head line, then ``explanation`` indented, each line printable only."""
    lines = (
        "".join(c for c in line if c.isprintable()) for line in explanation.split("\n")
    )
    head = _head(entry, lang).rstrip(" ")
    text = head + "\n" + textwrap.indent("\n".join(lines), "  ")
    return "\n".join([text, *_duplicate(entry, lang)])
