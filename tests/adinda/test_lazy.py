"""The report's extras are computed when read; reprs and help stay short."""

from __future__ import annotations

import datetime as dt
import pydoc
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

import kimlib
from kimlib.adinda import Activity, ActivityForm, check_timezone, score_activities
from kimlib.adinda._rubric import DEFAULT_RUBRIC
from kimlib.adinda._score import item_of, period_in, scale_of, score_parts
from kimlib.strategies import activities


def test_next_best_actions_wait_until_read():
    """Scoring does not re-score for the next-best actions until they are read."""
    report = score_activities([], period="2025Q1", tz="WIB")
    assert report._next_best_actions is None
    actions = report.next_best_actions
    assert actions is report.next_best_actions
    assert 6 == len(actions)


@given(
    st.lists(activities(), max_size=12), st.sampled_from(["2025", "2024Q3", "2030-01"])
)
def test_score_parts_are_the_reports_numbers(items, period):
    """The batch path's score kernel gives the report's total and parts exactly."""
    zone = check_timezone("tz", "WITA")
    report = score_activities(items, period=period, tz=zone)
    span, bounds = period_in(period, zone)
    total, by_stage, cycle = score_parts(
        [item_of(a) for a in items], zone, bounds, scale_of(DEFAULT_RUBRIC, span.months)
    )
    assert (report.total, dict(report.by_stage), report.cycle) == (
        total,
        by_stage,
        cycle,
    )


def test_the_reports_repr_is_short():
    """<AdindaReport ...>: period, total, stages with activity, cycles."""
    at = dt.datetime(2025, 2, 1, 9)  # noqa: DTZ001 - local time
    report = score_activities(
        [Activity(form=ActivityForm.SARASEHAN, at=at)], period="2025Q1", tz="WIB"
    )
    text = repr(report)
    assert text.startswith("<AdindaReport ")
    assert "1 of 6 stages" in text
    assert len(text) <= 200


def test_help_of_score_does_not_print_the_rubric():
    """help(kimlib.score) is the function's documentation, not a rubric dump."""
    text = pydoc.render_doc(kimlib.score, renderer=pydoc.plaintext)
    assert "form_weights" not in text
    assert len(text) < 3000


def test_import_kimlib_loads_nothing_heavy():
    """Import kimlib loads no region data, no rules, no pendulum."""
    code = (
        "import sys, kimlib; "
        "print(sorted(m for m in ('pendulum', 'kimlib.regions', 'kimlib.rules',"
        " 'kimlib.io', 'msgspec') if m in sys.modules))"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "[]" == out.stdout.strip()
    assert "score" in dir(kimlib)


def test_an_unknown_name_of_kimlib_is_an_attribute_error():
    """Lazy loading answers only for public names."""
    import pytest  # noqa: PLC0415

    with pytest.raises(AttributeError, match="no_such_name"):
        kimlib.no_such_name  # noqa: B018 - the lookup is the test
    assert kimlib.batch.evaluate is kimlib.batch.evaluate
