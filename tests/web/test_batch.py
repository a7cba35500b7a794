"""POST /v1/batch: JSON Lines in, one row per line out, against the library."""

from __future__ import annotations

import json

import httpx
import pytest
from tests.web.helpers import (
    SECRET_NAME,
    SECRET_NIK,
    SMALL_DOCUMENT,
    sample_lines,
    secret_document,
)

import kimlib
import kimlib.io

NDJSON = {"Content-Type": "application/x-ndjson"}
ON = "2025-04-17"


def _rows(response):
    assert 200 == response.status_code
    assert "application/x-ndjson" == response.headers["content-type"]
    return [json.loads(line) for line in response.text.splitlines()]


_EXPECTED_KEYS = ("line", "kim_id", "kim_name", "region", "outcome", "is_kim",
                  "statuses", "total", "by_stage", "cycle", "problems")  # fmt: skip


def _expected(line, number, period):
    """What assess and score give for one valid line."""
    kim = kimlib.load_kim(line)
    verdict = kimlib.assess(kim, on=ON)
    row = {
        "line": number,
        "kim_id": kim.id,
        "kim_name": kim.name,
        "region": kim.region,
        "outcome": verdict.outcome.value,
        "is_kim": verdict.is_kim,
        "statuses": {f.rule_id: f.status.value for f in verdict.findings},
        "total": None,
        "by_stage": None,
        "cycle": None,
        "problems": [],
    }
    if period is not None:
        report = kimlib.score(kim, period=period)
        row["total"] = report.total
        row["by_stage"] = {s.value: p for s, p in report.by_stage.items()}
        row["cycle"] = report.cycle
    return row


@pytest.mark.parametrize("period", [None, "2025"])
def test_the_sample_registry(client, period):
    """Every line's row is what assess (and score) give for it."""
    lines = sample_lines()
    query = {"on": ON, **({"period": period} if period else {})}
    response = client.post(
        "/v1/batch", params=query, content="\n".join(lines) + "\n", headers=NDJSON
    )
    rows = _rows(response)
    expected = [_expected(line, i, period) for i, line in enumerate(lines, start=1)]
    assert expected == [{key: row[key] for key in _EXPECTED_KEYS} for row in rows]


def test_invalid_lines_blank_lines_and_line_numbers(client):
    """Blank lines are skipped and counted; invalid lines carry their problems."""
    valid = sample_lines()[0]
    text = "\n".join(
        [valid, "", json.dumps(secret_document()), "not json", "  ", valid]
    )
    response = client.post(
        "/v1/batch", params={"on": ON, "lang": "en"}, content=text, headers=NDJSON
    )
    rows = _rows(response)
    assert [1, 3, 4, 6] == [row["line"] for row in rows]
    assert ["eligible", None, None, "eligible"] == [row["outcome"] for row in rows]
    invalid = rows[1]
    assert ("KIM Rahasia", "36.73", None) == (
        invalid["kim_name"],
        invalid["region"],
        invalid["kim_id"],
    )
    with pytest.raises(kimlib.InvalidInput) as raised:
        kimlib.load_kim(secret_document())
    assert list(raised.value.paths) == [p["path"] for p in invalid["problems"]]
    assert {3} == {p["line"] for p in invalid["problems"]}
    not_json = {"path": "", "code": "input.json_syntax_column", "line": 4}
    assert [
        {**not_json, "params": {"column": 5}, "message": "not valid JSON (column 5)"}
    ] == rows[2]["problems"]
    assert SECRET_NAME not in response.text
    assert SECRET_NIK not in response.text


def test_problems_in_indonesian_by_default(client):
    """The batch's problem messages follow the negotiated language."""
    response = client.post(
        "/v1/batch", params={"on": ON}, content=b"[1]\n", headers=NDJSON
    )
    (row,) = _rows(response)
    assert "id" == response.headers["content-language"]
    assert row["problems"][0]["message"]


def test_an_empty_registry_gives_no_rows(client):
    """No lines, no rows."""
    assert [] == _rows(
        client.post("/v1/batch", params={"on": ON}, content=b"", headers=NDJSON)
    )


def test_many_lines_come_in_order(client):
    """A registry larger than one block of work keeps its line order."""
    lines = sample_lines() * 60
    response = client.post(
        "/v1/batch",
        params={"on": ON},
        content="\n".join(lines).encode(),
        headers=NDJSON,
    )
    rows = _rows(response)
    assert list(range(1, len(lines) + 1)) == [row["line"] for row in rows]
    assert [json.loads(line)["id"] for line in lines] == [row["kim_id"] for row in rows]


def test_a_line_over_the_document_limit(small_url):
    """A line longer than one document may be is refused alone; the rest go on."""
    valid = sample_lines()[1]
    long_line = json.dumps({"name": "x" * (2 * SMALL_DOCUMENT)})
    text = f"{long_line}\n{valid}\n{long_line}\n{valid}"
    response = httpx.post(
        f"{small_url}/v1/batch",
        params={"on": ON, "lang": "en"},
        content=text.encode(),
        headers=NDJSON,
    )
    rows = _rows(response)
    assert [1, 2, 3, 4] == [row["line"] for row in rows]
    expected = f"this line is over the limit of one document ({SMALL_DOCUMENT} bytes)"
    for row in (rows[0], rows[2]):
        assert [expected] == [p["message"] for p in row["problems"]]
        assert row["outcome"] is None
    assert json.loads(valid)["id"] == rows[1]["kim_id"] == rows[3]["kim_id"]


@pytest.mark.parametrize("media", ["application/json", "application/jsonl", None])
def test_accepted_line_types(client, media):
    """JSON Lines under its usual names, JSON, or no type at all."""
    headers = {} if media is None else {"Content-Type": media}
    response = client.post(
        "/v1/batch",
        params={"on": ON},
        content=sample_lines()[0].encode(),
        headers=headers,
    )
    assert 1 == len(_rows(response))


def test_curl_dash_d_is_refused_with_a_hint(client):
    """-d strips the line breaks: 415 says to use --data-binary."""
    response = client.post(
        "/v1/batch?lang=en",
        params={"on": ON},
        content=b"{}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert 415 == response.status_code
    assert "--data-binary" in response.json()["detail"]


def test_the_row_schema_describes_every_row(client):
    """json_schema("row") accepts every row and declares every key they carry."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = kimlib.io.json_schema("row")
    validator = jsonschema.Draft202012Validator(schema)
    text = "\n".join([*sample_lines(), json.dumps(secret_document()), "[1]"])
    response = client.post(
        "/v1/batch",
        params={"on": ON, "period": "2025"},
        content=text,
        headers=NDJSON,
    )
    rows = _rows(response)
    row_keys = set(schema["$defs"]["RowRecord"]["properties"])
    problem_keys = set(schema["$defs"]["RowProblemRecord"]["properties"])
    for row in rows:
        validator.validate(row)
        assert set() == set(row) - row_keys
        for problem in row["problems"]:
            assert set() == set(problem) - problem_keys
    assert 2 == sum(row["outcome"] is None for row in rows)
