"""Region values, lookups by code, and the facts the sources state."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import pickle

import attrs
import pendulum
import pytest

from kimlib import regions
from kimlib.errors import InvalidArgument, KimlibError, UnknownRegion
from kimlib.regions import Region, RegionKind, Zone

# Central Kalimantan's regencies and city as listed in the shared SOURCE.md.
KALTENG = {
    "62.01": "Kabupaten Kotawaringin Barat",
    "62.02": "Kabupaten Kotawaringin Timur",
    "62.03": "Kabupaten Kapuas",
    "62.04": "Kabupaten Barito Selatan",
    "62.05": "Kabupaten Barito Utara",
    "62.06": "Kabupaten Katingan",
    "62.07": "Kabupaten Seruyan",
    "62.08": "Kabupaten Sukamara",
    "62.09": "Kabupaten Lamandau",
    "62.10": "Kabupaten Gunung Mas",
    "62.11": "Kabupaten Pulang Pisau",
    "62.12": "Kabupaten Murung Raya",
    "62.13": "Kabupaten Barito Timur",
    "62.71": "Kota Palangkaraya",
}


def test_get_city():
    """62.71 is Kota Palangkaraya, a kota of Kalimantan Tengah."""
    city = regions.get("62.71")
    assert ("62.71", "Kota Palangkaraya", "Palangkaraya") == (
        city.code,
        city.name,
        city.short_name,
    )
    assert RegionKind.KOTA is city.kind
    assert 2 == city.level
    assert regions.get("62") == city.parent == city.province


def test_repr_is_short():
    """The repr shows code and name only."""
    assert "Region('62.71', 'Kota Palangkaraya')" == repr(regions.get("6271"))


def test_equality_and_hash_by_code():
    """Regions are equal, and hash alike, when their codes are."""
    made = Region("62.71", "another name", RegionKind.KOTA)
    assert regions.get("62.71") == made
    assert hash(regions.get("62.71")) == hash(made)
    assert regions.get("62.71") != regions.get("62.03")


def test_frozen():
    """A region cannot be changed."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        regions.get("62").name = "x"  # type: ignore[misc]


def test_pickles():
    """A region survives pickling."""
    city = regions.get("62.71")
    assert city == pickle.loads(pickle.dumps(city))  # noqa: S301 - our own bytes


@pytest.mark.parametrize(
    ("code", "name", "kind"),
    [
        pytest.param("62.7", "x", "kota", id="bad-code"),
        pytest.param(" 62.71", "x", "kota", id="untrimmed-code"),
        pytest.param("62.71", "x", "kecamatan", id="kind-of-other-level"),
        pytest.param("62.71", "x", "negara", id="unknown-kind"),
    ],
)
def test_region_validates(code, name, kind):
    """A hand-made region must have a dotted code and a kind of its level."""
    with pytest.raises((InvalidArgument, ValueError)):
        Region(code, name, kind)


@pytest.mark.parametrize(
    ("code", "short"),
    [
        pytest.param("36.04", "Serang", id="kabupaten"),
        pytest.param("36.73", "Serang", id="kota"),
        pytest.param("31.71", "Jakarta Pusat", id="kota-administrasi"),
        pytest.param("31.01", "Kepulauan Seribu", id="kabupaten-administrasi"),
        pytest.param("62", "Kalimantan Tengah", id="province-unchanged"),
    ],
)
def test_short_name(code, short):
    """Short names drop the official regency/city prefixes."""
    assert short == regions.get(code).short_name


def test_short_name_kept_below_regency():
    """A district or village whose name starts with "Kota" keeps it."""
    kept = [
        r
        for r in regions.find("Kota Baru", kind="kecamatan")
        if r.name.startswith("Kota")
    ]
    assert kept
    assert all(r.short_name == r.name for r in kept)


def test_ancestors_nearest_first():
    """Ancestors run from the parent up to the province."""
    village = regions.get("62.71.01.1001")
    assert ["62.71.01", "62.71", "62"] == [r.code for r in village.ancestors]
    assert () == regions.get("62").ancestors
    assert regions.get("62").parent is None


def test_kota_serang():
    """Seed 000: Kota Serang has 6 kecamatan and 67 kelurahan."""
    districts = regions.children("36.73")
    villages = regions.village_codes("36.73")
    assert "Kota Serang" == regions.get("36.73").name
    assert (6, 67) == (len(districts), len(villages))
    assert {RegionKind.KECAMATAN} == {d.kind for d in districts}
    assert {RegionKind.KELURAHAN} == {regions.get(v).kind for v in villages}


def test_kapuas_hulu_in_kalimantan_barat():
    """Seed 003: Kabupaten Kapuas Hulu (61.06) lies in Kalimantan Barat."""
    regency = regions.get("61.06")
    assert ("Kabupaten Kapuas Hulu", "Kalimantan Barat") == (
        regency.name,
        regency.province.name,
    )


def test_central_kalimantan_regencies():
    """Kalimantan Tengah has the 13 regencies and 1 city of SOURCE.md."""
    assert KALTENG == {r.code: r.name for r in regions.children("62")}


@pytest.mark.parametrize(
    ("code", "zone", "iana"),
    [
        pytest.param("91.71", "WIT", "Asia/Jayapura", id="kota-jayapura"),
        pytest.param("91.03", "WIT", "Asia/Jayapura", id="kab-jayapura"),
        pytest.param("62.71", "WIB", "Asia/Pontianak", id="palangka-raya"),
        pytest.param("61.06", "WIB", "Asia/Pontianak", id="kapuas-hulu"),
        pytest.param("73.71", "WITA", "Asia/Makassar", id="makassar"),
        pytest.param("36.73", "WIB", "Asia/Jakarta", id="kota-serang"),
    ],
)
def test_time_zones(code, zone, iana):
    """Each region has its province's zone (Keppres 41/1987) and IANA zone."""
    region = regions.get(code)
    assert (zone, iana) == (region.zone, region.timezone.name)
    assert isinstance(region.timezone, pendulum.Timezone)
    assert (
        Zone[region.zone].utc_offset * 3600
        == region.timezone.utcoffset(pendulum.datetime(2025, 1, 1)).total_seconds()
    )


def test_zone_totals():
    """18 provinces are WIB, 12 WITA and 8 WIT."""
    counts = {
        z: sum(p.zone == z for p in regions.provinces()) for z in ("WIB", "WITA", "WIT")
    }
    assert {"WIB": 18, "WITA": 12, "WIT": 8} == counts


def test_provinces():
    """provinces() gives the 38 provinces in code order."""
    found = regions.provinces()
    assert 38 == len(found)
    assert sorted(p.code for p in found) == [p.code for p in found]
    assert {RegionKind.PROVINSI} == {p.kind for p in found}


def test_children_of_village_is_empty():
    """A village has no children."""
    assert () == regions.children("62.71.01.1001")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        pytest.param("36.73", RegionKind.KELURAHAN, id="kota-serang-all-kelurahan"),
        pytest.param("36.04", RegionKind.DESA, id="kab-serang-all-desa"),
        pytest.param("36.03", None, id="tangerang-mixed"),
        pytest.param("31", RegionKind.KELURAHAN, id="jakarta-province"),
        pytest.param("36.04.05.2001", RegionKind.DESA, id="a-desa"),
        pytest.param("62.71.01.1001", RegionKind.KELURAHAN, id="a-kelurahan"),
    ],
)
def test_village_kind(code, expected):
    """village_kind tells desa from kelurahan, or None for a mixed region."""
    assert expected is regions.village_kind(code)


def test_kecamatan_exists():
    """The first six digits of a NIK name a current kecamatan, or not."""
    assert regions.kecamatan_exists("627101")
    assert not regions.kecamatan_exists("629901")


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("36040", id="five-digits"),
        pytest.param("62.71.01", id="dotted"),
        pytest.param("６２７１０１", id="fullwidth-digits"),
        pytest.param(360401, id="int"),
    ],
)
def test_kecamatan_exists_refuses_non_digits(value):
    """kecamatan_exists wants six ASCII digits and never echoes them."""
    with pytest.raises(InvalidArgument) as info:
        regions.kecamatan_exists(value)
    assert str(value) not in str(info.value)


def test_unknown_code_suggests_siblings():
    """An unknown code raises UnknownRegion with existing sibling codes."""
    with pytest.raises(UnknownRegion) as info:
        regions.get("62.99")
    assert "62.99" == info.value.query
    assert "62.71" == info.value.suggestions[0]
    assert all(regions.exists(code) for code in info.value.suggestions)


def test_unknown_deep_code_suggests_nearest_level():
    """Under a missing regency, the suggestions are the province's regencies."""
    with pytest.raises(UnknownRegion) as info:
        regions.get("62.99.01.1001")
    assert all(
        code.startswith("62.") and code.count(".") == 1
        for code in info.value.suggestions
    )


def test_unknown_province():
    """An unknown province suggests the nearest province codes."""
    with pytest.raises(UnknownRegion) as info:
        regions.get("99")
    assert "96" == info.value.suggestions[0]
    assert isinstance(info.value, (KimlibError, LookupError))
