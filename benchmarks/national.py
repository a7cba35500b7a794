"""Every goal of the national-registry benchmark in one run, beside the orjson floor.

    pip install -e ".[bench]"                       # orjson, the floor
    PYTHONPATH=src python benchmarks/registry.py    # writes registry.jsonl
    PYTHONPATH=src python benchmarks/national.py [registry.jsonl] [--json out.json]

Prints a table (goal, measured, target, met) and writes the numbers as JSON.
Times are wall-clock on this machine, ratios are taken within the one run;
nothing here asserts. ``--no-check`` skips the full-registry check that every
batch row equals ``load_kim`` + ``assess`` + ``score`` (it runs the object
path over every line, which takes a while). The OpenFisca peer of the issue is
not run here (an AGPL dependency and its own model; see docs/batch.md).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import msgspec

from kimlib import batch
from kimlib.adinda import Activity, ActivityForm, score_activities
from kimlib.errors import InvalidInput
from kimlib.io import load_kim
from kimlib.rules import assess

sys.path.insert(0, str(Path(__file__).parent))
from assess import DOCUMENT

ON = "2025-04-17"
PERIOD = "2025"


def _orjson() -> Callable[[bytes], object]:
    try:
        import orjson  # noqa: PLC0415
    except ImportError:  # pragma: no cover - the bench extra installs it
        print("orjson is not installed (pip install -e '.[bench]'); using msgspec")
        return msgspec.json.decode
    return orjson.loads


def best_of(function: Callable[[], object], repeat: int = 3) -> float:
    """The best wall time of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def median_us(
    function: Callable[[], object], runs: int = 20_000, group: int = 10
) -> float:
    """The median time of one call, in microseconds."""
    for _ in range(500):
        function()
    samples = []
    for _ in range(runs // group):
        start = time.perf_counter_ns()
        for _ in range(group):
            function()
        samples.append((time.perf_counter_ns() - start) / group / 1000)
    return statistics.median(samples)


def parse_file(path: Path, loads: Callable[[bytes], object]) -> None:
    """The floor: parse every line of the file, keep nothing."""
    with path.open("rb") as handle:
        for line in handle:
            loads(line)


def drain(rows: object) -> int:
    """Consume an iterator of rows; how many there were."""
    count = 0
    for _ in rows:  # type: ignore[attr-defined]
        count += 1
    return count


def peak_memory(path: Path) -> tuple[float, float]:
    """Resident memory of a fresh process streaming ``path``, in MiB (Linux).

    Returns (after loading the region tables, the most seen while streaming,
    sampled every 500 rows): the growth that streaming adds is their
    difference.
    """
    code = (
        "import sys\n"
        "from kimlib import batch, regions\n"
        "from kimlib.regions import _data\n"
        "def rss():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmRSS:'):\n"
        "            return int(line.split()[1])\n"
        "_data.table(4); regions.get('62.71')\n"
        "list(batch.evaluate_block(b'', on='2025-04-17'))\n"
        "base = peak = rss()\n"
        "for n, _ in enumerate(batch.evaluate(sys.argv[1], on='2025-04-17',"
        " period='2025')):\n"
        "    if n % 500 == 0:\n"
        "        peak = max(peak, rss())\n"
        "print(base, max(peak, rss()))\n"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")},
    ).stdout.split()
    base, peak = (int(v) / 1024 for v in out)
    return base, peak


def import_ms() -> float:
    """The median time of ``import kimlib`` in a fresh interpreter, in ms."""
    code = (
        "import time; t = time.perf_counter(); import kimlib; "
        "print((time.perf_counter() - t) * 1000)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    runs = [
        float(
            subprocess.run(  # noqa: S603
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout
        )
        for _ in range(7)
    ]
    return statistics.median(runs)


def check_rows(path: Path) -> tuple[int, int]:
    """How many rows differ from the object path (and how many were checked)."""
    mismatches = checked = 0
    with path.open("rb") as handle:
        rows = batch.evaluate(path, on=ON, period=PERIOD)
        for row, line in zip(rows, handle, strict=True):
            checked += 1
            try:
                kim = load_kim(line)
            except InvalidInput as error:
                paths = [(p.path, p.code) for p in error.problems]
                same = row.outcome is None and paths == [
                    (p.path, p.code) for p in row.problems
                ]
            else:
                verdict = assess(kim, on=ON)
                report = __import__("kimlib").score(kim, PERIOD)
                same = (
                    row.outcome is verdict.outcome
                    and row.is_kim == verdict.is_kim
                    and row.statuses == verdict.statuses
                    and math.isclose(row.total, report.total, abs_tol=1e-9)
                    and math.isclose(row.cycle, report.cycle, abs_tol=1e-9)
                    and all(
                        math.isclose(row.by_stage[s], v, abs_tol=1e-9)
                        for s, v in report.by_stage.items()
                    )
                )
            mismatches += not same
    return mismatches, checked


def _activities(n: int) -> list[Activity]:
    import datetime as dt  # noqa: PLC0415

    start = dt.datetime(2025, 1, 1, 8)  # noqa: DTZ001 - local time
    forms = list(ActivityForm)
    return [
        Activity(
            form=forms[i % len(forms)],
            stage=None if forms[i % len(forms)].default_stage else "akses",  # type: ignore[arg-type]
            at=start + dt.timedelta(hours=7 * i),
            topic=f"topik {i % 7}",
        )
        for i in range(n)
    ]


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 - one table
    """Run every goal and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=Path("registry.jsonl"))
    parser.add_argument("--json", type=Path, default=Path("national.json"))
    parser.add_argument("--no-check", action="store_true")
    args = parser.parse_args(argv)
    path: Path = args.path
    size = path.stat().st_size
    loads = _orjson()
    with path.open("rb") as handle:
        count = sum(1 for _ in handle)
    results: dict[str, object] = {"kims": count, "file_mib": size / 2**20}
    rows: list[tuple[str, str, str, bool | None]] = []

    def goal(
        name: str,
        value: float,
        unit: str,
        target: float,
        met: bool | None,  # noqa: FBT001
    ) -> None:
        results[name] = {"value": value, "unit": unit, "target": target, "met": met}
        rows.append((name, f"{value:,.2f} {unit}", f"{target:g}", met))

    # warm the region tables and profiles once, as a long-running service would
    drain(batch.evaluate(path.open("rb").readlines()[:200], on=ON, period=PERIOD))

    floor = best_of(lambda: parse_file(path, loads))
    results["orjson_parse_s"] = floor
    one = best_of(lambda: drain(batch.evaluate(path, on=ON, period=PERIOD)), repeat=2)
    two = best_of(
        lambda: drain(batch.evaluate(path, on=ON, period=PERIOD, workers=2)), repeat=2
    )
    results["file_one_core_s"] = one
    results["file_two_workers_s"] = two
    goal(
        "file -> verdicts + year scores, 1 core (x orjson)",
        one / floor,
        "x",
        3,
        one / floor <= 3,
    )
    goal(
        "file -> verdicts + year scores, workers=2 (x orjson)",
        two / floor,
        "x",
        2,
        two / floor <= 2,
    )
    goal("per KIM, 1 core", one / count * 1e6, "us", 0, None)

    with path.open("rb") as handle:
        dicts = [loads(line) for line in handle]
    from_dicts = best_of(lambda: drain(batch.evaluate(dicts, on=ON)), repeat=2)
    dicts.clear()
    gc.collect()
    results["dicts_verdicts_s"] = from_dicts
    goal("dicts -> verdicts, 1 core", from_dicts / count * 1e6, "us/KIM", 0, None)

    base, peak = peak_memory(path)
    growth = max(0.0, peak - base)
    results["peak_rss_mib"] = {"before_stream": base, "end": peak}
    goal(
        "peak memory growth streaming (x file size)",
        growth * 2**20 / size,
        "x",
        0.25,
        growth * 2**20 / size <= 0.25,
    )

    kim = load_kim(DOCUMENT)
    alone = median_us(lambda: assess(kim, on=ON))
    goal("assess alone (12 members)", alone, "us", 10, alone <= 10)
    both = median_us(lambda: assess(load_kim(DOCUMENT), on=ON))
    goal("load_kim + assess (12 members)", both, "us", 25, both <= 25)
    line = msgspec.json.encode(DOCUMENT)
    one_doc = median_us(lambda: batch.evaluate_block(line, on=ON))
    goal("one JSON document through the batch path", one_doc, "us", 10, one_doc <= 10)
    empty = median_us(lambda: score_activities([], period="2025Q1", tz="WIB"))
    goal("score, no activity", empty, "us", 10, empty <= 10)
    many = _activities(1000)
    thousand = median_us(
        lambda: score_activities(many, period="2025", tz="WIB"), runs=200, group=2
    )
    per = (thousand - empty) / 1000
    goal("score, per activity", per, "us", 1, per <= 1)
    imported = import_ms()
    goal("import kimlib", imported, "ms", 60, imported <= 60)

    if not args.no_check:
        mismatches, checked = check_rows(path)
        results["check"] = {"checked": checked, "mismatches": mismatches}
        rows.append(
            (
                "rows equal to the object path",
                f"{checked - mismatches:,} of {checked:,}",
                "all",
                mismatches == 0,
            )
        )

    width = max(len(r[0]) for r in rows)
    print(f"{count:,} KIMs, {size / 2**20:.1f} MiB; orjson parse {floor:.2f} s")
    print(f"{'goal':{width}}  {'measured':>18}  {'target':>7}  met")
    for name, value, target, met in rows:
        mark = "-" if met is None else ("yes" if met else "NO")
        print(f"{name:{width}}  {value:>18}  {target:>7}  {mark}")
    args.json.write_text(json.dumps(results, indent=2))
    print(f"numbers written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
