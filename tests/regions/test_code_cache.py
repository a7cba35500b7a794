"""The region-code cache holds normalised codes only (no padded raw input)."""

from __future__ import annotations

import pytest

import kimlib
from kimlib.errors import InvalidInput
from kimlib.model import kim as kim_module
from kimlib.regions import RegionKind, village_kind


def test_padded_codes_share_one_cache_entry(monkeypatch):
    """Differently padded and dotted forms of a code make one cache entry."""
    cached = kim_module._known_code.__wrapped__
    monkeypatch.setattr(
        kim_module, "_known_code", kim_module.functools.lru_cache(cached)
    )
    for padded in ("62.71", " 62.71", "6271 ", "\t62.71\n", " " * 30 + "6271"):
        kimlib.load_kim({"name": "K", "region": padded, "members": []})
    info = kim_module._known_code.cache_info()
    assert (1, 1) == (info.currsize, info.misses)


def test_absurdly_long_code_refused_early():
    """A code padded with a megabyte of spaces is refused, not cached."""
    before = kim_module._known_code.cache_info().currsize
    with pytest.raises(InvalidInput) as caught:
        kimlib.load_kim({"name": "K", "region": "62.71" + " " * 2**20, "members": []})
    assert ("region",) == caught.value.paths
    assert "error.region_code_format" == caught.value.problems[0].code
    assert before == kim_module._known_code.cache_info().currsize


def test_village_kind_of_a_village_is_read_from_the_table():
    """A village's kind comes from its row; no per-village cache entry is made."""
    from kimlib.regions import _region  # noqa: PLC0415

    before = _region._village_kind.cache_info().currsize
    assert RegionKind.KELURAHAN == village_kind("36.73.01.1001")
    assert RegionKind.DESA == village_kind("62.10.10.2008")
    assert before == _region._village_kind.cache_info().currsize
