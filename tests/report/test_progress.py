from __future__ import annotations

import io
import json

from kimlib import cli
from kimlib.cli import _report
from kimlib.io import sample_path


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal(monkeypatch):
    """On a terminal, after the quiet second, a bar shows and is cleared at the end."""
    monkeypatch.setattr(_report, "_QUIET_FOR", 0.0)
    stream = _Terminal()
    progress = _report._Progress(128, stream)
    for _ in range(64):
        progress.step()
    progress.close()
    text = stream.getvalue()
    assert "\r" + "█" * 15 + "·" * 15 + " 64/128 KIM" in text
    assert text.endswith("\r\x1b[K")


def test_progress_without_a_total_counts(monkeypatch):
    """Without a total (a workbook), the line counts the KIMs read."""
    monkeypatch.setattr(_report, "_QUIET_FOR", 0.0)
    stream = _Terminal()
    progress = _report._Progress(None, stream)
    for _ in range(64):
        progress.step()
    assert "\r64 KIM …" == stream.getvalue()


def test_progress_is_silent_off_a_terminal_and_within_a_second():
    """Nothing is written to a pipe, nor to a terminal during the first second."""
    pipe = io.StringIO()
    progress = _report._Progress(64, pipe)
    for _ in range(64):
        progress.step()
    progress.close()
    terminal = _Terminal()
    quick = _report._Progress(64, terminal)
    for _ in range(64):
        quick.step()
    quick.close()
    assert ("", "") == (pipe.getvalue(), terminal.getvalue())


def test_report_on_a_terminal_counts_lines_first(monkeypatch, capsys, tmp_path):
    """With stderr a terminal, the total comes from the file's lines."""
    totals = []
    original = _report._Progress

    def spy(total, stream):
        totals.append(total)
        return original(total, stream)

    monkeypatch.setattr(_report, "_Progress", spy)
    monkeypatch.setattr("sys.stderr", _Terminal())
    path = tmp_path / "r.jsonl"
    path.write_bytes(sample_path().read_bytes())
    # the same file twice: every id is a duplicate, so the status is 1
    assert 1 == cli.main(["report", "--on", "2025-04-17", str(path), str(path)])
    assert [28] == totals
    assert 2 == cli.main(["report", str(tmp_path / "none.jsonl")])
    assert "KIM-3673-0001" not in capsys.readouterr().err


def test_report_reads_stdin_and_writes_a_file(monkeypatch, tmp_path, capsys):
    """`-` reads JSON Lines from stdin; --output writes the table to a file."""
    stdin = io.TextIOWrapper(io.BytesIO(sample_path().read_bytes()))
    monkeypatch.setattr("sys.stdin", stdin)
    output = tmp_path / "table.txt"
    assert 0 == cli.main(["report", "--on", "2025-04-17", "-", "--output", str(output)])
    assert "" == capsys.readouterr().out
    assert "Kota Serang (36.73)" in output.read_text(encoding="utf-8")
    stdin = io.TextIOWrapper(io.BytesIO(sample_path().read_bytes()))
    monkeypatch.setattr("sys.stdin", stdin)
    assert 0 == cli.main(["report", "--on", "2025-04-17", "-", "--format", "jsonl"])
    assert 14 == len(capsys.readouterr().out.splitlines())


def test_report_without_period_or_date(capsys):
    """Without --on the report uses today; without --period it has no scores."""
    assert 0 == cli.main(["report", "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    assert {None} == {kim["total"] for kim in document["kims"]}
    assert 0 == cli.main(["report", "--format", "html"])
    assert "no ADINDA score (no period given)" in capsys.readouterr().out
