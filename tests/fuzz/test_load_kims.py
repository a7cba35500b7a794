"""Fuzzing load_kims: files and iterables of any lines give results, never crash.

A collecting stream yields one result per non-blank line (or one for an
empty or non-JSON-Lines input) and never stops early; nothing but a
KimlibError escapes; the planted secrets never surface.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from tests.fuzz.budget import (
    SECRET_NAME,
    SECRET_NIK,
    assert_no_secret,
    error_strings,
    examples,
)

from kimlib.errors import KimlibError
from kimlib.io import load_kims
from kimlib.strategies import hostile_texts, json_values, kim_documents

_GOOD = kim_documents(max_members=3).map(json.dumps)
_LINE = (
    _GOOD
    | json_values().map(json.dumps)
    | hostile_texts(40)
    | st.sampled_from(["", " ", "\u00a0", "[", "{", "]", "}", "\ufeff{}",
                       json.dumps({"name": SECRET_NAME, "nik": SECRET_NIK})])
)  # fmt: skip
_LINES = st.lists(_LINE, max_size=8)


def _results(source: object) -> list[object]:
    try:
        return list(load_kims(source, errors="collect"))
    except KimlibError as error:
        assert_no_secret(list(error_strings(error)))
        return []


def _summary(results: list[object]) -> list[object]:
    return [
        (
            r.line,
            r.kim,
            None if r.error is None else [(p.path, p.code) for p in r.error.problems],
        )
        for r in results
    ]


def _check(results: list[object]) -> None:
    for result in results:
        assert result.ok == (result.error is None)
        if result.error is not None:
            assert result.error.problems
            assert result.error.__cause__ is None
            assert_no_secret(list(error_strings(result.error)))


@examples(300)
@given(_LINES, st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_files(lines, newline, bom):
    """A file of any lines, read by path, as bytes and as open files."""
    # Lone surrogates become bytes that are not UTF-8: a file with bad bytes.
    data = newline.join(lines).encode("utf-8", "surrogatepass")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kims.jsonl"
        path.write_bytes(data)
        by_path = _results(path)
        _check(by_path)
        with path.open(encoding="utf-8") as text:
            assert _summary(by_path) == _summary(_results(text))
        with path.open(encoding="utf-8", errors="surrogateescape") as text:
            _check(_results(text))
    assert [r.line for r in by_path] == [r.line for r in _results(data)]
    _check(_results(io.BytesIO(data)))


@examples(300)
@given(st.lists(_LINE | json_values(), max_size=8))
def test_iterables(items):
    """An iterable of any items (text, dicts, numbers): one result per item."""
    results = _results(items)
    _check(results)
    if results and results[0].error is not None:
        codes = [p.code for p in results[0].error.problems]
        if codes == ["input.not_json_lines"]:
            assert 1 == len(results)
            return
    # A byte order mark opens the first line only, and is dropped there.
    texts = [i.removeprefix("\ufeff") if n == 0 and isinstance(i, str) else i
             for n, i in enumerate(items)]  # fmt: skip
    blank = sum(1 for i in texts if isinstance(i, str) and not i.strip())
    assert len(items) - blank == len(results)
