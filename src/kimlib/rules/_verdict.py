"""Verdict: every finding for one KIM on one date, the outcome and the remedies."""

from __future__ import annotations

import datetime as dt

import attrs

from kimlib._enum import LabelledEnum, labels
from kimlib.messages import check_lang, render
from kimlib.model import Kim
from kimlib.rules._finding import Finding
from kimlib.rules._profile import Profile
from kimlib.rules._remedies import Remedy
from kimlib.rules._rule import FindingStatus, RuleGroup, Severity
from kimlib.sources import Citation

__all__ = ["Outcome", "Verdict", "decide", "make_verdict"]


@labels(
    {
        "eligible": ("memenuhi syarat kemitraan", "eligible"),
        "ineligible": ("tidak memenuhi syarat", "ineligible"),
        "incomplete": ("data belum lengkap", "incomplete"),
        "not_in_force": ("syarat kemitraan belum berlaku", "not in force"),
    }
)
class Outcome(LabelledEnum):
    """The outcome of an assessment (docs/readings.md, how the rules count)."""

    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    INCOMPLETE = "incomplete"
    NOT_IN_FORCE = "not_in_force"


_REQUIRED = Severity.REQUIRED
_FAIL, _UNKNOWN = FindingStatus.FAIL, FindingStatus.UNKNOWN


def decide(findings: tuple[Finding, ...], *, partnership: bool) -> Outcome:
    """The first outcome that holds: ineligible, not in force, incomplete, eligible."""
    unknown = False
    for finding in findings:
        if finding.rule.severity is _REQUIRED:
            status = finding.status
            if status is _FAIL:
                return Outcome.INELIGIBLE
            if status is _UNKNOWN:
                unknown = True
    if not partnership:
        return Outcome.NOT_IN_FORCE
    if unknown:
        return Outcome.INCOMPLETE
    return Outcome.ELIGIBLE


def _source_line(citation: Citation, lang: str) -> str:
    return render("verdict.source", lang, source=citation.label(lang))


@attrs.frozen(kw_only=True)
class Verdict:
    """The assessment of one KIM on one date under one profile.

    ``findings`` has one finding per rule in force, in the profile's order.
    ``partnership_from`` is, when the partnership requirements are not yet in
    force on ``as_of``, the day they start.
    """

    kim: Kim = attrs.field(repr=False)
    as_of: dt.date
    profile: Profile = attrs.field(repr=False)
    findings: tuple[Finding, ...]
    outcome: Outcome
    official_name: str
    partnership_from: dt.date | None = None

    @property
    def is_kim(self) -> bool:
        """Whether every required definition rule passes (advisories allowed).

        ``False`` when no definition rule was checked (none in force on
        ``as_of`` under the profile): a verdict never claims what no rule
        checked; :meth:`explain` then says so.
        """
        definition = [f for f in self.findings if f.rule.group is RuleGroup.DEFINITION]
        return bool(definition) and not any(f.blocks for f in definition)

    @property
    def eligible(self) -> bool:
        """Whether the outcome is ``eligible``."""
        return self.outcome is Outcome.ELIGIBLE

    @property
    def remedies(self) -> tuple[Remedy, ...]:
        """What would turn each failing or unknown required finding into a pass."""
        return tuple(r for f in self.findings if f.blocks for r in f.remedies)

    def finding(self, rule_id: str) -> Finding | None:
        """The finding of rule ``rule_id``, or ``None`` if it was not applied."""
        return next((f for f in self.findings if f.rule_id == rule_id), None)

    def explain(self, lang: str = "id") -> str:
        """The verdict in words, one item per line, in ``lang``.

        Raises:
            InvalidArgument: ``lang`` is not ``"id"`` or ``"en"``.
        """
        language = check_lang(lang)
        checked = any(f.rule.group is RuleGroup.DEFINITION for f in self.findings)
        definition = (  # never "meets the definition" when no rule checked it
            "verdict.nothing_checked"
            if not self.findings
            else "verdict.no_definition"
            if not checked
            else "verdict.is_kim"
            if self.is_kim
            else "verdict.not_kim"
        )
        lines = [
            render(
                "verdict.header",
                language,
                name=self.kim.name,
                official_name=self.official_name,
                as_of=self.as_of,
                profile=self.profile.name,
            ),
            render("verdict.outcome", language, outcome=self.outcome.label(language)),
            render(definition, language),
        ]
        if self.partnership_from is not None:
            date = self.partnership_from
            lines.append(render("verdict.not_in_force", language, date=date))
        lines.append(render("verdict.findings", language))
        for finding in self.findings:
            status = finding.status.label(language)
            lines.append(f"  [{status}] {finding.message(language)}")
            lines.extend(f"      {_source_line(c, language)}" for c in finding.sources)
        remedies = self.remedies
        lines.append(render("verdict.remedies", language))
        if not remedies:
            lines.append(f"  {render('verdict.no_remedies', language)}")
        lines.extend(f"  - {remedy.message(language)}" for remedy in remedies)
        readings = dict.fromkeys(
            c.reading.get(language)
            for f in self.findings
            for c in f.sources
            if c.reading is not None
        )
        if readings:
            lines.append(render("verdict.readings", language))
            lines.extend(f"  * {reading}" for reading in readings)
        return "\n".join(lines)


_NEW = object.__new__
#: The fields of a verdict in the order :func:`make_verdict` takes them.
FIELDS = (
    "kim",
    "as_of",
    "profile",
    "findings",
    "outcome",
    "official_name",
    "partnership_from",
)
(
    _SET_KIM,
    _SET_AS_OF,
    _SET_PROFILE,
    _SET_FINDINGS,
    _SET_OUTCOME,
    _SET_OFFICIAL_NAME,
    _SET_PARTNERSHIP_FROM,
) = (Verdict.__dict__[name].__set__ for name in FIELDS)


def make_verdict(  # noqa: PLR0917 - positional, for speed
    kim: Kim,
    as_of: dt.date,
    profile: Profile,
    findings: tuple[Finding, ...],
    outcome: Outcome,
    official_name: str,
    partnership_from: dt.date | None,
) -> Verdict:
    """``Verdict(...)`` for the engine: the same value, without ``__init__``.

    A verdict has no validators or converters, so setting its slots directly
    gives exactly what ``__init__`` would.
    """
    verdict: Verdict = _NEW(Verdict)
    _SET_KIM(verdict, kim)
    _SET_AS_OF(verdict, as_of)
    _SET_PROFILE(verdict, profile)
    _SET_FINDINGS(verdict, findings)
    _SET_OUTCOME(verdict, outcome)
    _SET_OFFICIAL_NAME(verdict, official_name)
    _SET_PARTNERSHIP_FROM(verdict, partnership_from)
    return verdict
