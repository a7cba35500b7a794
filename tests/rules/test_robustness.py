"""Whatever KIM and date it is given, assess answers, and its outputs hold.

Three promises a portal relies on, for any valid KIM: ``assess`` returns a
verdict (or says no rule was in force yet); ``dump(verdict)`` and
``dump(report)`` validate against the schemas that :func:`kimlib.io.json_schema`
publishes; and no output (explanations, messages, JSON) carries a member's
name or NIK.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kimlib
from kimlib.errors import RuleNotInForce
from kimlib.io import json_schema
from kimlib.messages import CATALOGUE
from kimlib.rules import DEFINITION_FROM, Verdict, assess
from kimlib.strategies import kims, niks

VERDICT_SCHEMA = jsonschema.Draft202012Validator(json_schema("verdict"))
REPORT_SCHEMA = jsonschema.Draft202012Validator(json_schema("adinda_report"))
#: A marker no message of kimlib contains: every member is renamed with it.
MARKER = "Qzxv"
PERIODS = st.sampled_from(["2024", "2025Q1", "2025-03", "2026Q4"])


@st.composite
def identified_kims(draw: st.DrawFn, max_members: int = 10) -> kimlib.Kim:
    """KIMs whose every member has a marked name and a NIK."""
    kim = draw(kims(max_members=max_members))
    members = tuple(
        attrs.evolve(m, name=f"{MARKER}{i} Orang", nik=draw(niks(m.gender)))
        for i, m in enumerate(kim.members)
    )
    # A name with braces shows whether any name is read as a template.
    return attrs.evolve(kim, name="KIM {count} Uji }{", members=members)


def _personal(kim: kimlib.Kim) -> list[str]:
    return [MARKER] + [m.nik.reveal() for m in kim.members if m.nik is not None]


def _texts(verdict: Verdict) -> list[str]:
    texts = [verdict.explain(lang) for lang in ("id", "en")]
    for lang in ("id", "en"):
        texts += [f.message(lang) for f in verdict.findings]
        texts += [r.message(lang) for r in verdict.remedies]
    return texts


@given(kims(max_members=12), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_assess_is_total(kim, on):
    """Any KIM on any date: a verdict, or RuleNotInForce before 1 June 2010."""
    try:
        verdict = assess(kim, on=on)
    except RuleNotInForce:
        assert on < DEFINITION_FROM
    else:
        assert on >= DEFINITION_FROM
        assert len(verdict.findings) >= 1


@given(identified_kims(), st.dates(DEFINITION_FROM, dt.date(2030, 12, 31)))
def test_verdict_outputs_validate_and_carry_no_personal_data(kim, on):
    """dump(verdict) fits its schema; no text names a member or shows a NIK."""
    verdict = assess(kim, on=on)
    data = kimlib.dump(verdict)
    assert [] == [e.message for e in VERDICT_SCHEMA.iter_errors(data)]
    texts = [*_texts(verdict), json.dumps(data, ensure_ascii=False)]
    for secret in _personal(kim):
        assert not [t for t in texts if secret in t]
    # Every placeholder was filled, and the KIM's name was shown as it is.
    texts = [t.replace(kim.name, "") for t in _texts(verdict)]
    assert not [t for t in texts if "{" in t or "}" in t]
    assert kim.name in verdict.explain("en")


@given(identified_kims(max_members=4), PERIODS)
def test_report_outputs_validate_and_carry_no_personal_data(kim, period):
    """dump(score(...)) fits its schema; the report names no member either."""
    report = kimlib.score(kim, period=period)
    data = kimlib.dump(report)
    assert [] == [e.message for e in REPORT_SCHEMA.iter_errors(data)]
    assert 0 <= data["total"] <= 100
    texts = [report.explain("id"), report.explain("en"), json.dumps(data)]
    for secret in _personal(kim):
        assert not [t for t in texts if secret in t]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_marker_is_in_no_message(lang):
    """The marker cannot appear by chance: no catalogue text contains it."""
    assert not [k for k, text in CATALOGUE.items() if MARKER in text.get(lang)]
