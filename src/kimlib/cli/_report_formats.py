"""The outputs of ``kimlib report``: table, JSON, JSON Lines, CSV and Excel.

The table uses rich when it is installed and the output is a terminal, and
plain aligned text otherwise. ``csv`` and ``jsonl`` hold one row per KIM with
the columns of ``kimlib.frames.frame``; ``xlsx`` adds the summary and checks.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kimlib.errors import InvalidArgument
from kimlib.messages import Lang, render
from kimlib.report import SUMMARY_COLUMNS, Check, SummaryRow, record
from kimlib.report._page import (
    PICTURE_COLUMNS,
    check_text,
    picture_cells,
    summary_cells,
)

#: The most KIMs the table lists with their mapping and indicator trends.
PICTURE_ROWS = 500

__all__ = ["render_text", "write_xlsx"]


def render_text(
    format_: str,
    *,
    rows: Sequence[Any],
    summary: Sequence[SummaryRow],
    checks: Sequence[Check],
    rules: Sequence[str],
    lang: Lang,
) -> str:
    if format_ == "json":
        document = {
            "summary": [s.as_dict() for s in summary],
            "kims": [record(r, rules) for r in rows],
            "checks": [c.as_dict() for c in checks],
        }
        return json.dumps(document, ensure_ascii=False)
    if format_ == "jsonl":
        return "\n".join(json.dumps(record(r, rules), ensure_ascii=False) for r in rows)
    if format_ == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        first = True
        for row in rows:
            values = record(row, rules)
            if first:
                writer.writerow(values)
                first = False
            writer.writerow(["" if v is None else v for v in values.values()])
        return buffer.getvalue()
    if format_ == "table":
        return _table(summary, checks, lang) + _pictures(rows, lang)
    return ""


def _aligned(heads: Sequence[str], cells: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(heads)]
    return [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in (heads, *cells)
    ]


def _pictures(rows: Sequence[Any], lang: Lang) -> str:
    """The KIMs with a mapping placement or indicator trends, one line each."""
    cells: list[list[str]] = []
    more = 0
    for row in rows:
        found = picture_cells(row, lang)
        if found is None:
            continue
        if len(cells) < PICTURE_ROWS:
            cells.append(found)
        else:
            more += 1
    if not cells:
        return ""
    heads = [render(f"report.column.{c}", lang) for c in PICTURE_COLUMNS]
    lines = ["", "", render("report.pictured", lang) + ":", *_aligned(heads, cells)]
    if more:
        lines.append(render("report.html.more", lang, count=more))
    return "\n".join(lines)


def _table(summary: Sequence[SummaryRow], checks: Sequence[Check], lang: Lang) -> str:
    heads = [render(f"report.column.{c}", lang) for c in SUMMARY_COLUMNS]
    cells = [summary_cells(row, lang) for row in summary]
    if sys.stdout.isatty():  # pragma: no cover - a terminal, not in tests
        shown = _rich_table(heads, cells, checks, lang)
        if shown is not None:
            return shown
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(heads)]
    lines = [
        "  ".join(
            h.ljust(w) if i == 0 else h.rjust(w)
            for i, (h, w) in enumerate(zip(heads, widths, strict=True))
        )
    ]
    lines += [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in cells
    ]
    lines.append("")
    lines.append(render("report.checks", lang) + ":")
    if checks:
        lines += [f"  {check_text(c, lang)}" for c in checks]
    else:
        lines.append(f"  {render('report.no_checks', lang)}")
    return "\n".join(lines)


def _rich_table(  # pragma: no cover - a terminal, not in tests
    heads: Sequence[str],
    cells: Sequence[Sequence[str]],
    checks: Sequence[Check],
    lang: Lang,
) -> str | None:
    try:
        from rich.console import Console  # noqa: PLC0415 - optional
        from rich.table import Table  # noqa: PLC0415
    except ModuleNotFoundError:
        return None
    table = Table(title=render("report.summary", lang))
    for index, head in enumerate(heads):
        table.add_column(
            head, justify="left" if index == 0 else "right", no_wrap=index == 0
        )
    for row in cells:
        table.add_row(*row)
    console = Console(file=io.StringIO(), force_terminal=True, width=Console().width)
    console.print(table)
    console.print(render("report.checks", lang) + ":")
    for line in [check_text(c, lang) for c in checks] or [
        render("report.no_checks", lang)
    ]:
        console.print(f"  {line}", markup=False, highlight=False)
    output = console.file
    assert isinstance(output, io.StringIO)  # noqa: S101
    return output.getvalue()


def write_xlsx(
    path: Path,
    *,
    rows: Sequence[Any],
    summary: Sequence[SummaryRow],
    checks: Sequence[Check],
    rules: Sequence[str],
    lang: Lang,
) -> None:
    try:
        import openpyxl  # noqa: PLC0415 - an optional extra
    except ModuleNotFoundError:  # pragma: no cover - the test extra has it
        raise InvalidArgument.of("workbook.needs_openpyxl") from None
    book = openpyxl.Workbook(write_only=True)
    kims = book.create_sheet("kim")
    first = True
    for row in rows:
        values = record(row, rules)
        if first:
            kims.append(list(values))
            first = False
        kims.append(list(values.values()))
    sheet = book.create_sheet("ringkasan" if lang == "id" else "summary")
    items = [s.as_dict() for s in summary]
    if items:
        sheet.append(list(items[0]))
        for item in items:
            sheet.append(list(item.values()))
    found = book.create_sheet("pemeriksaan" if lang == "id" else "checks")
    found.append(["kind", "lines", "kim_id", "kim_name", "region", "text"])
    for check in checks:
        item = check.as_dict()
        found.append(
            [
                item["kind"],
                ", ".join(str(n) for n in check.lines),
                item["kim_id"],
                item["kim_name"],
                item["region"],
                check_text(check, lang),
            ]
        )
    book.save(path)
