"""kimlib.strategies: real seats, argument checks, and the missing-extra message."""

from __future__ import annotations

import importlib
import sys

import pytest
from hypothesis import given

from kimlib import regions
from kimlib.errors import InvalidArgument
from kimlib.model import Kim
from kimlib.regions import RegionKind
from kimlib.strategies import SEATS, activities, documents, kims, members, niks


@pytest.mark.parametrize(("region", "village"), SEATS, ids=[r for r, _ in SEATS])
def test_seats_are_real_and_nested(region, village):
    """Every seat is a regency/city of the decree with one of its villages."""
    assert 2 == regions.get(region).level
    seat = regions.get(village)
    assert 4 == seat.level
    assert region in {a.code for a in seat.ancestors}
    assert Kim(name="KIM", region=region, village=village, members=())


def test_seats_cover_desa_kelurahan_and_time_zones():
    """The seats include desa and kelurahan, and all three time zones."""
    assert {RegionKind.DESA, RegionKind.KELURAHAN} == {
        regions.get(v).kind for _, v in SEATS
    }
    assert {"WIB", "WITA", "WIT"} == {regions.get(r).zone for r, _ in SEATS}


@given(kims(region="62.11", max_members=2))
def test_region_argument_seats_every_kim_there(kim):
    """kims(region=...) seats the KIM there, with one of its villages or none."""
    assert "62.11" == kim.region
    if kim.village is not None:
        assert kim.village.startswith("62.11.")


@given(kims(min_members=3, max_members=4, with_documents=True))
def test_member_bounds_and_documents(kim):
    """The member bounds hold; with_documents=True always gives a list."""
    assert 3 <= len(kim.members) <= 4
    assert kim.documents is not None


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: kims(min_members=-1), id="negative-min"),
        pytest.param(lambda: kims(min_members=5, max_members=4), id="crossed"),
        pytest.param(lambda: kims(max_members=2.5), id="float-bound"),
        pytest.param(lambda: kims(max_members=True), id="bool-bound"),
        pytest.param(lambda: kims(with_documents="yes"), id="documents-text"),
        pytest.param(lambda: kims(region="99.99"), id="unknown-region"),
        pytest.param(lambda: kims(region="62"), id="province"),
        pytest.param(lambda: kims(region=6211), id="region-number"),
        pytest.param(lambda: members(board="yes"), id="board-text"),
        pytest.param(lambda: niks("perempuan"), id="gender-text"),
        pytest.param(lambda: documents("ad_art"), id="kind-text"),
        pytest.param(lambda: activities(tz="+07:00"), id="tz-text"),
    ],
)
def test_bad_arguments(make):
    """A bad argument is an InvalidArgument when the strategy is made."""
    with pytest.raises(InvalidArgument):
        make()


def test_import_without_hypothesis_says_which_extra(monkeypatch):
    """Without Hypothesis the import fails and names the strategies extra."""
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "kimlib.strategies")
    with pytest.raises(ImportError, match=r"kimlib\[strategies\]") as info:
        importlib.import_module("kimlib.strategies")
    assert isinstance(info.value.__cause__, ImportError)
