"""Time kimlib.rules.assess alone and load_kim + assess for a 12-member document.

Prints the median over many runs (microseconds); no assertions. Goals
(issue 4): assess alone at most 10 µs; load_kim + assess at most 50 µs.

    PYTHONPATH=src python benchmarks/assess.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from kimlib.io import load_kim
from kimlib.rules import assess

FACTS = {
    "civil_servant": False,
    "criminal_record": False,
    "party_affiliation": False,
    "ngo_affiliation": False,
}
ROLES = ["ketua", "wakil_ketua", "sekretaris", "bendahara"] + ["anggota"] * 8
DOCUMENT = {
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
ON = "2025-04-17"


def median_us(
    function: Callable[[], object], runs: int = 20_000, batch: int = 10
) -> float:
    for _ in range(1000):  # warm the caches
        function()
    samples = []
    for _ in range(runs // batch):
        start = time.perf_counter_ns()
        for _ in range(batch):
            function()
        samples.append((time.perf_counter_ns() - start) / batch / 1000)
    return statistics.median(samples)


def main() -> None:
    kim = load_kim(DOCUMENT)
    verdict = assess(kim, on=ON)
    print(f"outcome: {verdict.outcome.value} ({len(verdict.findings)} findings)")
    print(
        f"assess alone:        {median_us(lambda: assess(kim, on=ON)):8.2f} µs median"
    )
    print(
        f"load_kim only:       {median_us(lambda: load_kim(DOCUMENT)):8.2f} µs median"
    )
    both = median_us(lambda: assess(load_kim(DOCUMENT), on=ON))
    print(f"load_kim + assess:   {both:8.2f} µs median")


if __name__ == "__main__":
    main()
