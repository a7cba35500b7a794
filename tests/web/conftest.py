"""Fixtures of the web API tests: real uvicorn servers on free ports of 127.0.0.1.

Each server runs the application of :func:`kimlib.web.create_app` in a
thread, and the tests talk HTTP to it with httpx. Skipped as a whole when
the ``web`` extra (or httpx) is not installed; CI installs both.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

from tests.web.helpers import SMALL_BATCH, SMALL_DOCUMENT, Served  # noqa: E402

from kimlib.web import create_app  # noqa: E402


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    """The URL of a server of the default application."""
    with Served(create_app()) as served:
        yield served.url


@pytest.fixture(scope="session")
def small_url() -> Iterator[str]:
    """The URL of a server with small limits (8 KiB a document, 64 KiB a batch)."""
    app = create_app(document_limit=SMALL_DOCUMENT, batch_limit=SMALL_BATCH)
    with Served(app) as served:
        yield served.url


@pytest.fixture(scope="session")
def cors_url() -> Iterator[str]:
    """The URL of a server that lets one portal's pages call it."""
    with Served(create_app(cors_origins=["https://portal.example"])) as served:
        yield served.url


@pytest.fixture(scope="session")
def proxied_url() -> Iterator[str]:
    """The URL of a server behind a proxy that strips the prefix ``/kim``."""
    with Served(create_app(), root_path="/kim") as served:
        yield served.url


@pytest.fixture
def client(base_url: str) -> Iterator[httpx.Client]:
    """An httpx client of the default server."""
    with httpx.Client(base_url=base_url, timeout=30) as session:
        yield session
