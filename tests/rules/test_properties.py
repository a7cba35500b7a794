"""Properties of the rules engine (issue 4, item 9)."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from kimlib.model import Member, Role
from kimlib.rules import (
    PARTNERSHIP_FROM,
    FindingStatus,
    Outcome,
    RuleGroup,
    Severity,
    assess,
    default_registry,
)
from kimlib.rules.profiles import load
from kimlib.sources import Citation
from kimlib.strategies import kims

DATES = st.dates(dt.date(2010, 6, 1), dt.date(2030, 12, 31))
FACTS = ("civil_servant", "criminal_record", "party_affiliation", "ngo_affiliation")


def _summary(verdict):
    return [
        (f.rule_id, f.status, f.actual, f.required, f.subjects, f.remedies)
        for f in verdict.findings
    ]


@given(kims(max_members=15), DATES, st.randoms(use_true_random=False))
def test_order_of_members_and_documents_does_not_matter(kim, on, random):
    """Shuffling members and documents changes no finding and no outcome."""
    members = list(kim.members)
    random.shuffle(members)
    documents = None if kim.documents is None else list(kim.documents)
    if documents is not None:
        random.shuffle(documents)
        documents = tuple(documents)
    shuffled = attrs.evolve(kim, members=tuple(members), documents=documents)
    before, after = assess(kim, on=on), assess(shuffled, on=on)
    assert _summary(before) == _summary(after)
    assert before.outcome == after.outcome


@given(kims(max_members=35), DATES)
def test_adding_a_member_never_turns_size_from_pass_to_fail_below_max(kim, on):
    """Adding an active member to a KIM below its maximum never makes it fail."""
    verdict = assess(kim, on=on)
    size = verdict.finding("membership.size")
    newcomer = Member(name="Baru", role=Role.ANGGOTA, joined_on=on)
    grown = assess(attrs.evolve(kim, members=(*kim.members, newcomer)), on=on)
    after = grown.finding("membership.size")
    assert size.actual + 1 == after.actual
    if size.actual < size.required[1]:
        assert not (
            size.status is FindingStatus.PASS and after.status is FindingStatus.FAIL
        )
    if size.actual < size.required[0]:  # under-sized: the gap narrows by one
        assert after.status in (FindingStatus.PASS, FindingStatus.FAIL)


@given(kims(min_members=1, max_members=12), DATES, st.data())
def test_removing_a_fact_never_turns_a_fail_into_a_pass(kim, on, data):
    """Forgetting one member's fact can make a fail unknown, never a pass."""
    index = data.draw(st.integers(0, len(kim.members) - 1))
    fact = data.draw(st.sampled_from(FACTS))
    members = list(kim.members)
    members[index] = attrs.evolve(members[index], **{fact: None})
    before = assess(kim, on=on)
    after = assess(attrs.evolve(kim, members=tuple(members)), on=on)
    for old, new in zip(before.findings, after.findings, strict=True):
        if old.status is FindingStatus.FAIL:
            assert new.status is not FindingStatus.PASS


@given(kims(max_members=12), DATES)
def test_rules_only_apply_in_their_period(kim, on):
    """Every finding's rule is in force; partnership rules from 2024-09-05."""
    verdict = assess(kim, on=on)
    assert all(f.rule.in_force_on(on) for f in verdict.findings)
    partnership = [f for f in verdict.findings if f.group is not RuleGroup.DEFINITION]
    assert bool(partnership) == (on >= PARTNERSHIP_FROM)
    if on < PARTNERSHIP_FROM:
        assert verdict.outcome in (Outcome.NOT_IN_FORCE, Outcome.INELIGIBLE)


@given(kims(max_members=35), DATES)
def test_eligible_implies_is_kim_and_outcome_order(kim, on):
    """Eligible implies is_kim; the outcome follows DESIGN.md's order."""
    verdict = assess(kim, on=on)
    if verdict.eligible:
        assert verdict.is_kim
    required = [f for f in verdict.findings if f.severity is Severity.REQUIRED]
    failing = any(f.status is FindingStatus.FAIL for f in required)
    unknown = any(f.status is FindingStatus.UNKNOWN for f in required)
    assert failing == (verdict.outcome is Outcome.INELIGIBLE)
    if not failing and on >= PARTNERSHIP_FROM:
        expected = Outcome.INCOMPLETE if unknown else Outcome.ELIGIBLE
        assert expected == verdict.outcome


@given(kims(max_members=12), DATES)
def test_every_finding_has_a_source_and_blocking_ones_a_remedy(kim, on):
    """Every finding cites a source; every failing/unknown required one has a remedy."""
    verdict = assess(kim, on=on)
    for finding in verdict.findings:
        assert finding.sources
        assert all(isinstance(c, Citation) for c in finding.sources)
        if finding.blocks:
            assert finding.remedies


@given(kims(max_members=35), st.dates(PARTNERSHIP_FROM, dt.date(2030, 12, 31)))
def test_a_profile_changes_only_what_it_declares(kim, on):
    """Against the national profile, a regional one differs only where it declares."""
    national = default_registry().profiles("")[0]
    base = {f.rule_id: f for f in assess(kim, on=on, profile=national).findings}
    for module in ("kalimantan_tengah", "kapuas_hulu", "banten"):
        profile = load(module)
        declared_rules = {r.id for r in profile.rules}
        declared = set(profile.parameters)
        for finding in assess(kim, on=on, profile=profile).findings:
            reads = set(finding.rule.parameters) & declared
            if finding.rule_id in declared_rules or reads:
                continue
            other = base[finding.rule_id]
            assert (other.status, other.actual, other.required, other.subjects) == (
                finding.status,
                finding.actual,
                finding.required,
                finding.subjects,
            )
