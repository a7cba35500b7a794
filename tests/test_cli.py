"""The ``kimlib`` command line: ``kimlib validate`` on files, stdin and the sample."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import contextlib
import errno
import io
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kimlib
from kimlib import cli
from kimlib.cli import _reading
from kimlib.io import sample_path
from kimlib.messages import CATALOGUE
from kimlib.messages._text import placeholders
from kimlib.strategies import kim_documents

SRC = Path(cli.__file__).resolve().parent.parent.parent
SAMPLE_IDS = [json.loads(line)["id"] for line in sample_path().read_text().splitlines()]

GOOD = {
    "id": "KIM-TEST-1",
    "name": "KIM Uji Coba",
    "region": "62.71",
    "members": [{"name": "Warga Rahasia", "role": "ketua"}],
}
BAD = {
    "id": "KIM-TEST-2",
    "name": "KIM Salah Isi",
    "region": "62.71",
    "members": [
        {"name": "Warga Rahasia", "role": "ketua"},
        {"name": "Warga Tersembunyi", "role": "raja"},
    ],
}


def _jsonl(path: Path, *documents: object) -> Path:
    lines = [d if isinstance(d, str) else json.dumps(d) for d in documents]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_validate_the_sample_by_default(capsys):
    """With no file, every bundled sample KIM is reported valid; exit 0."""
    assert cli.main(["validate"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(SAMPLE_IDS) + 1 == len(out)
    for line, kim_id in zip(out, SAMPLE_IDS, strict=False):
        assert kim_id in line
        assert line.endswith(": valid")
    assert (
        f"{len(SAMPLE_IDS)} KIM(s) checked: {len(SAMPLE_IDS)} valid, 0 invalid"
        == out[-1]
    )


def test_validate_the_sample_file_explicitly(capsys):
    """Naming the sample file gives the same verdicts as the default."""
    assert cli.main(["validate", str(sample_path())]) == 0
    assert capsys.readouterr().out.count(": valid") == len(SAMPLE_IDS)


def test_one_bad_document_exits_1_and_names_the_path(tmp_path, capsys):
    """A bad document: its line, id, name and each field path; the good one valid."""
    path = _jsonl(tmp_path / "kims.jsonl", GOOD, BAD)
    assert cli.main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:1: KIM-TEST-1 KIM Uji Coba: valid" in out
    assert f"{path}:2: KIM-TEST-2 KIM Salah Isi: invalid (1 problem(s))" in out
    assert "  members[1].role: value not allowed; choose one of: ketua," in out
    assert "1 invalid" in out


def test_member_names_are_never_printed(tmp_path, capsys):
    """Neither the text nor the JSON output echoes a member's name."""
    path = _jsonl(tmp_path / "kims.jsonl", GOOD, BAD)
    for output in ("text", "json"):
        cli.main(["validate", "--format", output, str(path)])
        captured = capsys.readouterr()
        assert "Rahasia" not in captured.out + captured.err
        assert "Tersembunyi" not in captured.out + captured.err


def test_every_problem_of_a_document_is_listed(tmp_path, capsys):
    """All problems at once: unknown key, empty name, missing member role."""
    document = {"name": " ", "region": "62.71", "members": [{"nama": "x"}], "x": 1}
    path = _jsonl(tmp_path / "kims.jsonl", document)
    assert cli.main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert ":1: (no id): invalid (4 problem(s))" in out
    for where in ("  <#4>: ", "  name: ", "  members[0].nama: ", "  members[0].role: "):
        assert where in out


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("not json", "$: not valid JSON", id="not-json"),
        pytest.param("[1, 2]", "$: must be a JSON object", id="array"),
        pytest.param('"text"', "$: must be a JSON object", id="string"),
        pytest.param("{", "kimlib expects JSON Lines", id="pretty"),
        pytest.param("[" * 5000 + "]" * 5000, "$: ", id="deeply-nested"),
    ],
)
def test_lines_that_are_not_documents(tmp_path, capsys, line, reason):
    """A line that is not a KIM object is an invalid document, not a crash."""
    path = _jsonl(tmp_path / "kims.jsonl", line)
    assert cli.main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "(no id): invalid (1 problem(s))" in out
    assert reason in out


def test_undecodable_bytes_are_an_invalid_document(tmp_path, capsys):
    """A line that is not UTF-8 is reported invalid with its line number."""
    path = tmp_path / "kims.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n\xff\xfe{\n")
    assert cli.main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2: (no id): invalid" in out


def test_blank_lines_are_skipped_but_counted(tmp_path, capsys):
    """Line numbers are the file's, blank lines included."""
    path = _jsonl(tmp_path / "kims.jsonl", GOOD, "", "   ", BAD)
    assert cli.main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:4: KIM-TEST-2" in out
    assert "2 KIM(s) checked: 1 valid, 1 invalid" in out


def test_missing_file_exits_2_without_traceback(tmp_path, capsys):
    """An unreadable file: a one-line message on stderr and exit 2."""
    missing = tmp_path / "nowhere.jsonl"
    assert cli.main(["validate", str(missing)]) == 2
    captured = capsys.readouterr()
    assert f"kimlib: cannot read {missing}: no such file\n" == captured.err
    assert "Traceback" not in captured.out + captured.err


def test_directory_exits_2(tmp_path, capsys):
    """A directory is not a readable file."""
    assert cli.main(["validate", str(tmp_path)]) == 2
    assert f"kimlib: cannot read {tmp_path}:" in capsys.readouterr().err


def test_unreadable_file_does_not_stop_the_others(tmp_path, capsys):
    """The good file after a missing one is still checked; exit 2 wins."""
    good = _jsonl(tmp_path / "good.jsonl", GOOD)
    assert cli.main(["validate", str(tmp_path / "missing"), str(good)]) == 2
    captured = capsys.readouterr()
    assert f"{good}:1: KIM-TEST-1 KIM Uji Coba: valid" in captured.out
    assert "cannot read" in captured.err


def test_unreadable_message_in_indonesian(tmp_path, capsys):
    """The unreadable-file message follows ``--lang``."""
    assert cli.main(["validate", "--lang", "id", str(tmp_path / "x")]) == 2
    assert "tidak dapat membaca" in capsys.readouterr().err


def test_indonesian_output(tmp_path, capsys):
    """``--lang id`` gives Indonesian verdicts, reasons and summary."""
    path = _jsonl(tmp_path / "kims.jsonl", GOOD, BAD)
    assert cli.main(["validate", "--lang", "id", str(path)]) == 1
    out = capsys.readouterr().out
    assert "KIM-TEST-2 KIM Salah Isi: tidak sesuai format (1 masalah)" in out
    assert "members[1].role: nilai tidak diizinkan; pilihan:" in out
    assert "2 KIM diperiksa: 1 sesuai format, 1 tidak sesuai format" in out
    assert "problem" not in out


def test_lang_before_the_subcommand(capsys):
    """``kimlib --lang id validate`` is the same as ``validate --lang id``."""
    assert cli.main(["--lang", "id", "validate"]) == 0
    assert "KIM diperiksa" in capsys.readouterr().out


def test_json_format_parses(tmp_path, capsys):
    """``--format json``: one JSON object per KIM with line, id, valid, problems."""
    path = _jsonl(tmp_path / "kims.jsonl", GOOD, BAD)
    assert cli.main(["validate", "--format", "json", str(path)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [1, 2] == [r["line"] for r in records]
    assert ["KIM-TEST-1", "KIM-TEST-2"] == [r["kim_id"] for r in records]
    assert ["KIM Uji Coba", "KIM Salah Isi"] == [r["kim_name"] for r in records]
    assert [True, False] == [r["valid"] for r in records]
    assert [] == records[0]["problems"]
    problem = records[1]["problems"][0]
    assert "members[1].role" == problem["path"]
    assert "error.not_allowed" == problem["code"]
    assert problem["message"].startswith("value not allowed")


def test_json_format_in_indonesian(tmp_path, capsys):
    """``--format json --lang id`` gives the reasons in Indonesian."""
    path = _jsonl(tmp_path / "kims.jsonl", BAD)
    assert cli.main(["validate", "--format", "json", "--lang", "id", str(path)]) == 1
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["problems"][0]["message"].startswith("nilai tidak diizinkan")


def test_json_for_the_sample(capsys):
    """The sample as JSON: every record valid and without problems."""
    assert cli.main(["validate", "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert SAMPLE_IDS == [r["kim_id"] for r in records]
    assert all(r["valid"] and r["problems"] == [] for r in records)


def test_ignore_unknown(tmp_path, capsys):
    """An unknown key is an error, unless ``--ignore-unknown`` is given."""
    path = _jsonl(tmp_path / "kims.jsonl", {**GOOD, "nama": "x"})
    assert cli.main(["validate", str(path)]) == 1
    assert "nama: this field is not known" in capsys.readouterr().out
    assert cli.main(["validate", "--ignore-unknown", str(path)]) == 0


def test_stdin(monkeypatch, capsys):
    """``-`` reads JSON Lines from standard input."""
    data = (json.dumps(GOOD) + "\n" + json.dumps(BAD) + "\n").encode()
    _stdin(monkeypatch, data)
    assert cli.main(["validate", "-"]) == 1
    out = capsys.readouterr().out
    assert "<stdin>:1: KIM-TEST-1 KIM Uji Coba: valid" in out
    assert "<stdin>:2: KIM-TEST-2" in out


def test_stdin_without_a_binary_buffer(monkeypatch, capsys):
    """A text-only stdin (no ``.buffer``) is read too."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(GOOD) + "\n"))
    assert cli.main(["validate", "-"]) == 0
    assert "<stdin>:1: KIM-TEST-1" in capsys.readouterr().out


def test_long_and_strange_kim_names_are_tidied(tmp_path, capsys):
    """A KIM name is shown on one line, printable, cut at 80 characters."""
    document = {**BAD, "name": "KIM\nBaris\x1b[31m" + "x" * 200}
    path = _jsonl(tmp_path / "kims.jsonl", document)
    cli.main(["validate", str(path)])
    first = capsys.readouterr().out.splitlines()[0]
    assert "\x1b" not in first
    name = first.split("KIM-TEST-2 ", 1)[1].split(": invalid")[0]
    assert name.startswith("KIM Baris[31mxxx")
    assert len(name) == 80
    assert name.endswith("…")


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="no-command"),
        pytest.param(["check"], id="unknown-command"),
        pytest.param(["validate", "--lang", "fr"], id="bad-lang"),
        pytest.param(["validate", "--format", "xml"], id="bad-format"),
        pytest.param(["validate", "--verbose"], id="unknown-option"),
        pytest.param(["validate", "--lang"], id="lang-without-value"),
        pytest.param(["validate", "--ignore"], id="no-abbreviations"),
    ],
)
def test_usage_errors_exit_2(capsys, argv):
    """Usage errors (argparse's) return 2 and print the usage on stderr."""
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert "usage: kimlib" in captured.err
    assert captured.out == ""


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        pytest.param(["--help"], "commands", id="top-en"),
        pytest.param(["--lang", "id", "--help"], "perintah", id="top-id"),
        pytest.param(["validate", "--help"], "Exit status", id="validate-en"),
        pytest.param(
            ["validate", "--help", "--lang=id"], "Status keluar", id="validate-id"
        ),
    ],
)
def test_help_exits_0_in_the_asked_language(capsys, argv, expected):
    """``--help`` prints help (in ``--lang``'s language) and returns 0."""
    assert cli.main(argv) == 0
    assert expected in capsys.readouterr().out


def test_main_reads_sys_argv(monkeypatch, capsys):
    """With no argv, ``main`` takes the process's arguments."""
    monkeypatch.setattr(sys, "argv", ["kimlib", "validate", "--format", "json"])
    assert cli.main() == 0
    assert len(capsys.readouterr().out.splitlines()) == len(SAMPLE_IDS)


def test_python_dash_m_kimlib_help():
    """``python -m kimlib --help`` runs in a fresh interpreter and exits 0."""
    result = subprocess.run(
        [sys.executable, "-m", "kimlib", "--help"],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(SRC)},
    )
    assert result.returncode == 0, result.stderr
    assert "validate" in result.stdout


def test_python_dash_m_kimlib_validate_exit_status(tmp_path):
    """The process exit status is ``main``'s return value (1 for a bad file)."""
    path = _jsonl(tmp_path / "kims.jsonl", BAD)
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "kimlib", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(SRC)},
    )
    assert result.returncode == 1
    assert "members[1].role" in result.stdout


def test_broken_pipe_is_quiet():
    """``kimlib validate | head -1`` ends without a traceback."""
    script = (
        "import subprocess, sys\n"
        "p = subprocess.Popen([sys.executable, '-m', 'kimlib', 'validate'],"
        " stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
        "p.stdout.readline(); p.stdout.close()\n"
        "err = p.stderr.read(); p.wait()\n"
        "sys.stdout.write(err.decode())\n"
    )
    result = subprocess.run(  # noqa: S603 - a fixed script
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(SRC)},
    )
    assert "Traceback" not in result.stdout


def test_every_command_is_in_the_parser():
    """The parser offers exactly the subcommands of ``COMMANDS``."""
    parser = cli.build_parser()
    (action,) = [a for a in parser._actions if a.dest == "command"]
    assert [c.name for c in cli.COMMANDS] == list(action.choices)


def test_cli_messages_are_complete():
    """Every ``cli.`` key the module uses exists, with the same placeholders."""
    folder = Path(cli.__file__).parent
    source = "\n".join(p.read_text(encoding="utf-8") for p in folder.glob("*.py"))
    used = set(re.findall(r'"(cli\.[a-z_.]+)"', source))
    used |= {key for c in cli.COMMANDS for key in (c.help_key, c.description_key)}
    assert used
    assert used <= set(CATALOGUE)
    for key in (k for k in CATALOGUE if k.startswith("cli.")):
        text = CATALOGUE[key]
        assert placeholders(text.id) == placeholders(text.en), key


@given(
    lines=st.lists(
        st.one_of(
            st.binary(max_size=40),
            kim_documents(max_members=3).map(lambda d: json.dumps(d).encode()),
        ),
        max_size=4,
    )
)
def test_validate_is_total(lines):
    """Whatever the file holds, validate returns 0 or 1 and prints one verdict each.

    1 when a document is invalid or a KIM id repeats within the file.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.jsonl"
        content = b"\n".join(line.replace(b"\n", b" ") for line in lines)
        path.write_bytes(content)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main(["validate", "--format", "json", str(path)])
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    codes = [p["code"] for r in records for p in r["problems"]]
    if codes[:1] == ["input.not_json_lines"]:  # a JSON array or a pretty document
        assert (1, 1) == (status, len(records))
        return
    # A BOM opens the file; lines of only (Unicode) white space are blank.
    text = content.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")
    expected = sum(1 for line in text.split("\n") if line.strip())
    ids = [r["kim_id"] for r in records if r["valid"] and r["kim_id"]]
    clean = all(r["valid"] for r in records) and len(ids) == len(set(ids))
    assert status == (0 if clean else 1)
    assert expected == len(records)
    assert err.getvalue() == ""


@given(kim_documents(max_members=5))
def test_generated_documents_are_valid(document):
    """Any document kimlib's own strategies build validates (exit 0)."""
    out = io.StringIO()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one.jsonl"
        path.write_text(json.dumps(document) + "\n", encoding="utf-8")
        with contextlib.redirect_stdout(out):
            assert cli.main(["validate", str(path)]) == 0
    assert ": valid" in out.getvalue()


# --- assess -------------------------------------------------------------------------

SAMPLE_LINES = sample_path().read_text(encoding="utf-8").splitlines()
OUTCOMES = {"eligible", "ineligible", "incomplete", "not_in_force"}


def _line_of(out: str, kim_id: str) -> str:
    (line,) = [line for line in out.splitlines() if f": {kim_id} " in line]
    return line


def test_assess_the_sample_on_a_date(capsys):
    """The sample on 2025-04-17 has ineligible KIMs by design: exit 3."""
    assert cli.main(["assess", "--on", "2025-04-17"]) == cli.EXIT_NOT_ELIGIBLE
    out = capsys.readouterr().out
    assert _line_of(out, "KIM-3673-0001").endswith(
        ": eligible (meets the KIM definition: yes)"
    )
    assert _line_of(out, "KIM-6207-0001").endswith(
        ": ineligible (meets the KIM definition: no)"
    )
    assert "\n  [fail] Number of members: 31 active" in out
    assert "\n  remedy: reduce the active members by 1 to at most 30" in out
    assert (
        "14 KIM(s) assessed: 8 eligible, 4 ineligible, 2 incomplete, "
        "0 not in force, 0 invalid"
    ) == out.splitlines()[-1]


def test_assess_lists_only_findings_that_do_not_pass(capsys):
    """An eligible KIM with an advisory shows it; passes are not listed."""
    cli.main(["assess", "--on", "2025-04-17"])
    lines = capsys.readouterr().out.splitlines()
    at = lines.index(_line_of("\n".join(lines), "KIM-6106-0001"))
    assert lines[at + 1].startswith("  [advisory] Number of members: ")
    assert not lines[at + 2].startswith("  ")
    assert not any(": pass" in line for line in lines)


def test_assess_before_the_partnership_rules(capsys):
    """On 2023-01-01 the partnership requirements are not yet in force."""
    assert cli.main(["assess", "--on", "2023-01-01"]) == cli.EXIT_NOT_ELIGIBLE
    out = capsys.readouterr().out
    assert _line_of(out, "KIM-3673-0001").endswith(
        ": not in force (meets the KIM definition: yes)"
    )
    assert "0 eligible, 2 ineligible, 0 incomplete, 12 not in force" in out


def test_assess_before_any_kim_rule_exits_2(capsys):
    """On 2009-01-01 no KIM rule exists: one message on stderr, exit 2."""
    assert cli.main(["assess", "--on", "2009-01-01"]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("kimlib: no KIM rule is in force on 1 January 2009")
    assert "Traceback" not in captured.out + captured.err
    assert "" == captured.out
    assert cli.main(["assess", "--lang", "id", "--on", "2009-01-01"]) == 2
    assert capsys.readouterr().err.startswith(
        "kimlib: tidak ada aturan KIM yang berlaku pada 1 Januari 2009"
    )


@pytest.mark.parametrize(
    ("on", "reason"),
    [
        pytest.param("17/04/2025", "not a date in the form YYYY-MM-DD", id="day-first"),
        pytest.param(
            "2025-02-30",
            "2025-02-30 does not exist: February 2025 has 28 days",
            id="no-such-day",
        ),
        pytest.param("today", "not a date in the form YYYY-MM-DD", id="word"),
        pytest.param("", "not a date in the form YYYY-MM-DD", id="empty"),
    ],
)
def test_assess_on_not_a_date_exits_2(capsys, on, reason):
    """``--on`` must be an ISO date; otherwise the InvalidArgument message, exit 2."""
    assert cli.main(["assess", "--on", on]) == 2
    captured = capsys.readouterr()
    assert f"kimlib: --on={on!r}: {reason}\n" == captured.err
    assert "" == captured.out


def test_assess_all_eligible_exits_0(tmp_path, capsys):
    """A file of eligible KIMs only: exit 0."""
    path = _jsonl(tmp_path / "ok.jsonl", SAMPLE_LINES[0])
    assert cli.main(["assess", "--on", "2025-04-17", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        f"{path}:1: KIM-3673-0001 KIM Maju Bersama: eligible "
        "(meets the KIM definition: yes)"
    ) in out
    assert (
        "1 KIM(s) assessed: 1 eligible, 0 ineligible, 0 incomplete, "
        "0 not in force, 0 invalid"
    ) in out


def test_assess_without_on_uses_today(tmp_path, capsys):
    """Without ``--on`` each KIM is assessed on today in its zone (a real date)."""
    path = _jsonl(tmp_path / "ok.jsonl", SAMPLE_LINES[0])
    assert cli.main(["assess", "--format", "json", str(path)]) in (0, 1)
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["as_of"])


def test_assess_reports_invalid_documents_like_validate(tmp_path, capsys):
    """An invalid document is printed as ``validate`` prints it; exit 1."""
    path = _jsonl(tmp_path / "kims.jsonl", SAMPLE_LINES[0], BAD)
    assert cli.main(["assess", "--on", "2025-04-17", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:1: KIM-3673-0001 KIM Maju Bersama: eligible" in out
    assert f"{path}:2: KIM-TEST-2 KIM Salah Isi: invalid (1 problem(s))" in out
    assert "  members[1].role: value not allowed; choose one of: ketua," in out
    assert "2 KIM(s) assessed: 1 eligible, 0 ineligible," in out
    assert out.endswith(" 1 invalid\n")


def test_assess_unreadable_file_exits_2(tmp_path, capsys):
    """A missing file: the ``validate`` message on stderr; exit 2 wins."""
    good = _jsonl(tmp_path / "ok.jsonl", SAMPLE_LINES[0])
    status = cli.main(["assess", "--on", "2025-04-17", str(tmp_path / "x"), str(good)])
    assert 2 == status
    captured = capsys.readouterr()
    assert f"kimlib: cannot read {tmp_path / 'x'}: " in captured.err
    assert f"{good}:1: KIM-3673-0001" in captured.out


def test_assess_in_indonesian(capsys):
    """``--lang id``: Indonesian labels, remedies and summary."""
    assert cli.main(["assess", "--on", "2025-04-17", "--lang", "id"]) == 3
    out = capsys.readouterr().out
    line = _line_of(out, "KIM-6207-0001")
    assert line.endswith(": tidak memenuhi syarat (memenuhi definisi KIM: tidak)")
    assert "\n  saran perbaikan: " in out
    assert (
        "14 KIM dinilai: 8 memenuhi syarat kemitraan, 4 tidak memenuhi syarat, "
        "2 datanya belum lengkap, 0 syaratnya belum berlaku, 0 tidak sesuai format"
    ) in out
    assert "remedy" not in out
    assert "is a KIM" not in out


def test_assess_explain(capsys):
    """``--explain`` prints each verdict in full, sources included, indented."""
    assert cli.main(["assess", "--on", "2025-04-17", "--explain"]) == 3
    out = capsys.readouterr().out
    assert "sample_kims.jsonl:5: KIM-6207-0001 KIM Bina Warga:\n" in out
    assert "\n  Outcome: ineligible\n" in out
    assert "\n        source: " in out
    assert "(is a KIM:" not in out


def test_assess_explain_in_indonesian(capsys):
    """``--explain --lang id`` gives the Indonesian explanation."""
    cli.main(["assess", "--on", "2025-04-17", "--explain", "--lang", "id"])
    assert "\n  Hasil: tidak memenuhi syarat\n" in capsys.readouterr().out


def test_assess_json(capsys):
    """``--format json``: one verdict record per KIM with ``file`` and ``line``."""
    assert cli.main(["assess", "--on", "2025-04-17", "--format", "json"]) == 3
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert SAMPLE_IDS == [r["kim_id"] for r in records]
    assert list(range(1, len(SAMPLE_IDS) + 1)) == [r["line"] for r in records]
    assert {"sample_kims.jsonl"} == {r["file"] for r in records}
    assert all(r["outcome"] in OUTCOMES for r in records)
    by_id = {r["kim_id"]: r for r in records}
    assert "ineligible" == by_id["KIM-6207-0001"]["outcome"]
    assert "eligible" == by_id["KIM-3673-0001"]["outcome"]
    assert "2025-04-17" == by_id["KIM-3673-0001"]["as_of"]


def test_assess_json_with_an_invalid_document(tmp_path, capsys):
    """An invalid document in JSON output is ``validate``'s record."""
    path = _jsonl(tmp_path / "kims.jsonl", BAD)
    assert cli.main(["assess", "--format", "json", str(path)]) == 1
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["valid"] is False
    assert "members[1].role" == record["problems"][0]["path"]


def test_strange_kim_names_stay_on_their_line(tmp_path, capsys):
    """A KIM name with line separators or escapes cannot break a line of output."""
    strange = json.loads(SAMPLE_LINES[0])
    strange["name"] = "KIM\u2028Baris\x85Dua\x1b[31m"
    path = _jsonl(tmp_path / "kims.jsonl", strange)
    for command in (["assess", "--on", "2025-04-17"], ["score", "--period", "2025Q1"]):
        assert cli.main([*command, "--format", "json", str(path)]) == 0
        (record,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
        assert strange["name"] == record["kim_name"]
        assert cli.main([*command, "--explain", str(path)]) == 0
        out = capsys.readouterr().out
        assert not any(c in out for c in "\u2028\x85\x1b")


# --- score --------------------------------------------------------------------------


def test_score_the_sample_over_a_quarter(capsys):
    """``--period 2025Q1``: every KIM's total and stage points; exit 0."""
    assert cli.main(["score", "--period", "2025Q1"]) == 0
    out = capsys.readouterr().out
    assert (
        "sample_kims.jsonl:1: KIM-3673-0001 KIM Maju Bersama: 51.1/100 (2025 Q1)"
        == _line_of(out, "KIM-3673-0001")
    )
    assert _line_of(out, "KIM-6106-0002").endswith(": 0/100 (2025 Q1)")
    assert (
        "\n  akses 4.4 \u00b7 diskusi 4.4 \u00b7 implementasi 4.4 \u00b7 networking"
        " 4.4 \u00b7 diseminasi 8.9 \u00b7 aspirasi 4.4; cycles 20\n"
    ) in out
    assert "14 KIM(s) scored, 0 invalid" == out.splitlines()[-1]


def test_score_json(capsys):
    """``--format json``: one report per KIM, ``total`` within 0..100."""
    assert cli.main(["score", "--period", "2025Q1", "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert SAMPLE_IDS == [r["kim_id"] for r in records]
    assert all(0 <= r["total"] <= 100 for r in records)
    assert {"2025Q1"} == {r["period"] for r in records}
    assert all(r["file"] == "sample_kims.jsonl" and r["line"] >= 1 for r in records)
    first = records[0]
    assert first["total"] == pytest.approx(sum(first["by_stage"].values()) + 20)


def test_score_default_period_is_a_quarter(tmp_path, capsys):
    """Without ``--period`` the current quarter in the KIM's zone is scored."""
    path = _jsonl(tmp_path / "ok.jsonl", SAMPLE_LINES[0])
    assert cli.main(["score", "--format", "json", str(path)]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert re.fullmatch(r"\d{4}Q[1-4]", record["period"])


@pytest.mark.parametrize(
    "period",
    [
        pytest.param("2025Q9", id="no-such-quarter"),
        pytest.param("2025-13", id="no-such-month"),
        pytest.param("Q1", id="no-year"),
        pytest.param("2025-03-31/2025-01-01", id="backwards"),
    ],
)
def test_score_bad_period_exits_2(capsys, period):
    """A bad ``--period``: the InvalidArgument message on stderr, exit 2."""
    assert cli.main(["score", "--period", period]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("kimlib: ")
    assert "Traceback" not in captured.err
    assert "" == captured.out


def test_score_bad_period_message(capsys):
    """The bad-period message names the value and the accepted forms."""
    cli.main(["score", "--period", "2025Q9"])
    assert "period='2025Q9' is not a period; use a year" in capsys.readouterr().err


def test_score_in_indonesian_and_explained(capsys):
    """``--lang id``: decimal commas and Indonesian words; ``--explain`` in full."""
    assert cli.main(["score", "--period", "2025Q1", "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert _line_of(out, "KIM-3673-0001").endswith(": 51,1/100 (triwulan I 2025)")
    assert "; siklus 20\n" in out
    assert "14 KIM diberi skor, 0 tidak sesuai format" in out
    assert cli.main(["score", "--period", "2025Q1", "--lang", "id", "--explain"]) == 0
    assert "\n  Skor ADINDA triwulan I 2025: 51,1 dari 100\n" in capsys.readouterr().out


def test_score_invalid_document_exits_1(tmp_path, capsys):
    """An invalid document is reported as ``validate`` does; exit 1."""
    path = _jsonl(tmp_path / "kims.jsonl", SAMPLE_LINES[0], BAD)
    assert cli.main(["score", "--period", "2025Q1", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:1: KIM-3673-0001 KIM Maju Bersama: 51.1/100 (2025 Q1)" in out
    assert f"{path}:2: KIM-TEST-2 KIM Salah Isi: invalid (1 problem(s))" in out
    assert "2 KIM(s) scored, 1 invalid" in out


# --- both ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["assess", "score"])
@pytest.mark.parametrize("extra", [[], ["--explain"], ["--format", "json"]])
@pytest.mark.parametrize("lang", ["en", "id"])
def test_member_names_never_appear(tmp_path, capsys, command, extra, lang):
    """No output of assess or score names a member of the sample or of a test file."""
    path = _jsonl(tmp_path / "kims.jsonl", GOOD, BAD)
    fixed = ["--on", "2025-04-17"] if command == "assess" else ["--period", "2025Q1"]
    for files in ([], [str(path)]):
        cli.main([command, *fixed, *extra, "--lang", lang, *files])
        captured = capsys.readouterr()
        assert captured.out
        for name in ("Warga Contoh", "Warga Rahasia", "Warga Tersembunyi"):
            assert name not in captured.out + captured.err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        pytest.param(["assess", "--help"], "Exit status", id="assess-en"),
        pytest.param(["assess", "--help", "--lang", "id"], "Status keluar", id="as-id"),
        pytest.param(["score", "--help"], "current quarter", id="score-en"),
        pytest.param(["score", "--help", "--lang=id"], "triwulan", id="score-id"),
    ],
)
def test_new_commands_help(capsys, argv, expected):
    """``assess --help`` and ``score --help`` exit 0 in the asked language."""
    assert cli.main(argv) == 0
    assert expected in " ".join(capsys.readouterr().out.split())


@settings(max_examples=30, deadline=None)
@given(
    documents=st.lists(kim_documents(max_members=4), min_size=1, max_size=3),
    command=st.sampled_from(
        [["assess", "--on", "2025-04-17"], ["score", "--period", "2025Q1"]]
    ),
)
def test_assess_and_score_are_total(documents, command):
    """Any generated KIMs: one JSON record each, nothing on stderr.

    Exit 0, 3 for a KIM that is not eligible, 1 for a KIM id used twice.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.jsonl"
        path.write_text("\n".join(json.dumps(d) for d in documents), encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main([*command, "--format", "json", str(path)])
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    ids = [d["id"] for d in documents if d.get("id")]
    repeated = len(ids) != len(set(ids))
    assert len(documents) == len(records)
    assert "" == err.getvalue()
    if command[0] == "assess":
        assert all(r["outcome"] in OUTCOMES for r in records)
        eligible = all(r["outcome"] == "eligible" for r in records)
        assert (1 if repeated else 0 if eligible else 3) == status
    else:
        assert (1 if repeated else 0) == status
        assert all(0 <= r["total"] <= 100 for r in records)


# --- a command line that tells the truth ---------------------------------------------


def test_version(capsys):
    """``kimlib --version`` prints the package version and exits 0."""
    assert 0 == cli.main(["--version"])
    assert f"kimlib {kimlib.__version__}\n" == capsys.readouterr().out


def test_help_lists_the_exit_statuses(capsys):
    """``kimlib --help`` documents every exit status, in both languages."""
    assert 0 == cli.main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Exit status: 0 every document valid" in out
    assert "3 (assess) every document valid but some KIM ineligible" in out
    assert 0 == cli.main(["--lang", "id", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Status keluar: 0 semua dokumen sesuai format" in out
    assert "penggunaan: kimlib" in out
    assert "usage" not in out


def test_invalid_and_ineligible_have_different_statuses(tmp_path):
    """An ineligible KIM exits 3, an invalid document 1, both together 1."""
    ineligible = json.loads(SAMPLE_LINES[4])
    only_ineligible = _jsonl(tmp_path / "a.jsonl", ineligible)
    only_invalid = _jsonl(tmp_path / "b.jsonl", BAD)
    both = _jsonl(tmp_path / "c.jsonl", ineligible, BAD)
    with contextlib.redirect_stdout(io.StringIO()):
        statuses = [
            cli.main(["assess", "--on", "2025-04-17", str(path)])
            for path in (only_ineligible, only_invalid, both)
        ]
    assert [cli.EXIT_NOT_ELIGIBLE, cli.EXIT_INVALID, cli.EXIT_INVALID] == statuses
    assert (3, 1) == (cli.EXIT_NOT_ELIGIBLE, cli.EXIT_INVALID)


def test_explain_in_json_adds_the_explanation(capsys):
    """``--explain --format json`` carries the explanation in the asked language."""
    cli.main(["assess", "--on", "2025-04-17", "--format", "json", "--explain"])
    record = json.loads(capsys.readouterr().out.splitlines()[4])
    assert record["explanation"].startswith("KIM Bina Warga: ")
    assert "Outcome: ineligible" in record["explanation"]
    cli.main(
        ["score", "--period", "2025Q1", "--format", "json", "--explain", "--lang", "id"]
    )
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert "Skor ADINDA" in record["explanation"]


def test_repeated_kim_ids_are_reported(tmp_path, capsys):
    """A KIM id used twice in one file is reported on its second line; exit 1."""
    first = json.loads(SAMPLE_LINES[0])
    path = _jsonl(tmp_path / "kims.jsonl", first, SAMPLE_LINES[1], first)
    assert cli.EXIT_INVALID == cli.main(["validate", str(path)])
    out = capsys.readouterr().out
    assert (
        f"{path}:3: KIM-3673-0001 KIM Maju Bersama: valid\n"
        "  this KIM id is already used on line 1 of the same file\n"
    ) in out
    assert out.endswith("; 1 KIM id(s) used more than once\n")
    cli.main(["assess", "--lang", "id", "--format", "json", str(path)])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [None, None, 1] == [r.get("duplicate_of_line") for r in records]


def test_the_same_id_in_two_files_is_no_repeat(tmp_path, capsys):
    """Ids repeat only within one input: the same KIM in two files is fine."""
    one = _jsonl(tmp_path / "one.jsonl", SAMPLE_LINES[0])
    two = _jsonl(tmp_path / "two.jsonl", SAMPLE_LINES[0])
    assert 0 == cli.main(["validate", str(one), str(two)])
    assert "already used" not in capsys.readouterr().out


def test_control_and_bidi_characters_are_not_echoed(tmp_path, capsys):
    """Names and paths lose control and bidirectional characters in text output."""
    strange = json.loads(SAMPLE_LINES[0])
    strange["name"] = "KIM \u202eanaP\u202c Maju\x1b[2J\r\nPalsu"
    path = _jsonl(tmp_path / "kims\u202e.jsonl", strange)
    for command in (["validate"], ["assess", "--on", "2025-04-17"]):
        cli.main([*command, str(path)])
        out = capsys.readouterr().out
        assert not any(c in out for c in "\u202e\u202c\x1b\r")
        assert "KIM anaP Maju[2J Palsu" in out


def test_an_ascii_terminal_does_not_crash(tmp_path):
    """A non-ASCII KIM name printed with PYTHONIOENCODING=ascii is escaped."""
    named = json.loads(SAMPLE_LINES[0])
    named["name"] = "KIM ꦱꦼꦩꦔꦠ᭄ Désa"
    path = _jsonl(tmp_path / "kims.jsonl", named)
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "kimlib", "assess", "--on", "2025-04-17", str(path)],
        capture_output=True,
        env={"PYTHONIOENCODING": "ascii", "PATH": ""},
        check=False,
    )
    assert b"" == done.stderr
    assert 0 == done.returncode
    assert b"KIM \\ua9b1" in done.stdout
    assert b"D\\xe9sa" in done.stdout


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--lang", "id"], "kimlib: kesalahan: argumen berikut wajib diisi: PERINTAH"),
        (["--lang", "id", "periksa"], "argumen PERINTAH: pilihan tidak dikenal:"),
        (["--lang", "id", "assess", "--on"], "argumen --on: harus diikuti satu nilai"),
        (["--lang", "id", "validate", "--bogus"], "argumen tidak dikenal: --bogus"),
        (["validate", "--lang", "id", "--format", "xml"], "pilih dari 'text', 'json'"),
    ],
)
def test_usage_errors_in_indonesian(capsys, argv, expected):
    """Argparse's own messages are Indonesian with ``--lang id``; exit 2."""
    assert cli.EXIT_USAGE == cli.main(argv)
    err = capsys.readouterr().err
    assert err.startswith("penggunaan: kimlib")
    assert expected in " ".join(err.split())
    for english in ("usage", "error", "required", "invalid choice", "expected"):
        assert english not in err


def test_usage_errors_stay_english_by_default(capsys):
    """Without ``--lang`` argparse keeps its English, and it is put back after."""
    cli.main(["--lang", "id"])
    capsys.readouterr()
    assert cli.EXIT_USAGE == cli.main([])
    err = capsys.readouterr().err
    assert "the following arguments are required: COMMAND" in err
    assert err.startswith("usage: kimlib")


def test_unreadable_reasons_in_both_languages(tmp_path, capsys):
    """A missing file and a folder: reasons in kimlib's words, not the system's."""
    cli.main(["validate", "--lang", "id", str(tmp_path / "x"), str(tmp_path)])
    err = capsys.readouterr().err
    assert f"kimlib: tidak dapat membaca {tmp_path / 'x'}: berkas tidak ada\n" in err
    assert f"kimlib: tidak dapat membaca {tmp_path}: ini sebuah folder" in err


@pytest.mark.parametrize(
    ("error", "key"),
    [
        (PermissionError(errno.EACCES, "x"), "cli.reason.denied"),
        (OSError(errno.EIO, "x"), "cli.reason.other"),
        (OSError(), "cli.reason.other"),
    ],
)
def test_every_open_failure_has_a_reason(error, key):
    """Each errno the CLI names has its key; any other gets the general one."""
    assert key == _reading._reason(error)


@pytest.mark.parametrize("tag", ["id-ID", "id_ID", "in", "ID"])
def test_lang_takes_locale_tags(capsys, tag):
    """``--lang`` accepts the locale tags ``lang`` accepts everywhere."""
    assert 0 == cli.main(["validate", "--lang", tag])
    assert capsys.readouterr().out.endswith("0 tidak sesuai format\n")


def test_lang_refuses_other_tags(capsys):
    """An unsupported ``--lang`` is a usage error naming the supported ones."""
    assert cli.EXIT_USAGE == cli.main(["validate", "--lang", "fr"])
    assert (
        "lang='fr' is not supported; use one of: 'id', 'en'" in capsys.readouterr().err
    )
