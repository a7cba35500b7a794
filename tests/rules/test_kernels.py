"""Rules as kernels over Facts: one definition, lazy findings, short reprs."""

from __future__ import annotations

import datetime as dt
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.rules.helpers import kim as sample_kim

from kimlib.errors import InvalidArgument
from kimlib.rules import (
    Evaluation,
    FindingStatus,
    Remedy,
    assess,
    facts_from,
    facts_of,
    kernel,
)
from kimlib.rules._checks import BuiltinCheck, remedy_of
from kimlib.rules._remedies import ACTIONS
from kimlib.strategies import kims

DATES = st.dates(dt.date(2010, 6, 1), dt.date(2030, 12, 31))


def _plain(value: object, names: tuple[str, ...]) -> types.SimpleNamespace:
    return types.SimpleNamespace(**{n: getattr(value, n) for n in names})


MEMBER = (
    "role",
    "joined_on",
    "left_on",
    "civil_servant",
    "criminal_record",
    "party_affiliation",
    "ngo_affiliation",
)
DOCUMENT = ("kind", "issuer", "acknowledged_by", "issued_on", "valid_until")


@given(kims(max_members=10), DATES)
def test_kernels_read_facts_of_any_values_with_the_attributes(kim, on):
    """Facts over plain values (as the batch path has) give the same evaluations."""
    verdict = assess(kim, on=on)
    compiled = verdict.profile.compile(verdict.as_of)
    members = [_plain(m, MEMBER) for m in kim.members]
    documents = (
        None if kim.documents is None else [_plain(d, DOCUMENT) for d in kim.documents]
    )
    light = facts_from(verdict.as_of, kim.region, kim.village, members, documents)
    full = facts_of(kim, verdict.as_of)
    assert light.seat == full.seat
    assert light.kim is None
    assert full.kim is kim
    for step in compiled.steps:
        assert isinstance(step.rule.check, BuiltinCheck)
        assert step.evaluate(full, compiled.values) == step.evaluate(
            light, compiled.values
        )


@given(kims(max_members=10), DATES)
def test_kernels_propose_only_known_actions(kim, on):
    """Every action a kernel proposes is one of ACTIONS (so it has a text)."""
    for finding in assess(kim, on=on).findings:
        for remedy in finding.remedies:
            assert isinstance(remedy, Remedy)
            assert remedy.action in ACTIONS
            assert remedy.message("id")


def test_findings_are_built_only_when_read():
    """Assess decides the outcome from statuses; findings wait to be read."""
    verdict = assess(sample_kim(), on="2025-04-17")
    assert verdict._findings is None
    assert verdict.is_kim
    assert verdict._findings is None
    findings = verdict.findings
    assert findings is verdict.findings
    assert [f.status for f in findings] == list(verdict.statuses.values())


def test_reprs_are_short_and_say_what_matters():
    """Verdict and Finding reprs: about 200 characters, no member's name."""
    kim = sample_kim()
    verdict = assess(kim, on="2025-04-17")
    text = repr(verdict)
    assert "<Verdict KIM-TEST-0001 eligible on 2025-04-17: 0 fail, 0 unknown>" == text
    for finding in verdict.findings:
        assert len(repr(finding)) <= 200
        assert repr(finding).startswith(f"<Finding {finding.rule_id} ")
    for member in kim.members:
        assert member.name not in text


def test_a_verdict_without_id_names_its_region():
    """No id: the repr names the region, never the KIM's members."""
    kim = sample_kim()
    import attrs  # noqa: PLC0415

    anonymous = attrs.evolve(kim, id=None)
    assert repr(assess(anonymous, on="2023-01-01")).startswith(
        f"<Verdict {kim.region} "
    )


def test_kernel_makes_a_check_for_both_paths():
    """kernel(function) is a BuiltinCheck named after the function."""

    @kernel
    def always(facts, params):
        """Always passes."""
        del facts, params
        return Evaluation(FindingStatus.PASS, 1, 1)

    assert isinstance(always, BuiltinCheck)
    assert "always" == always.__name__
    assert "Always passes." == always.__doc__
    evaluation = always(sample_kim(), dt.date(2025, 4, 17), {})
    assert FindingStatus.PASS == evaluation.status


def test_kernel_refuses_what_is_not_callable():
    """A kernel must be a function; the message reads in both languages."""
    with pytest.raises(InvalidArgument) as caught:
        kernel(42)  # type: ignore[arg-type]
    assert "int" in caught.value.message("id")
    assert "int" in caught.value.message("en")


def test_a_remedy_of_a_kernel_equals_the_constructed_one():
    """(action, params) from a kernel becomes exactly Remedy(action, params)."""
    made = remedy_of(("add_members", {"count": 1, "minimum": 3}))
    assert Remedy(action="add_members", params={"count": 1, "minimum": 3}) == made
    given_remedy = Remedy(action="name_board")
    assert given_remedy is remedy_of(given_remedy)
