"""Member: validation, the board, active dates, and no personal data in repr."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimlib.errors import InvalidInput
from kimlib.model import Gender, Member, MemberGroup, Nik, Role
from kimlib.strategies import members, niks

WOMAN = "3273014107900001"  # synthetic: a woman born 1 July 1990
DAY = dt.date(2025, 4, 17)
PERSONAL = (
    "name",
    "nik",
    "gender",
    "civil_servant",
    "criminal_record",
    "party_affiliation",
    "ngo_affiliation",
)


def _problems(**fields):
    with pytest.raises(InvalidInput) as info:
        Member(**{"name": "Anggota Satu", "role": Role.ANGGOTA, **fields})
    return [(p.path, p.code) for p in info.value.problems]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param({"name": ""}, [("name", "error.empty_text")], id="empty-name"),
        pytest.param({"name": " \t"}, [("name", "error.empty_text")], id="blank-name"),
        pytest.param(
            {"nik": Nik(WOMAN), "gender": Gender.LAKI_LAKI},
            [("gender", "error.gender_nik")],
            id="gender-against-nik",
        ),
        pytest.param(
            {"joined_on": DAY, "left_on": DAY - dt.timedelta(days=1)},
            [("left_on", "error.date_order")],
            id="left-before-joined",
        ),
        pytest.param(
            {"party_affiliation": " "},
            [("party_affiliation", "input.affiliation_word")],
            id="blank-party",
        ),
        pytest.param(
            {"ngo_affiliation": ""},
            [("ngo_affiliation", "input.affiliation_word")],
            id="empty-ngo",
        ),
    ],
)
def test_invalid_member(fields, expected):
    """Each broken rule is refused at its field."""
    assert expected == _problems(**fields)


def test_gender_agreeing_with_nik_is_accepted():
    """A woman's NIK with gender perempuan is fine; so is either fact alone."""
    nik = Nik(WOMAN)
    assert Member(name="A", role=Role.KETUA, nik=nik, gender=Gender.PEREMPUAN)
    assert Member(name="A", role=Role.KETUA, nik=nik).gender is None
    assert Member(name="A", role=Role.KETUA, gender=Gender.LAKI_LAKI).nik is None


def test_same_day_join_and_leave_is_allowed():
    """left_on may equal joined_on: a member for that one day counts that day."""
    member = Member(name="A", role=Role.ANGGOTA, joined_on=DAY, left_on=DAY)
    assert member.active_on(DAY)
    assert not member.active_on(DAY + dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("joined_on", "left_on", "on", "expected"),
    [
        pytest.param(None, None, DAY, True, id="no-dates"),
        pytest.param(DAY, None, DAY, True, id="joined-that-day"),
        pytest.param(DAY, None, DAY - dt.timedelta(days=1), False, id="before-joining"),
        pytest.param(None, DAY, DAY, True, id="left-that-day"),
        pytest.param(
            None, DAY, DAY - dt.timedelta(days=1), True, id="day-before-leaving"
        ),
        pytest.param(None, DAY, DAY + dt.timedelta(days=1), False, id="after-leaving"),
    ],
)
def test_active_on_boundaries(joined_on, left_on, on, expected):
    """Counted from joined_on to left_on, both days included (DESIGN.md)."""
    member = Member(name="A", role=Role.ANGGOTA, joined_on=joined_on, left_on=left_on)
    assert expected == member.active_on(on)


@pytest.mark.parametrize("role", list(Role))
def test_board_is_every_role_but_anggota(role):
    """The board (pengurus) is every member whose role is not anggota."""
    member = Member(name="A", role=role)
    assert (role is not Role.ANGGOTA) == member.is_board == role.is_board


@given(members(), st.sampled_from(Role), niks())
def test_repr_hides_personal_data(member, role, nik):
    """Name, NIK, gender and board facts never show in the repr."""
    member = attrs.evolve(
        member,
        name="Siti Zulaikha Qorib",
        role=role,
        nik=nik,
        gender=nik.gender,
        civil_servant=True,
        criminal_record=True,
        party_affiliation="Partai Fiktif Raya",
        ngo_affiliation="LSM Khayalan",
    )
    text = repr(member)
    for secret in ("Siti", "Zulaikha", nik.reveal(), "Fiktif", "Khayalan", "True"):
        assert secret not in text
    for field in PERSONAL:
        assert f"{field}=" not in text
    assert text.startswith(f"<Member {role.value}")


@given(members(board=True), members(board=False))
def test_strategy_board_argument(board_member, ordinary):
    """members(board=...) draws board members or anggota only."""
    assert board_member.is_board
    assert Role.ANGGOTA is ordinary.role


@given(members())
def test_generated_members_are_valid(member):
    """Generated members satisfy the cross-field rules."""
    if member.nik is not None and member.gender is not None:
        assert member.nik.gender is member.gender
    if member.joined_on is not None and member.left_on is not None:
        assert member.joined_on <= member.left_on
    assert len(set(member.groups)) == len(member.groups)
    assert all(isinstance(g, MemberGroup) for g in member.groups)
    assert member == attrs.evolve(member)


def test_frozen():
    """A member cannot be changed in place."""
    member = Member(name="A", role=Role.ANGGOTA)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        member.role = Role.KETUA  # type: ignore[misc]


@pytest.mark.parametrize(
    "word",
    [
        "tidak", "Tidak Ada", " TIDAK  ADA ", "bukan", "no", "None", "-", "",
        "n/a", "N/A", "nihil", "kosong", "belum ada", "ya", "Yes", "true", "ada",
    ],
)  # fmt: skip
@pytest.mark.parametrize("field", ["party_affiliation", "ngo_affiliation"])
def test_yes_no_words_are_not_names(field, word):
    """A negation, placeholder or bare yes is refused: write false, true or null."""
    assert [(field, "input.affiliation_word")] == _problems(**{field: word})


@pytest.mark.parametrize(
    "name", ["Partai Contoh", "PKK Desa", "Ormas X", "Karang Taruna"]
)
def test_affiliation_names_are_kept(name):
    """A real organisation name is an affiliation, kept as written."""
    assert name == Member(role=Role.KETUA, party_affiliation=name).party_affiliation


def test_name_may_be_withheld():
    """A member without a name is valid: a registry may withhold names."""
    assert Member(role=Role.KETUA).name is None


def test_name_with_a_lone_surrogate_is_refused():
    """A name that cannot be written as UTF-8 is refused, so dump always encodes."""
    assert [("name", "input.surrogate")] == _problems(name="Budi \udcff")
