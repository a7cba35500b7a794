# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.
from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from tests.adinda.strategies import PERIOD, activities, activity_lists

from kimlib.adinda import (
    Activity,
    ActivityForm,
    Stage,
    TopicCycle,
    score_activities,
    topic_cycles,
)

ORDER = (
    Stage.AKSES,
    Stage.DISKUSI,
    Stage.IMPLEMENTASI,
    Stage.NETWORKING,
    Stage.DISEMINASI,
    Stage.ASPIRASI,
)


def act(stage, day, topic="harga gabah", hour=9, month=2):
    """A naive-local activity of ``stage`` on ``day`` ``month`` 2025."""
    return Activity(
        form=ActivityForm.LAINNYA,
        stage=stage,
        at=dt.datetime(2025, month, day, hour),  # noqa: DTZ001
        topic=topic,
    )


def cycles(items):
    """The topic cycles of ``items`` in 2025Q1, read in WIB."""
    return topic_cycles(items, period=PERIOD, tz="WIB")


def test_six_ordered_stages_make_a_complete_cycle():
    """Akses, Diskusi, Implementasi ... in order on one topic: complete."""
    items = [act(stage, day) for day, stage in enumerate(ORDER, start=1)]
    expected = TopicCycle(
        topic="harga gabah",
        stages_present=ORDER,
        missing=(),
        complete=True,
        ordered=True,
    )
    assert (expected,) == cycles(items)


def test_topics_match_case_and_space_insensitively():
    """Spellings differing in case and spaces are the same topic."""
    spellings = ["Harga  Gabah", " harga gabah", "HARGA GABAH", "harga\tgabah"]
    items = [
        act(stage, day, topic=spellings[day % len(spellings)])
        for day, stage in enumerate(ORDER, start=1)
    ]
    (cycle,) = cycles(items)
    assert ("harga gabah", True) == (cycle.topic, cycle.complete)


def test_partial_cycle_reports_its_missing_stages():
    """A topic without Networking and Aspirasi lists them as missing."""
    items = [act(s, d) for d, s in enumerate((*ORDER[:3], Stage.DISEMINASI), 1)]
    (cycle,) = cycles(items)
    assert (Stage.NETWORKING, Stage.ASPIRASI) == cycle.missing
    assert (False, True) == (cycle.complete, cycle.ordered)


def test_all_six_stages_out_of_order_are_not_complete():
    """Implementasi before Diskusi before Akses: all stages, no cycle."""
    items = [act(s, d) for d, s in enumerate(reversed(ORDER), start=1)]
    (cycle,) = cycles(items)
    assert ((), False, False) == (cycle.missing, cycle.ordered, cycle.complete)


def test_order_is_an_existence_test():
    """A later Akses-Diskusi-Implementasi run completes the cycle."""
    early_wrong = [act(s, d) for d, s in enumerate(reversed(ORDER), start=1)]
    later = [act(Stage.DISKUSI, 20), act(Stage.IMPLEMENTASI, 21)]
    (cycle,) = cycles(early_wrong + later)
    assert cycle.complete


def test_simultaneous_stages_are_not_ordered():
    """Akses, Diskusi and Implementasi at the same instant do not precede."""
    items = [act(s, 3) for s in ORDER]
    (cycle,) = cycles(items)
    assert (False, False) == (cycle.ordered, cycle.complete)


def test_stages_of_different_topics_do_not_combine():
    """Six stages spread over two topics complete neither."""
    items = [
        act(s, d, topic="air bersih" if d % 2 else "stunting")
        for d, s in enumerate(ORDER, 1)
    ]
    assert [False, False] == [c.complete for c in cycles(items)]


def test_activities_without_topic_are_in_no_cycle():
    """An activity without a topic counts for its stage only."""
    items = [act(s, d, topic=None) for d, s in enumerate(ORDER, 1)]
    assert () == cycles(items)
    assert 6 == sum(score_activities(items, period=PERIOD, tz="WIB").counts.values())


def test_activities_outside_the_period_do_not_complete_a_cycle():
    """A Diskusi in April does not complete a Q1 cycle."""
    items = [act(s, d) for d, s in enumerate(ORDER, 1) if s is not Stage.DISKUSI]
    april = act(Stage.DISKUSI, 1, month=4)
    (cycle,) = cycles([*items, april])
    assert (Stage.DISKUSI,) == cycle.missing


def test_order_is_read_on_instants_across_offsets():
    """An Akses at 08:00 WIT precedes a Diskusi at 07:30 WIB the same day."""
    wit = dt.timezone(dt.timedelta(hours=9))
    wib = dt.timezone(dt.timedelta(hours=7))
    day = dt.datetime(2025, 2, 3, tzinfo=dt.timezone.utc)
    items = [
        Activity(
            form=ActivityForm.LAINNYA,
            stage=Stage.AKSES,
            at=day.replace(hour=8, tzinfo=wit),
            topic="t",
        ),
        Activity(
            form=ActivityForm.LAINNYA,
            stage=Stage.DISKUSI,
            at=day.replace(hour=7, minute=30, tzinfo=wib),
            topic="t",
        ),
        act(Stage.IMPLEMENTASI, 4, topic="t"),
        *[act(s, 5, topic="t") for s in ORDER[3:]],
    ]
    assert cycles(items)[0].complete


def test_cycles_are_listed_complete_first_then_by_progress():
    """Complete cycles first, then topics with more stages, then by topic."""
    items = [
        act(Stage.AKSES, 1, topic="b"),
        act(Stage.AKSES, 1, topic="a"),
        act(Stage.DISKUSI, 2, topic="c"),
        act(Stage.AKSES, 1, topic="c"),
        *[act(s, d, topic="z") for d, s in enumerate(ORDER, 1)],
    ]
    assert ["z", "c", "a", "b"] == [c.topic for c in cycles(items)]


@given(activity_lists(), activities())
def test_adding_an_activity_never_breaks_a_cycle(items, extra):
    """Complete topics stay complete when any activity is added."""
    before = {c.topic for c in cycles(items) if c.complete}
    after = {c.topic for c in cycles([*items, extra]) if c.complete}
    assert before <= after


@given(activity_lists(), st.randoms(use_true_random=False))
def test_cycles_do_not_depend_on_input_order(items, random):
    """Shuffling the activities gives the same cycles."""
    shuffled = list(items)
    random.shuffle(shuffled)
    assert cycles(items) == cycles(shuffled)
