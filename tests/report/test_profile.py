"""``kimlib report --profile FILE``: the file's regions are reported under it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.rules.helpers import SERUYAN, document

from kimlib import cli

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "perbup-contoh.toml"


def _outcomes(capsys, *args):
    status = cli.main(["report", "--on", "2025-08-01", "--format", "json", *args])
    kims = json.loads(capsys.readouterr().out)["kims"]
    return status, [(k["outcome"], k["membership.size"]) for k in kims]


def test_report_with_a_profile_file(tmp_path, capsys):
    """Nine members pass kimlib's rules but fail the Perbup's minimum of ten."""
    registry = tmp_path / "registry.jsonl"
    registry.write_text(
        json.dumps(document(SERUYAN, members=9)) + "\n", encoding="utf-8"
    )
    assert (0, [("eligible", "pass")]) == _outcomes(capsys, str(registry))
    status, found = _outcomes(capsys, str(registry), "--profile", str(EXAMPLE))
    assert (0, [("ineligible", "fail")]) == (status, found)


def test_report_html_with_a_profile_file(tmp_path, capsys):
    """The HTML details are assessed under the profile as well."""
    registry = tmp_path / "registry.jsonl"
    registry.write_text(
        json.dumps(document(SERUYAN, members=9)) + "\n", encoding="utf-8"
    )
    arguments = ["report", str(registry), "--on", "2025-08-01", "--format", "html"]
    cli.main([*arguments, "--profile", str(EXAMPLE)])
    page = capsys.readouterr().out
    assert "minimum of 10" in page


def test_report_with_a_missing_profile_file(tmp_path, capsys):
    """A profile file that does not exist: status 2 and a message."""
    missing = str(tmp_path / "none.toml")
    assert 2 == cli.main(["report", "--on", "2025-08-01", "--profile", missing])
    assert "does not exist" in capsys.readouterr().err
