"""Fuzzing the readers of arguments: periods, dates, region codes and names.

Any input gives a value or an InvalidArgument (UnknownRegion for regions),
never another exception, and an echo of at most a short, clean text.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from tests.fuzz.budget import examples

import kimlib
from kimlib import regions
from kimlib._validation import check_date
from kimlib.adinda import parse_period
from kimlib.errors import InvalidArgument, KimlibError
from kimlib.strategies import hostile_texts

_NEAR_PERIODS = st.from_regex(
    r"\A[0-9]{1,5}(-?[Qq][0-9]|-[0-9]{1,2}|-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2})?\Z",
    fullmatch=True,
)
_NEAR_DATES = st.from_regex(r"\A[0-9]{4}-?[W0-9][0-9]-?[0-9]{1,2}\Z", fullmatch=True)
_ANY = (
    hostile_texts(40)
    | st.text(max_size=40)
    | st.integers()
    | st.floats()
    | st.none()
    | st.dates()
    | st.datetimes()
    | st.lists(st.integers(), max_size=2)
)


_EMPTY = kimlib.load_kim({"name": "K", "region": "62.71", "members": []})


def _short(error: KimlibError) -> None:
    for lang in ("id", "en"):
        text = error.message(lang)
        assert "\n" not in text
        assert "\x1b" not in text
        assert len(text) < 600


@examples(1500)
@given(_NEAR_PERIODS | _ANY)
def test_periods(spec):
    """parse_period gives a Period inside 1900..2200 or InvalidArgument."""
    try:
        period = parse_period(spec)
    except InvalidArgument as error:
        _short(error)
        return
    assert dt.date(1900, 1, 1) <= period.start < period.end <= dt.date(2201, 1, 1)
    assert period.months > 0
    assert 0 == kimlib.score(_EMPTY, period).total


@examples(2500)
@given(_NEAR_DATES | st.dates().map(str) | _ANY)
def test_dates(value):
    """check_date (on=) gives a date inside 1900..2200 or InvalidArgument."""
    try:
        day = check_date("on", value)
    except InvalidArgument as error:
        _short(error)
        return
    assert 1900 <= day.year <= 2200


@examples(1000)
@given(st.from_regex(r"\A\s*[0-9]{2}(\.?[0-9]{2}(\.?[0-9]{2}(\.?[0-9]{4})?)?)?\s*\Z")
       | _ANY)  # fmt: skip
def test_region_codes(code):
    """regions.get gives a Region or a KimlibError naming the code shortly."""
    try:
        region = regions.get(code)
    except KimlibError as error:
        _short(error)
        return
    assert region.code


@examples(150)
@given(hostile_texts(40) | st.text(max_size=40) | st.sampled_from(["Jabar", "Serang"]))
def test_region_names(query):
    """regions.find gives regions or a KimlibError."""
    try:
        found = regions.find(query)
    except KimlibError as error:
        _short(error)
        return
    assert all(r.code for r in found)
