"""The ``kimlib`` command line (``kimlib`` or ``python -m kimlib``).

One function per subcommand (in :mod:`kimlib.cli._commands`), listed in
:data:`COMMANDS`; a new subcommand (such as report) is a function that
takes the parsed arguments and returns the exit status, a function that
adds its options, and one entry in the table. Output is English by
default, Indonesian with ``--lang id``. Member names never appear in the
output: a KIM is named by its ``id`` and ``name``, a problem by its field
path.

Exit status: 0 success, 1 some input is invalid (for ``assess``, also: some
KIM is not eligible), 2 a usage error, a bad argument, a date before any KIM
rule or an unreadable file.

>>> main(["validate"])
sample_kims.jsonl:1: KIM-3673-0001 KIM Maju Bersama: valid
...
14 KIM(s) checked: 14 valid, 0 invalid
0
>>> main(["validate", "--lang", "id", "no/such/file.jsonl"])
0 KIM diperiksa: 0 valid, 0 tidak valid
2

``assess`` applies the rules in force on a date (default: today in each
KIM's time zone) and exits 1 when some KIM is not eligible:

>>> main(["assess", "--on", "2025-04-17"])
sample_kims.jsonl:1: KIM-3673-0001 KIM Maju Bersama: eligible (is a KIM: yes)
sample_kims.jsonl:2: KIM-3673-0002 KIM Cahaya Pesisir: ineligible (is a KIM: yes)
  board.not_civil_servant: fail — ...
  remedy: the chair is a civil servant: appoint another chair
...
14 KIM(s) assessed: 8 eligible, 6 not eligible, 0 invalid
1

``score`` gives each KIM's ADINDA score over a period (default: the current
quarter in the KIM's time zone):

>>> main(["score", "--period", "2025Q1"])
sample_kims.jsonl:1: KIM-3673-0001 KIM Maju Bersama: 51.1/100 (2025Q1)
  akses 4.4 · diskusi 4.4 · implementasi 4.4 · networking 4.4
  · diseminasi 8.9 · aspirasi 4.4; cycles 20
...
14 KIM(s) scored, 0 invalid
0
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress

import attrs

from kimlib.cli import _commands, _output, _redact
from kimlib.cli._commands import assess_command, score_command, validate
from kimlib.errors import KimlibError
from kimlib.messages import LANGS, Lang, render

__all__ = [
    "COMMANDS",
    "Command",
    "assess_command",
    "build_parser",
    "main",
    "score_command",
    "validate",
]


@attrs.frozen
class Command:
    """A subcommand: its name, its help texts and the functions behind it.

    ``add_arguments(parser, lang)`` adds the subcommand's own options;
    ``run(args)`` does the work and returns the exit status.
    """

    name: str
    add_arguments: Callable[[argparse.ArgumentParser, Lang], None]
    run: Callable[[argparse.Namespace], int]

    @property
    def help_key(self) -> str:
        """The catalogue key of the one-line help: ``cli.<name>.help``."""
        return f"cli.{self.name}.help"

    @property
    def description_key(self) -> str:
        """The catalogue key of the description: ``cli.<name>.description``."""
        return f"cli.{self.name}.description"


#: Every subcommand, in the order ``kimlib --help`` lists them.
COMMANDS: tuple[Command, ...] = (
    Command(
        name="validate",
        add_arguments=_commands.validate_arguments,
        run=validate,
    ),
    Command(
        name="assess",
        add_arguments=_commands.assess_arguments,
        run=assess_command,
    ),
    Command(
        name="score",
        add_arguments=_commands.score_arguments,
        run=score_command,
    ),
    Command(name="redact", add_arguments=_redact.arguments, run=_redact.run),
)


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
        _output.write(f"kimlib: {error.message(lang)}", sys.stderr)
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
