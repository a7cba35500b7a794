"""Sources: every quote is verbatim in its seed article; lookups and values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kimlib import sources
from kimlib.errors import InvalidArgument

SEEDS = Path(__file__).parent / "rules" / "seeds"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.parametrize("name", sorted(sources.CITATIONS))
def test_quote_is_verbatim(name):
    """The quote is an exact substring of the seed article (copied in tests)."""
    citation = sources.CITATIONS[name]
    assert citation.source.file is not None
    text = (SEEDS / citation.source.file).read_text(encoding="utf-8")
    assert citation.quote in text


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not checked out")
def test_copies_equal_the_shared_seeds():
    """The test copies of the seeds are the shared files, byte for byte."""
    for path in sorted(SHARED.glob("00*.txt")):
        assert path.read_bytes() == (SEEDS / path.name).read_bytes()


def test_every_seed_has_a_source():
    """One source per seed article 000-004, plus the three regulations."""
    files = {s.file for s in sources.SOURCES.values() if s.file}
    assert {p.name for p in SEEDS.glob("00*.txt")} == files
    assert {
        "permen_kominfo_08_2010",
        "permen_kominfo_17_2009",
        "permenkominfo_04_2024",
    } <= set(sources.SOURCES)


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
