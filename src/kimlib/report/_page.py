"""The HTML report: one self-contained page (no script, font or network).

The summary table per region, the registry checks, then per KIM its
outcome, each finding with its source sentence, the remedies and an ADINDA
radar chart. Everything is escaped; no member name or NIK appears.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from kimlib._html import STYLE, report_html, verdict_html
from kimlib.indicators import Indicator, Trend
from kimlib.messages import check_lang, render
from kimlib.report._summary import Check, SummaryRow
from kimlib.stakeholders import DEFAULT_GRID, Engagement, Level, MappingAxis

__all__ = [
    "SUMMARY_COLUMNS",
    "check_text",
    "html_page",
    "picture_cells",
    "picture_html",
    "summary_cells",
]

#: The columns of the per-KIM mapping and indicator table, in order.
PICTURE_COLUMNS = ("kim_id", "kim_name", "engagement", "trends")

#: The summary columns shown in tables, in order.
SUMMARY_COLUMNS = (
    "name",
    "kims",
    "eligible",
    "ineligible",
    "incomplete",
    "not_in_force",
    "invalid",
    "mean_total",
    "median_total",
    "coverage",
    "engagement",
    "trends",
)


def _number(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "id" else text


def summary_cells(row: SummaryRow, lang: str) -> list[str]:
    """A summary row's cells as text, in :data:`SUMMARY_COLUMNS` order."""
    name = row.name or render("report.unknown_region", lang)
    if row.region is not None:
        name = f"{name} ({row.region})"
    coverage = "–"
    if row.coverage is not None:
        share = _number(100 * row.coverage, lang)
        coverage = f"{row.villages_with_kim}/{row.villages} ({share} %)"
    return [
        name,
        str(row.kims),
        str(row.eligible),
        str(row.ineligible),
        str(row.incomplete),
        str(row.not_in_force),
        str(row.invalid),
        _number(row.mean_total, lang),
        _number(row.median_total, lang),
        coverage,
        _counts([(e.label(lang), getattr(row, e.value)) for e in Engagement]),
        _counts([(t.label(lang), getattr(row, t.value)) for t in Trend]),
    ]


def _counts(pairs: Sequence[tuple[str, int]]) -> str:
    """``Mitra utama 1 · Libatkan 2`` (the counts that are not zero), or ``–``."""
    return " · ".join(f"{label} {count}" for label, count in pairs if count) or "–"


def _score(value: float, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "id" else text


_AXES = (
    ("interest", MappingAxis.KETERTARIKAN),
    ("influence", MappingAxis.PENGARUH),
    ("power", MappingAxis.KEKUATAN),
)


def picture_cells(row: Any, lang: str) -> list[str] | None:  # noqa: ANN401
    """A KIM's id, name, engagement and trends as text; ``None`` without any.

    The trends name only the indicators with data in both periods
    (``Kualitas hidup: Menurun; …``).
    """
    engagement = getattr(row, "engagement", None)
    trends = {k: v for k, v in (getattr(row, "trends", None) or {}).items() if v}
    if engagement is None and not trends:
        return None
    moved = "; ".join(
        f"{Indicator(key).label(lang)}: {Trend(value).label(lang)}"
        for key, value in trends.items()
    )
    return [
        row.kim_id or "–",
        row.kim_name or "–",
        "–" if engagement is None else Engagement(engagement).label(lang),
        moved or "–",
    ]


def picture_html(row: Any, lang: str) -> str:  # noqa: ANN401
    """A KIM's grid cell and engagement, and its indicator trends, as HTML.

    Empty when the row was asked for neither (no ``engagement`` nor
    ``trends``); the cell is read on the default grid.
    """
    language = check_lang(lang)
    engagement = getattr(row, "engagement", None)
    trends = getattr(row, "trends", None)
    parts: list[str] = []
    if engagement is not None:
        cells = []
        for field, axis in _AXES:
            score = getattr(row, field)
            level = DEFAULT_GRID.level(axis, score)
            cells.append(
                f"<td>{escape(axis.label(language))}</td>"
                f"<td>{escape(Level(level).label(language))}</td>"
                f"<td class=n>{escape(_score(score, language))}</td>"
            )
        rows = "".join(f"<tr>{c}</tr>" for c in cells)
        label = Engagement(engagement).label(language).lower()  # mid-sentence
        parts += [
            f'<h4 class="mapping">{escape(render("report.mapping", language))}</h4>',
            f"<p>{escape(render('report.engagement', language, engagement=label))}</p>",
            f"<table class=cell>{rows}</table>",
        ]
    if trends is not None:
        items = []
        for indicator in Indicator:
            trend = trends.get(indicator)
            shown = (
                render("report.trend_none", language)
                if trend is None
                else Trend(trend).label(language)
            )
            items.append(
                f"<tr><td>{escape(indicator.label(language))}</td>"
                f"<td class=trend>{escape(shown)}</td></tr>"
            )
        parts += [
            f'<h4 class="trends">{escape(render("report.trends", language))}</h4>',
            f"<table>{''.join(items)}</table>",
        ]
    return "".join(parts)


def check_text(check: Check, lang: str) -> str:
    """A registry check in words."""
    return render(
        f"report.check.{check.kind.value}",
        lang,
        kim_id=check.kim_id or "–",
        kim_name=check.kim_name or check.kim_id or "–",
        region=check.region or "–",
        lines=", ".join(str(n) for n in check.lines),
    )


def _table(heads: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in heads)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{' class=n' if i else ''}>{escape(c)}</td>" for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<div class=wide><table><tr>{head}</tr>{body}</table></div>"


def html_page(
    summary: Sequence[SummaryRow],
    checks: Sequence[Check],
    details: Iterable[tuple[Any, Any, Any]],
    *,
    lang: str,
    on: str,
    period: str | None,
    total: int,
    shown: int,
) -> str:
    """The whole report page; ``details`` are (row, verdict, report) per KIM.

    ``verdict`` is ``None`` for an invalid document, ``report`` ``None``
    without a period; ``shown`` of ``total`` KIMs have details.
    """
    language = check_lang(lang)
    title = render("report.title", language)
    if period is None:
        subtitle = render("report.subtitle_no_period", language, on=on)
    else:
        subtitle = render("report.subtitle", language, on=on, period=period)
    heads = [render(f"report.column.{c}", language) for c in SUMMARY_COLUMNS]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{STYLE}",
        "body{margin:0 auto;padding:.75rem}</style></head>",
        '<body class="kimlib">',
        f"<h1>{escape(title)}</h1><p>{escape(subtitle)}</p>",
        f'<h2 id="summary">{escape(render("report.summary", language))}</h2>',
        _table(heads, (summary_cells(r, language) for r in summary)),
        f'<h2 id="checks">{escape(render("report.checks", language))}</h2>',
    ]
    if checks:
        items = "".join(f"<li>{escape(check_text(c, language))}</li>" for c in checks)
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(f"<p>{escape(render('report.no_checks', language))}</p>")
    parts.append(f'<h2 id="kims">{escape(render("report.kims", language))}</h2>')
    if shown < total:
        sampled = render("report.sampled", language, shown=shown, total=total)
        parts.append(f"<p>{escape(sampled)}</p>")
    for row, verdict, report in details:
        label = " · ".join(str(v) for v in (row.kim_id, row.kim_name) if v) or "–"
        parts.append(f'<section class="kim"><h3>{escape(label)}</h3>')
        if verdict is None:
            parts.append(f"<h4>{escape(render('report.problems', language))}</h4><ul>")
            parts.extend(
                f"<li>{escape(p.describe(language))}</li>" for p in row.problems
            )
            parts.append("</ul>")
        else:
            parts.append(verdict_html(verdict, language))
            parts.append(picture_html(row, language))
            if report is not None:
                parts.append(report_html(report, language))
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)
