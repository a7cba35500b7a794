"""Print the JSON size of verdicts and reports, and the time dump takes.

The 12-member registration document of ``assess.py``, as it is (eligible) and
with the criminal-record facts and the documents left out (incomplete): the
size of ``dump(...)`` as compact UTF-8 JSON without ``lang`` and in each
language, and the median time of ``dump``. No assertions.

    PYTHONPATH=src python benchmarks/output.py
"""

from __future__ import annotations

import copy
import statistics
import time
from collections.abc import Callable

import msgspec
from assess import DOCUMENT, ON

import kimlib


def median_us(function: Callable[[], object], runs: int = 2000) -> float:
    for _ in range(100):  # warm the caches
        function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        function()
        samples.append((time.perf_counter_ns() - start) / 1000)
    return statistics.median(samples)


def incomplete() -> dict[str, object]:
    document = copy.deepcopy(DOCUMENT)
    for member in document["members"]:  # type: ignore[attr-defined]
        member.pop("criminal_record")
    document.pop("documents")
    return document


def main() -> None:
    for label, document in (("eligible", DOCUMENT), ("incomplete", incomplete())):
        kim = kimlib.load_kim(document)
        verdict = kimlib.assess(kim, on=ON)
        report = kimlib.score(kim, period="2025")
        print(f"{label} ({verdict.outcome.value}, {len(kim.members)} members):")
        for name, value in (("verdict", verdict), ("report", report)):
            for lang in (None, "id", "en"):
                size = len(msgspec.json.encode(kimlib.dump(value, lang=lang)))
                took = median_us(lambda v=value, x=lang: kimlib.dump(v, lang=x))
                shown = lang or "both"
                print(f"  {name:8} {shown:5} {size / 1000:6.1f} KB  {took:7.1f} µs")


if __name__ == "__main__":
    main()
