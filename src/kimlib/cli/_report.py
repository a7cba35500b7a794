"""``kimlib report``: assess and score a registry, then summarise it per region.

Reads JSON Lines, .xlsx, .csv, .zip or a folder of CSV files (default: the
bundled sample) and writes a table (the terminal), JSON, JSON Lines, CSV,
an Excel workbook or a self-contained HTML page. A progress line appears on
stderr when a run lasts more than a second and stderr is a terminal.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import pendulum

from kimlib._validation import check_date
from kimlib.adinda import parse_period, score
from kimlib.cli._report_formats import render_text, write_xlsx
from kimlib.errors import InvalidArgument
from kimlib.io import SourceDocument, read_registry, sample_path
from kimlib.messages import Lang, check_lang, render
from kimlib.report import (
    check_registry,
    evaluate,
    html_page,
    rule_ids,
    summarise,
)
from kimlib.rules import ProfileRegistry, assess, default_registry, load_profile

__all__ = ["report_arguments", "report_command"]

FORMATS = ("table", "json", "jsonl", "csv", "xlsx", "html")
#: The most KIMs the HTML report details (the summary covers them all).
HTML_DETAILS = 500
#: Seconds before the progress line appears.
_QUIET_FOR = 1.0


def report_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """The options of ``kimlib report`` (its ``--format`` replaces the common one)."""
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help=render("cli.arg.registry_files", lang)
    )
    parser.add_argument(
        "--on",
        metavar="YYYY-MM-DD",
        default=None,
        help=render("cli.report.arg.on", lang),
    )
    parser.add_argument(
        "--period",
        metavar="SPEC",
        default=None,
        help=render("cli.report.arg.period", lang),
    )
    parser.add_argument(
        "--by",
        choices=("province", "regency", "district"),
        default="regency",
        help=render("cli.report.arg.by", lang),
    )
    parser.add_argument(
        "--indicators",
        metavar="BEFORE,AFTER",
        default=None,
        help=render("cli.report.arg.indicators", lang),
    )
    parser.add_argument(
        "--profile",
        metavar=render("cli.metavar.file", lang),
        default=None,
        help=render("cli.arg.profile", lang),
    )
    _own_format(parser, lang)
    parser.add_argument(
        "--output",
        metavar="FILE",
        default=None,
        help=render("cli.report.arg.output", lang),
    )
    parser.add_argument(
        "--region",
        metavar="CODE",
        default=None,
        help=render("cli.report.arg.region", lang),
    )


def _today() -> dt.date:
    """Today in western Indonesia, for a report without ``--on``."""
    return pendulum.today("Asia/Jakarta").date()


def _own_format(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """Give report its own ``--format`` in place of the one all commands share.

    The shared action object belongs to every subcommand (argparse parents),
    so it is copied, never changed.
    """
    shared = parser._option_string_actions["--format"]  # noqa: SLF001
    own = copy.copy(shared)
    own.choices = FORMATS
    own.default = "table"
    own.help = render("cli.report.arg.format", lang)
    parser._option_string_actions["--format"] = own  # noqa: SLF001
    for actions in (
        parser._actions,  # noqa: SLF001
        *(group._group_actions for group in parser._action_groups),  # noqa: SLF001
    ):
        for index, action in enumerate(actions):
            if action is shared:
                actions[index] = own


class _Progress:
    """A progress line on stderr after a second, only when stderr is a terminal."""

    def __init__(self, total: int | None, stream: IO[str]) -> None:
        self.total = total
        self.stream = stream
        self.live = stream.isatty()
        self.start = time.monotonic()
        self.last = 0.0
        self.count = 0
        self.shown = False

    def step(self) -> None:
        self.count += 1
        if not self.live or self.count % 64:
            return
        now = time.monotonic()
        if now - self.start < _QUIET_FOR or now - self.last < 0.1:  # noqa: PLR2004
            return
        self.last = now
        self.shown = True
        if self.total:
            done = min(1.0, self.count / self.total)
            bar = "█" * int(30 * done) + "·" * (30 - int(30 * done))
            text = f"\r{bar} {self.count}/{self.total} KIM"
        else:
            text = f"\r{self.count} KIM …"
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _count_lines(path: Path) -> int | None:
    """The lines of a JSON Lines file (the progress bar's total), if it has any."""
    if path.suffix.lower() in {".xlsx", ".csv", ".zip"} or path.is_dir():
        return None
    lines = 0
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                lines += block.count(b"\n")
    except OSError:  # reported when the file is read
        return None
    return lines


def _documents(files: Sequence[str]) -> Iterator[SourceDocument]:
    for file in files or [str(sample_path())]:
        if file == "-":
            stdin = getattr(sys.stdin, "buffer", sys.stdin)
            for line, raw in enumerate(stdin, start=1):
                data = raw if isinstance(raw, bytes) else raw.encode()
                if data.strip():
                    yield SourceDocument(line, data)
        else:
            yield from read_registry(file)


def _kept(
    documents: Iterable[SourceDocument], keep: list[SourceDocument], progress: _Progress
) -> Iterator[SourceDocument]:
    for document in documents:
        progress.step()
        if len(keep) < HTML_DETAILS:
            keep.append(document)
        yield document


def report_command(args: argparse.Namespace) -> int:
    """``kimlib report [FILE ...]``: outcomes, scores and a summary per region.

    Returns 0 when done, 1 when some document is invalid or a registry check
    found something (duplicate ids or names, a KIM outside ``--region``).

    Raises:
        InvalidArgument: a bad option or an unreadable file.
        InvalidInput: a workbook whose layout is wrong.
    """
    lang = check_lang(getattr(args, "lang", "en"))
    on = None if args.on is None else check_date("--on", args.on)
    period = None if args.period is None else parse_period(args.period)
    if args.format == "xlsx" and args.output is None:
        raise InvalidArgument.of("cli.report.needs_output")
    indicators = _indicator_periods(getattr(args, "indicators", None))
    registry = default_registry()
    if getattr(args, "profile", None) is not None:  # its regions use the file's rules
        registry = registry.with_profile(load_profile(Path(args.profile)))
    total = None
    if sys.stderr.isatty():
        total = (
            sum(
                _count_lines(Path(f)) or 0 for f in (args.files or [str(sample_path())])
            )
            or None
        )
    progress = _Progress(total, sys.stderr)
    keep: list[SourceDocument] = []
    try:
        documents = _kept(_documents(args.files), keep, progress)
        rows = list(
            evaluate(
                documents,
                on=on or _today(),
                period=period,
                registry=registry,
                mapping_on=on or _today(),
                indicators=indicators,
            )
        )
    finally:
        progress.close()
    summary = summarise(rows, by=args.by)
    checks = check_registry(rows, args.region)
    rules = rule_ids()
    on_text = (on or _today()).isoformat()
    period_text = None if period is None else period.label
    if args.format == "xlsx":
        write_xlsx(
            Path(args.output),
            rows=rows,
            summary=summary,
            checks=checks,
            rules=rules,
            lang=lang,
        )
    else:
        text = render_text(
            args.format,
            rows=rows,
            summary=summary,
            checks=checks,
            rules=rules,
            lang=lang,
        )
        if args.format == "html":
            details = _details(rows, keep, on or _today(), period, registry)
            text = html_page(
                summary,
                checks,
                details,
                lang=lang,
                on=on_text,
                period=period_text,
                total=len(rows),
                shown=min(len(rows), HTML_DETAILS),
            )
        if args.output is None:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
        else:
            Path(args.output).write_text(text, encoding="utf-8")
    invalid = any(row.outcome is None for row in rows)
    return 1 if invalid or checks else 0


def _indicator_periods(text: str | None) -> tuple[str, str] | None:
    """``"2025Q1,2025Q2"`` -> ``("2025Q1", "2025Q2")``; ``None`` stays ``None``."""
    if text is None:
        return None
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != 2 or not all(parts):  # noqa: PLR2004 - before and after
        raise InvalidArgument.of("cli.report.bad_indicators", value=repr(text)[:40])
    return parts[0], parts[1]


def _details(
    rows: Sequence[Any],
    keep: Sequence[SourceDocument],
    on: dt.date,
    period: object,
    registry: ProfileRegistry,
) -> Iterator[tuple[Any, Any, Any]]:
    for row, document in zip(rows, keep, strict=False):
        if row.outcome is None:
            yield row, None, None
            continue
        kim = document.load()
        report = None if period is None else score(kim, period)
        yield row, assess(kim, on, registry=registry), report
