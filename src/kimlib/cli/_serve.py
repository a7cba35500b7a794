"""``kimlib serve``: the web API for portals (needs the ``web`` extra)."""

from __future__ import annotations

import argparse
import sys

from kimlib.cli import _output
from kimlib.messages import Lang, render

__all__ = ["serve_arguments", "serve_command"]


def serve_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """The options of ``serve``."""
    parser.add_argument(
        "--host", default="127.0.0.1", help=render("cli.serve.arg.host", lang)
    )
    parser.add_argument(
        "--port", type=int, default=8000, help=render("cli.serve.arg.port", lang)
    )
    parser.add_argument(
        "--workers", type=int, default=1, help=render("cli.serve.arg.workers", lang)
    )
    parser.add_argument(
        "--profile",
        action="append",
        default=[],
        metavar="FILE",
        help=render("cli.serve.arg.profile", lang),
    )
    parser.add_argument(
        "--root-path", default="", help=render("cli.serve.arg.root_path", lang)
    )
    parser.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help=render("cli.serve.arg.cors_origin", lang),
    )


def serve_command(args: argparse.Namespace) -> int:
    """Run the server until interrupted.

    Returns 0 once stopped, 1 when the server could not start (uvicorn exits,
    e.g. when the port is in use), 2 for a bad option or a missing extra.
    """
    lang: Lang = getattr(args, "lang", "en")
    if not 0 <= args.port <= 65535:  # noqa: PLR2004
        _output.write(f"kimlib: {render('cli.serve.bad_port', lang)}", sys.stderr)
        return 2
    if args.workers < 1:
        _output.write(f"kimlib: {render('cli.serve.bad_workers', lang)}", sys.stderr)
        return 2
    try:
        from kimlib.web._serve import serve  # noqa: PLC0415
    except ModuleNotFoundError:
        _output.write(f"kimlib: {render('cli.serve.missing_extra', lang)}", sys.stderr)
        return 2
    try:
        serve(
            host=args.host,
            port=args.port,
            workers=args.workers,
            profiles=args.profile,
            root_path=args.root_path,
            cors_origins=args.cors_origin,
        )
    except SystemExit as stop:  # uvicorn could not start; its log says why
        return 0 if stop.code in (0, None) else 1
    return 0
