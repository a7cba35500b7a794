# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.adinda.strategies import rubrics

from kimlib.adinda import (
    DEFAULT_RUBRIC,
    ActivityForm,
    Rubric,
    Stage,
    parse_period,
    score,
)
from kimlib.adinda import _rubric as rubric_module
from kimlib.adinda._rubric import LARGEST, SMALLEST, InvalidRubric
from kimlib.errors import InvalidArgument, InvalidInput, KimlibError
from kimlib.io import load_kims, sample_path

EQUAL = dict.fromkeys(Stage, 1.0)


def test_default_rubric_values():
    """The default: equal weights, 1 per stage a month, 20 cycle points a quarter."""
    assert dict(EQUAL) == dict(DEFAULT_RUBRIC.stage_weights)
    assert dict(EQUAL) == dict(DEFAULT_RUBRIC.monthly_targets)
    assert dict.fromkeys(ActivityForm, 1.0) == dict(DEFAULT_RUBRIC.form_weights)
    assert (0.2, 3.0, 20.0) == (
        DEFAULT_RUBRIC.cycle_share,
        DEFAULT_RUBRIC.months_per_cycle,
        DEFAULT_RUBRIC.cycle_cap,
    )
    assert all(math.isclose(80 / 6, cap) for cap in DEFAULT_RUBRIC.caps.values())


def test_default_rubric_says_it_is_kimlibs_own():
    """The default rubric is labelled as kimlib's own, not an official standard."""
    assert "kimlib default" == DEFAULT_RUBRIC.name
    assert "not an official standard" in (rubric_module.__doc__ or "")


def test_caps_and_cycle_cap_add_up_to_100():
    """The most a rubric can give is 100 points."""
    rubric = Rubric(stage_weights={**EQUAL, "akses": 3.0}, cycle_share=0.35)
    assert math.isclose(100.0, math.fsum(rubric.caps.values()) + rubric.cycle_cap)


def test_weights_are_normalised():
    """Only the ratios of stage weights matter."""
    small = Rubric(stage_weights={**EQUAL, "implementasi": 2.0})
    large = Rubric(stage_weights={s: 10 * w for s, w in small.stage_weights.items()})
    assert all(math.isclose(small.caps[s], large.caps[s]) for s in Stage)


def test_keys_may_be_values_and_are_stored_as_members():
    """String keys are read as stages and forms."""
    rubric = Rubric(
        stage_weights={s.value: 1 for s in Stage}, form_weights={"workshop": 2}
    )
    assert Stage.AKSES in rubric.stage_weights
    assert 2.0 == rubric.form_weight(ActivityForm.WORKSHOP)
    assert 1.0 == rubric.form_weight(ActivityForm.SIARAN)


def test_zero_weight_stage_is_allowed():
    """A stage may weigh nothing, as long as some other stage weighs something."""
    rubric = Rubric(stage_weights={**EQUAL, "networking": 0})
    assert 0.0 == rubric.caps[Stage.NETWORKING]


def test_rubric_is_a_frozen_hashable_value():
    """Rubrics compare by value, hash, and cannot be changed."""
    assert Rubric(name="kimlib default") == DEFAULT_RUBRIC
    assert hash(Rubric(name="kimlib default")) == hash(DEFAULT_RUBRIC)
    with pytest.raises(AttributeError):
        DEFAULT_RUBRIC.cycle_share = 0.5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "path", "code"),
    [
        pytest.param(
            {"stage_weights": {**EQUAL, "akses": -1}},
            "stage_weights.akses",
            "error.negative",
            id="negative-weight",
        ),
        pytest.param(
            {"stage_weights": dict.fromkeys(Stage, 0)},
            "stage_weights",
            "adinda.rubric.all_zero",
            id="all-zero-weights",
        ),
        pytest.param(
            {"stage_weights": {**EQUAL, "diskusi": math.nan}},
            "stage_weights.diskusi",
            "adinda.rubric.not_finite",
            id="nan-weight",
        ),
        pytest.param(
            {"stage_weights": {**EQUAL, "aspirasi": math.inf}},
            "stage_weights.aspirasi",
            "adinda.rubric.not_finite",
            id="infinite-weight",
        ),
        pytest.param(
            {"stage_weights": {**EQUAL, "akses": "1"}},
            "stage_weights.akses",
            "adinda.rubric.not_a_number",
            id="text-weight",
        ),
        pytest.param(
            {"stage_weights": {**EQUAL, "akses": True}},
            "stage_weights.akses",
            "adinda.rubric.not_a_number",
            id="bool-weight",
        ),
        pytest.param(
            {"stage_weights": {s: 1 for s in Stage if s is not Stage.NETWORKING}},
            "stage_weights.networking",
            "error.missing_field",
            id="stage-missing",
        ),
        pytest.param(
            {"stage_weights": {**EQUAL, "sosialisasi": 1}},
            "stage_weights.sosialisasi",
            "error.not_allowed",
            id="unknown-stage",
        ),
        pytest.param(
            {"stage_weights": [1, 1, 1, 1, 1, 1]},
            "stage_weights",
            "adinda.rubric.not_a_mapping",
            id="not-a-mapping",
        ),
        pytest.param(
            {"monthly_targets": {**EQUAL, "implementasi": 0}},
            "monthly_targets.implementasi",
            "adinda.rubric.not_positive",
            id="zero-target",
        ),
        pytest.param(
            {"form_weights": {"workshop": -0.5}},
            "form_weights.workshop",
            "error.negative",
            id="negative-form-weight",
        ),
        pytest.param(
            {"form_weights": {"rapat": 1}},
            "form_weights.rapat",
            "error.not_allowed",
            id="unknown-form",
        ),
        pytest.param(
            {"cycle_share": 1.0},
            "cycle_share",
            "adinda.rubric.share_range",
            id="share-one",
        ),
        pytest.param(
            {"cycle_share": -0.1},
            "cycle_share",
            "adinda.rubric.share_range",
            id="share-negative",
        ),
        pytest.param(
            {"cycle_share": math.nan},
            "cycle_share",
            "adinda.rubric.not_finite",
            id="share-nan",
        ),
        pytest.param(
            {"months_per_cycle": 0},
            "months_per_cycle",
            "adinda.rubric.not_positive",
            id="cadence-zero",
        ),
        pytest.param({"name": " "}, "name", "error.empty_text", id="blank-name"),
    ],
)
def test_bad_rubric_is_invalid_input_naming_the_field(kwargs, path, code):
    """Each bad field raises InvalidRubric (InvalidArgument and InvalidInput)."""
    with pytest.raises(InvalidArgument) as caught:
        Rubric(**kwargs)
    assert [(path, code)] == [(p.path, p.code) for p in caught.value.problems]
    assert path in str(caught.value)
    assert caught.value.message("id")


def test_every_problem_is_reported_at_once():
    """Several bad fields give one error listing them all."""
    with pytest.raises(InvalidInput) as caught:
        Rubric(
            stage_weights={**EQUAL, "akses": -1},
            monthly_targets={**EQUAL, "aspirasi": math.inf},
            cycle_share=2,
        )
    assert (
        "stage_weights.akses",
        "monthly_targets.aspirasi",
        "cycle_share",
    ) == caught.value.paths


@given(rubrics())
def test_drawn_rubrics_are_valid_and_capped_at_100(rubric):
    """Every valid rubric's caps and cycle cap add up to 100."""
    total = math.fsum(rubric.caps.values()) + rubric.cycle_cap
    assert abs(100.0 - total) < 1e-9


@given(rubrics(), st.integers(2000, 2100))
def test_a_years_targets_equal_twelve_months(rubric, year):
    """Target for a year == 12 x a month's == the sum of its months' targets."""
    year_months = parse_period(str(year)).months
    month_periods = [parse_period(f"{year}-{m:02d}") for m in range(1, 13)]
    for stage in Stage:
        month = rubric.target(stage, parse_period(f"{year}-01").months)
        by_month = math.fsum(rubric.target(stage, p.months) for p in month_periods)
        assert rubric.target(stage, year_months) == 12 * month
        assert math.isclose(rubric.target(stage, year_months), by_month)
    assert math.isclose(
        rubric.cycle_target(year_months),
        math.fsum(rubric.cycle_target(p.months) for p in month_periods),
    )


# --- values at their extremes (reliability.md F4) ----------------------------------

S = [s.value for s in Stage]


@pytest.mark.parametrize(
    ("kwargs", "path", "code"),
    [
        pytest.param(
            {"cycle_share": 10**400}, "cycle_share", "rubric.too_large", id="huge-int"
        ),
        pytest.param(
            {"cycle_share": -(10**400)}, "cycle_share", "error.negative", id="-huge"
        ),
        pytest.param(
            {"stage_weights": dict.fromkeys(S, 1e308)},
            "stage_weights.akses",
            "rubric.too_large",
            id="weights-1e308",
        ),
        pytest.param(
            {"monthly_targets": dict.fromkeys(S, 5e-324)},
            "monthly_targets.akses",
            "rubric.too_small",
            id="target-5e-324",
        ),
        pytest.param(
            {"form_weights": {"workshop": 10**400}},
            "form_weights.workshop",
            "rubric.too_large",
            id="form-huge",
        ),
        pytest.param(
            {"months_per_cycle": 5e-324},
            "months_per_cycle",
            "rubric.too_small",
            id="cadence-tiny",
        ),
        pytest.param(
            {"months_per_cycle": 1e300},
            "months_per_cycle",
            "rubric.too_large",
            id="cadence-huge",
        ),
    ],
)
def test_extreme_values_are_refused_when_built(kwargs, path, code):
    """F4: values whose scores would overflow or divide by zero are refused."""
    with pytest.raises(InvalidRubric) as caught:
        Rubric(**kwargs)
    assert (path, code) == (
        caught.value.problems[0].path,
        caught.value.problems[0].code,
    )
    assert isinstance(caught.value, InvalidArgument)
    assert isinstance(caught.value, InvalidInput)
    assert "rubrik ADINDA tidak sah" in caught.value.message("id")


def _sample_kim():
    return next(iter(load_kims(sample_path())))


@pytest.mark.parametrize("period", ["2025-01-02/2025-01-02", "2025Q1", "2025"])
def test_the_accepted_extremes_score_finitely(period):
    """F4: everything accepted, however extreme, gives a finite score in 0..100."""
    kim = _sample_kim()
    for rubric in (
        Rubric(
            stage_weights=dict.fromkeys(S, LARGEST),
            monthly_targets=dict.fromkeys(S, SMALLEST),
            form_weights=dict.fromkeys(ActivityForm.values(), LARGEST),
            months_per_cycle=SMALLEST,
            cycle_share=0.999999,
        ),
        Rubric(
            stage_weights={**dict.fromkeys(S, 5e-324), "akses": LARGEST},
            monthly_targets=dict.fromkeys(S, LARGEST),
            months_per_cycle=LARGEST,
        ),
    ):
        total = score(kim, period, rubric=rubric).total
        assert 0.0 <= total <= 100.0


_NUMBER = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**500), max_value=10**500),
    st.fractions(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.none(),
    st.text(max_size=3),
    st.booleans(),
)


@given(
    field=st.sampled_from(
        [
            "stage_weights",
            "monthly_targets",
            "form_weights",
            "cycle_share",
            "months_per_cycle",
            "name",
        ]
    ),
    value=_NUMBER,
    as_table=st.booleans(),
)
def test_any_junk_rubric_argument_is_invalid_argument(field, value, as_table):
    """Junk in one field: a rubric that scores finitely, or InvalidArgument only."""
    tabled = field in {"stage_weights", "monthly_targets", "form_weights"}
    argument = {"akses": value} if tabled and as_table else value
    if field == "stage_weights" and as_table:
        argument = {**dict.fromkeys(S, 1.0), "akses": value}
    try:
        rubric: object = Rubric(**{field: argument})
    except KimlibError as error:
        rubric = error
    if isinstance(rubric, Rubric):
        assert all(math.isfinite(c) for c in rubric.caps.values())
        assert all(rubric.target(s, 1 / 31) > 0 for s in Stage)
    else:
        assert isinstance(rubric, InvalidArgument)
