"""The sources' KIM counts and the village coverage helper."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import datetime as dt
import types

import attrs
import pytest

from kimlib import regions, sources, statistics
from kimlib.errors import InvalidArgument, UnknownRegion
from kimlib.regions import RegionKind
from kimlib.statistics import CountKind, Coverage, KimCount


@attrs.frozen
class Seat:
    """A stand-in for a KIM: only where it sits."""

    region: str
    village: str | None = None


def test_central_kalimantan_numbers():
    """Seed 002: the KIMs formed per regency/city on 8 September 2021."""
    expected = {
        "Seruyan": 47,
        "Kapuas": 19,
        "Murung Raya": 11,
        "Palangka Raya": 8,
        "Pulang Pisau": 7,
        "Kotawaringin Timur": 6,
        "Kotawaringin Barat": 6,
    }
    counts = statistics.CENTRAL_KALIMANTAN_2021
    assert expected == {c.stated_name: c.count for c in counts}
    assert {dt.date(2021, 9, 8)} == {c.as_of for c in counts}
    assert {CountKind.FORMED} == {c.kind for c in counts}
    assert 104 == sum(c.count for c in counts)


def test_central_kalimantan_codes_match_names():
    """Each count's code is the region the source's name finds in Kalteng."""
    for count in statistics.CENTRAL_KALIMANTAN_2021:
        found = regions.find(count.stated_name, within="62")
        assert count.region_code == found[0].code
        assert "62" == count.region.province.code


def test_palangka_raya_is_a_kota_though_seed_says_kabupaten():
    """Seed 002 counts "7 Kabupaten"; the data say 62.71 is a kota."""
    kinds = {
        c.region_code: (c.stated_kind, c.region.kind)
        for c in statistics.CENTRAL_KALIMANTAN_2021
    }
    assert (RegionKind.KABUPATEN, RegionKind.KOTA) == kinds["62.71"]
    others = {v for k, v in kinds.items() if k != "62.71"}
    assert {(RegionKind.KABUPATEN, RegionKind.KABUPATEN)} == others


def test_kota_serang_attendance_is_not_a_total():
    """Seed 000's 90 KIMs attended a socialisation; the count is undated."""
    count = statistics.KOTA_SERANG_ATTENDANCE
    assert (90, CountKind.ATTENDED, None) == (count.count, count.kind, count.as_of)
    assert "Kota Serang" == count.region.name


def test_kota_serang_divisions_agree_with_decree():
    """Seed 000's "6 kecamatan dan 67 kelurahan" matches the 2025 data."""
    divisions = statistics.KOTA_SERANG_DIVISIONS
    assert (6, 67) == (divisions.districts, divisions.villages)
    assert divisions.agrees_with_data()
    assert not attrs.evolve(divisions, villages=66).agrees_with_data()


def test_kim_id_count_is_marked_not_from_a_seed():
    """The KIM.id count (3,555 KIMs, 31 provinces, November 2025) is no seed's."""
    count = statistics.KIM_ID_NOVEMBER_2025
    assert (3555, 31, "2025-11", None) == (
        count.count,
        count.provinces,
        count.period,
        count.region,
    )
    assert CountKind.REGISTERED is count.kind
    assert count.citation is None
    assert sources.KIM_ID_2025 is count.source
    assert count.source.file is None


def test_seed_counts_cite_their_seed():
    """Seed numbers cite their seed through kimlib.sources (quotes: test_sources)."""
    cited = {
        (c.region_code, c.citation.source.id)
        for c in statistics.KIM_COUNTS
        if c.citation is not None
    }
    expected = {(c.region_code, "seed_002") for c in statistics.CENTRAL_KALIMANTAN_2021}
    assert expected | {("36.73", "seed_000")} == cited
    assert all(
        c.source is c.citation.source for c in statistics.KIM_COUNTS if c.citation
    )
    divisions = statistics.KOTA_SERANG_DIVISIONS.citation
    assert sources.KOTA_SERANG_KELURAHAN is divisions


def test_kim_count_source_defaults_to_the_citations():
    """A count without source takes its citation's; a source must agree."""
    attendance = statistics.KOTA_SERANG_ATTENDANCE
    rebuilt = KimCount(
        region_code="36.73",
        count=90,
        as_of=None,
        kind="attended",
        citation=attendance.citation,
    )
    assert sources.SEED_000 is rebuilt.source
    with pytest.raises(InvalidArgument, match="source is required"):
        KimCount(region_code=None, count=1, as_of=None, kind="formed", citation=None)


def test_counts_in():
    """counts_in gives the counts of a region and the regions below it."""
    assert [statistics.KOTA_SERANG_ATTENDANCE] == list(statistics.counts_in("36"))
    assert () == statistics.counts_in("11")


def test_describe_bilingual():
    """A count describes itself in Indonesian and English."""
    count = statistics.CENTRAL_KALIMANTAN_2021[3]
    english = "Kota Palangkaraya: 8 KIM (formed), as of 8 September 2021"
    assert english == count.describe("en")
    indonesian = "Kota Palangkaraya: 8 KIM (terbentuk), per 8 September 2021"
    assert indonesian == count.describe("id")
    assert "2025-11" in statistics.KIM_ID_NOVEMBER_2025.describe("en")


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        pytest.param({"count": -1}, InvalidArgument, id="negative"),
        pytest.param({"count": True}, InvalidArgument, id="bool"),
        pytest.param({"region_code": "99.99"}, UnknownRegion, id="unknown-region"),
        pytest.param({"region_code": "x"}, InvalidArgument, id="bad-region"),
        pytest.param({"kind": "seen"}, ValueError, id="bad-kind"),
        pytest.param({"citation": "seed 000"}, InvalidArgument, id="bad-citation"),
        pytest.param({"source": "seed 000"}, InvalidArgument, id="bad-source"),
        pytest.param(
            {"source": sources.SEED_001}, InvalidArgument, id="source-not-cited"
        ),
    ],
)
def test_kim_count_validates(changes, error):
    """A count refuses impossible values."""
    with pytest.raises(error):
        attrs.evolve(statistics.KOTA_SERANG_ATTENDANCE, **changes)


def test_kim_count_normalises_code():
    """An undotted region code is stored dotted."""
    count = attrs.evolve(statistics.KOTA_SERANG_ATTENDANCE, region_code="3673")
    assert "36.73" == count.region_code
    assert isinstance(count, KimCount)


def test_coverage_counts_villages():
    """KIMs count per village; those without a village count as unplaced."""
    villages = regions.village_codes("36.73")
    kims = [
        Seat("36.73", villages[0]),
        Seat("3673", villages[0].replace(".", "")),
        Seat("36.73", villages[1]),
        Seat("36.73"),
        Seat("36.04", regions.village_codes("36.04")[0]),  # outside
        Seat("36.04"),  # outside
    ]
    result = statistics.coverage(kims, "3673")
    assert isinstance(result, Coverage)
    assert (67, 2, 65, 1) == (
        result.villages,
        result.covered,
        len(result.uncovered),
        result.unplaced,
    )
    assert 2 == result.kims_per_village[villages[0]]
    assert pytest.approx(2 / 67) == result.share
    assert villages[0] not in result.uncovered
    assert list(villages[2:]) == list(result.uncovered)


def test_coverage_of_a_district():
    """Coverage works at any level, here a kecamatan."""
    district = regions.children("36.73")[0]
    villages = regions.village_codes(district)
    result = statistics.coverage([Seat("36.73", v) for v in villages], district.code)
    assert (len(villages), 1.0, ()) == (result.villages, result.share, result.uncovered)


def test_coverage_describe():
    """The summary line reads in both languages."""
    result = statistics.coverage([], "36.73")
    assert "Kota Serang: 0 of 67 villages have a KIM (0%)" == result.describe("en")
    assert "Kota Serang: 0 dari 67 desa/kelurahan memiliki KIM (0%)" == result.describe(
        "id"
    )


@pytest.mark.parametrize(
    ("kims", "error", "path"),
    [
        pytest.param([object()], InvalidArgument, "kims[0]", id="no-attributes"),
        pytest.param(
            [Seat("36.73"), Seat("36-73")],
            InvalidArgument,
            "kims[1].region",
            id="bad-region",
        ),
        pytest.param(
            [Seat("36.73", "36.73.01")],
            InvalidArgument,
            "kims[0].village",
            id="district",
        ),
        pytest.param(
            [Seat("36.73", "36.73.01.9999")],
            UnknownRegion,
            "36.73.01.9999",
            id="unknown-village",
        ),
        pytest.param(
            [Seat("36.73", 3673011001)],
            InvalidArgument,
            "kims[0].village",
            id="int-village",
        ),
    ],
)
def test_coverage_refuses_bad_kims(kims, error, path):
    """Bad KIM data raise a kimlib error naming the KIM and field."""
    with pytest.raises(error) as info:
        statistics.coverage(kims, "36.73")
    assert path in str(info.value)


def test_statistics_all_sorted_and_complete():
    """__all__ is sorted and names every public object of the module."""
    public = {
        name
        for name, value in vars(statistics).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and getattr(value, "__module__", statistics.__name__) == statistics.__name__
        and name != "annotations"
    }
    # ruff's RUF022 order: CONSTANTS, then Classes, then functions.
    order = sorted(
        statistics.__all__, key=lambda n: (not n.isupper(), not n[0].isupper(), n)
    )
    assert order == statistics.__all__
    assert public <= set(statistics.__all__)
