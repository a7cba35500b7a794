"""Sources: every quote is verbatim in its seed article; lookups and values.

:func:`test_quote_is_verbatim` is the one check of quotes: it covers the
citations of :mod:`kimlib.sources` and every citation reachable from the
public values of the analysis modules that cite sources.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs
import pytest

from kimlib import adinda, indicators, sources, stakeholders, statistics, terms
from kimlib.errors import InvalidArgument
from kimlib.sources import Citation

SHARED = Path(__file__).resolve().parents[2] / "shared" / "seeds"

#: The analysis modules whose values cite sources.
CITING = (adinda, indicators, stakeholders, statistics, terms)


def _key(key: object) -> str:
    """A mapping key as it reads in a test id (an enum by its value)."""
    return str(key.value if isinstance(key, enum.Enum) else key)


def _in_enum(value: object, path: str) -> Iterator[tuple[object, str]]:
    """An enum's members, or an enum member's citation if it has one."""
    if isinstance(value, type):
        if issubclass(value, enum.Enum):
            yield from ((member, f"{path}.{member.name}") for member in value)
    else:
        cited = getattr(value, "citation", None)
        if cited is not None:
            yield cited, f"{path}.citation"


def _children(value: object, path: str) -> Iterator[tuple[object, str]]:
    """The values inside ``value``: enum members' citations, fields, items."""
    if isinstance(value, (type, enum.Enum)):  # before str: labelled enums are strs
        yield from _in_enum(value, path)
    elif isinstance(value, (str, bytes)):
        return
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield getattr(value, field.name), f"{path}.{field.name}"
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield key, f"{path}[{_key(key)}]"
            yield item, f"{path}[{_key(key)}]"
    elif isinstance(value, (tuple, list)):
        yield from ((item, f"{path}[{i}]") for i, item in enumerate(value))


def _citations(
    value: object, path: str, seen: set[int]
) -> Iterator[tuple[str, Citation]]:
    """Every citation reachable from ``value``, with its path."""
    if isinstance(value, Citation):
        yield path, value
    elif id(value) not in seen:
        seen.add(id(value))
        for child, where in _children(value, path):
            yield from _citations(child, where, seen)


def _all_citations() -> dict[str, Citation]:
    """Every citation to check, each value once, by its most direct path."""
    found = [(f"sources.{name}", c) for name, c in sources.CITATIONS.items()]
    for module in CITING:
        short = module.__name__.removeprefix("kimlib.")
        for name in module.__all__:
            value = getattr(module, name)
            found.extend(_citations(value, f"{short}.{name}", set()))
    best: dict[Citation, str] = {}
    for path, citation in found:
        best[citation] = min(
            best.get(citation, path), path, key=lambda p: (p.count("["), len(p), p)
        )
    return {path: citation for citation, path in best.items()}


CITATIONS = _all_citations()


@pytest.mark.parametrize("path", sorted(CITATIONS))
def test_quote_is_verbatim(path, seed_text):
    """The quote is an exact substring of its seed article (copied in tests)."""
    citation = CITATIONS[path]
    assert citation.source.file is not None
    assert citation.quote in seed_text(citation.source)


def test_every_citing_module_is_checked():
    """The walk finds citations in each analysis module, not only in sources."""
    modules = {path.split(".")[0] for path in CITATIONS}
    assert {"sources"} | {m.__name__.split(".")[1] for m in CITING} == modules
    # 5 indicators, 6 stages, 1 mapping sentence, and more than 40 vocabulary
    # quotes: a walk that missed a container would find fewer.
    assert len(CITATIONS) > len(sources.CITATIONS) + 50


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not checked out")
def test_copies_equal_the_shared_seeds(seeds_dir):
    """The test copies of the seeds are the shared files, byte for byte."""
    for path in sorted(SHARED.glob("00*.txt")):
        assert path.read_bytes() == (seeds_dir / path.name).read_bytes()


def test_every_seed_has_a_source(seeds_dir):
    """One source per seed article 000-004, plus the regulations and reports."""
    files = {s.file for s in sources.SOURCES.values() if s.file}
    assert {p.name for p in seeds_dir.glob("00*.txt")} == files
    assert {
        "permen_kominfo_08_2010",
        "permen_kominfo_17_2009",
        "permenkominfo_04_2024",
        "kim_id_2025_11",
    } <= set(sources.SOURCES)


def test_kim_id_source_has_no_text():
    """The KIM.id figures come from public reports: a note, no seed file."""
    source = sources.get("kim_id_2025_11")
    assert (None, None) == (source.file, source.date)
    assert "public reports" in source.title
    assert "no sentence is quoted" in source.notes.get("en")
    assert not [c for c in CITATIONS.values() if c.source is source]


def test_dates():
    """Dates of the regulations and articles; seed 004's year is inferred."""
    assert dt.date(2010, 6, 1) == sources.get("permen_kominfo_08_2010").date
    assert dt.date(2024, 9, 5) == sources.get("permenkominfo_04_2024").date
    seed_004 = sources.get("seed_004")
    assert 2 == seed_004.date.weekday()  # "Rabu" is a Wednesday
    assert "Rabu" in seed_004.date_note.get("id")


def test_readings_are_marked():
    """Where a rule is kimlib's reading, the citation says so in both languages."""
    for name in (
        "MEMBERSHIP_3_30",
        "BOARD_REQUIREMENTS",
        "FORMATION_DECREE",
        "ARTICLE_23",
        "NAME_2024",
    ):
        reading = sources.CITATIONS[name].reading
        assert reading is not None
        assert "kimlib" in reading.get("en")


@pytest.mark.parametrize("bad", ["permen_99", "", None, 3])
def test_get_unknown(bad):
    """An unknown id is an InvalidArgument listing the known ones."""
    with pytest.raises(InvalidArgument, match="seed_000"):
        sources.get(bad)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda: sources.Citation(source=sources.SEED_001, quote=" "),
            id="blank-quote",
        ),
        pytest.param(
            lambda: sources.Source(
                id="", title="t", issuer="i", kind=sources.SourceKind.ARTICLE
            ),
            id="blank-id",
        ),
    ],
)
def test_invalid_values(make):
    """Blank texts are refused."""
    with pytest.raises(InvalidArgument):
        make()
