from __future__ import annotations

import io

import matplotlib as mpl
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

import kimlib
import kimlib.samples
from kimlib import plot
from kimlib.errors import InvalidArgument

mpl.use("Agg")

ON, PERIOD = "2025-04-17", "2025"


def _pixels(figure: Figure):
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_width_height(), bytes(canvas.buffer_rgba())


def _not_blank(pixels: bytes) -> bool:
    background = pixels[:4]
    return any(pixels[i : i + 4] != background for i in range(0, len(pixels), 4))


def test_radar_of_several_kims():
    """A radar of three KIMs is 6 x 6 inches and not blank."""
    figure = plot.radar(kimlib.samples.rows(on=ON, period=PERIOD)[:3])
    size, pixels = _pixels(figure)
    assert (int(6 * figure.dpi), int(6 * figure.dpi)) == size
    assert _not_blank(pixels)
    assert 3 == len(figure.axes[0].get_legend().get_texts())


def test_radar_of_one_report_and_of_pairs():
    """A radar takes one ADINDA report, or (verdict, report) pairs."""
    kim = kimlib.samples.registry()[0]
    report = kimlib.score(kim, PERIOD)
    _, pixels = _pixels(plot.radar(report, lang="id"))
    assert _not_blank(pixels)
    figure = plot.radar([(kimlib.assess(kim, ON), report)], lang="id")
    assert ["Akses informasi"] == [
        t.get_text() for t in figure.axes[0].get_xticklabels()
    ][:1]


def test_radar_needs_scores():
    """Rows without a period have nothing to draw."""
    with pytest.raises(InvalidArgument, match="give a period"):
        plot.radar(kimlib.samples.rows(on=ON))


def test_stage_bars():
    """Stage bars: one bar per KIM, six stacked stages, not blank."""
    figure = plot.stage_bars(kimlib.samples.rows(on=ON, period=PERIOD))
    size, pixels = _pixels(figure)
    width, height = figure.get_size_inches()
    assert (int(width * figure.dpi), int(height * figure.dpi)) == size
    assert _not_blank(pixels)
    assert 14 * 6 == len(figure.axes[0].patches)


def test_coverage_per_region():
    """The coverage chart has a bar per regency, labelled with its counts."""
    figure = plot.coverage(kimlib.samples.rows(on=ON), by="regency")
    _, pixels = _pixels(figure)
    assert _not_blank(pixels)
    axes = figure.axes[0]
    assert 12 == len(axes.patches)
    assert "2/67" in [t.get_text() for t in axes.texts]


def test_plots_draw_on_given_axes():
    """Given an axes, a chart draws on it and returns its figure."""
    figure = Figure(figsize=(4, 3))
    axes = figure.add_subplot()
    assert figure is plot.coverage(kimlib.samples.rows(on=ON), ax=axes)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")
