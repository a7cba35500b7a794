"""The public surface of kimlib.regions."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

from kimlib import regions
from kimlib.messages import CATALOGUE
from kimlib.messages._regions import MESSAGES


def test_all_sorted_and_complete():
    """__all__ is sorted and names every public object of the package."""
    public = {
        name
        for name in vars(regions)
        if not name.startswith("_") and name != "annotations"
    }
    assert sorted(regions.__all__) == regions.__all__
    assert public == set(regions.__all__)


def test_region_messages_in_catalogue():
    """The region texts are merged into the catalogue under region.*."""
    assert all(key.startswith("region.") for key in MESSAGES)
    assert all(CATALOGUE[key] == text for key, text in MESSAGES.items())


def test_kind_labels():
    """Region kinds and zones carry Indonesian and English labels."""
    assert ("Kelurahan", "Urban village") == (
        regions.RegionKind.KELURAHAN.label("id"),
        regions.RegionKind.KELURAHAN.label("en"),
    )
    assert "Waktu Indonesia Timur" == regions.Zone.WIT.label("id")
