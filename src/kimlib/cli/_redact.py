"""``kimlib redact FILE``: a registry without personal data, to share.

Each valid document is written back as JSON Lines by
``kimlib.dump(kim, redact=True)``: without members' names and NIKs, party and
organisation names replaced by ``true``. An invalid document is not written
(it might hold personal data in a place kimlib cannot see); its problems go to
standard error, named by line and field path only. Exit status 0 when every
document was written, 1 when some were invalid, 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import io
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import msgspec

from kimlib.errors import InvalidArgument
from kimlib.io import dump, load_kims
from kimlib.messages import Lang, check_lang, render

__all__ = ["arguments", "run"]


def arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """The options of ``kimlib redact``."""
    parser.add_argument("file", metavar="FILE", help=render("cli.redact.file", lang))
    parser.add_argument(
        "-o", "--output", metavar="OUT", help=render("cli.redact.output", lang)
    )


class _TextOut(io.BytesIO):
    """A binary face for a text-only stdout (one without ``buffer``)."""

    def __init__(self, stream: IO[str]) -> None:
        """Write through to ``stream``."""
        super().__init__()
        self._stream = stream

    def write(self, data: Any) -> int:  # noqa: ANN401 - bytes-like
        """Decode and pass on."""
        return self._stream.write(bytes(data).decode("utf-8"))

    def flush(self) -> None:
        """Flush the text stream."""
        self._stream.flush()


def _source(file: str) -> Any:  # noqa: ANN401 - a path or a binary stream
    if file == "-":
        return getattr(sys.stdin, "buffer", sys.stdin)
    return Path(file)


def run(args: argparse.Namespace) -> int:
    """Write each valid document of ``args.file`` without personal data."""
    lang = check_lang(getattr(args, "lang", "en"))
    written = invalid = 0
    with ExitStack() as stack:
        out: IO[bytes]
        if args.output is None:
            out = getattr(sys.stdout, "buffer", None) or _TextOut(sys.stdout)
        else:
            try:
                out = stack.enter_context(Path(args.output).open("wb"))
            except OSError:
                raise InvalidArgument.of(
                    "argument.source_unreadable", value=repr(args.output)[:40]
                ) from None
        for result in load_kims(_source(args.file), errors="collect"):
            if result.kim is None:
                invalid += 1
                assert result.error is not None  # noqa: S101 - one or the other
                for problem in result.error.problems:
                    sys.stderr.write(f"{args.file}:{problem.describe(lang)}\n")
                continue
            out.write(msgspec.json.encode(dump(result.kim, redact=True)) + b"\n")
            written += 1
        out.flush()
    summary = render("cli.redact.summary", lang, written=written, invalid=invalid)
    sys.stderr.write(summary + "\n")
    return 1 if invalid else 0
