"""The ``kimlib`` command line (``kimlib`` or ``python -m kimlib``).

One function per subcommand, listed in :data:`COMMANDS`; a new subcommand
(assess, score, report) is a function that takes the parsed arguments and
returns the exit status, a function that adds its options, and one entry
in the table. Output is English by default, Indonesian with ``--lang id``.
Member names never appear in the output: a KIM is named by its ``id`` and
``name``, a problem by its field path.

Exit status: 0 success, 1 some input is invalid, 2 a usage error or an
unreadable file.

>>> main(["validate"])
sample_kims.jsonl:1: KIM-3673-0001 KIM Maju Bersama: valid
...
14 KIM(s) checked: 14 valid, 0 invalid
0
>>> main(["validate", "--lang", "id", "no/such/file.jsonl"])
0 KIM diperiksa: 0 valid, 0 tidak valid
2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

import attrs

from kimlib.errors import InvalidInput, KimlibError
from kimlib.io import load_kim, sample_path
from kimlib.messages import LANGS, Lang, check_lang, render
from kimlib.model import Kim

__all__ = ["COMMANDS", "Command", "build_parser", "main", "validate"]

#: How a source is named in the output when it is not a path.
_SHOWN = {"-": "<stdin>"}

#: The longest KIM name the text output shows (longer ones are cut).
_NAME_WIDTH = 80


@attrs.frozen
class Command:
    """A subcommand: its name, its help texts and the functions behind it.

    ``add_arguments(parser, lang)`` adds the subcommand's own options;
    ``run(args)`` does the work and returns the exit status.
    """

    name: str
    help_key: str
    description_key: str
    add_arguments: Callable[[argparse.ArgumentParser, Lang], None]
    run: Callable[[argparse.Namespace], int]


# --- reading KIM documents ------------------------------------------------------


@attrs.frozen
class _Entry:
    """One document read from a source: where it was and what came of it.

    ``kim`` is the loaded KIM, or ``None`` with the ``error`` saying why;
    ``kim_id`` and ``name`` label it in the output (from the raw document
    when it did not load).
    """

    source: str
    line: int
    kim_id: str | None
    name: str | None
    kim: Kim | None
    error: InvalidInput | None


@attrs.frozen
class _Unreadable:
    """A source that could not be read: its display name and the reason."""

    source: str
    reason: str


def _shown(value: object) -> str | None:
    """A document's id or name as printed: one line, printable, not too long."""
    if not isinstance(value, str):
        return None
    text = "".join(c for c in " ".join(value.split()) if c.isprintable())
    if len(text) > _NAME_WIDTH:
        text = text[: _NAME_WIDTH - 1] + "…"
    return text or None


def _labels_of(raw: bytes) -> tuple[str | None, str | None]:
    """The id and name of a document that did not load, when it has them."""
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError):
        return None, None
    if not isinstance(document, dict):
        return None, None
    return _shown(document.get("id")), _shown(document.get("name"))


def _entry(source: str, line: int, raw: bytes, *, ignore_unknown: bool) -> _Entry:
    try:
        kim = load_kim(raw, ignore_unknown=ignore_unknown)
    except InvalidInput as error:
        kim_id, name = _labels_of(raw)
        return _Entry(source, line, kim_id, name, None, error)
    return _Entry(source, line, _shown(kim.id), _shown(kim.name), kim, None)


@contextmanager
def _open(file: str | None) -> Iterator[Iterable[bytes | str]]:
    """The lines of a source: a path, ``-`` (stdin) or None (the sample).

    Lines are bytes, except from a text-only stdin (one without ``buffer``).
    """
    if file == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        yield sys.stdin if buffer is None else buffer
        return
    with (sample_path() if file is None else Path(file)).open("rb") as handle:
        yield handle


def _read(
    files: Sequence[str], *, ignore_unknown: bool = False
) -> Iterator[_Entry | _Unreadable]:
    """Every document of ``files`` (none: the bundled sample), in order.

    Blank lines are skipped. A source that cannot be read gives an
    ``_Unreadable`` after the documents read before the failure, and reading
    goes on with the next source.
    """
    sources: list[str | None] = [*files] or [None]
    for file in sources:
        shown = sample_path().name if file is None else _SHOWN.get(file, file)
        try:
            with _open(file) as handle:
                for line, raw in enumerate(handle, start=1):
                    data = raw if isinstance(raw, bytes) else raw.encode()
                    if data.strip():
                        yield _entry(shown, line, data, ignore_unknown=ignore_unknown)
        except OSError as error:
            yield _Unreadable(shown, error.strerror or type(error).__name__)


# --- output -----------------------------------------------------------------------


def _write(text: str, stream: IO[str] | None = None) -> None:
    (stream or sys.stdout).write(text + "\n")


def _label(entry: _Entry, lang: Lang) -> str:
    parts = [p for p in (entry.kim_id, entry.name) if p]
    return " ".join(parts) or render("cli.no_id", lang)


def _as_text(entry: _Entry, lang: Lang) -> str:
    head = f"{entry.source}:{entry.line}: {_label(entry, lang)}: "
    if entry.error is None:
        return head + render("cli.valid", lang)
    problems = entry.error.problems
    lines = [head + render("cli.invalid", lang, count=len(problems))]
    lines += [f"  {p.path or '$'}: {p.reason(lang)}" for p in problems]
    return "\n".join(lines)


def _as_json(entry: _Entry, lang: Lang) -> str:
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
    return json.dumps(record, ensure_ascii=False)


# --- subcommands ------------------------------------------------------------------


def _validate_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help=render("cli.arg.files", lang)
    )
    parser.add_argument(
        "--ignore-unknown",
        action="store_true",
        help=render("cli.arg.ignore_unknown", lang),
    )


def validate(args: argparse.Namespace) -> int:
    """``kimlib validate [FILE ...]``: is each KIM document well formed?

    Prints, per document, its line, id and name and "valid" or every problem
    (field path and reason). Returns 0 when all are valid, 1 when some are
    not, 2 when a file cannot be read.
    """
    lang = check_lang(getattr(args, "lang", "en"))
    show = _as_json if getattr(args, "format", "text") == "json" else _as_text
    total = invalid = unreadable = 0
    for item in _read(args.files, ignore_unknown=args.ignore_unknown):
        if isinstance(item, _Unreadable):
            unreadable += 1
            message = render(
                "cli.unreadable", lang, file=item.source, reason=item.reason
            )
            _write(f"kimlib: {message}", sys.stderr)
            continue
        total += 1
        invalid += item.error is not None
        _write(show(item, lang))
    if show is _as_text:
        summary = render(
            "cli.summary", lang, total=total, valid=total - invalid, invalid=invalid
        )
        _write(summary)
    if unreadable:
        return 2
    return 1 if invalid else 0


#: Every subcommand, in the order ``kimlib --help`` lists them.
COMMANDS: tuple[Command, ...] = (
    Command(
        name="validate",
        help_key="cli.validate.help",
        description_key="cli.validate.description",
        add_arguments=_validate_arguments,
        run=validate,
    ),
)


# --- the parser and the entry point -------------------------------------------------


def _add_lang(parser: argparse.ArgumentParser, lang: Lang) -> None:
    # SUPPRESS: an option given before the subcommand is not reset by the
    # subcommand's default.
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=argparse.SUPPRESS,
        help=render("cli.arg.lang", lang),
    )


def build_parser(lang: Lang = "en") -> argparse.ArgumentParser:
    """The argument parser of ``kimlib``, its help texts in ``lang``."""
    parser = argparse.ArgumentParser(
        prog="kimlib",
        description=render("cli.description", lang),
        allow_abbrev=False,
    )
    _add_lang(parser, lang)
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    _add_lang(common, lang)
    common.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=render("cli.arg.format", lang),
    )
    commands = parser.add_subparsers(
        title=render("cli.commands", lang), dest="command", metavar="COMMAND"
    )
    commands.required = True
    for command in COMMANDS:
        sub = commands.add_parser(
            command.name,
            parents=[common],
            help=render(command.help_key, lang),
            description=render(command.description_key, lang),
            allow_abbrev=False,
        )
        command.add_arguments(sub, lang)
        sub.set_defaults(run=command.run)
    return parser


def _requested_lang(argv: Sequence[str]) -> Lang:
    """The ``--lang`` of ``argv`` if it is supported, for the help texts."""
    wanted = "en"
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            wanted = argv[i + 1]
        elif arg.startswith("--lang="):
            wanted = arg.partition("=")[2]
    return "id" if wanted == "id" else "en"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kimlib`` with ``argv`` (default: the process's arguments).

    Returns:
        The exit status: 0 success, 1 invalid input, 2 usage error or an
        unreadable file (argparse prints the usage message).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang = _requested_lang(arguments)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exit_:  # --help (0) or a usage error (2)
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        status: int = args.run(args)
    except KimlibError as error:
        _write(f"kimlib: {error.message(lang)}", sys.stderr)
        return 2
    except BrokenPipeError:  # the reader left early (``kimlib validate | head``)
        _silence_stdout()
        return 1
    return status


def _silence_stdout() -> None:
    """Point stdout at the null device so the exit flush does not fail again."""
    with suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
