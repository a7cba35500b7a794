"""A bounded load test of ``kimlib serve``: POST /v1/assess of a 12-member KIM.

Starts its own server on a free port of 127.0.0.1 (``--workers 1`` or 2),
sends a fixed number of requests at a fixed concurrency over keep-alive
connections, prints requests per second and p50/p99 latency, stops the
server and exits. Nothing leaves this machine. Goals (issue 13): p50 at
most 1 ms at concurrency 1 with one worker; at least 1,000 requests/s at
concurrency 16 with two workers.

    python benchmarks/web.py                 # both goals' settings
    python benchmarks/web.py --workers 2 --concurrency 16 --requests 20000

The client is aiohttp when it is installed (``pip install aiohttp``), else
httpx.AsyncClient. Use aiohttp: on the machine of the numbers in
docs/portal.md httpx itself spends about 2 ms in each socket send (5 ms a
request even for /healthz, against 0.2 ms for a plain socket), so with
httpx the numbers measure the client rather than the server.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HOST = "127.0.0.1"
#: The registration document of benchmarks/assess.py: 12 members, three documents.
sys.path.insert(0, str(Path(__file__).parent))
from assess import DOCUMENT  # noqa: E402 - the benchmarks' one copy of it

PATH = "/v1/assess?on=2025-04-17&lang=id"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def server(workers: int) -> Iterator[str]:
    """A ``kimlib serve`` process on a free port; its base URL."""
    port = free_port()
    src = Path(__file__).resolve().parent.parent / "src"
    env = {
        **os.environ,
        "PYTHONPATH": f"{src}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
    }
    command = [sys.executable, "-m", "kimlib", "serve", "--host", HOST,
               "--port", str(port), "--workers", str(workers)]  # fmt: skip
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            with (
                contextlib.suppress(OSError),
                socket.create_connection((HOST, port), timeout=0.2),
            ):
                break
            if time.monotonic() > deadline or process.poll() is not None:
                msg = "the server did not start"
                raise RuntimeError(msg)
            time.sleep(0.05)
        time.sleep(0.5 * workers)  # every worker has imported kimlib
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


async def _run_aiohttp(
    base: str, body: bytes, requests: int, concurrency: int
) -> list[float]:
    import aiohttp  # noqa: PLC0415

    latencies: list[float] = []
    remaining = requests
    headers = {"Content-Type": "application/json"}
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(base, connector=connector) as session:

        async def one_client() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                start = time.perf_counter()
                async with session.post(PATH, data=body, headers=headers) as response:
                    await response.read()
                    if response.status != 200:
                        msg = f"status {response.status}"
                        raise RuntimeError(msg)
                latencies.append(time.perf_counter() - start)

        await asyncio.gather(*(one_client() for _ in range(concurrency)))
    return latencies


async def _run_httpx(
    base: str, body: bytes, requests: int, concurrency: int
) -> list[float]:
    import httpx  # noqa: PLC0415

    latencies: list[float] = []
    remaining = requests
    headers = {"Content-Type": "application/json"}
    limits = httpx.Limits(
        max_connections=concurrency, max_keepalive_connections=concurrency
    )
    # Without TCP_NODELAY the body waits for the ACK of the headers (Nagle's
    # algorithm against delayed ACKs): about 10 ms a request, all client.
    nodelay = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
    transport = httpx.AsyncHTTPTransport(limits=limits, socket_options=nodelay)
    async with httpx.AsyncClient(base_url=base, transport=transport) as client:

        async def one_client() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                start = time.perf_counter()
                response = await client.post(PATH, content=body, headers=headers)
                response.raise_for_status()
                latencies.append(time.perf_counter() - start)

        await asyncio.gather(*(one_client() for _ in range(concurrency)))
    return latencies


def measure(workers: int, concurrency: int, requests: int, client: str) -> None:
    body = json.dumps(DOCUMENT).encode()
    run = _run_aiohttp if client == "aiohttp" else _run_httpx
    with server(workers) as base:
        asyncio.run(run(base, body, min(requests, 500), concurrency))  # warm up
        start = time.perf_counter()
        latencies = asyncio.run(run(base, body, requests, concurrency))
        elapsed = time.perf_counter() - start
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
    print(
        f"workers={workers} concurrency={concurrency} requests={requests} "
        f"client={client}: {requests / elapsed:,.0f} requests/s, "
        f"p50 {p50:.2f} ms, p99 {p99:.2f} ms"
    )


def main() -> None:
    try:
        import aiohttp  # noqa: F401, PLC0415
    except ModuleNotFoundError:
        default_client = "httpx"
    else:
        default_client = "aiohttp"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, choices=(1, 2))
    parser.add_argument("--concurrency", type=int)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument(
        "--client", choices=("aiohttp", "httpx"), default=default_client
    )
    args = parser.parse_args()
    if args.workers and args.concurrency:
        settings = [(args.workers, args.concurrency)]
    else:  # the two goals' settings
        settings = [(1, 1), (1, 16), (2, 16)]
    for workers, concurrency in settings:
        measure(workers, concurrency, args.requests, args.client)


if __name__ == "__main__":
    main()
