"""The GET routes: rules, regions, schemas, OpenAPI, docs, health; CORS; proxies."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest
from openapi_spec_validator import validate
from tests.web.helpers import body

from kimlib import InvalidArgument, regions
from kimlib.io import json_schema
from kimlib.rules import catalogue
from kimlib.web import _app, create_app
from kimlib.web._records import catalogue_body, region_body


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    ("region", "on"), [("61.06", "2025-04-17"), (None, "2025-04-17"), ("36.73", None)]
)
def test_rules_are_the_catalogue(client, region, on, lang):
    """/v1/rules is kimlib.rules.catalogue, in the asked language."""
    query = {
        "lang": lang,
        **({"region": region} if region else {}),
        **({"on": on} if on else {}),
    }
    response = client.get("/v1/rules", params=query)
    assert 200 == response.status_code
    day = None if on is None else dt.date.fromisoformat(on)
    expected = catalogue_body(catalogue(on, region), region=region, on=day, lang=lang)
    assert expected == body(response)


def test_rule_titles_follow_the_language(client):
    """The first rule's title reads in Indonesian, then English."""
    titles = [
        body(client.get("/v1/rules", params={"on": "2025-04-17", "lang": lang}))[
            "rules"
        ][0]["title"]
        for lang in ("id", "en")
    ]
    assert ["Jumlah anggota", "Number of members"] == titles


@pytest.mark.parametrize("code", ["36.73", "6271", "62.71.01.1001", "11"])
def test_a_region_by_code(client, code):
    """/v1/regions/{code} gives the region's record."""
    response = client.get(f"/v1/regions/{code}", headers={"Accept-Language": "en"})
    assert 200 == response.status_code
    assert region_body(regions.get(code), "en") == body(response)


@pytest.mark.parametrize("code", ["62.99", "not-a-code", "9" * 30])
def test_an_unknown_region_is_404(client, code):
    """A code of no region is 404, without the code echoed."""
    response = client.get(f"/v1/regions/{code}")
    assert 404 == response.status_code
    assert code not in response.text


def test_region_search(client):
    """/v1/regions?q= finds regions by name, best first, up to limit."""
    response = client.get("/v1/regions", params={"q": "Kapuas Hulu", "limit": "3"})
    assert 200 == response.status_code
    expected = [region_body(r, "id") for r in regions.find("Kapuas Hulu")[:3]]
    assert expected == body(response)["regions"]
    assert "61.06" == body(response)["regions"][0]["code"]


def test_a_search_that_finds_nothing_is_empty(client):
    """No match is 200 with an empty list."""
    response = client.get("/v1/regions", params={"q": "Zzzyxw"})
    assert {"regions": []} == body(response)


@pytest.mark.parametrize("name", ["kim", "verdict", "adinda_report"])
def test_schemas(client, name):
    """/v1/schemas/{name} is kimlib.io.json_schema(name)."""
    response = client.get(f"/v1/schemas/{name}")
    assert 200 == response.status_code
    assert "application/schema+json" == response.headers["content-type"]
    assert json_schema(name) == body(response)


def test_an_unknown_schema_is_404_listing_the_known(client):
    """An unknown schema name is 404; the detail lists the known names."""
    response = client.get("/v1/schemas/nope", params={"lang": "en"})
    assert 404 == response.status_code
    assert (
        "no schema has this name; choose one of: kim, verdict"
        in body(response)["detail"]
    )


def test_openapi_is_valid_3_1(client):
    """/v1/openapi.json validates as OpenAPI 3.1 and lists every route."""
    response = client.get("/v1/openapi.json")
    document = body(response)
    validate(document)
    assert document["openapi"].startswith("3.1")
    routes = {route.path for route in create_app().routes}
    assert routes == set(document["paths"])
    assert [{"url": "/"}] == document["servers"]


def test_the_docs_page_works_offline(client):
    """/docs is one HTML page that loads nothing from another host."""
    response = client.get("/docs")
    assert 200 == response.status_code
    assert response.headers["content-type"].startswith("text/html")
    assert not re.search(r"(src|href)=\"?(https?:)?//", response.text)
    assert 'fetch(base + "/v1/openapi.json")' in response.text
    assert '<html lang="id">' in response.text
    english = client.get("/docs", headers={"Accept-Language": "en-US,en;q=0.5"})
    assert "<title>kimlib web API</title>" in english.text


def test_health(client):
    """/healthz answers ok with the version."""
    response = client.get("/healthz")
    assert {"status": "ok", "version": "0.1.0"} == body(response)


def test_cors_is_off_by_default(client):
    """Without cors_origins a browser's preflight is not granted."""
    response = client.options(
        "/v1/assess",
        headers={
            "Origin": "https://portal.example",
            "Access-Control-Request-Method": "POST",
        },
    )
    assert "access-control-allow-origin" not in response.headers
    simple = client.get("/healthz", headers={"Origin": "https://portal.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_cors_when_configured(cors_url):
    """With cors_origins the named origin may call the API, others not."""
    preflight = httpx.options(
        f"{cors_url}/v1/assess",
        headers={
            "Origin": "https://portal.example",
            "Access-Control-Request-Method": "POST",
        },
    )
    assert 200 == preflight.status_code
    assert "https://portal.example" == preflight.headers["access-control-allow-origin"]
    other = httpx.get(
        f"{cors_url}/healthz", headers={"Origin": "https://other.example"}
    )
    assert "access-control-allow-origin" not in other.headers


def test_behind_a_proxy_that_strips_the_prefix(proxied_url):
    """With root_path /kim the routes answer and OpenAPI names the prefix."""
    assert 200 == httpx.get(f"{proxied_url}/healthz").status_code
    document = body(httpx.get(f"{proxied_url}/v1/openapi.json"))
    assert [{"url": "/kim"}] == document["servers"]


def test_a_listed_schema_kimlib_does_not_know_is_404(client, monkeypatch):
    """A documented name that this kimlib cannot give yet is 404, not 500."""
    monkeypatch.setattr(_app, "json_schema", _no_schema)
    assert 404 == client.get("/v1/schemas/row").status_code


def _no_schema(name):
    msg = f"of={name!r} names no schema"
    raise InvalidArgument(msg)


def test_the_example_document_is_valid(client):
    """The body example of the OpenAPI document (prefilled in /docs) validates."""
    document = body(client.get("/v1/openapi.json"))
    media = document["paths"]["/v1/assess"]["post"]["requestBody"]["content"]
    example = media["application/json"]["example"]
    assert 200 == client.post("/v1/validate", json=example).status_code
