"""Charts of results: an ADINDA radar, stage bars, village coverage per region.

Needs the ``plot`` extra (``pip install 'kimlib[plot]'``, matplotlib). Each
function returns a matplotlib ``Figure`` (drawn on a new one unless ``ax``
is given), without touching pyplot's global state, so it works with any
backend. Results are rows of a registry run (the fields of
``kimlib.batch.Row``), ``(verdict, report)`` pairs, or ADINDA reports.

>>> import kimlib.samples
>>> from kimlib import plot
>>> figure = plot.radar(kimlib.samples.rows(on="2025-04-17", period="2025")[:3])
>>> [round(v) for v in figure.get_size_inches()]
[6, 6]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from kimlib._html import stage_fractions
from kimlib.errors import InvalidArgument
from kimlib.messages import check_lang, render
from kimlib.report import STAGES, rows_of, summarise

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["coverage", "radar", "stage_bars"]


def _figure(size: tuple[float, float], *, polar: bool = False) -> tuple[Figure, Axes]:
    try:
        from matplotlib.figure import Figure  # noqa: PLC0415 - an optional extra
    except ModuleNotFoundError:  # pragma: no cover - the test extra has it
        raise InvalidArgument.of("plot.needs_matplotlib") from None
    figure = Figure(figsize=size, layout="constrained")
    axes = figure.add_subplot(projection="polar" if polar else None)
    return figure, axes


def _period(report: Any) -> str:  # noqa: ANN401
    return str(getattr(report.period, "label", report.period))


def _scored(results: Iterable[Any]) -> list[tuple[str, Any, Any]]:
    """(label, by_stage, rubric) of every scored result."""
    items = [results] if hasattr(results, "by_stage") else list(results)
    found = [(_period(i), i.by_stage, i.rubric) for i in items if hasattr(i, "rubric")]
    others = [i for i in items if not hasattr(i, "rubric")]
    pairs = [i for i in others if isinstance(i, tuple)]
    for line, (verdict, report) in enumerate(pairs, start=1):
        if report is not None:
            label = verdict.kim.id or verdict.kim.name or str(line)
            found.append((label, report.by_stage, report.rubric))
    found.extend(
        (row.kim_id or row.kim_name or str(row.line), row.by_stage, None)
        for row in rows_of(i for i in others if not isinstance(i, tuple))
        if row.by_stage is not None
    )
    if not found:
        raise InvalidArgument.of("plot.nothing")
    return found


def radar(
    results: Any,  # noqa: ANN401 - results of any of the documented kinds
    *,
    lang: str = "en",
    ax: Axes | None = None,
) -> Figure:
    """An ADINDA radar: each stage's points as a share of its maximum.

    One polygon per scored KIM (or report); the legend names each by id.

    Raises:
        InvalidArgument: no result has a score (no period was given).
    """
    language = check_lang(lang)
    scored = _scored(results)
    if ax is None:
        figure, ax = _figure((6, 6), polar=True)
    else:
        figure = ax.get_figure(root=True)  # type: ignore[assignment]
    count = len(STAGES)
    angles = [math.pi / 2 - 2 * math.pi * i / count for i in range(count)]
    closed = [*angles, angles[0]]
    for label, by_stage, rubric in scored:
        values = stage_fractions({s: by_stage.get(s, 0.0) for s in STAGES}, rubric)
        ax.plot(closed, [*values, values[0]], linewidth=2, label=label)
        ax.fill(closed, [*values, values[0]], alpha=0.15)
    ax.set_xticks(angles, [s.label(language) for s in STAGES])
    ax.set_ylim(0, 1)
    ax.set_yticks([0.25, 0.5, 0.75, 1.0], ["", "", "", ""])
    ax.set_title(render("report.html.radar", language))
    if len(scored) > 1:
        ax.legend(loc="upper right", bbox_to_anchor=(1.25, 1.1), fontsize="small")
    return figure


def stage_bars(
    results: Any,  # noqa: ANN401
    *,
    lang: str = "en",
    ax: Axes | None = None,
) -> Figure:
    """Stacked bars: each KIM's ADINDA points per stage.

    Raises:
        InvalidArgument: no result has a score (no period was given).
    """
    language = check_lang(lang)
    scored = _scored(results)
    if ax is None:
        figure, ax = _figure((8, max(3.0, 0.4 * len(scored) + 1.5)))
    else:
        figure = ax.get_figure(root=True)  # type: ignore[assignment]
    labels = [label for label, _, _ in scored]
    left = [0.0] * len(scored)
    for stage in STAGES:
        widths = [by_stage.get(stage, 0.0) for _, by_stage, _ in scored]
        ax.barh(labels, widths, left=left, label=stage.label(language))
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.invert_yaxis()
    ax.set_xlabel(render("report.html.total", language))
    ax.legend(fontsize="small", ncols=3, loc="lower right")
    return figure


def coverage(
    results: Iterable[Any],
    *,
    by: str = "regency",
    lang: str = "en",
    ax: Axes | None = None,
) -> Figure:
    """Bars per region: the share of its villages with a KIM (percent).

    Raises:
        InvalidArgument: ``by`` is not ``province``, ``regency`` or ``district``.
    """
    language = check_lang(lang)
    regions: Sequence[Any] = [
        row for row in summarise(rows_of(results), by=by) if row.coverage is not None
    ]
    if ax is None:
        figure, ax = _figure((8, max(3.0, 0.4 * len(regions) + 1.5)))
    else:
        figure = ax.get_figure(root=True)  # type: ignore[assignment]
    names = [row.name for row in regions]
    shares = [100 * row.coverage for row in regions]
    ax.barh(names, shares, color="#2ca02c")
    for index, row in enumerate(regions):
        ax.annotate(
            f"{row.villages_with_kim}/{row.villages}",
            (shares[index], index),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize="small",
        )
    ax.invert_yaxis()
    ax.set_xlabel(f"{render('report.column.coverage', language)} (%)")
    return figure
