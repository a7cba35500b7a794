"""``kimlib template FILE.xlsx``: an empty registry workbook to fill in."""

from __future__ import annotations

import argparse

from kimlib.io import write_template
from kimlib.messages import Lang, check_lang, render

__all__ = ["template_arguments", "template_command"]


def template_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """The one argument of ``kimlib template``: the file to write."""
    parser.add_argument(
        "file", metavar="FILE.xlsx", help=render("cli.template.arg.file", lang)
    )


def template_command(args: argparse.Namespace) -> int:
    """Write the template workbook; prints where it went and returns 0."""
    lang = check_lang(getattr(args, "lang", "en"))
    path = write_template(args.file)
    print(render("report.written", lang, file=path))  # noqa: T201
    return 0
