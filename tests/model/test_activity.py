"""Activity: default stages, the stage requirement, topic keys."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimlib.errors import InvalidInput
from kimlib.model import DEFAULT_STAGE, Activity, ActivityForm, Stage, topic_key
from kimlib.strategies import activities

AT = dt.datetime(2025, 1, 10, 9)  # noqa: DTZ001 - naive: local time of the region
WIB = dt.timezone(dt.timedelta(hours=7))


@pytest.mark.parametrize(
    "form", [f for f in ActivityForm if f is not ActivityForm.LAINNYA]
)
def test_every_form_but_lainnya_has_a_default_stage(form):
    """An activity of any named form counts for a stage without saying so."""
    activity = Activity(form=form, at=AT)
    assert isinstance(form.default_stage, Stage)
    assert form.default_stage is activity.resolved_stage
    assert DEFAULT_STAGE[form] is form.default_stage


def test_lainnya_needs_a_stage():
    """Form lainnya has no default: the stage is required."""
    assert ActivityForm.LAINNYA.default_stage is None
    assert ActivityForm.LAINNYA not in DEFAULT_STAGE
    with pytest.raises(InvalidInput) as info:
        Activity(form=ActivityForm.LAINNYA, at=AT)
    assert [("stage", "error.missing_field")] == [
        (p.path, p.code) for p in info.value.problems
    ]
    given_stage = Activity(form=ActivityForm.LAINNYA, at=AT, stage=Stage.ASPIRASI)
    assert Stage.ASPIRASI is given_stage.resolved_stage


@pytest.mark.parametrize("stage", list(Stage))
def test_stage_given_wins_over_default(stage):
    """A stated stage is the stage, whatever the form's default."""
    activity = Activity(form=ActivityForm.FORUM_DISKUSI, at=AT, stage=stage)
    assert stage is activity.resolved_stage


def test_default_stages_cover_all_six_stages():
    """Every ADINDA stage is some form's default (no stage is unreachable)."""
    assert set(Stage) == set(DEFAULT_STAGE.values())


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param(
            {"participants": -1}, [("participants", "error.negative")], id="neg"
        ),
        pytest.param(
            {"topic": "  "}, [("topic", "error.empty_text")], id="blank-topic"
        ),
    ],
)
def test_invalid_activity(fields, expected):
    """Each broken rule is refused at its field."""
    with pytest.raises(InvalidInput) as info:
        Activity(form=ActivityForm.DIALOG, at=AT, **fields)
    assert expected == [(p.path, p.code) for p in info.value.problems]


def test_at_is_kept_as_given():
    """Naive stays naive, aware keeps its offset (round-trips exactly)."""
    assert Activity(form=ActivityForm.DIALOG, at=AT).at.tzinfo is None
    aware = Activity(form=ActivityForm.DIALOG, at=AT.replace(tzinfo=WIB))
    assert WIB == aware.at.tzinfo


@given(st.text())
def test_topic_key_is_idempotent(topic):
    """Folding a folded topic changes nothing."""
    assert topic_key(topic) == topic_key(topic_key(topic))


@given(
    st.lists(
        st.text(st.characters(blacklist_categories=["Z", "C"]), min_size=1), min_size=1
    ),
    st.lists(st.sampled_from([" ", "  ", "\t", "\n", "\u00a0"]), min_size=1),
)
def test_topic_key_ignores_spacing_and_case(words, spaces):
    """Runs of spaces, leading/trailing spaces and case do not matter."""
    plain = " ".join(words)
    spaced = spaces[0] + "".join(
        w + spaces[i % len(spaces)] for i, w in enumerate(words)
    )
    assert topic_key(plain) == topic_key(spaced)
    assert topic_key(plain) == topic_key(plain.casefold())


def test_topic_key_example():
    """The example of DESIGN.md: topics match case- and space-insensitively."""
    assert "harga gabah" == topic_key("  Harga   GABAH ")
    activity = Activity(form=ActivityForm.DIALOG, at=AT, topic="Harga  Gabah")
    assert "harga gabah" == activity.topic_key
    assert Activity(form=ActivityForm.DIALOG, at=AT).topic_key is None


@given(activities())
def test_generated_activities_resolve_a_stage(activity):
    """Every generated activity has a stage, stated or by default."""
    assert activity.resolved_stage in set(Stage)
    assert activity.stage is not None or activity.form is not ActivityForm.LAINNYA
    assert activity.at.utcoffset() is None or activity.at.utcoffset() in {
        dt.timedelta(hours=h) for h in (7, 8, 9)
    }


@given(activities(tz=WIB))
def test_strategy_time_zone(activity):
    """activities(tz) draws times in that zone."""
    assert WIB == activity.at.tzinfo
