"""KIM mapping (seed 001): assessments, the grid, cells and engagements."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import datetime as dt
import itertools
import math

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import kimlib
from kimlib import sources
from kimlib.errors import InvalidArgument, InvalidInput
from kimlib.messages import LANGS
from kimlib.model import Kim, MappingAssessment
from kimlib.stakeholders import (
    DEFAULT_GRID,
    Assessment,
    Cell,
    Engagement,
    Grid,
    KimPlacement,
    Level,
    MappingAxis,
    Placement,
    placement,
)
from kimlib.strategies import kims, mapping_assessments

scores = st.floats(min_value=0, max_value=1)
grid_thresholds = st.floats(min_value=0, max_value=1, exclude_min=True)
axes = st.sampled_from(MappingAxis)


@st.composite
def assessments(draw):
    """A valid assessment."""
    return Assessment(
        subject=draw(st.sampled_from(["KIM-6106-0042", "KIM Maju", "Karang Taruna"])),
        interest=draw(scores),
        influence=draw(scores),
        power=draw(scores),
    )


grids = st.builds(
    Grid, interest=grid_thresholds, influence=grid_thresholds, power=grid_thresholds
)


# --- axes --------------------------------------------------------------------


def test_axes_quoted_from_seed_001():
    """The three axes come from seed 001, in its order, with their labels."""
    assert ("ketertarikan", "pengaruh", "kekuatan") == MappingAxis.values()
    for axis in MappingAxis:
        assert sources.SEED_001 is axis.citation.source
        assert (axis.citation.quote, "seed 001") == (axis.quote, axis.seed)
        assert axis.value in axis.quote
    positions = [MappingAxis.KETERTARIKAN.quote.index(a.value) for a in MappingAxis]
    assert sorted(positions) == positions
    assert ("Interest", "Influence", "Power") == tuple(
        a.label("en") for a in MappingAxis
    )
    assert ("interest", "influence", "power") == tuple(a.field for a in MappingAxis)


# --- assessments -------------------------------------------------------------


def test_assessment_reads_each_axis():
    """score(axis) returns the score of that axis; whole numbers become floats."""
    a = Assessment(subject="KIM A", interest=1, influence=0.25, power=0)
    assert (1.0, 0.25, 0.0) == tuple(a.score(axis) for axis in MappingAxis)
    assert isinstance(a.interest, float)
    with pytest.raises(InvalidArgument):
        a.score("pengaruh")  # type: ignore[arg-type]


def test_assessment_is_frozen():
    """Assessments are immutable."""
    a = Assessment(subject="KIM A", interest=1, influence=1, power=1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.power = 0.0  # type: ignore[misc]


GOOD = {"subject": "KIM A", "interest": 0.5, "influence": 0.5, "power": 0.5}


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        pytest.param("subject", "", id="empty-subject"),
        pytest.param("subject", "  ", id="blank-subject"),
        pytest.param("subject", None, id="no-subject"),
        pytest.param("interest", -0.01, id="below-0"),
        pytest.param("influence", 1.01, id="above-1"),
        pytest.param("power", math.nan, id="nan"),
        pytest.param("power", True, id="bool"),
        pytest.param("interest", "0.5", id="text"),
        pytest.param("influence", None, id="none"),
        pytest.param("power", 5, id="likert-value"),
    ],
)
def test_invalid_assessment(field, bad):
    """A bad field raises InvalidInput naming that field."""
    with pytest.raises(InvalidInput) as caught:
        Assessment(**{**GOOD, field: bad})
    assert (field,) == caught.value.paths


def test_from_scale_maps_onto_0_1():
    """A 1..5 questionnaire maps 1 to 0, 3 to 0.5 and 5 to 1."""
    a = Assessment.from_scale(subject="KIM A", interest=5, influence=3, power=1)
    assert (1.0, 0.5, 0.0) == (a.interest, a.influence, a.power)
    b = Assessment.from_scale(
        subject="KIM A", interest=7, influence=0, power=10, low=0, high=10
    )
    assert (0.7, 0.0, 1.0) == (b.interest, b.influence, b.power)


@pytest.mark.parametrize(
    ("kwargs", "paths"),
    [
        pytest.param({"interest": 6}, ("interest",), id="above-scale"),
        pytest.param(
            {"influence": 0, "power": "3"}, ("influence", "power"), id="two-bad"
        ),
        pytest.param({"low": 5, "high": 5}, ("high",), id="empty-scale"),
        pytest.param({"high": math.inf}, ("high",), id="infinite-scale"),
    ],
)
def test_from_scale_invalid(kwargs, paths):
    """Scores outside the scale, or a bad scale, raise InvalidInput."""
    args = {"subject": "KIM A", "interest": 3, "influence": 3, "power": 3}
    with pytest.raises(InvalidInput) as caught:
        Assessment.from_scale(**{**args, **kwargs})
    assert paths == caught.value.paths


# --- the grid ----------------------------------------------------------------


def test_default_grid():
    """The default grid (kimlib's own) splits every axis at 0.5."""
    assert Grid(interest=0.5, influence=0.5, power=0.5) == DEFAULT_GRID


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        pytest.param("interest", 0, id="zero"),
        pytest.param("influence", -0.5, id="negative"),
        pytest.param("power", 1.5, id="above-1"),
        pytest.param("power", math.nan, id="nan"),
        pytest.param("interest", True, id="bool"),
        pytest.param("influence", "0.5", id="text"),
    ],
)
def test_invalid_grid(field, bad):
    """A threshold outside (0, 1] raises InvalidInput naming the axis field."""
    with pytest.raises(InvalidInput) as caught:
        Grid(**{field: bad})
    assert (field,) == caught.value.paths


def test_eight_cells_each_with_both_recommendations():
    """Every cell has an engagement and a recommendation in both languages."""
    cells = Cell.all()
    assert 8 == len(cells)
    assert 8 == len({c.key for c in cells})
    for cell in cells:
        assert isinstance(cell.engagement, Engagement)
        texts = [cell.recommendation(lang) for lang in LANGS]
        assert all(t.strip() for t in texts)
        assert texts[0] != texts[1]


def test_corner_recommendations():
    """All high is a key partner; all low is monitored."""
    top = Cell(Level.HIGH, Level.HIGH, Level.HIGH)
    bottom = Cell(Level.LOW, Level.LOW, Level.LOW)
    assert Engagement.KEY_PARTNER is top.engagement
    assert "mitra utama: libatkan dalam perencanaan" == top.recommendation("id")
    assert "key partner: involve in planning" == top.recommendation("en")
    assert Engagement.MONITOR is bottom.engagement
    assert bottom.recommendation("id").startswith("pantau")
    assert bottom.recommendation("en").startswith("monitor")


def test_every_engagement_is_used():
    """Each engagement level is the answer for some cell."""
    assert set(Engagement) == {c.engagement for c in Cell.all()}
    assert list(range(5)) == [e.rank for e in Engagement]


def test_cells_monotone():
    """Raising any one axis of any cell from low to high never lowers the rank."""
    for cell in Cell.all():
        for field in ("interest", "influence", "power"):
            if getattr(cell, field) is Level.LOW:
                higher = attrs.evolve(cell, **{field: Level.HIGH})
                assert higher.engagement.rank >= cell.engagement.rank


def test_placement_explains():
    """A placement names the subject, the engagement and the recommendation."""
    placement = DEFAULT_GRID.place(
        Assessment(subject="KIM A", interest=0.9, influence=0.1, power=0.2)
    )
    assert Engagement.KEEP_INFORMED is placement.engagement
    assert "KIM A" == placement.subject
    assert (
        "KIM A: Informasikan — informasikan secara rutin dan undang ke kegiatan"
        == placement.explain("id")
    )
    assert placement.explain("en").startswith("KIM A: Keep informed — ")
    with pytest.raises(InvalidArgument):
        placement.explain("fr")


def test_place_refuses_other_values():
    """Only an Assessment can be placed."""
    with pytest.raises(InvalidArgument):
        DEFAULT_GRID.place({"subject": "KIM A"})  # type: ignore[arg-type]


def test_place_all_closest_first():
    """place_all orders by engagement (closest first), then by subject."""
    a = Assessment(subject="B", interest=1, influence=1, power=1)
    b = Assessment(subject="A", interest=0, influence=0, power=0)
    c = Assessment(subject="A", interest=1, influence=1, power=1)
    placed = DEFAULT_GRID.place_all([b, a, c])
    assert ["A", "B", "A"] == [p.subject for p in placed]
    assert all(isinstance(p, Placement) for p in placed)


# --- properties --------------------------------------------------------------


@given(grids, assessments(), axes, scores)
def test_raising_a_score_never_lowers_engagement(grid, assessment, axis, new):
    """Monotonicity: a higher score on any axis never gives a lighter engagement."""
    assume(new >= assessment.score(axis))
    raised = attrs.evolve(assessment, **{axis.field: new})
    before = grid.place(assessment).engagement.rank
    after = grid.place(raised).engagement.rank
    assert before <= after


@given(grids, axes)
def test_threshold_boundary(grid, axis):
    """A score equal to the threshold is high; the float just below is low."""
    threshold = getattr(grid, axis.field)
    assert Level.HIGH is grid.level(axis, threshold)
    assert Level.LOW is grid.level(axis, math.nextafter(threshold, 0.0))


@given(grids, assessments())
def test_place_matches_levels(grid, assessment):
    """The cell holds the level of each axis' score against its threshold."""
    cell = grid.place(assessment).cell
    for axis in MappingAxis:
        expected = (
            Level.HIGH
            if assessment.score(axis) >= getattr(grid, axis.field)
            else Level.LOW
        )
        assert expected is getattr(cell, axis.field)


@given(grids, st.lists(assessments(), max_size=6), st.randoms(use_true_random=False))
def test_place_all_order_independent(grid, items, rnd):
    """place_all gives the same sequence whatever the input order."""
    expected = grid.place_all(items)
    rnd.shuffle(items)
    assert expected == grid.place_all(items)


def test_levels_cover_every_combination():
    """Cell.all() is every combination of levels, high first."""
    expected = [
        Cell(*combo) for combo in itertools.product((Level.HIGH, Level.LOW), repeat=3)
    ]
    assert expected == list(Cell.all())
    assert ("Tinggi", "Low") == (Level.HIGH.label("id"), Level.LOW.label("en"))


# --- the KIM document's mapping and placement(kim, on, grid) -------------------


def assessed(day, interest=0.8, influence=0.8, power=0.8, **extra):
    """A mapping assessment by an organisation."""
    return MappingAssessment(
        assessed_on=dt.date.fromisoformat(day),
        interest=interest,
        influence=influence,
        power=power,
        method=extra.pop("method", "kuesioner"),
        source=extra.pop("source", "Diskominfo"),
        **extra,
    )


def seated(*mapping):
    """A KIM of Kota Serang with this mapping."""
    return Kim(name="KIM Uji", region="36.73", members=(), mapping=mapping or None)


def test_latest_assessment_on_or_before_the_date():
    """The assessment used is the latest one not after the date."""
    kim = seated(
        assessed("2025-01-01", 0.1, 0.1, 0.1),
        assessed("2025-03-01", 0.9, 0.9, 0.9),
        assessed("2025-06-01", 0.9, 0.1, 0.1),
    )
    found = placement(kim, "2025-04-17")
    assert dt.date(2025, 3, 1) == found.assessment.assessed_on
    assert Engagement.KEY_PARTNER == found.engagement
    assert Engagement.MONITOR == placement(kim, dt.date(2025, 2, 1)).engagement
    assert Engagement.KEEP_INFORMED == placement(kim, "2025-06-01").engagement


def test_same_day_the_last_listed_counts():
    """Of two assessments on one day, the one listed last is used."""
    kim = seated(assessed("2025-03-01", 0.1, 0.1, 0.1), assessed("2025-03-01"))
    assert Engagement.KEY_PARTNER == placement(kim, "2025-03-01").engagement


def test_no_assessment_by_then_is_none():
    """Without an assessment on or before the date there is no placement."""
    assert placement(seated(), "2025-04-17") is None
    assert placement(seated(assessed("2025-05-01")), "2025-04-17") is None


def test_scale_is_mapped_to_unit_scores():
    """Scores on 1..5 are placed as (score - 1) / 4."""
    kim = seated(assessed("2025-01-01", 5, 3, 1, scale=5))
    found = placement(kim, "2025-01-01")
    assert (1.0, 0.5, 0.0) == found.assessment.scores()
    assert Cell(Level.HIGH, Level.HIGH, Level.LOW) == found.cell


def test_users_grid_is_used():
    """A user's Grid moves the cell; the default grid is DEFAULT_GRID."""
    kim = seated(assessed("2025-01-01", 0.6, 0.6, 0.6))
    assert Engagement.KEY_PARTNER == placement(kim, "2025-02-01").engagement
    strict = placement(kim, "2025-02-01", Grid(interest=0.7, influence=0.7, power=0.7))
    assert Engagement.MONITOR == strict.engagement


def test_placement_reads_in_both_languages():
    """The explanation names the date, the organisation and the day assessed."""
    found = placement(seated(assessed("2025-02-03")), "2025-04-17")
    indonesian, english = found.explain("id"), found.explain("en-US")
    assert "17 April 2025" in indonesian
    assert "3 Februari 2025" in indonesian
    assert "3 February 2025" in english
    assert "Diskominfo" in english
    assert found.recommendation("id") in indonesian


@pytest.mark.parametrize(
    ("kim", "on", "grid"),
    [
        pytest.param("KIM", "2025-01-01", None, id="kim"),
        pytest.param(None, "17/04/2025", None, id="on"),
        pytest.param(None, "2025-01-01", {"interest": 0.5}, id="grid"),
    ],
)
def test_bad_arguments(kim, on, grid):
    """A bad KIM, date or grid is InvalidArgument."""
    with pytest.raises(InvalidArgument):
        placement(seated() if kim is None else kim, on, grid)


@given(kims(max_members=2), st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)))
def test_placement_agrees_with_the_grid(kim, on):
    """The KIM's placement is the default grid's place of that assessment."""
    found = placement(kim, on)
    earlier = [a for a in kim.mapping or () if a.assessed_on <= on]
    assert (found is None) == (not earlier)
    if found is not None:
        assert isinstance(found, KimPlacement)
        assert found.assessment.assessed_on == max(a.assessed_on for a in earlier)
        scores = found.assessment.scores()
        expected = DEFAULT_GRID.place(
            Assessment(
                subject="x", interest=scores[0], influence=scores[1], power=scores[2]
            )
        )
        assert expected.cell == found.cell


@given(st.lists(mapping_assessments(), max_size=4), mapping_assessments())
def test_later_assessments_do_not_matter(mapping, later):
    """An assessment after the date does not change the placement."""
    on = dt.date(2024, 12, 31)
    later = attrs.evolve(later, assessed_on=dt.date(2036, 1, 1))
    before = placement(seated(*mapping), on)
    after = placement(seated(*mapping, later), on)
    assert (before is None and after is None) or before.cell == after.cell


def test_mapping_never_changes_the_verdict():
    """Assessing a KIM with or without a mapping gives the same findings."""
    sample = next(k for k in kimlib.load_kims(kimlib.io.sample_path()) if k.mapping)
    bare = attrs.evolve(sample, mapping=None, indicators=None)
    with_it = kimlib.assess(sample, on="2025-04-17")
    without = kimlib.assess(bare, on="2025-04-17")
    assert without.outcome == with_it.outcome
    assert [f.status for f in without.findings] == [f.status for f in with_it.findings]


# --- the mapping in the document -----------------------------------------------

DOCUMENT = {"name": "KIM Uji", "region": "36.73", "members": []}
ENTRY = {
    "assessed_on": "2025-03-01",
    "interest": 4,
    "influence": 2,
    "power": 5,
    "scale": 5,
    "method": "kuesioner",
    "source": "Diskominfo",
}


def test_mapping_loads_and_round_trips():
    """A mapping loads into MappingAssessment values and dumps back equal."""
    kim = kimlib.load_kim({**DOCUMENT, "mapping": [ENTRY]})
    assert (4.0, 2.0, 5.0, 5) == (
        kim.mapping[0].interest,
        kim.mapping[0].influence,
        kim.mapping[0].power,
        kim.mapping[0].scale,
    )
    assert kim == kimlib.load_kim(kimlib.dump(kim))
    assert kimlib.load_kim(DOCUMENT).mapping is None


@pytest.mark.parametrize(
    ("change", "path", "code"),
    [
        pytest.param(
            {"interest": 6},
            "mapping[0].interest",
            "mapping.scale_range",
            id="above-scale",
        ),
        pytest.param(
            {"scale": 1}, "mapping[0].scale", "mapping.scale_invalid", id="scale-1"
        ),
        pytest.param(
            {"scale": 2.5}, "mapping[0].scale", "error.wrong_type", id="scale-float"
        ),
        pytest.param(
            {"scale": None, "interest": 0.5, "influence": 0.5, "power": 1.5},
            "mapping[0].power",
            "mapping.score_range",
            id="unit",
        ),
        pytest.param(
            {"power": 1e999}, "mapping[0].power", "mapping.score_range", id="infinite"
        ),
        pytest.param(
            {"source": " "}, "mapping[0].source", "error.empty_text", id="source"
        ),
        pytest.param(
            {"assessed_on": "2025-02-30"},
            "mapping[0].assessed_on",
            "date.not_exist.m02",
            id="date",
        ),
        pytest.param(
            {"who": "Budi"},
            "mapping[0].<#8>",  # an unknown key that is no typo is shown by position
            "input.unknown_key_hidden",
            id="unknown",
        ),
    ],
)
def test_bad_mapping_names_the_field(change, path, code):
    """Each bad field of an assessment is refused at its path."""
    entry = {k: v for k, v in {**ENTRY, **change}.items() if v is not None}
    with pytest.raises(InvalidInput) as caught:
        kimlib.load_kim({**DOCUMENT, "mapping": [entry]})
    assert [(path, code)] == [(p.path, p.code) for p in caught.value.problems]


def test_mapping_in_the_schema_with_descriptions():
    """json_schema("kim") describes the mapping and every field of an assessment."""
    schema = kimlib.io.json_schema("kim")
    assert "description" in schema["$defs"]["Kim"]["properties"]["mapping"]
    fields = schema["$defs"]["MappingAssessment"]["properties"]
    assert set(ENTRY) == set(fields)
    assert all("description" in field for field in fields.values())
    assert (2, 100) == (
        fields["scale"]["anyOf"][0]["minimum"],
        fields["scale"]["anyOf"][0]["maximum"],
    )


def test_python_construction_reads_iso_dates():
    """In Python an ISO string is read as the assessment's date."""
    assert dt.date(2025, 3, 1) == assessed("2025-03-01").assessed_on
    assert (
        dt.date(2025, 3, 1)
        == MappingAssessment(
            assessed_on="2025-03-01",
            interest=0,
            influence=0,
            power=0,
            method="m",
            source="s",
        ).assessed_on
    )
    with pytest.raises(InvalidInput):
        MappingAssessment(
            assessed_on="kemarin",
            interest=0,
            influence=0,
            power=0,
            method="m",
            source="s",
        )
    with pytest.raises(InvalidInput):
        MappingAssessment(
            assessed_on=dt.date(2025, 1, 1),
            interest=True,
            influence=0,
            power=0,
            method="m",
            source="s",
        )
