"""Issue 14's done-when: a workbook's mapping and indicators reach every report face.

A workbook with ``pemetaan`` and ``indikator`` sheets goes through
``kimlib report`` to a table, JSON and an HTML page that show each KIM's
engagement and indicator trends; the per-KIM columns and the summary counts
equal what kimlib.stakeholders.placement and kimlib.indicators.progress say.
"""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import openpyxl
import pytest

import kimlib
from kimlib import cli, frames
from kimlib.cli import _report_formats
from kimlib.errors import Problem
from kimlib.indicators import Indicator, progress
from kimlib.io import SourceDocument, read_registry, sample_path, write_workbook
from kimlib.report import evaluate, summarise
from kimlib.stakeholders import placement

ON, PERIOD, BEFORE, AFTER = "2025-04-17", "2025", "2025Q1", "2025Q2"


@pytest.fixture(name="book")
def _book(tmp_path):
    """The sample's KIMs that carry a mapping or readings, and two without."""
    kims = [k for k in kimlib.load_kims(sample_path()) if k.mapping or k.indicators]
    others = [k for k in kimlib.load_kims(sample_path()) if not k.mapping][:2]
    path = write_workbook([*kims, *others], tmp_path / "pictured.xlsx")
    return path, [*kims, *others]


def _run(capsys, *args):
    pictured = ["--indicators", f"{BEFORE},{AFTER}"]
    status = cli.main(["report", "--on", ON, "--period", PERIOD, *pictured, *args])
    return status, capsys.readouterr().out


def test_the_workbook_has_mapping_and_indicator_sheets(book):
    """The workbook written for the test holds pemetaan and indikator rows."""
    path, kims = book
    sheets = openpyxl.load_workbook(path, read_only=True)
    assert {"pemetaan", "indikator"} <= set(sheets.sheetnames)
    assert sheets["pemetaan"].max_row > 1
    assert sheets["indikator"].max_row > 1
    assert 3 <= sum(1 for k in kims if k.mapping)


def test_json_rows_carry_placement_and_trends(book, capsys):
    """Each KIM's engagement, scores and trends equal the object path's."""
    path, kims = book
    status, out = _run(capsys, str(path), "--format", "json")
    assert 0 == status
    records = json.loads(out)["kims"]
    assert len(kims) == len(records)
    for kim, record in zip(kims, records, strict=True):
        placed = placement(kim, ON)
        assert (None if placed is None else placed.engagement.value) == record[
            "engagement"
        ]
        if placed is not None:
            scored = placed.placement.assessment
            assert scored.power == record["power"]
        for indicator, moved in progress(kim, BEFORE, AFTER).items():
            expected = None if moved.trend is None else moved.trend.value
            assert expected == record[f"trend.{indicator.value}"]


def test_the_table_shows_each_kims_engagement_and_trends(book, capsys):
    """The terminal table lists every mapped KIM with its engagement and trends."""
    path, kims = book
    _, out = _run(capsys, str(path), "--lang", "id")
    listed = out.split("Pemetaan dan indikator per KIM:")[1].splitlines()
    for kim in kims:
        placed = placement(kim, ON)
        trends = [p for p in progress(kim, BEFORE, AFTER).values() if p.trend]
        line = [entry for entry in listed if entry.startswith(kim.id)]
        if placed is None and not trends:
            assert [] == line
            continue
        (line,) = line
        if placed is not None:
            assert placed.engagement.label("id") in line
        for moved in trends:
            assert f"{moved.indicator.label('id')}: {moved.trend.label('id')}" in line
    assert "Mitra utama 1" in out.split("Pemeriksaan daftar")[0]


class _Text(HTMLParser):
    """The text of a page, section by section (one list per KIM section)."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[list[str]] = []
        self.inside = False

    def handle_starttag(self, tag, attrs):  # noqa: ARG002 - HTMLParser's

        if tag == "section":
            self.sections.append([])
            self.inside = True

    def handle_endtag(self, tag):
        if tag == "section":
            self.inside = False

    def handle_data(self, data):
        if self.inside and data.strip():
            self.sections[-1].append(data.strip())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_html_page_shows_the_grid_cell_and_trends(book, capsys, lang):
    """Per KIM: the cell's level on each axis, the engagement, every trend."""
    path, kims = book
    _, page = _run(capsys, str(path), "--format", "html", "--lang", lang)
    parsed = _Text()
    parsed.feed(page)
    assert len(kims) == len(parsed.sections)
    for kim, section in zip(kims, parsed.sections, strict=True):
        text = " | ".join(section)
        placed = placement(kim, ON)
        if placed is None:
            assert kimlib.messages.render("report.mapping", lang) not in text
        else:
            cell = placed.cell
            for axis, level in (
                ("ketertarikan", cell.interest),
                ("pengaruh", cell.influence),
                ("kekuatan", cell.power),
            ):
                label = kimlib.stakeholders.MappingAxis(axis).label(lang)
                assert f"{label} | {level.label(lang)}" in text
            assert placed.engagement.label(lang).lower() in text
        none = kimlib.messages.render("report.trend_none", lang)
        for indicator, moved in progress(kim, BEFORE, AFTER).items():
            shown = none if moved.trend is None else moved.trend.label(lang)
            assert f"{indicator.label(lang)} | {shown}" in text


def test_csv_and_xlsx_carry_the_columns(book, capsys, tmp_path):
    """CSV and the xlsx kim sheet have the engagement and trend columns."""
    path, _ = book
    _, out = _run(capsys, str(path), "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert "key_partner" == table[0]["engagement"]
    assert "improving" == table[0]["trend.kesadaran_isu"]
    target = tmp_path / "out.xlsx"
    _run(capsys, str(path), "--format", "xlsx", "--output", str(target))
    sheet = openpyxl.load_workbook(target, read_only=True)["kim"]
    head, first = list(sheet.iter_rows(min_row=1, max_row=2, values_only=True))
    values = dict(zip(head, first, strict=False))  # read-only trims empty cells
    assert ("key_partner", "improving") == (
        values["engagement"],
        values["trend.kesadaran_isu"],
    )
    summary = openpyxl.load_workbook(target, read_only=True)["summary"]
    heads = next(summary.iter_rows(min_row=1, max_row=1, values_only=True))
    assert {"key_partner", "improving", "flat", "declining"} <= set(heads)


def test_summary_counts_engagement_and_trends(book):
    """Per region: KIMs per engagement and trends per trend, over the KIMs."""
    path, kims = book
    rows = list(
        evaluate(read_registry(path), on=ON, mapping_on=ON, indicators=(BEFORE, AFTER))
    )
    for region in summarise(rows, by="province"):
        inside = [k for k in kims if k.region.startswith(region.region)]
        placed = [placement(k, ON) for k in inside]
        engaged = [p.engagement.value for p in placed if p is not None]
        moved = [
            p.trend.value
            for k in inside
            for p in progress(k, BEFORE, AFTER).values()
            if p.trend is not None
        ]
        assert engaged.count("key_partner") == region.key_partner
        assert engaged.count("keep_informed") == region.keep_informed
        assert engaged.count("keep_satisfied") == region.keep_satisfied
        assert moved.count("improving") == region.improving
        assert moved.count("declining") == region.declining
        assert moved.count("flat") == region.flat


def test_a_notebook_frame_has_the_columns(book):
    """frames.frame has engagement, the scores and a trend per indicator."""
    path, kims = book
    rows = evaluate(
        read_registry(path), on=ON, mapping_on=ON, indicators=(BEFORE, AFTER)
    )
    table = frames.frame(rows)
    columns = ["engagement", "interest", "influence", "power"]
    columns += [f"trend.{i.value}" for i in Indicator]
    assert set(columns) <= set(table.columns)
    assert "key_partner" == table.loc[0, "engagement"]
    long = frames.readings(kims)
    assert sum(len(k.indicators or ()) for k in kims) == len(long)
    assert {k.id for k in kims if k.indicators} == set(long["kim_id"])


def test_bad_indicator_periods_are_a_usage_error(capsys):
    """--indicators needs two periods separated by a comma."""
    assert 2 == cli.main(["report", "--on", ON, "--indicators", "2025Q1"])
    assert "2025Q1,2025Q2" in capsys.readouterr().err


def test_a_registry_without_mapping_has_no_per_kim_table(tmp_path, capsys):
    """No KIM is mapped or has trends: the table ends with the checks."""
    registry = tmp_path / "plain.jsonl"
    registry.write_text(
        '{"id": "KIM-1", "name": "KIM Satu", "region": "36.73", "members": []}\n',
        encoding="utf-8",
    )
    _, out = _run(capsys, str(registry))
    assert "Mapping and indicators per KIM" not in out


def test_the_per_kim_table_is_capped(book, capsys, monkeypatch):
    """Past the cap, the table says how many more KIMs it leaves out."""
    path, _ = book
    monkeypatch.setattr(_report_formats, "PICTURE_ROWS", 1)
    _, out = _run(capsys, str(path))
    listed = out.split("Mapping and indicators per KIM:")[1]
    assert "… and 2 more rows" in listed
    assert 1 == listed.count("KIM-")


def test_reader_problems_make_a_row_invalid_and_blank_lines_none():
    """A cell the reader could not read makes the KIM invalid; blank lines vanish."""
    unread = Problem("kim!R2.didirikan", "workbook.bad_date")
    document = {"id": "KIM-1", "name": "KIM Satu", "region": "36.73", "members": []}
    items = [
        SourceDocument(2, document, (unread,)),
        SourceDocument(3, b"  \n"),
        SourceDocument(4, document),
    ]
    first, second = evaluate(items, on=ON, mapping_on=ON)
    assert (2, None, (unread,)) == (first.line, first.outcome, first.problems)
    assert "KIM-1" == first.kim_id
    assert (4, ()) == (second.line, second.problems)
    assert second.outcome is not None
