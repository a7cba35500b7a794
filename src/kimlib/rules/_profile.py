"""Profile: the rules and parameters of a region, as a value extending another.

A profile declares only what differs from the profile it ``extends``: dated
parameter values, each with its citation, and rules (new ids, or dated
variants of inherited ones). Compiling a profile for a date gives the rules
and parameter values in force; the result is cached per stretch of dates
between the profile chain's change points, so assessing is cheap.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs

from kimlib.errors import InvalidArgument
from kimlib.rules._checks import BuiltinCheck, Evaluator
from kimlib.rules._rule import Rule, RuleGroup, Severity, in_period
from kimlib.sources import Citation

__all__ = ["Compiled", "Parameter", "Profile", "Step"]


def _check_period(start: dt.date | None, until: dt.date | None, what: str) -> None:
    if start is not None and until is not None and until < start:
        msg = f"{what}: effective_until is before effective_from"
        raise InvalidArgument(msg)


@attrs.frozen(kw_only=True)
class Parameter:
    """A dated, cited value of a profile (a bound, a list of issuers ...)."""

    value: Any
    citation: Citation = attrs.field(validator=attrs.validators.instance_of(Citation))
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        """The period is in order."""
        _check_period(self.effective_from, self.effective_until, "Parameter")

    def in_force_on(self, on: dt.date) -> bool:
        """Whether the value applies on ``on``."""
        return in_period(on, self.effective_from, self.effective_until)


def _parameters(
    value: Mapping[str, Parameter | Iterable[Parameter]],
) -> Mapping[str, tuple[Parameter, ...]]:
    if not isinstance(value, Mapping):
        msg = "Profile.parameters must be a mapping of name -> Parameter"
        raise InvalidArgument(msg)
    table: dict[str, tuple[Parameter, ...]] = {}
    for name, entry in value.items():
        if isinstance(entry, Parameter):
            variants: tuple[object, ...] = (entry,)
        elif isinstance(entry, (tuple, list)):
            variants = tuple(entry)
        else:
            variants = ()
        if (
            not isinstance(name, str)
            or not variants
            or not all(isinstance(p, Parameter) for p in variants)
        ):
            msg = f"Profile.parameters[{name!r}] must be one or more Parameter values"
            raise InvalidArgument(msg)
        table[name] = variants  # type: ignore[assignment]  # checked just above
    return MappingProxyType(table)


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    rules = tuple(value)
    if not all(isinstance(r, Rule) for r in rules):
        msg = "Profile.rules must hold Rule values"
        raise InvalidArgument(msg)
    return rules


def _codes(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    from kimlib.regions import normalize_code  # noqa: PLC0415

    return tuple(code and normalize_code(code) for code in value)


class Step(NamedTuple):
    """What the engine needs of one rule, worked out once per compilation.

    ``evaluate`` is the evaluator of a built-in check (``None`` for any other
    check, which is called as a :data:`~kimlib.rules.Check`); ``sources`` the
    finding's citations (the rule's, then those of the parameters it reads);
    ``advisory`` whether a failure is only an advisory (a recommended rule).
    """

    rule: Rule
    evaluate: Evaluator | None
    sources: tuple[Citation, ...]
    advisory: bool


class Compiled(NamedTuple):
    """A profile on a date: the rules in force and the parameters' values.

    ``partnership_from`` is, when no partnership rule
    is in force, the day the first one starts (``None`` otherwise); ``steps``
    has one :class:`Step` per rule, in order.
    """

    rules: tuple[Rule, ...]
    parameters: Mapping[str, Parameter]
    values: Mapping[str, object]
    partnership: bool
    partnership_from: dt.date | None
    steps: tuple[Step, ...]


_CACHE_LIMIT = 256


@attrs.frozen(kw_only=True)
class Profile:
    """A regional profile: name, regions, period, parameters, rules, parent.

    ``regions`` are the Kemendagri codes it covers (``""`` is the whole
    country). ``extends`` is the profile it inherits from; it declares only
    what differs.
    """

    name: str
    regions: tuple[str, ...] = attrs.field(converter=_codes)
    extends: Profile | None = None
    parameters: Mapping[str, tuple[Parameter, ...]] = attrs.field(
        factory=dict, converter=_parameters
    )
    rules: tuple[Rule, ...] = attrs.field(default=(), converter=_rules)
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    _bounds: tuple[dt.date, ...] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    _cache: dict[int, Compiled] = attrs.field(
        factory=dict, init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        """The period is in order; ``extends`` is a profile."""
        _check_period(self.effective_from, self.effective_until, f"profile {self.name}")
        if self.extends is not None and not isinstance(self.extends, Profile):
            msg = (
                f"Profile.extends must be a Profile, not {type(self.extends).__name__}"
            )
            raise InvalidArgument(msg)
        object.__setattr__(self, "_bounds", _boundaries(self))

    def in_force_on(self, on: dt.date) -> bool:
        """Whether the profile applies on ``on``."""
        return in_period(on, self.effective_from, self.effective_until)

    @property
    def chain(self) -> tuple[Profile, ...]:
        """This profile, the one it extends, and so on up to the root."""
        found: list[Profile] = []
        profile: Profile | None = self
        while profile is not None:
            found.append(profile)
            profile = profile.extends
        return tuple(found)

    def compile(self, on: dt.date) -> Compiled:
        """The rules in force on ``on`` and the parameter values (cached)."""
        bucket = bisect.bisect_right(self._bounds, on)
        compiled = self._cache.get(bucket)
        if compiled is None:
            if len(self._cache) >= _CACHE_LIMIT:  # pragma: no cover - defensive
                self._cache.clear()
            compiled = self._cache[bucket] = _compile(self, on)
        return compiled

    def parameter(self, name: str, on: dt.date) -> Parameter | None:
        """The value of ``name`` in force on ``on``, from the nearest profile."""
        for profile in self.chain:
            for variant in profile.parameters.get(name, ()):
                if variant.in_force_on(on):
                    return variant
        return None


def _dates(
    items: Iterable[Rule | Parameter],
) -> Iterable[dt.date]:
    for item in items:
        if item.effective_from is not None:
            yield item.effective_from
        if item.effective_until is not None:
            yield item.effective_until + dt.timedelta(days=1)


def _boundaries(profile: Profile) -> tuple[dt.date, ...]:
    """The dates on which something in the profile chain starts or ends."""
    dates: set[dt.date] = set()
    for p in profile.chain:
        dates.update(_dates(p.rules))
        dates.update(_dates(v for vs in p.parameters.values() for v in vs))
    return tuple(sorted(dates))


def _compile(profile: Profile, on: dt.date) -> Compiled:
    order: dict[str, None] = {}
    chosen: dict[str, Rule] = {}
    for p in reversed(profile.chain):  # root first: inherited order is kept
        for rule in p.rules:
            order.setdefault(rule.id, None)
    for rule_id in order:
        for p in profile.chain:  # most specific first
            variants = [r for r in p.rules if r.id == rule_id and r.in_force_on(on)]
            if variants:
                chosen[rule_id] = variants[0]
                break
    names = {n for p in profile.chain for n in p.parameters}
    params = {
        n: v for n in sorted(names) if (v := profile.parameter(n, on)) is not None
    }
    rules = tuple(chosen[i] for i in order if i in chosen)
    cited = {
        rule.id: _distinct(
            (
                *rule.source,
                *(params[n].citation for n in rule.parameters if n in params),
            )
        )
        for rule in rules
    }
    partnership = any(r.group is not RuleGroup.DEFINITION for r in rules)
    starts = [
        r.effective_from
        for p in profile.chain
        for r in p.rules
        if r.group is not RuleGroup.DEFINITION
        and r.effective_from is not None
        and r.effective_from > on
    ]
    steps = tuple(
        Step(
            rule=rule,
            evaluate=rule.check.evaluate
            if isinstance(rule.check, BuiltinCheck)
            else None,
            sources=cited[rule.id],
            advisory=rule.severity is Severity.RECOMMENDED,
        )
        for rule in rules
    )
    return Compiled(
        rules=rules,
        parameters=MappingProxyType(params),
        values=MappingProxyType({n: p.value for n, p in params.items()}),
        partnership=partnership,
        partnership_from=None if partnership or not starts else min(starts),
        steps=steps,
    )


def _distinct(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """One citation per quoted sentence, in order, the first one kept.

    A regional rule re-cites a national sentence in its own words (its own
    reading) before the parameters add the national citation of the same
    sentence: the rule's own citation is the one to show.
    """
    first: dict[tuple[object, str], Citation] = {}
    for citation in citations:
        first.setdefault((citation.source, citation.quote), citation)
    return tuple(first.values())
