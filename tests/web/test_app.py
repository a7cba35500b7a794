"""create_app's arguments, and the language negotiation on its own."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.web.helpers import REGISTRATION, Served

import kimlib
from kimlib import InvalidArgument
from kimlib.rules import default_registry, load_profile
from kimlib.web import create_app
from kimlib.web._language import from_header, negotiate
from kimlib.web._serve import ENVIRONMENT, _load_profiles, app_from_environment

#: The example profile of the docs: a made-up Perbup of Kabupaten Seruyan.
PERBUP = Path(__file__).parents[2] / "docs" / "examples" / "perbup-contoh.toml"
#: A date the example Perbup is in force on.
ON = "2025-08-01"


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("en", "en"),
        ("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", "id"),
        ("en-US,en;q=0.9,id;q=0.8", "en"),
        ("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "en"),
        ("de, *;q=0.1", "id"),
        ("en;q=0.2, in;q=0.8", "id"),
        ("en;q=0.5, id;q=0", "en"),
        ("en;q=abc, id", "id"),
        ("en;q=2", "id"),
        ("", "id"),
        ("x" * 600, "id"),
        (None, "id"),
    ],
)
def test_accept_language(header, lang):
    """q-values rank the tags; the first language kimlib writes wins."""
    assert lang == from_header(header)


@given(st.text(max_size=80))
def test_any_header_gives_a_language(header):
    """No header, however odd, raises: it gives id or en."""
    assert from_header(header) in {"id", "en"}


def test_lang_wins_over_the_header():
    """An explicit lang decides; a bad one is InvalidArgument in both languages."""
    assert "en" == negotiate("EN_us", "id")
    with pytest.raises(InvalidArgument) as raised:
        negotiate("fr", "en")
    assert "tidak didukung" in raised.value.message("id")


@pytest.mark.parametrize(
    "arguments",
    [
        {"document_limit": 0},
        {"document_limit": True},
        {"batch_limit": 1.5},
        {"cors_origins": "https://portal.example"},
        {"cors_origins": [1]},
        {"profiles": ["nasional"]},
        {
            "profiles": [default_registry().profiles()[0]],
            "registry": default_registry(),
        },
    ],
)
def test_bad_arguments(arguments):
    """A bad argument is InvalidArgument, with a message in id and en."""
    with pytest.raises(InvalidArgument) as raised:
        create_app(**arguments)
    assert raised.value.key is not None
    assert raised.value.message("id") != raised.value.message("en")


def test_a_profile_and_a_registry():
    """Profiles are added to kimlib's registry; a registry is used as given."""
    profile = default_registry().profiles()[0]
    assert create_app(profiles=[profile]).routes
    assert create_app(registry=default_registry()).routes


def test_without_the_access_log():
    """access_log=False leaves the access-log middleware out."""
    with_log = create_app()
    without = create_app(access_log=False)
    assert len(with_log.user_middleware) - 1 == len(without.user_middleware)


def test_no_profile_files():
    """Without --profile nothing is read."""
    assert () == _load_profiles([])


def test_profile_files_go_through_load_profile(monkeypatch):
    """Each --profile path is handed to kimlib.rules.load_profile, in order."""
    import kimlib.rules  # noqa: PLC0415

    profile = default_registry().profiles()[0]
    read = []

    def load_profile(path):
        read.append(path)
        return profile

    monkeypatch.setattr(kimlib.rules, "load_profile", load_profile, raising=False)
    assert (profile, profile) == _load_profiles(["a.yaml", "b.toml"])
    assert ["a.yaml", "b.toml"] == read


def test_profile_files_are_read_by_kimlib_rules():
    """--profile FILE goes through kimlib.rules.load_profile: the example Perbup."""
    (profile,) = _load_profiles([str(PERBUP)])
    assert load_profile(PERBUP) == profile
    assert ("62.07",) == tuple(profile.regions)


def test_a_served_profile_file_decides_its_regency(monkeypatch):
    """The workers' app assesses a KIM of Seruyan under the file's Perbup."""
    settings = {"profiles": [str(PERBUP)], "cors_origins": []}
    monkeypatch.setenv(ENVIRONMENT, json.dumps(settings))
    members = REGISTRATION["members"][:8]
    document = {**REGISTRATION, "region": "62.07", "members": members}
    del document["village"]
    expected = kimlib.assess(
        kimlib.load_kim(document), on=ON, profile=load_profile(PERBUP)
    )
    with Served(app_from_environment()) as served:
        verdict = httpx.post(f"{served.url}/v1/assess?on={ON}", json=document)
        rules = httpx.get(f"{served.url}/v1/rules?region=62.07&on={ON}")
    assert kimlib.dump(expected, lang="id") == verdict.json()
    assert "fail" == verdict.json()["findings"][0]["status"]
    assert "members.not_civil_servant" in {r["id"] for r in rules.json()["rules"]}
