"""Nik: format, province, birth date and gender, masking, value semantics."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimlib.errors import InvalidInput
from kimlib.model import Gender, Nik
from kimlib.model.nik import is_valid
from kimlib.strategies import niks

MASK = "****************"

# Synthetic NIKs (no real person): Kota Bandung, kecamatan 01.
WOMAN_1990 = "3273014107900001"  # day 41 = 1 + 40: a woman born 1 July 1990
MAN_1990 = "3273010107900001"  # the same date, a man


def _nik(kecamatan: str, day: int, month: int, year: int, serial: int = 1) -> str:
    return f"{kecamatan}{day:02d}{month:02d}{year % 100:02d}{serial:04d}"


def test_women_have_forty_added_to_the_day():
    """Day 41 encodes a woman born on the 1st; day 01 a man."""
    woman, man = Nik(WOMAN_1990), Nik(MAN_1990)
    assert (Gender.PEREMPUAN, Gender.LAKI_LAKI) == (woman.gender, man.gender)
    assert woman.birth_dates == man.birth_dates
    assert dt.date(1990, 7, 1) in woman.birth_dates


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        pytest.param(
            _nik("327301", 29, 2, 2000), (dt.date(2000, 2, 29),), id="29feb00-2000-only"
        ),
        pytest.param(
            _nik("327301", 69, 2, 2000), (dt.date(2000, 2, 29),), id="29feb00-woman"
        ),
        pytest.param(
            _nik("327301", 29, 2, 1996),
            (dt.date(1996, 2, 29), dt.date(2096, 2, 29)),
            id="29feb96-both-centuries",
        ),
        pytest.param(
            _nik("327301", 17, 8, 1945),
            (dt.date(1945, 8, 17), dt.date(2045, 8, 17)),
            id="two-digit-year-either-century",
        ),
        pytest.param(
            _nik("327301", 31, 12, 2012),
            (dt.date(1912, 12, 31), dt.date(2012, 12, 31)),
            id="31dec",
        ),
    ],
)
def test_birth_dates_in_either_century(digits, expected):
    """The two-digit year fits 19xx and/or 20xx; 29 Feb only in a leap year."""
    assert expected == Nik(digits).birth_dates


@pytest.mark.parametrize(
    ("digits", "code"),
    [
        pytest.param("12345", "error.nik_format", id="too-short"),
        pytest.param(WOMAN_1990 + "0", "error.nik_format", id="too-long"),
        pytest.param("3273 14107900001", "error.nik_format", id="space"),
        pytest.param("32730141079000ab", "error.nik_format", id="letters"),
        pytest.param("٣٢٧٣٠١٤١٠٧٩٠٠٠٠١", "error.nik_format", id="arabic-digits"),
        pytest.param(3273014107900001, "error.nik_format", id="an-int"),
        pytest.param(None, "error.nik_format", id="none"),
        pytest.param("0073014107900001", "error.nik_province", id="province-00"),
        pytest.param("9973014107900001", "error.nik_province", id="province-99"),
        pytest.param("3273013207900001", "error.nik_birth_date", id="day-32"),
        pytest.param("3273017207900001", "error.nik_birth_date", id="woman-day-32"),
        pytest.param("3273010007900001", "error.nik_birth_date", id="day-00"),
        pytest.param("3273014007900001", "error.nik_birth_date", id="day-40"),
        pytest.param("3273010113900001", "error.nik_birth_date", id="month-13"),
        pytest.param("3273010100900001", "error.nik_birth_date", id="month-00"),
        pytest.param(
            _nik("327301", 29, 2, 2001), "error.nik_birth_date", id="29feb01-no-century"
        ),
        pytest.param(
            _nik("327301", 69, 2, 1900 + 1), "error.nik_birth_date", id="29feb01-woman"
        ),
        pytest.param(_nik("327301", 31, 4, 1990), "error.nik_birth_date", id="31apr"),
    ],
)
def test_invalid_nik(digits, code):
    """A bad NIK is refused at field ``nik`` with the reason, digits not echoed."""
    with pytest.raises(InvalidInput) as info:
        Nik(digits)
    assert [("nik", code)] == [(p.path, p.code) for p in info.value.problems]
    assert not is_valid(digits)
    if isinstance(digits, str) and len(digits) > 4:
        assert digits not in str(info.value)
        assert digits not in info.value.message("id")


def test_former_province_code_is_accepted():
    """54 (Timor Timur until 1999) is no province now, yet its NIKs stay valid."""
    nik = Nik("5401010101700001")
    assert "54" == nik.province_code
    assert not nik.kecamatan_known


def test_kecamatan_known_is_reported_not_enforced():
    """A renumbered kecamatan still gives a valid NIK; the fact is reported."""
    known = Nik("6271010101900001")  # 62.71.01 Pahandut, Kota Palangkaraya
    unknown = Nik("6271990101900001")  # no kecamatan 62.71.99
    assert (True, False) == (known.kecamatan_known, unknown.kecamatan_known)
    assert ("62.71.01", "62.71.99") == (known.kecamatan_code, unknown.kecamatan_code)


def test_repr_and_str_are_masked():
    """Neither repr nor str shows a digit; reveal() does, on purpose."""
    nik = Nik(WOMAN_1990)
    assert "Nik('****************')" == repr(nik)
    assert MASK == str(nik)
    assert f"{MASK}" == f"{nik}"
    assert WOMAN_1990 == nik.reveal()


def test_immutable():
    """A NIK cannot be changed after creation."""
    nik = Nik(WOMAN_1990)
    with pytest.raises(AttributeError):
        nik._digits = MAN_1990  # type: ignore[misc]
    assert WOMAN_1990 == nik.reveal()


def test_not_equal_to_its_digits():
    """A Nik equals a Nik with the same digits, never a plain string."""
    assert Nik(WOMAN_1990) != WOMAN_1990
    assert Nik(WOMAN_1990) != Nik(MAN_1990)


@given(niks())
def test_generated_niks_are_masked(nik):
    """No generated NIK shows its digits in repr or str."""
    digits = nik.reveal()
    assert digits not in repr(nik)
    assert digits not in str(nik)
    assert MASK == str(nik)


@given(niks())
def test_equality_hash_pickle_copy(nik):
    """Equal digits make equal, equally hashed NIKs that survive pickle and copy."""
    again = Nik(nik.reveal())
    assert nik == again
    assert hash(nik) == hash(again)
    assert nik == pickle.loads(pickle.dumps(nik))  # noqa: S301 - our own data
    assert nik == copy.deepcopy(nik)
    assert {nik} == {again}


@given(
    st.sampled_from(["327301", "627101", "540101", "110101"]),
    st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    st.sampled_from(Gender),
    st.integers(0, 9999),
)
def test_decoding_recovers_date_and_gender(kecamatan, born, gender, serial):
    """Whatever is encoded (date in either century, gender) is decoded."""
    day = born.day + (40 if gender is Gender.PEREMPUAN else 0)
    nik = Nik(_nik(kecamatan, day, born.month, born.year, serial))
    assert gender is nik.gender
    assert born in nik.birth_dates
    assert all(d.strftime("%d%m%y") == born.strftime("%d%m%y") for d in nik.birth_dates)
    assert kecamatan[:2] == nik.province_code


@given(niks(Gender.PEREMPUAN), niks(Gender.LAKI_LAKI))
def test_strategy_gender(woman, man):
    """niks(gender) encodes the asked gender."""
    assert (Gender.PEREMPUAN, Gender.LAKI_LAKI) == (woman.gender, man.gender)


@given(st.one_of(st.text(max_size=20), st.from_regex(r"\A[0-9]{16}\Z"), st.none()))
def test_is_valid_never_raises(value):
    """is_valid answers for any value and agrees with the constructor."""
    try:
        Nik(value)
    except InvalidInput:
        expected = False
    else:
        expected = True
    assert expected == is_valid(value)
