"""Verdict: every finding for one KIM on one date, the outcome and the remedies."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import attrs

from kimlib._enum import LabelledEnum, labels
from kimlib.messages import check_lang, render
from kimlib.model import Kim
from kimlib.rules._checks import remedy_of
from kimlib.rules._finding import Finding, make_finding
from kimlib.rules._profile import Profile, Step
from kimlib.rules._remedies import Remedy
from kimlib.rules._rule import Evaluation, FindingStatus, RuleGroup, Severity
from kimlib.sources import Citation

__all__ = [
    "Evaluated",
    "Outcome",
    "Verdict",
    "decide_statuses",
    "make_verdict",
]


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
_DEFINITION = RuleGroup.DEFINITION


class Evaluated(NamedTuple):
    """One rule's step and the status its kernel gave (advisory applied).

    What a verdict keeps until its findings are read: enough to decide the
    outcome and ``is_kim`` without building a single finding.
    """

    step: Step
    status: FindingStatus
    evaluation: Evaluation


def decide_statuses(evaluated: tuple[Evaluated, ...], *, partnership: bool) -> Outcome:
    """The first outcome that holds: ineligible, not in force, incomplete, eligible.

    The rule semantics (docs/rules.md): ``ineligible`` when a required rule in force
    fails, then ``not_in_force`` without partnership rules, then
    ``incomplete`` when a required rule is unknown.
    """
    unknown = False
    for step, status, _ in evaluated:
        if step.rule.severity is _REQUIRED:
            if status is _FAIL:
                return Outcome.INELIGIBLE
            if status is _UNKNOWN:
                unknown = True
    if not partnership:
        return Outcome.NOT_IN_FORCE
    if unknown:
        return Outcome.INCOMPLETE
    return Outcome.ELIGIBLE


def is_kim_of(evaluated: tuple[Evaluated, ...]) -> bool:
    """Whether some definition rule was checked and no required one blocks.

    ``False`` when no definition rule is in force: a verdict never claims
    what no rule checked.
    """
    checked = False
    for step, status, _ in evaluated:
        rule = step.rule
        if rule.group is _DEFINITION:
            checked = True
            if rule.severity is _REQUIRED and (status is _FAIL or status is _UNKNOWN):
                return False
    return checked


def _finding_of(item: Evaluated) -> Finding:
    step, status, evaluation = item
    rule = step.rule
    _, actual, required, subjects, detail, params, specs = evaluation
    remedies = tuple([remedy_of(r) for r in specs]) if specs else ()
    return make_finding(
        rule.id,
        status,
        actual,
        required,
        step.sources,
        subjects,
        remedies,
        rule,
        detail,
        params,
    )


def _source_line(citation: Citation, lang: str) -> str:
    return render("verdict.source", lang, source=citation.label(lang))


@attrs.frozen(kw_only=True, repr=False)
class Verdict:
    """The assessment of one KIM on one date under one profile.

    ``findings`` has one finding per rule in force, in the profile's order;
    ``assess`` builds them only when they are first read (the outcome and
    ``is_kim`` come from the kernels' statuses alone). Two verdicts are equal
    when they assess the same KIM on the same date under the same profile
    with the same outcome. ``partnership_from`` is, when the partnership
    requirements are not yet in force on ``as_of``, the day they start.
    """

    kim: Kim
    as_of: dt.date
    profile: Profile
    outcome: Outcome
    official_name: str
    partnership_from: dt.date | None = None
    _findings: tuple[Finding, ...] | None = attrs.field(
        default=None, alias="findings", eq=False, hash=False
    )
    _evaluated: tuple[Evaluated, ...] = attrs.field(
        default=(), alias="evaluated", eq=False, hash=False
    )

    @property
    def findings(self) -> tuple[Finding, ...]:
        """One :class:`Finding` per rule in force, built on first read."""
        findings = self._findings
        if findings is None:
            findings = tuple([_finding_of(item) for item in self._evaluated])
            object.__setattr__(self, "_findings", findings)
        return findings

    @property
    def statuses(self) -> dict[str, FindingStatus]:
        """Rule id -> status, in the profile's order (no finding is built)."""
        if self._findings is not None:
            return {f.rule_id: f.status for f in self._findings}
        return {item.step.rule.id: item.status for item in self._evaluated}

    def __repr__(self) -> str:
        """``<Verdict KIM-3673-0001 ineligible on 2025-04-17: 1 fail, 0 unknown>``.

        The KIM's id (its region when it has none), never a person's data.
        """
        counts = {_FAIL: 0, _UNKNOWN: 0}
        for status in self.statuses.values():
            if status in counts:
                counts[status] += 1
        who = self.kim.id or self.kim.region
        return (
            f"<Verdict {who[:40]} {self.outcome.value} on {self.as_of.isoformat()}:"
            f" {counts[_FAIL]} fail, {counts[_UNKNOWN]} unknown>"
        )

    @property
    def is_kim(self) -> bool:
        """Whether every required definition rule passes (advisories allowed).

        ``False`` when no definition rule was checked (none in force on
        ``as_of`` under the profile): a verdict never claims what no rule
        checked; :meth:`explain` then says so.
        """
        if self._findings is None:
            return is_kim_of(self._evaluated)
        definition = [f for f in self._findings if f.rule.group is RuleGroup.DEFINITION]
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

    def _repr_html_(self) -> str:
        """The notebook view (kimlib._html)."""
        from kimlib._html import repr_html  # noqa: PLC0415

        return repr_html(self)

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
    "outcome",
    "official_name",
    "partnership_from",
    "_findings",
    "_evaluated",
)
(
    _SET_KIM,
    _SET_AS_OF,
    _SET_PROFILE,
    _SET_OUTCOME,
    _SET_OFFICIAL_NAME,
    _SET_PARTNERSHIP_FROM,
    _SET_FINDINGS,
    _SET_EVALUATED,
) = (Verdict.__dict__[name].__set__ for name in FIELDS)


def make_verdict(  # noqa: PLR0917 - positional, for speed
    kim: Kim,
    as_of: dt.date,
    profile: Profile,
    outcome: Outcome,
    official_name: str,
    partnership_from: dt.date | None,
    evaluated: tuple[Evaluated, ...],
) -> Verdict:
    """``Verdict(...)`` for the engine: the same value, without ``__init__``.

    A verdict has no validators or converters, so setting its slots directly
    gives exactly what ``__init__`` would; its findings are built from
    ``evaluated`` when first read.
    """
    verdict: Verdict = _NEW(Verdict)
    _SET_KIM(verdict, kim)
    _SET_AS_OF(verdict, as_of)
    _SET_PROFILE(verdict, profile)
    _SET_OUTCOME(verdict, outcome)
    _SET_OFFICIAL_NAME(verdict, official_name)
    _SET_PARTNERSHIP_FROM(verdict, partnership_from)
    _SET_FINDINGS(verdict, None)
    _SET_EVALUATED(verdict, evaluated)
    return verdict
