"""Reprs a notebook can show: short, what matters, never personal data."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from kimlib.io import load_kim, sample_path
from kimlib.model import Kim, Member, Role
from kimlib.strategies import kims, niks

MARKER = "Qzxv"


@st.composite
def identified_kims(draw: st.DrawFn) -> Kim:
    """KIMs whose members carry a marked name, a NIK and declared facts."""
    kim = draw(kims(max_members=30))
    members = tuple(
        attrs.evolve(
            m,
            name=f"{MARKER}{i} Orang",
            nik=draw(niks(m.gender)),
            party_affiliation=f"{MARKER} Partai",
        )
        for i, m in enumerate(kim.members)
    )
    name = draw(st.text(min_size=1, max_size=300).filter(str.strip))
    return attrs.evolve(kim, name=name, members=members)


@given(identified_kims())
def test_kim_repr_is_short_and_holds_no_personal_data(kim):
    """repr(kim) is at most 200 characters; no member name, NIK or fact."""
    text = repr(kim)
    assert len(text) <= 200
    assert f": {len(kim.members)} members," in text
    assert MARKER not in text
    assert not [m for m in kim.members if m.nik.reveal() in text]
    for member in kim.members:
        shown = repr(member)
        assert len(shown) <= 200
        assert MARKER not in shown
        assert member.nik.reveal() not in shown


def test_kim_repr_of_the_sample():
    """The first sample KIM reads as its id, name, seat and counts."""
    first = sample_path().read_text(encoding="utf-8").splitlines()[0]
    kim = load_kim(first)
    assert (
        "<Kim KIM-3673-0001 'KIM Maju Bersama' 36.73.01.1002: 12 members,"
        " 3 documents, 22 activities>"
    ) == repr(kim)


def test_a_long_name_is_cut():
    """A long KIM name is cut with an ellipsis; an absent id is left out."""
    kim = Kim(name="KIM " + "Sejahtera " * 30, region="36.73", members=())
    text = repr(kim)
    assert text.startswith("<Kim 'KIM Sejahtera")
    assert "\u2026' 36.73: 0 members, documents unknown, 0 activities>" in text


def test_member_repr_shows_role_and_dates():
    """A member reads as its role, groups and dates, without its name."""
    member = Member(name="Sari", role=Role.BENDAHARA, left_on=dt.date(2024, 1, 2))
    assert "<Member bendahara left 2024-01-02>" == repr(member)
