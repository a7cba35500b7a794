"""Properties over codes sampled from the whole decree."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.regions.strategies import mixed_codes, respaced, undotted

from kimlib import regions

# Finding by name scans the index; fewer examples keep the suite quick.
FEW = settings(max_examples=60, deadline=None)


@given(mixed_codes())
def test_get_round_trips(code):
    """get(r.code) == r, and the code is kept as given."""
    region = regions.get(code)
    assert region == regions.get(region.code)
    assert code == region.code


@given(mixed_codes(), respaced(), respaced())
def test_undotted_code_normalises(code, before, after):
    """The undotted code, spaces around, normalises to the dotted one."""
    assert code == regions.normalize_code(before + undotted(code) + after)
    assert regions.get(undotted(code)) == regions.get(code)


@given(mixed_codes())
def test_ancestors_end_at_province(code):
    """Every ancestor chain ends at the province, one level per step."""
    region = regions.get(code)
    chain = (region, *region.ancestors)
    assert region.province == chain[-1]
    assert [region.level - i for i in range(len(chain))] == [r.level for r in chain]
    assert 1 == chain[-1].level


@given(mixed_codes())
def test_parent_lists_child(code):
    """A region is among its parent's children."""
    region = regions.get(code)
    if region.parent is not None:
        assert region in regions.children(region.parent)


@given(mixed_codes())
def test_timezone_is_provinces(code):
    """A region's time zone is its province's."""
    region = regions.get(code)
    assert (region.province.timezone, region.province.zone) == (
        region.timezone,
        region.zone,
    )


@given(mixed_codes())
def test_kind_fits_level(code):
    """A region's kind belongs to its level."""
    region = regions.get(code)
    assert region.level == region.kind.level


@FEW
@given(mixed_codes())
def test_find_by_name_contains_region(code):
    """find(r.name) contains r."""
    region = regions.get(code)
    assert region in regions.find(region.name)


@FEW
@given(mixed_codes())
def test_find_by_name_within_parent(code):
    """find(r.name, kind, within=parent) ranks r among the exact matches."""
    region = regions.get(code)
    if region.parent is not None:
        found = regions.find(region.name, kind=region.kind, within=region.parent)
        assert region in found[:2]


@given(st.text(max_size=20))
def test_exists_never_raises(text):
    """Any text gets an answer from exists and is_code."""
    assert regions.exists(text) in {True, False}
    assert regions.is_code(text) in {True, False}


@given(mixed_codes())
def test_village_kind_agrees_with_villages(code):
    """village_kind names the single kind of the villages below, else None."""
    kinds = {regions.get(v).kind for v in regions.village_codes(code)}
    expected = next(iter(kinds)) if len(kinds) == 1 else None
    assert expected is regions.village_kind(code)
