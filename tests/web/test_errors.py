"""Every error status of the web API: problem+json bodies in both languages."""

from __future__ import annotations

import json
import logging
import socket
import time

import httpx
import pytest
from tests.web.helpers import (
    REGISTRATION,
    SECRET_NAME,
    SECRET_NIK,
    SMALL_BATCH,
    SMALL_DOCUMENT,
    body,
    secret_document,
)

import kimlib
from kimlib.web import BATCH_LIMIT, DOCUMENT_LIMIT, _app

PROBLEM = "application/problem+json"


def _problem(response, status):
    assert status == response.status_code
    assert PROBLEM == response.headers["content-type"]
    problem = body(response)
    assert status == problem["status"]
    assert {"type", "title", "status", "detail"} <= set(problem)
    return problem


@pytest.mark.parametrize(
    ("method", "url", "parameter"),
    [
        ("POST", "/v1/assess?on=17/04/2025", "on"),
        ("POST", "/v1/assess?on=2025-02-30", "on"),
        ("POST", "/v1/assess?on=2009-12-31", "on"),
        ("POST", "/v1/assess?lang=fr", "lang"),
        ("POST", "/v1/score?period=2025Q5", "period"),
        ("POST", "/v1/batch?period=2025", "on"),
        ("POST", "/v1/batch?on=2010-05-31", "on"),
        ("POST", "/v1/batch?on=2025-04-17&period=Q1", "period"),
        ("GET", "/v1/rules?region=99.99", "region"),
        ("GET", "/v1/rules?region=12/34", "region"),
        ("GET", "/v1/rules?on=yesterday", "on"),
        ("GET", "/v1/rules?on=2001-01-01", "on"),
        ("GET", "/v1/regions", "q"),
        ("GET", "/v1/regions?q=%20", "q"),
        ("GET", "/v1/regions?q=" + "x" * 101, "q"),
        ("GET", "/v1/regions?q=Serang&limit=0", "limit"),
        ("GET", "/v1/regions?q=Serang&limit=many", "limit"),
        ("GET", "/docs?lang=xx", "lang"),
    ],
)
def test_a_bad_query_value_is_400_naming_the_parameter(client, method, url, parameter):
    """400 names the parameter and says what it accepts, in id and en."""
    content = b"{}" if method == "POST" else None
    problem = _problem(client.request(method, url, content=content), 400)
    assert parameter == problem["parameter"]
    assert problem["detail"].startswith(f"nilai parameter {parameter} tidak sah: ")
    english = client.request(
        method, url, content=content, headers={"Accept-Language": "en"}
    )
    detail = _problem(english, 400)["detail"]
    assert detail.startswith(f"the value of parameter {parameter} is not valid: ")


def test_a_bad_lang_is_refused_in_the_headers_language(client):
    """lang=fr gets its 400 in the Accept-Language's language."""
    response = client.get("/healthz?lang=fr", headers={"Accept-Language": "en"})
    assert "invalid parameter value" == _problem(response, 400)["title"]


@pytest.mark.parametrize(
    ("lang", "title"), [("id", "tidak ditemukan"), ("en", "not found")]
)
def test_an_unknown_route_is_404(client, lang, title):
    """Any other path is 404 with a problem body."""
    problem = _problem(client.get(f"/v2/assess/{SECRET_NIK}?lang={lang}"), 404)
    assert title == problem["title"]
    assert SECRET_NIK not in str(problem)


@pytest.mark.parametrize(
    ("method", "url", "allowed"),
    [
        ("GET", "/v1/assess", "POST"),
        ("PUT", "/v1/validate", "POST"),
        ("POST", "/v1/rules", "GET, HEAD"),
        ("DELETE", "/v1/regions/36.73", "GET, HEAD"),
    ],
)
def test_a_wrong_method_is_405_with_allow(client, method, url, allowed):
    """405 says which methods the route takes, in the body and in Allow."""
    response = client.request(method, url, headers={"Accept-Language": "en"})
    problem = _problem(response, 405)
    assert set(allowed.split(", ")) == set(response.headers["allow"].split(", "))
    assert f"method {method} is not allowed here; use: " in problem["detail"]


@pytest.mark.parametrize("route", ["/v1/validate", "/v1/assess", "/v1/score"])
@pytest.mark.parametrize(
    "media", ["text/plain", "application/xml", "multipart/form-data"]
)
def test_a_wrong_content_type_is_415(client, route, media):
    """A document route reads JSON only."""
    response = client.post(route, content=b"{}", headers={"Content-Type": media})
    problem = _problem(response, 415)
    assert ["application/json"] == problem["accepted"]
    assert repr(media) in problem["detail"]


def test_a_json_suffix_type_is_json(client):
    """application/something+json is JSON too."""
    response = client.post(
        "/v1/validate",
        json=REGISTRATION,
        headers={"Content-Type": "application/vnd.kim+json"},
    )
    assert 200 == response.status_code


def test_a_document_over_the_limit_is_413(small_url):
    """A body over the document limit is refused, the limit named."""
    document = {**REGISTRATION, "name": "x" * SMALL_DOCUMENT}
    response = httpx.post(f"{small_url}/v1/assess?lang=en", json=document)
    problem = _problem(response, 413)
    assert SMALL_DOCUMENT == problem["limit"]
    expected = f"the request body is over the limit of {SMALL_DOCUMENT} bytes"
    assert expected == problem["detail"]


def test_a_chunked_document_over_the_limit_is_413(small_url):
    """Without Content-Length the limit holds while reading."""

    def chunks():
        yield b'{"name": "'
        for _ in range(4):
            yield b"x" * (SMALL_DOCUMENT // 2)
        yield b'"}'

    response = httpx.post(f"{small_url}/v1/validate", content=chunks())
    assert SMALL_DOCUMENT == _problem(response, 413)["limit"]


def test_a_batch_over_the_limit_is_413(small_url):
    """A registry over the batch limit is refused before any row."""
    line = (b'{"name": "' + b"x" * 1000 + b'"}\n') * (SMALL_BATCH // 1000)
    response = httpx.post(
        f"{small_url}/v1/batch?on=2025-04-17",
        content=line,
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert SMALL_BATCH == _problem(response, 413)["limit"]


def test_a_chunked_batch_over_the_limit_is_413(small_url):
    """A registry streamed without Content-Length is cut at the limit too."""

    def chunks():
        for _ in range(SMALL_BATCH // 1000 + 2):
            yield b'{"name": "' + b"x" * 1000 + b'"}\n'

    response = httpx.post(f"{small_url}/v1/batch?on=2025-04-17", content=chunks())
    assert SMALL_BATCH == _problem(response, 413)["limit"]


def _declared(url, path, length):
    """The status line of a request that only declares its length."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        request = (
            f"POST {path} HTTP/1.1\r\nHost: {host}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
        )
        sock.sendall(request.encode())
        return sock.recv(65536).split(b"\r\n", 1)[0]


@pytest.mark.parametrize(
    ("path", "limit"),
    [("/v1/assess", DOCUMENT_LIMIT), ("/v1/batch?on=2025-04-17", BATCH_LIMIT)],
)
def test_the_default_limits(base_url, path, limit):
    """16 MiB a document and 256 MiB a batch, refused before reading."""
    assert b"413" == _declared(base_url, path, limit + 1).split(b" ")[1]
    assert (16 * 2**20, 256 * 2**20) == (DOCUMENT_LIMIT, BATCH_LIMIT)


def test_a_fault_is_500_and_logs_only_its_type(client, monkeypatch, caplog):
    """An unexpected error answers 500 and logs no message that could hold data."""

    def broken(*_args, **_kwargs):
        raise KeyError(SECRET_NAME)

    monkeypatch.setattr(kimlib, "assess", broken)
    with caplog.at_level(logging.INFO, logger="kimlib.web"):
        response = client.post("/v1/assess", json=REGISTRATION)
    problem = _problem(response, 500)
    assert "kesalahan di server" == problem["title"]
    assert SECRET_NAME not in response.text
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert ["internal error: KeyError"] == errors


EXPECTED_LINES = (
    "POST /v1/assess 422 ",
    "POST /v1/validate 422 ",
    "GET /v1/regions/{code} 404 ",
    "GET /v1/regions 200 ",
    "GET (no route) 404 ",
)


def _access_lines(caplog):
    """The access log's lines once each expected one is there.

    The server writes a line after it has sent the answer, so the last one
    may follow the client's return by a moment.
    """
    deadline = time.monotonic() + 10
    while True:
        lines = [
            r.getMessage() for r in caplog.records if r.name == "kimlib.web.access"
        ]
        seen = all(any(line.startswith(p) for line in lines) for p in EXPECTED_LINES)
        if seen or time.monotonic() > deadline:
            return lines
        time.sleep(0.01)


def test_logs_hold_no_name_nik_or_query(client, caplog):
    """The access log names method, route and status; never bodies or queries."""
    with caplog.at_level(logging.INFO, logger="kimlib.web"):
        client.post(f"/v1/assess?on=2025-04-17&q={SECRET_NIK}", json=secret_document())
        client.post("/v1/validate", json=secret_document())
        client.get(f"/v1/regions/{SECRET_NIK}")
        client.get(f"/v1/regions?q={SECRET_NAME}")
        client.get(f"/nothing/{SECRET_NIK}")
        lines = _access_lines(caplog)
    for prefix in EXPECTED_LINES:
        assert any(line.startswith(prefix) for line in lines), prefix
    text = "\n".join(lines)
    assert SECRET_NAME not in text
    assert SECRET_NIK not in text
    assert "?" not in text


def test_no_rule_in_force_for_the_kim_is_400_on(client, monkeypatch):
    """When no profile is in force for the KIM on the date, on is refused."""

    def not_in_force(*_args, **_kwargs):
        raise kimlib.RuleNotInForce("no profile")

    monkeypatch.setattr(kimlib, "assess", not_in_force)
    problem = _problem(client.post("/v1/assess?on=2025-04-17", json=REGISTRATION), 400)
    assert "on" == problem["parameter"]
    assert "tidak ada aturan KIM yang berlaku pada tanggal ini" in problem["detail"]


def test_no_catalogue_in_force_is_400_on(client, monkeypatch):
    """/v1/rules on a date no profile covers refuses on."""

    def not_in_force(*_args, **_kwargs):
        raise kimlib.RuleNotInForce("no profile")

    monkeypatch.setattr(_app, "catalogue", not_in_force)
    problem = _problem(client.get("/v1/rules?on=2025-04-17&lang=en"), 400)
    assert "on" == problem["parameter"]


def test_a_fault_in_a_batch_ends_it_with_a_problem_line(client, monkeypatch, caplog):
    """Once rows are streaming, a fault ends the answer with a problem line."""

    def broken(*_args, **_kwargs):
        raise KeyError(SECRET_NAME)

    monkeypatch.setattr(kimlib.batch, "evaluate_block", broken)
    with caplog.at_level(logging.INFO, logger="kimlib.web"):
        response = client.post(
            "/v1/batch?on=2025-04-17&period=2025",
            json=REGISTRATION,
            headers={"Content-Type": "application/x-ndjson"},
        )
    assert 200 == response.status_code
    (line,) = [json.loads(text) for text in response.text.splitlines()]
    assert (500, "kesalahan di server") == (line["status"], line["title"])
    assert SECRET_NAME not in response.text
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert ["internal error: KeyError"] == errors
