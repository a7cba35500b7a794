"""``kimlib serve``: its options, its errors, and the real command over HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from tests.web.helpers import REGISTRATION, SECRET_NAME, SECRET_NIK, secret_document

import kimlib
from kimlib.cli import main
from kimlib.web import _serve


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "address to listen on"), ("id", "alamat yang didengarkan")],
)
def test_help_in_both_languages(capsys, lang, words):
    """Serve --help lists its options in the asked language."""
    assert 0 == main(["--lang", lang, "serve", "--help"])
    out = capsys.readouterr().out
    assert words in out
    options = (
        "--host",
        "--port",
        "--workers",
        "--profile",
        "--root-path",
        "--cors-origin",
    )
    for option in options:
        assert option in out
    assert "--format" not in out  # serve prints no results


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--port", "70000"], "--port must be from 0 to 65535"),
        (["--workers", "0"], "--workers must be 1 or more"),
    ],
)
def test_bad_options(capsys, arguments, message):
    """A port out of range or no worker is a usage error (2)."""
    assert 2 == main(["serve", *arguments])
    assert f"kimlib: {message}\n" == capsys.readouterr().err


def test_without_the_extra(capsys, monkeypatch):
    """Without the web extra the command says how to install it."""
    monkeypatch.setitem(sys.modules, "kimlib.web._serve", None)
    assert 2 == main(["--lang", "id", "serve"])
    assert "pip install" in capsys.readouterr().err


def test_the_options_reach_uvicorn(monkeypatch):
    """Host, port, workers and root path go to uvicorn; its access log is off."""
    seen = {}
    monkeypatch.setattr(
        _serve.uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw)
    )
    monkeypatch.delenv(_serve.ENVIRONMENT, raising=False)
    everywhere = "0.0.0.0"  # noqa: S104 - only handed to the fake uvicorn.run
    arguments = ["serve", "--host", everywhere, "--port", "9999", "--workers", "2",
                 "--root-path", "/kim",
                 "--cors-origin", "https://kim.example"]  # fmt: skip
    assert 0 == main(arguments)
    assert "kimlib.web._serve:app_from_environment" == seen["app"]
    assert (True, everywhere, 9999, 2, "/kim", False) == (
        seen["factory"],
        seen["host"],
        seen["port"],
        seen["workers"],
        seen["root_path"],
        seen["access_log"],
    )
    assert "kimlib.web" in seen["log_config"]["loggers"]
    settings = {"profiles": [], "cors_origins": ["https://kim.example"]}
    assert settings == json.loads(os.environ[_serve.ENVIRONMENT])


@pytest.mark.parametrize(("code", "status"), [(3, 1), (1, 1), (0, 0), (None, 0)])
def test_a_server_that_cannot_start_is_status_1(monkeypatch, code, status):
    """Uvicorn exits when it cannot start (a port in use): serve exits 1, not 3."""

    def stop(*_args, **_kwargs):
        raise SystemExit(code)

    monkeypatch.setattr(_serve.uvicorn, "run", stop)
    assert status == main(["serve", "--port", "9999"])


def test_the_workers_build_the_app(monkeypatch):
    """Each worker builds the application from the environment."""
    settings = {"profiles": [], "cors_origins": ["https://kim.example"]}
    monkeypatch.setenv(_serve.ENVIRONMENT, json.dumps(settings))
    app = _serve.app_from_environment()
    assert "/v1/assess" in {route.path for route in app.routes}
    (cors,) = [m for m in app.user_middleware if "CORS" in m.cls.__name__]
    assert ["https://kim.example"] == cors.kwargs["allow_origins"]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_real_command(tmp_path):
    """Kimlib serve answers over HTTP and its log holds no name, NIK or query."""
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as stderr:
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "kimlib", "serve", "--port", str(port)],
            stdout=stderr,
            stderr=stderr,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"{url}/healthz")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
        assert 200 == health.status_code
        verdict = httpx.post(
            f"{url}/v1/assess?on=2025-04-17&lang=en", json=REGISTRATION
        )
        expected = kimlib.assess(kimlib.load_kim(REGISTRATION), on="2025-04-17")
        assert expected.outcome.value == verdict.json()["outcome"]
        refused = httpx.post(
            f"{url}/v1/validate?q={SECRET_NIK}", json=secret_document()
        )
        assert 422 == refused.status_code
        assert "dokumen KIM tidak sesuai format" == refused.json()["title"]
    finally:
        process.terminate()
        process.wait(timeout=30)
    text = log.read_text()
    assert "POST /v1/assess 200" in text
    assert "POST /v1/validate 422" in text
    assert SECRET_NIK not in text
    assert SECRET_NAME not in text
    assert "on=2025" not in text
