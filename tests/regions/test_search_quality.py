"""find puts first what a person meant: the realistic queries of search_queries.csv.

The list holds 133 queries (abbreviations, former names, prefixes, typing
errors, cities, regencies, districts) with the code a person typing each one
means; benchmarks/regions.py prints the top-1 hit rate over it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kimlib import regions

QUERIES = Path(__file__).with_name("search_queries.csv")


def _queries() -> list[tuple[str, str, str]]:
    with QUERIES.open(encoding="utf-8", newline="") as file:
        return [(r["query"], r["expected"], r["why"]) for r in csv.DictReader(file)]


def test_the_list_is_large_and_points_at_real_regions():
    """At least 60 queries, none twice, each expecting a region of the decree."""
    queries = _queries()
    assert len(queries) >= 60
    assert len(queries) == len({query for query, _, _ in queries})
    assert all(regions.exists(code) for _, code, _ in queries)


@pytest.mark.parametrize(
    ("query", "expected"),
    [pytest.param(query, code, id=query) for query, code, _ in _queries()],
)
def test_meant_region_first(query, expected):
    """The region the query means is the first result."""
    assert expected == regions.find(query)[0].code
