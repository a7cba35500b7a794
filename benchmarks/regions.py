"""Benchmark kimlib.regions: import, first and warm lookups, memory.

Run with ``PYTHONPATH=src python benchmarks/regions.py``. Prints numbers and
asserts nothing. Cold numbers come from fresh interpreters (median of a few).
"""

from __future__ import annotations

import csv
import os
import random
import statistics
import subprocess
import sys
import textwrap
import timeit
from pathlib import Path

RUNS = 5
QUERIES = Path(__file__).parent.parent / "tests" / "regions" / "search_queries.csv"


def fresh(code: str) -> float:
    """Run ``code`` in a fresh interpreter; it prints one float."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    return float(done.stdout.strip())


def median_ms(code: str) -> float:
    return statistics.median(fresh(code) for _ in range(RUNS)) * 1000


IMPORT = """
    import time
    t = time.perf_counter()
    import kimlib.regions
    print(time.perf_counter() - t)
"""
IMPORT_PENDULUM_FIRST = """
    import time
    import pendulum, attrs
    t = time.perf_counter()
    import kimlib.regions
    print(time.perf_counter() - t)
"""
FIRST_VILLAGE = """
    import time
    import kimlib.regions as regions
    t = time.perf_counter()
    regions.get("62.71.01.1001")
    print(time.perf_counter() - t)
"""
FIRST_REGENCY = """
    import time
    import kimlib.regions as regions
    t = time.perf_counter()
    regions.get("62.71")
    print(time.perf_counter() - t)
"""
FIRST_FIND = """
    import time
    import kimlib.regions as regions
    t = time.perf_counter()
    regions.find("Palangka Raya")
    print(time.perf_counter() - t)
"""
MEMORY = """
    import tracemalloc
    tracemalloc.start()
    import kimlib.regions as regions
    from kimlib.regions import _data
    before = tracemalloc.get_traced_memory()[0]
    for level in (1, 2, 3, 4):
        _data.table(level)
    print(tracemalloc.get_traced_memory()[0] - before)
"""
MEMORY_INDEX = """
    import tracemalloc
    import kimlib.regions as regions
    from kimlib.regions import _data
    for level in (1, 2, 3, 4):
        _data.table(level)
    tracemalloc.start()
    regions.find("Palangka Raya")
    print(tracemalloc.get_traced_memory()[0])
"""
MEMORY_REGIONS = """
    import tracemalloc
    import kimlib.regions as regions
    from kimlib.regions import _data
    codes = _data.table(4).codes[:16384]
    tracemalloc.start()
    for code in codes:
        regions.get(code)
    print(tracemalloc.get_traced_memory()[0])
"""


def search_quality() -> None:
    """Top-1 hit rate of find over the realistic queries, and the misses."""
    from kimlib import regions  # noqa: PLC0415

    with QUERIES.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    misses = []
    for row in rows:
        found = regions.find(row["query"])
        if not found or found[0].code != row["expected"]:
            misses.append((row["query"], row["expected"], found[:1]))
    hits = len(rows) - len(misses)
    print(f"find top-1 hit rate:  {hits}/{len(rows)} = {hits / len(rows):.1%}")
    for miss in misses:
        print("  miss:", *miss)
    times = [
        timeit.timeit(lambda q=row["query"]: regions.find(q), number=3) / 3
        for row in rows
    ]
    print(
        f"find over the list:   median {statistics.median(times) * 1000:.1f} ms,"
        f" worst {max(times) * 1000:.1f} ms per query"
    )


def main() -> None:
    from kimlib import regions  # noqa: PLC0415 - timed separately above
    from kimlib.regions import _data  # noqa: PLC0415

    print(f"python {sys.version.split()[0]}, median of {RUNS} fresh runs")
    print(f"import kimlib.regions (cold):            {median_ms(IMPORT):8.1f} ms")
    print(
        "import kimlib.regions (attrs, pendulum in):"
        f" {median_ms(IMPORT_PENDULUM_FIRST):6.1f} ms"
    )
    print(
        f"first regency lookup (loads level 2):    {median_ms(FIRST_REGENCY):8.1f} ms"
    )
    print(
        f"first village lookup (loads level 4):    {median_ms(FIRST_VILLAGE):8.1f} ms"
    )
    print(f"first find (loads and indexes 4 levels): {median_ms(FIRST_FIND):8.1f} ms")

    villages = list(_data.table(4).codes)
    rng = random.Random(2025)
    sample = rng.sample(villages, 1000)
    for code in sample:
        regions.get(code)
    hot = timeit.timeit(lambda: [regions.get(c) for c in sample], number=20)
    print(f"warm get (cached Region):                {hot / 20_000 * 1e6:8.2f} µs")
    spread = rng.sample(villages, 40_000)  # more than the Region cache holds
    cold = timeit.timeit(lambda: [regions.get(c) for c in spread], number=1)
    print(f"get of an uncached village:              {cold / 40_000 * 1e6:8.2f} µs")
    undotted = [c.replace(".", "") for c in sample]
    plain = timeit.timeit(lambda: [regions.get(c) for c in undotted], number=20)
    print(f"warm get, undotted code:                 {plain / 20_000 * 1e6:8.2f} µs")
    finds = timeit.timeit(lambda: regions.find("Kota Serang"), number=20)
    print(f"warm find('Kota Serang'):                {finds / 20 * 1000:8.2f} ms")
    search_quality()
    kinds = timeit.timeit(lambda: regions.village_kind("32"), number=1)
    print(f"village_kind('32'), first call:          {kinds * 1000:8.2f} ms")

    mib = 1024 * 1024
    print(f"memory, all four tables (tracemalloc):   {fresh(MEMORY) / mib:8.1f} MiB")
    print(
        f"memory, find index:                      {fresh(MEMORY_INDEX) / mib:8.1f} MiB"
    )
    print(
        "memory, 16,384 cached Region objects:    "
        f"{fresh(MEMORY_REGIONS) / mib:8.1f} MiB"
    )


if __name__ == "__main__":
    main()
