"""Fuzzing the command line: planted names and NIKs never reach its output.

Documents (valid and mutated) with a planted member name and NIK go through
``validate``, ``assess`` and ``score``, as text and JSON, in both languages;
neither standard output nor standard error holds a piece of the secrets, and
nothing but the documented exit codes (0 to 3) comes back.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from tests.fuzz.budget import assert_no_secret, examples
from tests.fuzz.test_load_kim import _planted, _samples

from kimlib import cli
from kimlib.strategies import mutated_kim_documents

_COMMANDS = st.sampled_from(
    [["validate"], ["assess", "--on", "2025-04-17"], ["score", "--period", "2025"],
     ["assess", "--on", "2025-04-17", "--explain"], ["redact"]]
)  # fmt: skip


@examples(80)
@given(
    st.lists(
        _planted(mutated_kim_documents(documents=st.sampled_from(_samples())))
        | st.sampled_from(_samples()),
        min_size=1,
        max_size=3,
    ),
    _COMMANDS,
    st.sampled_from(["text", "json"]),
    st.sampled_from(["id", "en"]),
)
def test_cli_output_holds_no_secret(documents, command, form, lang):
    """No secret on stdout or stderr, whatever the documents and options."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kims.jsonl"
        lines = (json.dumps(d, ensure_ascii=False) for d in documents)
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
        out, err = io.StringIO(), io.StringIO()
        arguments = [*command, "--lang", lang, str(path)]
        if command != ["redact"]:
            arguments[1:1] = ["--format", form]
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main(arguments)
    assert status in {0, 1, 2, 3}  # 3: assess found a KIM not eligible
    assert_no_secret([out.getvalue(), err.getvalue()])
