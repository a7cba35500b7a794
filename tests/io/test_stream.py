"""load_kims: JSON Lines with line numbers, blank lines, raise or collect."""

from __future__ import annotations

import io
import json

import pytest

from kimlib.errors import InvalidArgument, InvalidInput
from kimlib.io import LoadResult, load_kims
from kimlib.model import Kim


def _doc(name):
    return {"name": name, "region": "36.73", "members": []}


GOOD = [json.dumps(_doc(f"KIM {i}")) for i in range(4)]
BAD = json.dumps({"name": "KIM Rusak", "region": "99.99", "members": []})
LINES = [GOOD[0], "", GOOD[1], BAD, "   ", GOOD[2], "{not json", GOOD[3]]
# line numbers:   1   2      3     4    5      6        7          8


@pytest.fixture
def registry(tmp_path):
    """A JSON Lines file with blank lines and two bad documents (lines 4, 7)."""
    path = tmp_path / "registry.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_raise_stops_at_the_first_bad_line(registry):
    """errors="raise" yields the good KIMs, then raises with the line number."""
    stream = load_kims(registry)
    assert ["KIM 0", "KIM 1"] == [next(stream).name, next(stream).name]
    with pytest.raises(InvalidInput) as info:
        next(stream)
    assert [4] == [p.line for p in info.value.problems]
    assert ("region",) == info.value.paths
    assert "line 4: region" in str(info.value)
    assert "baris 4: region" in info.value.message("id")


def test_collect_goes_on(registry):
    """errors="collect" yields one result per document, bad ones included."""
    results = list(load_kims(registry, errors="collect"))
    assert all(isinstance(r, LoadResult) for r in results)
    assert [1, 3, 4, 6, 7, 8] == [r.line for r in results]
    assert [True, True, False, True, False, True] == [r.ok for r in results]
    bad = [r for r in results if not r.ok]
    assert [None, None] == [r.kim for r in bad]
    assert [("error.region_unknown", 4), ("input.json_syntax_column", 7)] == [
        (r.error.problems[0].code, r.error.problems[0].line) for r in bad
    ]
    assert all(isinstance(r.kim, Kim) and r.error is None for r in results if r.ok)


def test_blank_lines_are_skipped(registry):
    """Blank and whitespace-only lines are no documents."""
    good = [line for line in LINES if line.strip() and line not in (BAD, "{not json")]
    path = registry.with_name("good.jsonl")
    path.write_text("\n\n".join(good) + "\n\n", encoding="utf-8")
    assert [f"KIM {i}" for i in range(4)] == [k.name for k in load_kims(path)]
    assert [f"KIM {i}" for i in range(4)] == [k.name for k in load_kims(str(path))]


def test_open_files_and_iterables(registry):
    """An open binary or text file, or an iterable of documents, works too."""
    with registry.open("rb") as binary:
        assert 6 == len(list(load_kims(binary, errors="collect")))
    with registry.open(encoding="utf-8") as text:
        assert 6 == len(list(load_kims(text, errors="collect")))
    items = [_doc("A"), GOOD[1], _doc("")]
    results = list(load_kims(items, errors="collect"))
    assert [(1, True), (2, True), (3, False)] == [(r.line, r.ok) for r in results]
    assert ("name",) == results[2].error.paths
    assert ["KIM A"] == [
        k.name for k in load_kims(io.StringIO(json.dumps(_doc("KIM A"))))
    ]


def test_ignore_unknown_applies_to_every_line(tmp_path):
    """ignore_unknown is passed on to each document."""
    path = tmp_path / "extra.jsonl"
    path.write_text(json.dumps({**_doc("KIM"), "extra": 1}) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput):
        list(load_kims(path))
    assert ["KIM"] == [k.name for k in load_kims(path, ignore_unknown=True)]


@pytest.mark.parametrize("errors", ["ignore", "", None, "RAISE"])
def test_bad_errors_argument(registry, errors):
    """errors= other than "raise"/"collect" is an InvalidArgument, raised at once."""
    with pytest.raises(InvalidArgument, match="errors="):
        load_kims(registry, errors=errors)
