"""HTML fragments of results: verdicts, ADINDA reports, rows, radar charts.

Used by the ``_repr_html_`` of results (notebooks) and by the HTML report.
Every value is escaped; member names and NIKs never appear (findings name
roles). Results are read duck-typed, so this module imports nothing above
the catalogue of messages. The radar chart is hand-written SVG: no script,
no external file.

>>> svg = radar_svg(["a", "b", "c"], [[1.0, 0.5, 0.0]], size=100)
>>> svg.startswith("<svg") and "<polygon" in svg
True
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

from kimlib.messages import check_lang, render

__all__ = [
    "STYLE",
    "long_date",
    "radar_svg",
    "report_html",
    "repr_html",
    "rows_html",
    "stage_fractions",
    "verdict_html",
]

#: The style of every fragment and of the report page: readable on a phone.
STYLE = """
.kimlib{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
line-height:1.45;max-width:60rem;color:#1b1b1b}
.kimlib table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
.kimlib th,.kimlib td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;
vertical-align:top}
.kimlib td.n{text-align:right;font-variant-numeric:tabular-nums}
.kimlib .wide{overflow-x:auto;max-width:100%}
.kimlib .pass{color:#1a7f37}.kimlib .fail{color:#b42318}
.kimlib .unknown{color:#9a6700}.kimlib .advisory{color:#555}
.kimlib blockquote{margin:.2rem 0 .2rem 1rem;color:#444;font-size:.85rem}
.kimlib svg{max-width:100%;height:auto}
""".strip()

_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf")


def _point(size: float, index: int, count: int, fraction: float) -> tuple[float, float]:
    centre = size / 2
    radius = size * 0.34 * fraction
    angle = -math.pi / 2 + 2 * math.pi * index / count
    return centre + radius * math.cos(angle), centre + radius * math.sin(angle)


def _points(size: float, values: Sequence[float]) -> str:
    return " ".join(
        "{:.1f},{:.1f}".format(*_point(size, i, len(values), max(0.0, min(1.0, v))))
        for i, v in enumerate(values)
    )


def radar_svg(
    axes: Sequence[str],
    series: Sequence[Sequence[float]],
    *,
    size: int = 260,
    title: str = "",
) -> str:
    """An inline SVG radar: one axis per label, one polygon per series (0..1)."""
    count = len(axes)
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
            f'width="{size}" height="{size}" role="img" aria-label="{escape(title)}">'
        ),
        f"<title>{escape(title)}</title>",
    ]
    parts.extend(
        f'<polygon points="{_points(size, [ring] * count)}" fill="none" '
        'stroke="#ccc" stroke-width="1"/>'
        for ring in (0.25, 0.5, 0.75, 1.0)
    )
    for index, label in enumerate(axes):
        x, y = _point(size, index, count, 1.0)
        lx, ly = _point(size, index, count, 1.22)
        anchor = (
            "middle"
            if abs(lx - size / 2) < 1
            else ("start" if lx > size / 2 else "end")
        )
        parts.append(
            f'<line x1="{size / 2:.1f}" y1="{size / 2:.1f}" x2="{x:.1f}" y2="{y:.1f}" '
            'stroke="#ccc" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{lx:.1f}" y="{ly + 4:.1f}" font-size="11" '
            f'text-anchor="{anchor}">{escape(label)}</text>'
        )
    for number, values in enumerate(series):
        colour = _COLOURS[number % len(_COLOURS)]
        parts.append(
            f'<polygon points="{_points(size, values)}" fill="{colour}" '
            f'fill-opacity="0.25" stroke="{colour}" stroke-width="2"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def stage_fractions(by_stage: Mapping[Any, float], rubric: Any = None) -> list[float]:  # noqa: ANN401
    """Each stage's points as a share of its maximum (0..1), in cycle order.

    ``rubric`` (duck-typed: ``stage_weights``, ``cycle_share``) gives the
    maxima; without it, the stages share 80 points equally (kimlib's default).
    """
    stages = list(by_stage)
    if rubric is None:
        maxima = dict.fromkeys(stages, 80 / max(1, len(stages)))
    else:
        weights = rubric.stage_weights
        total = sum(weights.values()) or 1.0
        stage_points = 100 * (1 - rubric.cycle_share)
        maxima = {s: stage_points * weights.get(s, 0) / total for s in stages}
    return [by_stage[s] / maxima[s] if maxima[s] else 0.0 for s in stages]


_MONTHS = {
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
    "November Desember",
    "en": "January February March April May June July August September October "
    "November December",
}


def long_date(day: dt.date, lang: str = "en") -> str:
    """A date as a sentence writes it: ``17 April 2025`` (id), ``17 April 2025`` (en).

    >>> long_date(dt.date(2025, 8, 17), "id"), long_date(dt.date(2025, 8, 17), "en")
    ('17 Agustus 2025', '17 August 2025')
    """
    month = _MONTHS[check_lang(lang)].split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def _stage_label(stage: Any, lang: str) -> str:  # noqa: ANN401
    label = getattr(stage, "label", None)
    return str(label(lang)) if callable(label) else str(stage)


def _number(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "id" else text


def _source(citation: Any) -> str:  # noqa: ANN401
    source = citation.source
    where = escape(str(source.issuer))
    if getattr(source, "date", None) is not None:
        where += f", {escape(source.date.isoformat())}"
    return (
        f"<blockquote><q>{escape(citation.quote)}</q> <cite>{where}</cite></blockquote>"
    )


def verdict_html(verdict: Any, lang: str = "en") -> str:  # noqa: ANN401
    """A verdict as HTML: outcome, each finding with its sources, remedies."""
    language = check_lang(lang)
    status_word = render(
        "report.html.is_kim" if verdict.is_kim else "report.html.not_kim", language
    )
    as_of = render(
        "report.html.as_of", language, date=long_date(verdict.as_of, language)
    )
    parts = [
        (
            f"<p><strong>{escape(verdict.outcome.label(language))}</strong> · "
            f"{escape(status_word)} · {escape(as_of)}</p>"
        ),
        f"<h4>{escape(render('report.html.findings', language))}</h4><ul>",
    ]
    for finding in verdict.findings:
        status = finding.status
        parts.append(
            f'<li><span class="{escape(str(status.value))}">'
            f"[{escape(status.label(language))}]</span> "
            f"{escape(finding.message(language))}"
            + "".join(_source(c) for c in finding.sources)
            + "</li>"
        )
    parts.append("</ul>")
    remedies = verdict.remedies
    parts.append(f"<h4>{escape(render('report.html.remedies', language))}</h4>")
    if remedies:
        parts.append("<ul>")
        parts.extend(f"<li>{escape(r.message(language))}</li>" for r in remedies)
        parts.append("</ul>")
    else:
        parts.append(f"<p>{escape(render('report.html.no_remedies', language))}</p>")
    return "".join(parts)


def report_html(report: Any, lang: str = "en", *, size: int = 260) -> str:  # noqa: ANN401
    """An ADINDA report as HTML: total, points per stage and a radar chart."""
    language = check_lang(lang)
    stages = list(report.by_stage)
    labels = [_stage_label(s, language) for s in stages]
    title = render("report.html.radar", language)
    cells = "".join(
        f"<tr><td>{escape(label)}</td>"
        f"<td class=n>{_number(report.by_stage[s], language)}</td></tr>"
        for label, s in zip(labels, stages, strict=True)
    )
    cycle = render("report.html.cycle", language)
    return (
        f"<p><strong>{escape(render('report.html.total', language))}: "
        f"{_number(report.total, language)}/100</strong> "
        f"({escape(str(getattr(report.period, 'label', report.period)))})</p>"
        f"<div class=wide><table>{cells}<tr><td>{escape(cycle)}</td>"
        f"<td class=n>{_number(report.cycle, language)}</td></tr></table></div>"
        + radar_svg(
            labels,
            [stage_fractions(report.by_stage, report.rubric)],
            size=size,
            title=title,
        )
    )


def _cell(value: object, lang: str) -> str:
    if value is None:
        return "<td>–</td>"
    if isinstance(value, bool):
        return (
            f"<td>{escape(render('report.yes' if value else 'report.no', lang))}</td>"
        )
    if isinstance(value, float):
        return f"<td class=n>{_number(value, lang)}</td>"
    if isinstance(value, int):
        return f"<td class=n>{value}</td>"
    label = getattr(value, "label", None)
    text = label(lang) if callable(label) else value
    return f"<td>{escape(str(text))}</td>"


def rows_html(rows: Iterable[Any], lang: str = "en", *, limit: int = 50) -> str:
    """Batch rows (duck-typed on the Row fields) as an HTML table.

    Columns: line, id, name, region, outcome, KIM, score and engagement (the
    mapping placement, when the rows were asked for it).
    """
    language = check_lang(lang)
    heads = (
        "line",
        "kim_id",
        "kim_name",
        "region",
        "outcome",
        "is_kim",
        "total",
        "engagement",
    )
    body = []
    shown = 0
    more = 0
    for row in rows:
        if shown >= limit:
            more += 1
            continue
        shown += 1
        body.append(
            "<tr>"
            + "".join(_cell(getattr(row, h, None), language) for h in heads)
            + "</tr>"
        )
    head = "".join(
        f"<th>{escape(render(f'report.column.{h}', language))}</th>" for h in heads
    )
    tail = ""
    if more:
        tail = f"<p>{escape(render('report.html.more', language, count=more))}</p>"
    return (
        f'<div class="kimlib"><style>{STYLE}</style><div class=wide><table>'
        f"<tr>{head}</tr>{''.join(body)}</table></div>{tail}</div>"
    )


def repr_html(result: Any, lang: str = "en") -> str:  # noqa: ANN401
    """The notebook view of a verdict or an ADINDA report (``_repr_html_``)."""
    if hasattr(result, "findings"):
        kim = result.kim
        name = escape(str(kim.name)) + (f" ({escape(kim.id)})" if kim.id else "")
        body = f"<h3>{name}</h3>{verdict_html(result, lang)}"
    else:
        body = report_html(result, lang)
    return f'<div class="kimlib"><style>{STYLE}</style>{body}</div>'
