"""assess: apply the profile in force to a KIM on a date and give the verdict."""

from __future__ import annotations

import datetime as dt

from kimlib._validation import check_date
from kimlib.errors import InvalidArgument, RuleNotInForce
from kimlib.model import Kim
from kimlib.rules._checks import Facts, facts_of
from kimlib.rules._dates import DEFINITION_FROM, official_name
from kimlib.rules._finding import Finding, make_finding
from kimlib.rules._profile import Compiled, Profile
from kimlib.rules._registry import ProfileRegistry, default_registry
from kimlib.rules._rule import Evaluation, FindingStatus
from kimlib.rules._verdict import Verdict, decide, make_verdict

__all__ = ["assess"]


def _today(kim: Kim) -> dt.date:
    import pendulum  # noqa: PLC0415 - only the convenience default needs it

    today = pendulum.now(kim.region_info.timezone).date()
    return dt.date(today.year, today.month, today.day)


_FAIL, _ADVISORY = FindingStatus.FAIL, FindingStatus.ADVISORY


def _findings(kim: Kim, on: dt.date, compiled: Compiled) -> tuple[Finding, ...]:
    """One finding per rule in force; built-in checks share the KIM's facts."""
    values = compiled.values
    facts: Facts | None = None
    findings = []
    for rule, evaluate, sources, advisory in compiled.steps:
        if evaluate is None:
            evaluation = rule.check(kim, on, values)
            if not isinstance(evaluation, Evaluation):
                name = type(evaluation).__name__
                msg = f"the check of rule {rule.id!r} returned {name}"
                raise InvalidArgument(msg + ", not an Evaluation")
        else:
            if facts is None:
                facts = facts_of(kim, on)
            evaluation = evaluate(facts, values)
        status, actual, required, subjects, detail, params, remedies = evaluation
        if advisory and status is _FAIL:
            status = _ADVISORY
        findings.append(
            make_finding(
                rule.id,
                status,
                actual,
                required,
                sources,
                subjects,
                remedies,
                rule,
                detail,
                params,
            )
        )
    return tuple(findings)


def assess(
    kim: Kim,
    on: dt.date | str | None = None,
    *,
    profile: Profile | None = None,
    registry: ProfileRegistry | None = None,
) -> Verdict:
    """Assess ``kim`` on ``on`` under the rules in force for its seat.

    Args:
        kim: the KIM.
        on: a date, an ISO date string, or ``None`` for today in the KIM's
            time zone.
        profile: a profile to apply instead of resolving one.
        registry: a registry to resolve the profile in (default:
            :func:`default_registry`); not together with ``profile``.

    Returns:
        The :class:`Verdict`: one finding per rule in force, the outcome, the
        remedies.

    Raises:
        InvalidArgument: a bad argument (not a Kim, not a date, both
            ``profile`` and ``registry``).
        RuleNotInForce: ``on`` is before 1 June 2010, or no profile applies.

    .. versionadded:: 0.1.0
    """
    if not isinstance(kim, Kim):
        msg = f"Expected Kim but got kim={type(kim).__name__}"
        raise InvalidArgument(msg)
    day = _today(kim) if on is None else check_date("on", on)
    if day < DEFINITION_FROM:
        msg = (
            f"no KIM rule is in force on {day.isoformat()}: the KIM definition"
            " (Permen Kominfo 08/PER/M.KOMINFO/6/2010) applies from 2010-06-01"
        )
        raise RuleNotInForce(msg)
    if profile is None:
        if registry is None:
            registry = default_registry()
        elif not isinstance(registry, ProfileRegistry):
            msg = f"Expected ProfileRegistry but got registry={type(registry).__name__}"
            raise InvalidArgument(msg)
        profile = registry.resolve(kim.village or kim.region, day)
    elif registry is not None:
        msg = "pass profile= or registry=, not both"
        raise InvalidArgument(msg)
    elif not isinstance(profile, Profile):
        msg = f"Expected Profile but got profile={type(profile).__name__}"
        raise InvalidArgument(msg)
    if not profile.in_force_on(day):
        msg = f"profile {profile.name!r} is not in force on {day.isoformat()}"
        raise RuleNotInForce(msg)
    compiled = profile.compile(day)
    findings = _findings(kim, day, compiled)
    return make_verdict(
        kim,
        day,
        profile,
        findings,
        decide(findings, partnership=compiled.partnership),
        official_name(day),
        compiled.partnership_from,
    )
