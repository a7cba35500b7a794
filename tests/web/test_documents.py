"""POST /v1/validate, /v1/assess and /v1/score over HTTP, against the library."""

from __future__ import annotations

import json

import pytest
from tests.web.helpers import (
    REGISTRATION,
    SECRET_NAME,
    SECRET_NIK,
    body,
    sample_lines,
    secret_document,
)

import kimlib

ON = "2025-04-17"


def test_validate_a_valid_document(client):
    """A valid document gives 200, its id and name and no problems."""
    response = client.post("/v1/validate", json=REGISTRATION)
    assert 200 == response.status_code
    assert "application/json" == response.headers["content-type"]
    expected = {"kim_id": "KIM-6271-0001", "kim_name": "KIM Benchmark", "problems": []}
    assert expected == body(response)


@pytest.mark.parametrize("route", ["/v1/validate", "/v1/assess", "/v1/score"])
def test_an_invalid_document_is_422_in_indonesian_by_default(client, route):
    """Every document route answers 422 with the problems, in Indonesian."""
    response = client.post(route, json=secret_document())
    assert 422 == response.status_code
    assert "application/problem+json" == response.headers["content-type"]
    assert "id" == response.headers["content-language"]
    problem = body(response)
    with pytest.raises(kimlib.InvalidInput) as raised:  # the problems of load_kim
        kimlib.load_kim(secret_document())
    assert [
        {"path": p.path, "code": p.code, "message": p.reason("id")}
        for p in raised.value.problems
    ] == problem["problems"]
    assert 422 == problem["status"]
    assert "dokumen KIM tidak sesuai format" == problem["title"]
    assert problem["type"].endswith("/invalid-document")


@pytest.mark.parametrize(
    ("query", "headers"),
    [
        ("?lang=en", {}),
        ("?lang=en-GB", {"Accept-Language": "id"}),
        ("", {"Accept-Language": "fr;q=1, en-US;q=0.9, id;q=0.1"}),
    ],
)
def test_the_problems_in_english(client, query, headers):
    """Lang (or Accept-Language, with q-values) gives English problems."""
    response = client.post(
        "/v1/validate" + query, json=secret_document(), headers=headers
    )
    assert 422 == response.status_code
    assert "en" == response.headers["content-language"]
    problem = body(response)
    assert "invalid KIM document" == problem["title"]
    messages = [p["message"] for p in problem["problems"]]
    assert "value not allowed; choose one of: " in messages[0]


@pytest.mark.parametrize("route", ["/v1/validate", "/v1/assess", "/v1/score"])
def test_no_error_body_holds_a_name_or_nik(client, route):
    """A refused document's name and NIK are not echoed (nor in English)."""
    for lang in ("id", "en"):
        response = client.post(f"{route}?lang={lang}", json=secret_document())
        assert 422 == response.status_code
        assert SECRET_NAME not in response.text
        assert SECRET_NIK not in response.text
        assert SECRET_NIK[:-1] not in response.text


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "line", sample_lines(), ids=lambda line: json.loads(line)["id"]
)
def test_assess_gives_the_library_verdict(client, line, lang):
    """The verdict over HTTP is the library's, in the asked language."""
    response = client.post(
        f"/v1/assess?on={ON}&lang={lang}",
        content=line.encode(),
        headers={"Content-Type": "application/json"},
    )
    assert 200 == response.status_code
    verdict = kimlib.assess(kimlib.load_kim(line), on=ON)
    answer = body(response)
    answer.pop("mapping", None)  # the KIM's placement beside it: test_picture
    assert kimlib.dump(verdict, lang=lang) == answer


def test_assess_without_a_date_is_today(client):
    """Without on, the verdict is as of today in the KIM's time zone."""
    response = client.post("/v1/assess", json=REGISTRATION)
    assert 200 == response.status_code
    expected = kimlib.assess(kimlib.load_kim(REGISTRATION)).as_of.isoformat()
    assert expected == body(response)["as_of"]


def test_assess_accepts_what_curl_dash_d_sends(client):
    """Curl -d posts as application/x-www-form-urlencoded: still a document."""
    response = client.post(
        f"/v1/assess?on={ON}",
        content=json.dumps(REGISTRATION).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert 200 == response.status_code
    assert "eligible" == body(response)["outcome"]


def test_a_verdict_body_holds_no_member_name(client):
    """Even a successful verdict carries no member's name or NIK."""
    document = {**REGISTRATION, "members": [
        {**m, "name": SECRET_NAME, "nik": SECRET_NIK} if i == 0 else m
        for i, m in enumerate(REGISTRATION["members"])
    ]}  # fmt: skip
    response = client.post(f"/v1/assess?on={ON}", json=document)
    assert 200 == response.status_code
    assert SECRET_NAME not in response.text
    assert SECRET_NIK not in response.text


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "period", ["2025Q1", "2025", "2025-03", "2025-01-01/2025-03-31"]
)
def test_score_gives_the_library_report(client, period, lang):
    """The ADINDA report over HTTP is the library's, named by its KIM."""
    line = sample_lines()[0]
    response = client.post(
        f"/v1/score?period={period}&lang={lang}",
        content=line.encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert 200 == response.status_code
    kim = kimlib.load_kim(line)
    report = kimlib.dump(kimlib.score(kim, period=period), lang=lang)
    expected = {"kim_id": kim.id, "kim_name": kim.name, **report}
    answer = body(response)
    answer.pop("mapping", None)  # the KIM's placement beside it: test_picture
    assert expected == answer
    assert "KIM-3673-0001" == answer["kim_id"]


def test_score_without_a_period_is_the_current_quarter(client):
    """Without period, the report covers the current quarter."""
    response = client.post("/v1/score", json=REGISTRATION)
    assert 200 == response.status_code
    kim = kimlib.load_kim(REGISTRATION)
    assert kimlib.score(kim).period.label == body(response)["period"]


def test_an_empty_body_is_not_json(client):
    """No body at all is an invalid document (not JSON), not a crash."""
    response = client.post("/v1/assess?lang=en")
    assert 422 == response.status_code
    assert [
        {
            "path": "",
            "code": "input.json_syntax_column",
            "message": "not valid JSON (column 1)",
        }
    ] == body(response)["problems"]
