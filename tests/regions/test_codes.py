"""Code shapes: normalize_code, is_code, and malformed input everywhere."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import pytest

from kimlib import regions
from kimlib.errors import InvalidArgument, KimlibError, UnknownRegion


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("62", "62", id="province"),
        pytest.param("62.71", "62.71", id="dotted"),
        pytest.param("6271", "62.71", id="undotted"),
        pytest.param(" 62.71 ", "62.71", id="spaces"),
        pytest.param("\t627101\n", "62.71.01", id="tab-newline"),
        pytest.param("62.71.01.1001", "62.71.01.1001", id="village-dotted"),
        pytest.param("6271011001", "62.71.01.1001", id="village-undotted"),
    ],
)
def test_normalize_code(text, expected):
    """Dotted or undotted codes, spaces around, give the dotted form."""
    assert expected == regions.normalize_code(text)
    assert regions.is_code(text)


MALFORMED = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("6", id="one-digit"),
    pytest.param("627", id="three-digits"),
    pytest.param("62.7", id="short-segment"),
    pytest.param("62.7101", id="mixed-dots"),
    pytest.param("62..71", id="double-dot"),
    pytest.param("62.71.", id="trailing-dot"),
    pytest.param("62-71", id="dash"),
    pytest.param("62 71", id="inner-space"),
    pytest.param("62.71.01.101", id="short-village"),
    pytest.param("62710110011", id="eleven-digits"),
    pytest.param("６２.７１", id="fullwidth-digits"),
    pytest.param("٦٢", id="arabic-indic-digits"),
    pytest.param("Palangka Raya", id="a-name"),
    pytest.param("62.71" * 50, id="long"),
]
NOT_TEXT = [
    pytest.param(None, id="none"),
    pytest.param(6271, id="int"),
    pytest.param(62.71, id="float"),
    pytest.param(b"62.71", id="bytes"),
    pytest.param(["62.71"], id="list"),
]


@pytest.mark.parametrize("value", MALFORMED + NOT_TEXT)
def test_normalize_code_refuses(value):
    """A value that is not a code shape raises InvalidArgument."""
    with pytest.raises(InvalidArgument):
        regions.normalize_code(value)
    assert not regions.is_code(value)
    assert not regions.exists(value)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(regions.get, id="get"),
        pytest.param(regions.children, id="children"),
        pytest.param(regions.village_kind, id="village_kind"),
        pytest.param(regions.village_codes, id="village_codes"),
    ],
)
@pytest.mark.parametrize("value", MALFORMED + NOT_TEXT)
def test_lookups_refuse_malformed(call, value):
    """Every lookup by code raises InvalidArgument, never another exception."""
    with pytest.raises(InvalidArgument):
        call(value)


@pytest.mark.parametrize("value", MALFORMED + NOT_TEXT[1:])
def test_find_within_refuses_malformed(value):
    """The within of find (None means everywhere) must be a code shape."""
    with pytest.raises(InvalidArgument):
        regions.find("Serang", within=value)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(regions.get, id="get"),
        pytest.param(regions.children, id="children"),
        pytest.param(regions.village_kind, id="village_kind"),
        pytest.param(regions.village_codes, id="village_codes"),
        pytest.param(lambda v: regions.find("Serang", within=v), id="find-within"),
    ],
)
@pytest.mark.parametrize(
    "value",
    [
        pytest.param("00", id="province-00"),
        pytest.param("99", id="province-99"),
        pytest.param("62.00", id="regency-00"),
        pytest.param("62.71.99", id="district"),
        pytest.param("6271011999", id="village"),
    ],
)
def test_lookups_unknown(call, value):
    """A well-shaped code the decree lacks raises UnknownRegion."""
    with pytest.raises(UnknownRegion) as info:
        call(value)
    assert isinstance(info.value, (KimlibError, LookupError))


@pytest.mark.parametrize(
    ("name", "kind", "within"),
    [
        pytest.param("", None, None, id="empty-name"),
        pytest.param("  \t", None, None, id="blank-name"),
        pytest.param("...", None, None, id="punctuation-only"),
        pytest.param(None, None, None, id="none-name"),
        pytest.param(62, None, None, id="int-name"),
        pytest.param("Serang", "kabupatenn", None, id="bad-kind"),
        pytest.param("Serang", 2, None, id="int-kind"),
        pytest.param("Serang", None, "3-6", id="bad-within"),
    ],
)
def test_find_refuses(name, kind, within):
    """A blank name, bad kind or bad within makes find raise InvalidArgument."""
    with pytest.raises(InvalidArgument):
        regions.find(name, kind=kind, within=within)
