"""Kim: seat codes, schema version, the board, members on a date, village kind."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimlib.errors import InvalidInput
from kimlib.model import SCHEMA_VERSION, Kim, Member, Role
from kimlib.regions import RegionKind
from kimlib.strategies import kims

DAY = dt.date(2025, 4, 17)
ONE = dt.timedelta(days=1)


def _kim(**fields):
    return Kim(**{"name": "KIM Contoh", "region": "36.73", "members": (), **fields})


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param({"name": " "}, [("name", "error.empty_text")], id="blank-name"),
        pytest.param({"id": ""}, [("id", "error.empty_text")], id="empty-id"),
        pytest.param(
            {"schema_version": 2}, [("schema_version", "error.schema_version")], id="v2"
        ),
        pytest.param(
            {"region": "99.99"}, [("region", "error.region_unknown")], id="no-province"
        ),
        pytest.param(
            {"region": "36.99"}, [("region", "error.region_unknown")], id="no-regency"
        ),
        pytest.param(
            {"region": "36-73"}, [("region", "error.region_code_format")], id="dash"
        ),
        pytest.param(
            {"region": "Kota Serang"},
            [("region", "error.region_code_format")],
            id="a-name",
        ),
        pytest.param(
            {"region": "36"}, [("region", "error.region_level")], id="a-province"
        ),
        pytest.param(
            {"village": "36.73.01"}, [("village", "error.region_level")], id="kecamatan"
        ),
        pytest.param(
            {"village": "36.73.01.9999"},
            [("village", "error.region_unknown")],
            id="no-village",
        ),
        pytest.param(
            {"village": "62.71.01.1001"},
            [("village", "error.village_outside_region")],
            id="village-elsewhere",
        ),
    ],
)
def test_invalid_kim(fields, expected):
    """Each broken rule is refused at its field."""
    with pytest.raises(InvalidInput) as info:
        _kim(**fields)
    assert expected == [(p.path, p.code) for p in info.value.problems]


def test_codes_are_stored_dotted():
    """Codes are accepted dotted or not, with spaces around, and stored dotted."""
    kim = _kim(region=" 3673 ", village="3673011001")
    assert ("36.73", "36.73.01.1001") == (kim.region, kim.village)
    assert kim == _kim(region="36.73", village="36.73.01.1001")


def test_seat_deeper_than_a_regency():
    """A KIM may be seated by a kecamatan code; its village must lie inside."""
    kim = _kim(region="36.73.01", village="36.73.01.1001")
    assert "36.73.01" == kim.region_info.code
    assert "36.73.01.1001" == kim.seat.code
    with pytest.raises(InvalidInput):
        _kim(region="36.73.02", village="36.73.01.1001")


def test_defaults():
    """Absent fields take the documented defaults."""
    kim = _kim()
    assert (SCHEMA_VERSION, None, None, None, (), None) == (
        kim.schema_version,
        kim.id,
        kim.village,
        kim.documents,
        kim.activities,
        kim.founded_on,
    )
    assert 1 == SCHEMA_VERSION


def test_region_info_and_seat():
    """region_info is the region, seat the village when given."""
    kim = _kim(village="36.73.01.1001")
    assert ("Kota Serang", "36.73.01.1001") == (kim.region_info.name, kim.seat.code)
    assert "36.73" == _kim().seat.code


@pytest.mark.parametrize(
    ("region", "village", "expected"),
    [
        pytest.param(
            "36.73", None, RegionKind.KELURAHAN, id="kota-serang-all-kelurahan"
        ),
        pytest.param(
            "36.73", "36.73.01.1001", RegionKind.KELURAHAN, id="kota-serang-village"
        ),
        pytest.param("62.11", None, None, id="pulang-pisau-mixed"),
        pytest.param("62.11", "62.11.01.2001", RegionKind.DESA, id="pulang-pisau-desa"),
        pytest.param("36.04", "36.04.05.2001", RegionKind.DESA, id="kab-serang-desa"),
    ],
)
def test_village_kind(region, village, expected):
    """Known from the village, or from a region whose villages are all alike."""
    assert expected is _kim(region=region, village=village).village_kind


def test_board_and_members_on():
    """The board is every non-anggota in order; members_on follows the dates."""
    ketua = Member(name="A", role=Role.KETUA, joined_on=DAY)
    anggota = Member(name="B", role=Role.ANGGOTA, left_on=DAY)
    sekretaris = Member(name="C", role=Role.SEKRETARIS)
    kim = _kim(members=(ketua, anggota, sekretaris))
    assert (ketua, sekretaris) == kim.board
    assert (anggota, sekretaris) == kim.members_on(DAY - ONE)
    assert (ketua, anggota, sekretaris) == kim.members_on(DAY)
    assert (ketua, sekretaris) == kim.members_on(DAY + ONE)


@given(kims(max_members=12))
def test_board_is_the_non_anggota(kim):
    """The board is exactly the members whose role is not anggota, in order."""
    assert tuple(m for m in kim.members if m.role is not Role.ANGGOTA) == kim.board


@given(kims(max_members=12), st.dates(dt.date(2004, 1, 1), dt.date(2036, 12, 31)))
def test_members_on_is_active_on(kim, on):
    """members_on(d) keeps the members active on d, in document order."""
    assert tuple(m for m in kim.members if m.active_on(on)) == kim.members_on(on)
    assert set(kim.members_on(on)) <= set(kim.members)


@given(kims(max_members=5))
def test_value_semantics(kim):
    """A KIM equals its copies, hashes like them and survives pickling."""
    assert kim == attrs.evolve(kim)
    assert hash(kim) == hash(attrs.evolve(kim))
    assert kim == pickle.loads(pickle.dumps(kim))  # noqa: S301 - our own data


@given(kims(max_members=3))
def test_generated_village_lies_in_region(kim):
    """Every generated KIM is seated consistently."""
    if kim.village is not None:
        assert kim.village.startswith(kim.region + ".")
    assert kim.region_info.level >= 2


def test_frozen():
    """A KIM cannot be changed in place."""
    kim = _kim()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        kim.name = "Lain"  # type: ignore[misc]
