"""The engine's fast paths give exactly what the plain constructors give (issue 4).

The engine builds findings and verdicts without their ``__init__``
and works a KIM's facts out once per assessment; these tests pin each shortcut
to the value the slow way gives, so a new field or a changed rule of the
model cannot slip past them.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.rules.helpers import kim as sample_kim

from kimlib.messages import Text
from kimlib.model import Role
from kimlib.rules import (
    Evaluation,
    Finding,
    FindingStatus,
    Outcome,
    Remedy,
    Verdict,
    _checks,
    _finding,
    _verdict,
    assess,
    default_registry,
)
from kimlib.rules._checks import BuiltinCheck, facts_of
from kimlib.rules.profiles import PROFILES, load
from kimlib.strategies import kims

DATES = st.dates(dt.date(2010, 6, 1), dt.date(2030, 12, 31))


def _all_attributes(value):
    return {a.alias: getattr(value, a.name) for a in attrs.fields(type(value))}


def test_make_finding_takes_every_field_in_order():
    """make_finding's argument order is Finding's field order, all of it."""
    assert tuple(a.name for a in attrs.fields(Finding)) == _finding.FIELDS


def test_make_verdict_takes_every_field_in_order():
    """make_verdict's argument order is Verdict's field order, all of it."""
    assert tuple(a.name for a in attrs.fields(Verdict)) == _verdict.FIELDS


def test_a_verdict_built_with_findings_reads_like_a_lazy_one():
    """Verdict(findings=...) and assess's lazy verdict agree on every reading."""
    verdict = assess(sample_kim(), on="2025-04-17")
    fields = {
        a.alias: getattr(verdict, a.name)
        for a in attrs.fields(Verdict)
        if a.alias not in ("findings", "evaluated")
    }
    eager = Verdict(findings=verdict.findings, **fields)
    assert (verdict.is_kim, verdict.statuses, verdict.remedies, repr(verdict)) == (
        eager.is_kim,
        eager.statuses,
        eager.remedies,
        repr(eager),
    )
    assert verdict.explain("en") == eager.explain("en")


def test_fast_classes_have_no_validators_or_converters():
    """Skipping __init__ is only sound for classes that check nothing there."""
    for cls in (Finding, Verdict):
        for field in attrs.fields(cls):
            assert (None, None) == (field.validator, field.converter), field.name
        assert not hasattr(cls, "__attrs_post_init__")


@given(kims(max_members=8), DATES)
def test_made_values_equal_constructed_ones(kim, on):
    """Every finding and verdict assess makes equals the one __init__ makes."""
    verdict = assess(kim, on=on)
    for finding in verdict.findings:
        rebuilt = Finding(**_all_attributes(finding))
        assert rebuilt == finding
        assert _all_attributes(rebuilt) == _all_attributes(finding)
        assert repr(rebuilt) == repr(finding)
        for remedy in finding.remedies:
            again = Remedy(action=remedy.action, params=remedy.params)
            assert again == remedy
            assert type(again.params) is type(remedy.params)
    rebuilt = Verdict(**_all_attributes(verdict))
    assert rebuilt == verdict
    assert rebuilt.findings == verdict.findings
    assert repr(rebuilt) == repr(verdict)


def test_remedy_params_are_read_only():
    """A remedy's params cannot be changed afterwards."""
    remedy = Remedy(action="add_members", params={"count": 1, "minimum": 3})
    with pytest.raises(TypeError):
        remedy.params["count"] = 2  # type: ignore[index]


@given(kims(max_members=12), DATES)
def test_facts_are_what_the_model_says(kim, on):
    """facts_of: members_on, the board among them and the documents in force."""
    facts = facts_of(kim, on)
    assert kim.members_on(on) == facts.active
    board = tuple(
        m for m in kim.members if m.role is not Role.ANGGOTA and m.active_on(on)
    )
    assert board == facts.board
    expected = (
        None
        if kim.documents is None
        else tuple(d for d in kim.documents if d.in_force_on(on))
    )
    assert expected == facts.documents


@given(kims(max_members=12), DATES)
def test_builtin_checks_called_as_checks_agree_with_the_engine(kim, on):
    """rule.check(kim, on, values) gives the evaluation behind each finding."""
    verdict = assess(kim, on=on)
    compiled = verdict.profile.compile(verdict.as_of)
    for step, finding in zip(compiled.steps, verdict.findings, strict=True):
        evaluation = step.rule.check(kim, verdict.as_of, compiled.values)
        assert isinstance(evaluation, Evaluation)
        status = evaluation.status
        if step.advisory and status is FindingStatus.FAIL:
            status = FindingStatus.ADVISORY
        assert (
            finding.status,
            finding.actual,
            finding.required,
            finding.subjects,
            finding.remedies,
            finding.detail,
            dict(finding.params),
        ) == (
            status,
            evaluation.actual,
            evaluation.required,
            evaluation.subjects,
            evaluation.remedies,
            evaluation.message,
            dict(evaluation.params),
        )


@pytest.mark.parametrize("module", sorted(set(PROFILES.values())))
def test_every_kimlib_rule_uses_a_builtin_check(module):
    """Kimlib's own profiles get the shared-facts path for every rule."""
    profile = load(module)
    for p in profile.chain:
        for rule in p.rules:
            assert isinstance(rule.check, BuiltinCheck), rule.id


def test_builtin_checks_read_like_functions():
    """A built-in check has a name, a docstring and a repr naming it."""
    check = _checks.board_fact("civil_servant")
    assert "board_civil_servant" == check.__name__
    assert "<kimlib check board_civil_servant>" == repr(check)
    assert _checks.membership_size.__doc__


def test_a_user_check_still_runs_as_a_check():
    """A rule whose check is a plain function goes through the slow path."""
    seen = []

    def check(kim, on, params):
        seen.append((kim.name, on, "membership.minimum" in params))
        return Evaluation(FindingStatus.PASS, 1, 1)

    national = load("national")
    rule = attrs.evolve(
        national.rules[0],
        id="members.custom",
        title=Text(id="Uji", en="Test"),
        check=check,
    )
    profile = attrs.evolve(national, name="Uji", rules=(*national.rules, rule))
    kim = sample_kim()
    verdict = assess(kim, on="2025-04-17", profile=profile)
    assert [(kim.name, dt.date(2025, 4, 17), True)] == seen
    assert FindingStatus.PASS == verdict.finding("members.custom").status
    assert Outcome.ELIGIBLE == verdict.outcome


def test_the_default_registry_is_untouched_by_a_user_profile():
    """Assessing under a user's profile leaves the default registry as it was."""
    before = default_registry().profiles("")
    test_a_user_check_still_runs_as_a_check()
    assert before == default_registry().profiles("")
