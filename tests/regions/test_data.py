"""The shipped data: counts per level and province against the decree's recap."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import collections
import gzip
from importlib import resources

import pytest

from kimlib import regions
from kimlib.regions import RegionKind, _data

# The recap of Kepmendagri 300.2.2-2138/2025 per province: (kabupaten, kota,
# kecamatan, kelurahan, desa incl. the 14 desa adat of 91.03); copied from the
# shared verify.py.
OFF = {
    "11": (18, 5, 290, 0, 6500),
    "12": (25, 8, 455, 693, 5417),
    "13": (12, 7, 179, 230, 1035),
    "14": (10, 2, 172, 271, 1591),
    "15": (9, 2, 144, 171, 1414),
    "16": (13, 4, 241, 403, 2856),
    "17": (9, 1, 129, 172, 1341),
    "18": (13, 2, 229, 205, 2446),
    "19": (6, 1, 47, 84, 309),
    "21": (5, 2, 80, 144, 275),
    "31": (1, 5, 44, 267, 0),
    "32": (18, 9, 627, 646, 5311),
    "33": (29, 6, 576, 753, 7810),
    "34": (4, 1, 78, 46, 392),
    "35": (29, 9, 666, 773, 7721),
    "36": (4, 4, 155, 314, 1238),
    "51": (8, 1, 57, 80, 636),
    "52": (8, 2, 117, 145, 1021),
    "53": (21, 1, 315, 305, 3137),
    "61": (12, 2, 174, 99, 2046),
    "62": (13, 1, 136, 139, 1432),
    "63": (11, 2, 156, 144, 1872),
    "64": (7, 3, 105, 197, 841),
    "65": (4, 1, 55, 35, 447),
    "71": (11, 4, 171, 332, 1507),
    "72": (12, 1, 177, 175, 1842),
    "73": (21, 3, 313, 793, 2266),
    "74": (15, 2, 221, 377, 1908),
    "75": (5, 1, 77, 72, 657),
    "76": (6, 0, 69, 73, 575),
    "81": (9, 2, 119, 35, 1200),
    "82": (8, 2, 118, 118, 1067),
    "91": (8, 1, 105, 51, 948),
    "92": (7, 0, 91, 21, 803),
    "93": (4, 0, 82, 13, 677),
    "94": (8, 0, 131, 36, 1172),
    "95": (8, 0, 252, 10, 2617),
    "96": (5, 1, 132, 74, 939),
}
_COLUMN = {
    RegionKind.KABUPATEN: 0,
    RegionKind.KOTA: 1,
    RegionKind.KECAMATAN: 2,
    RegionKind.KELURAHAN: 3,
    RegionKind.DESA: 4,
}
FILES = ("provinces", "regencies", "districts", "villages")


def kind_counts():
    """Count the kinds of every region below province level."""
    return collections.Counter(
        kind for level in (2, 3, 4) for _, kind in _data.table(level).rows.values()
    )


def test_counts_per_level():
    """38 provinces, 514 regencies/cities, 7,285 districts, 83,762 villages."""
    assert [38, 514, 7285, 83762] == [len(_data.table(n).rows) for n in (1, 2, 3, 4)]


def test_counts_per_kind():
    """416 kabupaten, 98 kota, 8,496 kelurahan, 75,266 desa."""
    counts = kind_counts()
    expected = {"kabupaten": 416, "kota": 98, "kelurahan": 8496, "desa": 75266}
    assert expected == {k: counts[RegionKind(k)] for k in expected}


@pytest.mark.parametrize(("province", "expected"), sorted(OFF.items()))
def test_counts_per_province(province, expected):
    """Each province's counts equal the decree's recap table."""
    got = [0] * 5
    for level in (2, 3, 4):
        for code, (_, kind) in _data.table(level).rows.items():
            if code.startswith(province + "."):
                got[_COLUMN[kind]] += 1
    assert expected == tuple(got)


def test_province_set():
    """The provinces are exactly those of the recap table."""
    assert set(OFF) == regions.province_codes()


def test_parents_exist():
    """Every region's parent is a region of the level above."""
    for level in (2, 3, 4):
        above = _data.table(level - 1).rows
        orphans = [
            c for c in _data.table(level).codes if c.rpartition(".")[0] not in above
        ]
        assert [] == orphans


def test_codes_sorted_and_unique():
    """Each file is sorted by code with no duplicate."""
    for level in (1, 2, 3, 4):
        codes = _data.table(level).codes
        assert sorted(set(codes)) == list(codes)


def test_names_trimmed():
    """No name is empty or has stray whitespace."""
    bad = [
        code
        for level in (1, 2, 3, 4)
        for code, (name, _) in _data.table(level).rows.items()
        if not name or name != " ".join(name.split())
    ]
    assert [] == bad


def test_quoted_names_read():
    """Names holding a comma (CSV-quoted in the file) are read whole."""
    assert "Lubuk Pakam I,II" == regions.get("12.07.28.1007").name


def test_desa_adat_are_desa():
    """The 14 desa adat (last segment 3xxx, all in 91.03) are desa."""
    adat = [c for c in _data.table(4).codes if c[9] == "3"]
    assert 14 == len(adat)
    assert {"91.03"} == {c[:5] for c in adat}
    assert {RegionKind.DESA} == {regions.get(c).kind for c in adat}


@pytest.mark.parametrize("stem", FILES)
def test_provenance_header(stem):
    """Each data file names its source commit, the decree and its generator."""
    path = resources.files("kimlib.regions") / "data" / f"{stem}.csv.gz"
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for needed in (
        "cahyadsn/wilayah",
        "b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7",
        "300.2.2-2138",
        "300.2.2-2430",
        "scripts/update_regions.py",
        "must not be modified directly",
    ):
        assert needed in header


@pytest.mark.parametrize("name", ["LICENSE.cahyadsn-wilayah.txt", "SOURCE.md"])
def test_licence_and_source_shipped(name):
    """The MIT notice and the provenance note ship with the data."""
    text = (resources.files("kimlib.regions") / "data" / name).read_text("utf-8")
    assert "Cahya DSN" in text
