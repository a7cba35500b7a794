"""Adding activities one by one: the score's invariants hold after every step."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from tests.adinda.strategies import PERIOD, ZONES, activities, rubrics

from kimlib.adinda import DEFAULT_RUBRIC, score_activities


class AddingActivities(RuleBasedStateMachine):
    """A KIM's activities grow one at a time; the report is scored each time."""

    def __init__(self) -> None:
        """Start with no activity (set up by ``start``)."""
        super().__init__()
        self.items = []
        self.inside = []
        self.zone = ZONES[0]
        self.rubric = DEFAULT_RUBRIC
        self.report = None
        self.complete: set[str] = set()

    def score(self, items):
        """Score ``items`` over 2025Q1 in the machine's zone and rubric."""
        return score_activities(items, period=PERIOD, tz=self.zone, rubric=self.rubric)

    @initialize(zone=st.sampled_from(ZONES), rubric=st.just(DEFAULT_RUBRIC) | rubrics())
    def start(self, zone, rubric):
        """Choose the region's zone and the rubric; nothing scored yet."""
        self.zone, self.rubric = zone, rubric
        self.report = self.score([])
        assert self.report.total == 0.0

    def add(self, activity, *, inside):
        """Add ``activity`` and check the total did not fall."""
        before = self.report
        self.items.append(activity)
        self.inside.append(inside)
        self.report = self.score(self.items)
        assert self.report.total >= before.total
        return before

    @rule(data=st.data())
    def add_inside(self, data):
        """An activity inside the period counts once and never lowers the score."""
        self.add(data.draw(activities(where="inside", tz=self.zone)), inside=True)

    @rule(data=st.data())
    def add_outside(self, data):
        """An activity outside the period changes nothing."""
        activity = data.draw(activities(where="outside", tz=self.zone))
        before = self.add(activity, inside=False)
        assert before == self.report

    @precondition(lambda self: self.items)
    @rule(data=st.data())
    def add_a_copy(self, data):
        """The same activity again never lowers the score."""
        i = data.draw(st.integers(0, len(self.items) - 1))
        self.add(self.items[i], inside=self.inside[i])

    @invariant()
    def within_bounds_and_adds_up(self):
        """0 <= total <= 100 and the parts add up to it."""
        if self.report is None:
            return
        report = self.report
        assert 0.0 <= report.total <= 100.0
        assert abs(sum(report.by_stage.values()) + report.cycle - report.total) <= 1e-9
        assert sum(self.inside) == sum(report.counts.values())

    @invariant()
    def cycles_never_break(self):
        """A complete topic cycle stays complete as activities are added."""
        if self.report is None:
            return
        now = {c.topic for c in self.report.cycles if c.complete}
        assert self.complete <= now
        self.complete = now

    @invariant()
    def order_does_not_matter(self):
        """Scoring the activities in reverse order gives the same report."""
        if self.report is None:
            return
        assert self.score(list(reversed(self.items))) == self.report


AddingActivities.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None
)
test_adding_activities = AddingActivities.TestCase
