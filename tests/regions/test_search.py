"""find: search by name, with prefixes, aliases, kind and within."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import pytest

from kimlib import regions
from kimlib.regions import RegionKind, _aliases, _search


def codes(found):
    """The codes of a sequence of regions."""
    return [r.code for r in found]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        pytest.param("Kota Serang", "36.73", id="kota-serang"),
        pytest.param("kota  serang", "36.73", id="kota-serang-lower"),
        pytest.param("Kabupaten Serang", "36.04", id="kabupaten-serang"),
        pytest.param("Kab. Serang", "36.04", id="kab-dot-serang"),
        pytest.param("KAB SERANG", "36.04", id="kab-upper"),
        pytest.param("Palangka Raya", "62.71", id="alias-palangka-raya"),
        pytest.param("Kota Palangka Raya", "62.71", id="kota-palangka-raya"),
        pytest.param("palangka-raya", "62.71", id="punctuation"),
        pytest.param("Kapuas Hulu", "61.06", id="kapuas-hulu"),
        pytest.param("Kapuas", "62.03", id="kapuas-exact-before-kapuas-hulu"),
        pytest.param("Kalteng", "62", id="alias-kalteng"),
        pytest.param("DKI Jakarta", "31", id="alias-dki"),
        pytest.param("Kec. Kasemen", "36.73.02", id="kecamatan-prefix"),
        pytest.param("Provinsi Banten", "36", id="province-prefix"),
    ],
)
def test_find_first(query, first):
    """The best match comes first."""
    assert first == regions.find(query)[0].code


def test_plain_serang_returns_both_regencies_first():
    """Plain Serang gives Kabupaten Serang and Kota Serang before anything else."""
    assert ["36.04", "36.73"] == codes(regions.find("Serang"))[:2]


def test_prefix_ranks_other_kind_after():
    """Kota Serang still lists Kabupaten Serang, after the city."""
    found = codes(regions.find("Kota Serang"))
    assert found.index("36.73") < found.index("36.04")


def test_kind_filters():
    """The kind argument keeps regions of that kind only."""
    found = regions.find("Serang", kind=RegionKind.KECAMATAN)
    assert found
    assert {RegionKind.KECAMATAN} == {r.kind for r in found}
    assert codes(found) == codes(regions.find("Serang", kind="kecamatan"))


def test_within_restricts_to_descendants():
    """The within argument keeps regions strictly below the given code."""
    found = regions.find("Serang", within="36.73")
    assert found
    assert all(r.code.startswith("36.73.") for r in found)
    assert codes(found) == codes(regions.find("Serang", within=regions.get("36.73")))


def test_partial_matches_after_exact():
    """Names that start with or contain the query follow the exact ones."""
    found = codes(regions.find("Kapuas", kind="kabupaten"))
    assert ["62.03", "61.06"] == found


def test_no_match_is_empty():
    """A name nothing matches gives an empty tuple."""
    assert () == regions.find("Atlantis Raya")


def test_short_query_matches_starts_only():
    """A query under three characters does not match inside names."""
    found = regions.find("Ac", kind="provinsi")
    assert ["11"] == codes(found)


def test_aliases_point_to_existing_regions():
    """Every alias names a region of the decree."""
    assert all(regions.exists(code) for code in _aliases.ALIASES.values())


@pytest.mark.parametrize(("alias", "code"), sorted(_aliases.ALIASES.items()))
def test_every_alias_found(alias, code):
    """Finding an alias ranks its region first."""
    assert code == regions.find(alias)[0].code


def test_same_name_siblings_both_found():
    """Both desa "Kogekotu" of 94.03.01 are found (look them up by code)."""
    found = codes(regions.find("Kogekotu", within="94.03.01"))
    assert {"94.03.01.2011", "94.03.01.2018"} <= set(found)


@pytest.mark.parametrize(("code", "old"), sorted(_aliases.REPLACED_NAMES.items()))
def test_replaced_names_still_found(code, old):
    """A name kimlib corrected in the data still finds its region first nearby."""
    parent = regions.get(code).parent
    within = None if parent is None else parent.code
    assert code == regions.find(old, within=within)[0].code
    assert old != regions.get(code).name


def test_corrected_names_are_shipped():
    """71.09 carries its legal name; the agreed readings of the decree are used."""
    assert "Kabupaten Kepulauan Siau Tagulandang Biaro" == regions.get("71.09").name
    assert "Tumbang Tuwe" == regions.get("62.10.10.2008").name
    assert "Bl. Limbangan" == regions.get("32.05.38").name


def test_reading_without_agreement_is_kept():
    """15.02.05.1036 keeps its name: the two other extractions disagree."""
    assert "Pasar Baru Rantau" == regions.get("15.02.05.1036").name


def test_kep_means_kepulauan():
    """Kep. and Kepulauan find the same regency, and so does the bare name."""
    assert ["73.01"] * 3 == [
        regions.find(query)[0].code
        for query in ("Kep. Selayar", "Kepulauan Selayar", "Selayar")
    ]


def test_typing_errors_find_large_regions_only():
    """One typing error finds a regency; none finds a village a letter away."""
    assert "35.78" == regions.find("Surabya")[0].code
    assert () == regions.find("Cemantann", within="62.11.02")


def test_short_queries_forgive_no_typing_error():
    """A four-letter query is not corrected (Bali is not Bala)."""
    assert all(r.name != "Bali" for r in regions.find("Bala", kind="provinsi"))


def test_no_match_inside_a_word():
    """A query found only inside a word of some name finds nothing."""
    assert () == regions.find("jatengah")
    assert "12.05.03.2009" not in codes(regions.find("Jateng"))


def test_later_word_matches_after_name_starts():
    """A name whose later word starts with the query comes after the starts."""
    found = codes(regions.find("Hulu", kind="kabupaten"))
    assert "61.06" in found


def test_province_words_set_aside():
    """Daerah Khusus Ibukota, DKI, Daerah Istimewa and Provinsi are set aside."""
    queries = ("Provinsi DKI Jakarta", "Daerah Khusus Ibukota Jakarta", "Jakarta")
    assert {"31"} == {regions.find(query)[0].code for query in queries}


def test_larger_region_first_on_a_tie():
    """Kecamatan and kelurahan Pahandut tie: the kecamatan comes first."""
    assert ["62.71.01", "62.71.01.1001"] == codes(regions.find("Pahandut"))[:2]


def test_edit_distance_counts_swaps_and_stops_at_the_bound():
    """Swapping two neighbours is one edit; counting stops above the bound."""
    assert 1 == _search.edit_distance("jtaeng", "jateng", 1)
    assert 2 == _search.edit_distance("abcdef", "zzcdef", 1)
    assert 3 == _search.edit_distance("ab", "abcde", 2)
    assert 0 == _search.edit_distance("same", "same", 0)


def test_accents_are_ignored():
    """Letters with accents match their plain forms ("Palangká Raya")."""
    assert "62.71" == regions.find("Palangká Raya")[0].code
