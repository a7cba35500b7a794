"""Shared values of the web API tests: documents, secrets, a server in a thread."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from pathlib import Path

from kimlib.io import sample_path

FACTS = {
    "civil_servant": False,
    "criminal_record": False,
    "party_affiliation": False,
    "ngo_affiliation": False,
}
ROLES = ["ketua", "wakil_ketua", "sekretaris", "bendahara"] + ["anggota"] * 8
#: The 12-member registration document of the load test.
REGISTRATION = {
    "id": "KIM-6271-0001",
    "name": "KIM Benchmark",
    "region": "62.71",
    "village": "62.71.01.1001",
    "founded_on": "2019-03-01",
    "members": [
        {"name": f"Anggota {i}", "role": role, "joined_on": "2019-03-01", **FACTS}
        for i, role in enumerate(ROLES)
    ],
    "documents": [
        {"kind": "sk_pembentukan", "issuer": "lurah", "issued_on": "2019-03-05"},
        {
            "kind": "nomor_induk",
            "issuer": "dinas_kabupaten_kota",
            "issued_on": "2019-04-01",
        },
        {
            "kind": "susunan_pengurus",
            "acknowledged_by": "lurah",
            "issued_on": "2019-03-05",
        },
    ],
}

#: A member's name and NIK that must never come back or reach a log.
SECRET_NAME = "Rahasia Sekali"  # noqa: S105 - a test value, not a password
SECRET_NIK = "3673015505900001"  # noqa: S105

#: Small limits for the server of the limit tests.
SMALL_DOCUMENT = 8 * 1024
SMALL_BATCH = 64 * 1024


def sample_lines() -> list[str]:
    """The lines of the bundled sample registry (14 fictional KIMs)."""
    return Path(sample_path()).read_text(encoding="utf-8").splitlines()


def secret_document() -> dict[str, object]:
    """An invalid document whose member carries the secret name and NIK."""
    return {
        "name": "KIM Rahasia",
        "region": "36.73",
        "members": [
            {"name": SECRET_NAME, "nik": SECRET_NIK, "role": "raja"},
            {"name": SECRET_NAME + " Dua", "nik": SECRET_NIK[:-1] + "x", "role": 3},
        ],
    }


class Served:
    """A running server: its base URL and a way to stop it."""

    def __init__(self, app: object, root_path: str = "") -> None:
        """Bind a free port of 127.0.0.1 for ``app``; start on ``with``."""
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        import uvicorn  # noqa: PLC0415 - the web extra may be missing

        config = uvicorn.Config(
            app,
            log_config=None,
            access_log=False,
            root_path=root_path,
            lifespan="off",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> Served:  # noqa: PYI034
        """Start the server and wait until it answers."""
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:  # pragma: no cover - a broken setup
                msg = "the server did not start"
                raise RuntimeError(msg)
            time.sleep(0.01)
        return self

    def __exit__(self, *_: object) -> None:
        """Stop the server."""
        self.server.should_exit = True
        self.thread.join(timeout=20)
        with contextlib.suppress(OSError):
            self.sock.close()


def body(response: object) -> object:
    """The JSON of an httpx response."""
    return json.loads(response.content)  # type: ignore[attr-defined]
