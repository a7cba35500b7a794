from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import openpyxl
import pytest

import kimlib
from kimlib import cli
from kimlib.errors import InvalidArgument
from kimlib.io import read_registry, sample_path, write_workbook
from kimlib.report import (
    CheckKind,
    Row,
    check_registry,
    evaluate,
    record,
    rule_ids,
    summarise,
)

ON, PERIOD = "2025-04-17", "2025"


def _rows():
    return list(evaluate(read_registry(sample_path()), on=ON, period=PERIOD))


def _run(capsys, *args):
    status = cli.main(["report", "--on", ON, "--period", PERIOD, *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_rows_equal_assess_and_score():
    """Each row holds what assess and score give for its document."""
    for row, kim in zip(_rows(), kimlib.load_kims(sample_path()), strict=True):
        verdict, report = kimlib.assess(kim, ON), kimlib.score(kim, PERIOD)
        assert verdict.outcome == row.outcome
        assert {f.rule_id: f.status for f in verdict.findings} == dict(row.statuses)
        assert report.total == row.total
        assert dict(report.by_stage) == dict(row.by_stage)
        assert (kim.region, kim.village) == (row.region, row.village)


def test_rows_without_a_period_have_no_scores():
    """Without a period a row has no total, stages or cycle."""
    row = next(evaluate(read_registry(sample_path()), on=ON))
    assert (None, None, None) == (row.total, row.by_stage, row.cycle)
    assert None is record(row, rule_ids())["akses"]


def test_summary_per_regency_of_the_sample():
    """Kota Serang: 2 KIMs (1 eligible, 1 ineligible) in 2 of its 67 villages."""
    rows = _rows()
    serang = next(s for s in summarise(rows) if s.region == "36.73")
    assert ("Kota Serang", 2, 1, 1, 0, 0) == (
        serang.name,
        serang.kims,
        serang.eligible,
        serang.ineligible,
        serang.incomplete,
        serang.invalid,
    )
    assert (67, 2) == (serang.villages, serang.villages_with_kim)
    assert 2 / 67 == serang.coverage
    totals = [r.total for r in rows if r.region.startswith("36.73")]
    assert sum(totals) / 2 == serang.mean_total
    assert 14 == sum(s.kims for s in summarise(rows))


def test_summary_by_province_and_district():
    """Summaries by province and by district count the same 14 KIMs."""
    rows = _rows()
    provinces = summarise(rows, by="province")
    assert ["36", "61", "62", "63", "91"] == [s.region for s in provinces]
    districts = summarise(rows, by="district")
    assert 14 == sum(s.kims for s in districts)
    assert all(len(s.region) == 8 for s in districts)
    with pytest.raises(InvalidArgument):
        summarise(rows, by="village")


def _row(line, kim_id, name, seat, outcome=None):
    return Row(line=line, kim_id=kim_id, kim_name=name, region=seat, outcome=outcome)


def test_registry_checks():
    """Duplicate ids, a name twice in one village and seats outside the region."""
    rows = [
        _row(1, "A", "KIM Satu", "36.73.01.1002"),
        _row(2, "A", "kim  satu", "36.73.01.1002"),
        _row(3, "B", "KIM Satu", "36.73.01.1003"),
        _row(4, "C", "KIM Jauh", "62.71"),
        _row(5, None, None, None),
    ]
    checks = check_registry(rows, region="36.73")
    assert [
        (CheckKind.DUPLICATE_ID, (1, 2)),
        (CheckKind.DUPLICATE_NAME, (1, 2)),
        (CheckKind.OUTSIDE_REGION, (4,)),
        (CheckKind.OUTSIDE_REGION, (5,)),
    ] == [(c.kind, c.lines) for c in checks]
    assert () == check_registry(rows[2:4])


def test_invalid_documents_are_counted_where_they_are_seated(tmp_path):
    """An invalid document counts as invalid in its region, with its problems."""
    path = tmp_path / "r.jsonl"
    path.write_text(
        '{"id": "X", "name": "KIM X", "region": "36.73",'
        ' "members": [{"role": "raja"}]}\n'
        '{"name": "KIM Y", "region": "99.99", "members": []}\n'
        "not json\n"
    )
    rows = list(evaluate(read_registry(path), on=ON))
    assert [None, None, None] == [r.outcome for r in rows]
    assert ["36.73", None, None] == [r.region for r in rows]
    assert ["X", None, None] == [r.kim_id for r in rows]
    summary = summarise(rows)
    assert [("36.73", 1), (None, 2)] == [(s.region, s.invalid) for s in summary]
    assert None is summary[1].coverage


def test_report_table_on_the_sample(capsys):
    """The default table lists every regency with its coverage, then the checks."""
    status, out, err = _run(capsys)
    assert 0 == status
    assert "" == err  # no progress bar when stderr is not a terminal
    assert "Kota Serang (36.73)" in out
    assert "2/67 (3.0 %)" in out
    assert "No duplicate ids, duplicate names or KIMs outside the region." in out


def test_report_table_in_indonesian(capsys):
    """With --lang id the headers and decimals are Indonesian."""
    status, out, _ = _run(capsys, "--lang", "id")
    assert 0 == status
    assert "memenuhi syarat" in out
    assert "2/67 (3,0 %)" in out


def test_report_json(capsys):
    """--format json gives the summary, one object per KIM and the checks."""
    status, out, _ = _run(capsys, "--format", "json", "--region", "36.73")
    document = json.loads(out)
    assert 1 == status  # KIMs outside 36.73
    assert ["summary", "kims", "checks"] == list(document)
    assert 14 == len(document["kims"])
    assert "eligible" == document["kims"][0]["outcome"]
    assert 12 == len(document["checks"])
    assert {"outside_region"} == {c["kind"] for c in document["checks"]}


def test_report_jsonl_and_csv_have_the_frame_columns(capsys):
    """The jsonl and csv formats hold one row per KIM with the same columns."""
    _, out, _ = _run(capsys, "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    _, out, _ = _run(capsys, "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert 14 == len(lines) == len(table)
    assert list(lines[0]) == list(table[0])
    assert "KIM-3673-0001" == table[0]["kim_id"] == lines[0]["kim_id"]
    picture = ["engagement", "interest", "influence", "power"]
    trends = [f"trend.{i.value}" for i in kimlib.indicators.Indicator]
    expected = ["aspirasi", "cycle", "problems", *picture, *trends]
    assert expected == list(table[0])[-len(expected) :]


def test_report_xlsx(tmp_path, capsys):
    """--format xlsx writes the KIMs, a summary and the checks as sheets."""
    path = tmp_path / "report.xlsx"
    status, _, _ = _run(
        capsys, "--format", "xlsx", "--output", str(path), "--lang", "id"
    )
    assert 0 == status
    book = openpyxl.load_workbook(path)
    assert ["kim", "ringkasan", "pemeriksaan"] == book.sheetnames
    assert 15 == book["kim"].max_row
    assert "region" == book["ringkasan"]["A1"].value


def test_report_xlsx_needs_output(capsys):
    """--format xlsx without --output is a usage error."""
    status, _, err = _run(capsys, "--format", "xlsx")
    assert 2 == status
    assert "needs --output FILE" in err


def test_report_reads_a_workbook(tmp_path, capsys):
    """The report of the template workbook has its one example KIM."""
    template = tmp_path / "registry.xlsx"
    assert 0 == cli.main(["template", str(template)])
    capsys.readouterr()
    status, out, _ = _run(capsys, str(template), "--format", "jsonl")
    assert 0 == status
    assert ["KIM-3673-9001"] == [
        json.loads(line)["kim_id"] for line in out.splitlines()
    ]


def test_report_unknown_region_and_unreadable_file(tmp_path, capsys):
    """A bad --region or a missing file exits 2 with a message."""
    status, _, err = _run(capsys, "--region", "99.99")
    assert 2 == status
    assert err.startswith("kimlib: ")
    status, _, err = _run(capsys, str(tmp_path / "none.jsonl"))
    assert 2 == status
    assert "cannot read none.jsonl" in err


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def _page(capsys, *args):
    status, out, _ = _run(capsys, "--format", "html", *args)
    page = _Page()
    page.feed(out)
    return status, out, page


def test_html_report_against_the_registry(capsys):
    """The page names every KIM, its outcome, findings' sources and a radar each."""
    status, out, page = _page(capsys)
    text = " ".join(page.text)
    assert 0 == status
    assert "script" not in page.tags
    assert not [
        v for _, v in page.attributes if v and "://" in v and "w3.org/2000/svg" not in v
    ]
    assert 14 == page.tags.count("section")
    assert 14 == page.tags.count("svg")
    for kim in kimlib.load_kims(sample_path()):
        verdict = kimlib.assess(kim, ON)
        assert f"{kim.id} · {kim.name}" in text
        assert verdict.outcome.label("en") in text
        for finding in verdict.findings:
            assert finding.message("en") in text
        for remedy in verdict.remedies:
            assert remedy.message("en") in text
        assert not any(m.name in text for m in kim.members)
    quote = (
        kimlib.assess(next(kimlib.load_kims(sample_path())), ON)
        .findings[0]
        .source.quote
    )
    assert quote in text
    assert "viewport" in out
    assert "(2025)" in text
    assert "Period(" not in text


def test_html_report_in_indonesian(capsys):
    """With --lang id the page is Indonesian, dates as a sentence writes them."""
    _, out, page = _page(capsys, "--lang", "id")
    text = " ".join(page.text)
    assert '<html lang="id">' in out
    assert "Ringkasan per wilayah" in text
    assert "per 17 April 2025" in text
    assert "Temuan" in text


def test_html_escapes_everything(tmp_path, capsys):
    """A KIM name with markup is shown as text, never as markup."""
    path = tmp_path / "r.jsonl"
    document = json.loads(sample_path().read_text().splitlines()[0])
    document["name"] = "KIM <b>Tebal</b> & Co"
    path.write_text(json.dumps(document) + "\n{}\n")
    status, out, page = _page(capsys, str(path))
    assert 1 == status  # the second document is invalid
    assert "<b>" not in out
    assert "KIM &lt;b&gt;Tebal&lt;/b&gt; &amp; Co" in out
    assert "b" not in page.tags
    assert "members: this field is required" in " ".join(page.text)


def test_the_same_report_from_a_workbook_and_json_lines(tmp_path, capsys):
    """Three KIMs in a workbook give the report they give as JSON Lines."""
    kims = list(kimlib.load_kims(sample_path()))[:3]
    book = write_workbook(kims, tmp_path / "three.xlsx")
    lines = tmp_path / "three.jsonl"
    lines.write_text(
        "".join(json.dumps(kimlib.dump(k)) + "\n" for k in kims), encoding="utf-8"
    )
    for fmt in ("json", "html"):
        _, from_book, _ = _run(capsys, str(book), "--format", fmt)
        _, from_lines, _ = _run(capsys, str(lines), "--format", fmt)
        assert from_lines == from_book
    _, out, _ = _run(capsys, str(book), "--format", "json")
    assert 3 == len(json.loads(out)["kims"])
