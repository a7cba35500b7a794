"""Time and peak memory of kimlib reading hostile JSON Lines files.

Each file is written to a temporary folder and read in a fresh interpreter by
``list(kimlib.load_kims(path, errors="collect"))``; the script prints seconds
and the peak resident memory (VmHWM) per file. Run:
``python benchmarks/hostile.py``. Numbers, never assertions.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

BASE = {"name": "KIM", "region": "62.71", "members": []}
MIB = 1 << 20


def _files() -> dict[str, bytes]:
    good = json.dumps(BASE).encode()
    near_limit = (
        b'{"name":"K","region":"62.71","members":['
        + b",".join([b'{"role":"x"}'] * ((MIB - 64) // 13))
        + b"]}"
    )
    return {
        "100 MB name on one line": (
            b'{"name":"' + b"K" * (100 * MIB) + b'","region":"62.71","members":[]}'
        ),
        "1M members on one line (39 MB)": json.dumps(
            {**BASE, "members": [{"role": "anggota"}] * 1_000_000}
        ).encode(),
        "1 MiB document of 80k bad members": near_limit,
        "1 MiB of nested brackets": b"[" * (MIB - 1),
        "100k lines with bad bytes": b"\n".join(
            [good.replace(b"KIM", b"K\xff")] * 100_000
        ),
        "100k lines with surrogate escapes": b"\n".join(
            [good.replace(b"KIM", b"K\\ud800")] * 100_000
        ),
        "100k valid lines padded with 1 KiB of spaces": b"\n".join(
            [json.dumps({**BASE, "region": "62.71" + " " * 1024}).encode()] * 100_000
        ),
        "JSON array of 10k documents (pretty)": json.dumps(
            [BASE] * 10_000, indent=2
        ).encode(),
    }


_READ = """
import sys, time
import kimlib
start = time.perf_counter()
results = list(kimlib.load_kims(sys.argv[1], errors="collect"))
seconds = time.perf_counter() - start
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) / 1024  # kB -> MiB
bad = sum(not r.ok for r in results)
print(f"{seconds:.2f} {peak:.0f} {len(results)} {bad}")
"""


def main() -> None:
    """Write each hostile file, read it in a fresh process, print the numbers."""
    print(f"{'file':48} {'MiB':>6} {'s':>6} {'peak MiB':>9} {'results':>8} {'bad':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for name, data in _files().items():
            path = Path(folder) / "hostile.jsonl"
            path.write_bytes(data)
            done = subprocess.run(  # noqa: S603 - our own interpreter and script
                [sys.executable, "-c", _READ, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds, peak, results, bad = done.stdout.split()
            size = len(data) / MIB
            print(f"{name:48} {size:6.1f} {seconds:>6} {peak:>9} {results:>8} {bad:>7}")


if __name__ == "__main__":
    main()
