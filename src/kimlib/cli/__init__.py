"""The ``kimlib`` command line (``kimlib`` or ``python -m kimlib``).

One function per subcommand (in :mod:`kimlib.cli._commands`), listed in
:data:`COMMANDS`; a new subcommand (such as report) is a function that
takes the parsed arguments and returns the exit status, a function that
adds its options, and one entry in the table. Output is English by
default, Indonesian with ``--lang id``. Member names never appear in the
output: a KIM is named by its ``id`` and ``name``, a problem by its field
path.

Exit status (the same for every subcommand, and in ``kimlib --help``):

- 0: every document is valid (and, for ``assess``, every KIM is eligible);
- 1: some document is invalid, or a KIM id is used twice in one file;
- 2: a usage error, a bad argument, a date before any KIM rule, or a file
  that cannot be read;
- 3: (``assess``) every document is valid, but some KIM is not eligible
  (ineligible, incomplete, or not under a requirement in force).

>>> main(["validate"])
sample_kims.jsonl:1: KIM-3673-0001 KIM Maju Bersama: valid
...
14 KIM(s) checked: 14 valid, 0 invalid
0
>>> main(["validate", "--lang", "id", "no/such/file.jsonl"])
0 KIM diperiksa: 0 sesuai format, 0 tidak sesuai format
2

``assess`` applies the rules in force on a date (default: today in each
KIM's time zone) and exits 3 when some KIM is not eligible:

>>> main(["assess", "--on", "2025-04-17"])
sample_kims.jsonl:1: KIM-3673-0001 KIM Maju Bersama: eligible (meets the KIM ...: yes)
sample_kims.jsonl:2: KIM-3673-0002 KIM Cahaya Pesisir: ineligible (meets ...: yes)
  [fail] No civil servant on the board: ...
  remedy: the chair is a civil servant: appoint another chair
...
14 KIM(s) assessed: 8 eligible, 4 ineligible, 2 incomplete, 0 not in force, 0 invalid
3

``score`` gives each KIM's ADINDA score over a period (default: the current
quarter in the KIM's time zone):

>>> main(["score", "--period", "2025Q1"])
sample_kims.jsonl:1: KIM-3673-0001 KIM Maju Bersama: 51.1/100 (2025 Q1)
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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress

import attrs

from kimlib import __version__
from kimlib.cli import _commands, _output, _redact, _report, _serve, _template
from kimlib.cli._commands import (
    EXIT_INVALID,
    EXIT_NOT_ELIGIBLE,
    EXIT_OK,
    EXIT_USAGE,
    assess_command,
    score_command,
    validate,
)
from kimlib.errors import InvalidArgument, KimlibError
from kimlib.messages import LANGS, Lang, check_lang, render
from kimlib.messages._cli import ARGPARSE

__all__ = [
    "COMMANDS",
    "EXIT_INVALID",
    "EXIT_NOT_ELIGIBLE",
    "EXIT_OK",
    "EXIT_USAGE",
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
    ``run(args)`` does the work and returns the exit status. ``formats``
    says whether it takes the shared ``--format text|json`` (``serve``,
    ``template`` and ``redact`` print no results, so they do not).
    """

    name: str
    add_arguments: Callable[[argparse.ArgumentParser, Lang], None]
    run: Callable[[argparse.Namespace], int]
    formats: bool = True

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
    Command(
        name="report",
        add_arguments=_report.report_arguments,
        run=_report.report_command,
    ),
    Command(
        name="template",
        add_arguments=_template.template_arguments,
        run=_template.template_command,
        formats=False,
    ),
    Command(
        name="serve",
        add_arguments=_serve.serve_arguments,
        run=_serve.serve_command,
        formats=False,
    ),
    Command(
        name="redact",
        add_arguments=_redact.arguments,
        run=_redact.run,
        formats=False,
    ),
)


def _add_lang(parser: argparse.ArgumentParser, lang: Lang) -> None:
    # SUPPRESS: an option given before the subcommand is not reset by the
    # subcommand's default.
    parser.add_argument(
        "--lang",
        type=_language(lang),
        metavar="{" + ",".join(LANGS) + "}",
        default=argparse.SUPPRESS,
        help=render("cli.arg.lang", lang),
    )


def _language(lang: Lang) -> Callable[[str], Lang]:
    """``--lang``'s type: a language code or a locale tag (``id-ID``, ``en_GB``).

    A value that is neither is refused in ``lang``, the language of the help.
    """

    def language(value: str) -> Lang:
        try:
            return check_lang(value)
        except InvalidArgument as error:
            raise argparse.ArgumentTypeError(error.message(lang)) from None

    return language


def _add_help(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument(
        "-h", "--help", action="help", help=render("cli.arg.help", lang)
    )


def _translated(lang: Lang) -> Callable[[str], str]:
    """The gettext of argparse in ``lang``: its messages as kimlib says them."""
    table = {text.en: text.get(lang) for text in ARGPARSE.values()}
    return lambda message: table.get(message, message)


@contextmanager
def _argparse_speaks(lang: Lang) -> Iterator[None]:
    """The words of argparse itself (``usage:``, ``error:`` ...) in ``lang``.

    argparse looks its messages up through its module's ``_`` (gettext) when
    it builds a parser and when it reports an error; this points that at
    kimlib's catalogue and puts it back afterwards.
    """
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = _translated(lang)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


def build_parser(lang: Lang = "en") -> argparse.ArgumentParser:
    """The argument parser of ``kimlib``, its help texts in ``lang``."""
    with _argparse_speaks(lang):
        parser = argparse.ArgumentParser(
            prog="kimlib",
            description=render("cli.description", lang),
            epilog=render("cli.exit_status", lang),
            allow_abbrev=False,
            add_help=False,
        )
        _add_help(parser, lang)
        parser.add_argument(
            "--version",
            action="version",
            version=f"kimlib {__version__}",
            help=render("cli.arg.version", lang),
        )
        _add_lang(parser, lang)
        bare = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
        _add_lang(bare, lang)
        common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
        _add_lang(common, lang)
        common.add_argument(
            "--format",
            choices=("text", "json"),
            default="text",
            help=render("cli.arg.format", lang),
        )
        commands = parser.add_subparsers(
            title=render("cli.commands", lang),
            dest="command",
            metavar=render("cli.metavar.command", lang),
        )
        commands.required = True
        for command in COMMANDS:
            sub = commands.add_parser(
                command.name,
                parents=[common if command.formats else bare],
                help=render(command.help_key, lang),
                description=render(command.description_key, lang),
                epilog=render("cli.exit_status", lang),
                allow_abbrev=False,
                add_help=False,
            )
            _add_help(sub, lang)
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
    try:
        return check_lang(wanted)
    except InvalidArgument:  # argparse says so, in English
        return "en"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kimlib`` with ``argv`` (default: the process's arguments).

    Returns:
        The exit status: :data:`EXIT_OK`, :data:`EXIT_INVALID` (some document
        is invalid or a KIM id repeats), :data:`EXIT_USAGE` (a usage error, a
        bad argument, no rule in force, an unreadable file) or
        :data:`EXIT_NOT_ELIGIBLE` (assess: some KIM is not eligible).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang = _requested_lang(arguments)
    parser = build_parser(lang)
    try:
        with _argparse_speaks(lang):
            args = parser.parse_args(arguments)
    except SystemExit as exit_:  # --help, --version (0) or a usage error (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        status: int = args.run(args)
    except KimlibError as error:
        _output.write(f"kimlib: {error.message(lang)}", sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader left early (``kimlib validate | head``)
        _silence_stdout()
        return 1
    return status


def _silence_stdout() -> None:
    """Point stdout at the null device so the exit flush does not fail again."""
    with suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
