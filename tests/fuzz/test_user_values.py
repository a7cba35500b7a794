"""Fuzzing the values users build: rubrics and profiles.

Any arguments give a value that scores and assesses, or an InvalidArgument /
InvalidInput when the value is built; never another exception, also at the
extremes of the review (F4: ``cycle_share=10**400``, weights of ``1e308``, a
target of ``5e-324``; F5: ``regions=123``, ``rules=None`` ...).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from tests.fuzz.budget import examples

import kimlib
from kimlib.adinda import Rubric, Stage
from kimlib.errors import KimlibError
from kimlib.model import ActivityForm
from kimlib.rules import Profile
from kimlib.strategies import hostile_texts, kims

_NUMBERS = (
    st.floats()
    | st.integers()
    | st.sampled_from([10**400, 1e308, 5e-324, -0.0, float("nan"), float("inf")])
)
_STAGES = [s.value for s in Stage]
_ANYTHING = (
    _NUMBERS | st.none() | hostile_texts(12) | st.lists(st.integers(), max_size=2)
)


@examples(200, report_multiple_bugs=False)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "stage_weights": st.dictionaries(st.sampled_from(_STAGES), _NUMBERS)
            | _ANYTHING,
            "monthly_targets": st.dictionaries(st.sampled_from(_STAGES), _NUMBERS)
            | _ANYTHING,
            "form_weights": st.dictionaries(
                st.sampled_from([f.value for f in ActivityForm]), _NUMBERS
            )
            | _ANYTHING,
            "cycle_share": _ANYTHING,
            "months_per_cycle": _ANYTHING,
            "name": _ANYTHING,
        },
    ),
    kims(max_members=2),
    st.sampled_from(
        ["2025", "2025Q1", "2025-01-02/2025-01-02", "1900-01-01/2200-12-31"]
    ),
)
def test_rubrics(arguments, kim, period):
    """A rubric is refused when built, or scores within 0..100."""
    try:
        rubric = Rubric(**arguments)
    except KimlibError:
        return
    report = kimlib.score(kim, period, rubric=rubric)
    assert 0 <= report.total <= 100


@examples(200, report_multiple_bugs=False)
@given(
    st.fixed_dictionaries(
        {
            "name": _ANYTHING,
            "regions": st.lists(hostile_texts(8) | st.sampled_from(["62.71", "99.99"]))
            | _ANYTHING,
        },
        optional={
            "rules": _ANYTHING,
            "parameters": st.dictionaries(hostile_texts(12), _ANYTHING, max_size=2)
            | _ANYTHING,
            "effective_from": st.dates().map(str) | st.dates() | _ANYTHING,
            "effective_until": st.dates() | _ANYTHING,
        },
    ),
    kims(max_members=3),
)
def test_profiles(arguments, kim):
    """A profile is refused when built, or assesses without another exception."""
    try:
        profile = Profile(**arguments)
        kimlib.assess(kim, on=dt.date(2025, 4, 17), profile=profile)
    except KimlibError:
        return
