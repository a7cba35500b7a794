"""assess: apply the profile in force to a KIM on a date and give the verdict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from kimlib._validation import check_date, check_type
from kimlib.errors import InvalidArgument, RuleNotInForce
from kimlib.messages import shown
from kimlib.model import Kim
from kimlib.rules._checks import Facts, facts_of
from kimlib.rules._dates import DEFINITION_FROM, official_name
from kimlib.rules._profile import Compiled, Profile, Step
from kimlib.rules._registry import ProfileRegistry, default_registry
from kimlib.rules._rule import Evaluation, FindingStatus
from kimlib.rules._verdict import Evaluated, Verdict, decide_statuses, make_verdict

__all__ = ["assess", "evaluate_steps", "registered_code", "resolve"]


def _today(kim: Kim) -> dt.date:
    import pendulum  # noqa: PLC0415 - only the convenience default needs it

    today = pendulum.now(kim.region_info.timezone).date()
    return dt.date(today.year, today.month, today.day)


_FAIL, _ADVISORY = FindingStatus.FAIL, FindingStatus.ADVISORY
_new = tuple.__new__


def registered_code(registry: ProfileRegistry, seat: str) -> str:
    """The most specific code above (or at) ``seat`` that has profiles.

    What decides which profile applies: resolving it instead of the seat gives
    the same profile, and the registry's cache then holds a few codes, not
    one per village.
    """
    entries = registry.entries
    code = seat
    while code:
        if code in entries:
            return code
        cut = code.rfind(".")
        code = code[:cut] if cut > 0 else ""
    return ""


def resolve(registry: ProfileRegistry, seat: str, on: dt.date) -> Profile:
    """``registry.resolve(seat, on)``, looked up by :func:`registered_code`."""
    try:
        return registry.resolve(registered_code(registry, seat), on)
    except RuleNotInForce:
        return registry.resolve(seat, on)  # raises, naming the seat


def evaluate_steps(
    steps: tuple[Step, ...],
    values: Mapping[str, object],
    facts: Facts,
    kim: Kim | None,
) -> tuple[Evaluated, ...] | None:
    """Run every rule's kernel over ``facts``; advisories applied.

    A rule whose check is not a kernel is called as a check on ``kim``; with
    no ``kim`` (the batch path) the answer is ``None``: the caller builds the
    Kim and comes back.
    """
    evaluated = []
    for step in steps:
        evaluate = step.evaluate
        if evaluate is None:
            if kim is None:
                return None
            rule = step.rule
            evaluation = rule.check(kim, facts.on, values)
            if not isinstance(evaluation, Evaluation):
                kind = type(evaluation).__name__
                raise InvalidArgument.of("batch.check_result", rule=rule.id, kind=kind)
        else:
            evaluation = evaluate(facts, values)
        status = evaluation[0]
        if status is _FAIL and step.advisory:
            status = _ADVISORY
        evaluated.append(_new(Evaluated, (step, status, evaluation)))
    return tuple(evaluated)


def _evaluated(kim: Kim, on: dt.date, compiled: Compiled) -> tuple[Evaluated, ...]:
    """One evaluation per rule in force; kernels share the KIM's facts."""
    result = evaluate_steps(compiled.steps, compiled.values, facts_of(kim, on), kim)
    assert result is not None  # noqa: S101 - a Kim is given
    return result


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
    check_type("kim", kim, Kim)
    day = _today(kim) if on is None else check_date("on", on)
    if day < DEFINITION_FROM:
        raise RuleNotInForce.of("rules.before_definition", date=day)
    if profile is None:
        if registry is None:
            registry = default_registry()
        else:
            check_type("registry", registry, ProfileRegistry)
        profile = resolve(registry, kim.village or kim.region, day)
    elif registry is not None:
        raise InvalidArgument.of("argument.profile_or_registry")
    else:
        check_type("profile", profile, Profile)
    if not profile.in_force_on(day):
        raise RuleNotInForce.of(
            "rules.profile_not_in_force", name=shown(profile.name), date=day
        )
    compiled = profile.compile(day)
    evaluated = _evaluated(kim, day, compiled)
    return make_verdict(
        kim,
        day,
        profile,
        decide_statuses(evaluated, partnership=compiled.partnership),
        official_name(day),
        compiled.partnership_from,
        evaluated,
    )
