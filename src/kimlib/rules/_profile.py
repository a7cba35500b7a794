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
from typing import Any, NamedTuple, cast

import attrs

from kimlib._validation import check_period, check_text, closest, in_period, shown
from kimlib.errors import InvalidArgument
from kimlib.rules._checks import Bound, BuiltinCheck, Evaluator
from kimlib.rules._parameters import PARAMETERS, check_value
from kimlib.rules._rule import Rule, RuleGroup, Severity
from kimlib.sources import Citation

__all__ = ["Compiled", "Parameter", "Profile", "Step"]


@attrs.frozen(kw_only=True)
class Parameter:
    """A dated, cited value of a profile (a bound, a list of issuers ...).

    Built with a value that is not a :class:`~kimlib.sources.Citation` as
    ``citation``, or with effective dates that are not dates or out of order,
    it raises :class:`~kimlib.errors.InvalidArgument` naming the field:

    >>> Parameter(value=3, citation=None)
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: Parameter.citation must be a citation ...
    """

    value: Any
    citation: Citation
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        """The citation is a citation; the period is in order."""
        if not isinstance(self.citation, Citation):
            raise InvalidArgument.of(
                "profile.citation",
                field="Parameter.citation",
                got=type(self.citation).__name__,
            )
        check_period("Parameter", self.effective_from, self.effective_until)

    def in_force_on(self, on: dt.date) -> bool:
        """Whether the value applies on ``on``."""
        return in_period(on, self.effective_from, self.effective_until)


def _parameters(value: object) -> Mapping[str, tuple[Parameter, ...]]:
    if not isinstance(value, Mapping):
        raise InvalidArgument.of("profile.parameters", got=type(value).__name__)
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
            raise InvalidArgument.of("profile.parameter_entry", parameter=shown(name))
        checked: list[Parameter] = []
        for i, p in enumerate(cast("tuple[Parameter, ...]", variants)):
            where = f"Profile.parameters[{name!r}][{i}].value"
            value = check_value(name, p.value, where)
            checked.append(p if value is p.value else attrs.evolve(p, value=value))
        table[name] = tuple(checked)
    return MappingProxyType(table)


def _rules(value: object) -> tuple[Rule, ...]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise InvalidArgument.of(
            "profile.rules", field="Profile.rules", got=type(value).__name__
        )
    rules = tuple(value)
    for index, rule in enumerate(rules):
        if not isinstance(rule, Rule):
            raise InvalidArgument.of(
                "profile.rules",
                field=f"Profile.rules[{index}]",
                got=type(rule).__name__,
            )
    return rules


def _codes(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    if isinstance(value, (bytes, Mapping)) or not isinstance(value, Iterable):
        raise InvalidArgument.of("profile.regions", got=type(value).__name__)
    from kimlib import regions  # noqa: PLC0415 - region data load lazily

    codes: list[str] = []
    for index, code in enumerate(value):
        if not isinstance(code, str):
            raise InvalidArgument.of("profile.regions", got=type(code).__name__)
        if not code.strip():
            codes.append("")
            continue
        if not regions.exists(code):
            raise InvalidArgument.of(
                "profile.region_unknown", index=index, code=shown(code)
            )
        codes.append(regions.normalize_code(code))
    return tuple(codes)


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
    what differs. Construction checks everything it can and raises
    :class:`~kimlib.errors.InvalidArgument` naming the field: a region code
    that does not exist, a parameter no rule of the chain reads (with the
    closest known names), a value of the wrong kind for its parameter, a
    minimum above the maximum, a rule's parameter that nothing sets, and a
    profile that neither extends another nor has rules (it would check
    nothing).

    >>> from kimlib.rules.profiles import load
    >>> Profile(name="Kota Serang", regions=["36.73"])
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: profile 'Kota Serang' neither extends ...
    >>> from kimlib import sources
    >>> from kimlib.rules import Bound
    >>> maximum = Parameter(value=Bound(20), citation=sources.MEMBERSHIP_3_30)
    >>> try:
    ...     Profile(name="Kota Serang", regions=["36.73"], extends=load("banten"),
    ...             parameters={"membership.maxium": maximum})
    ... except InvalidArgument as error:
    ...     print(error.message("id"))
    Profile.parameters['membership.maxium']: tidak ada aturan profil ini yang
    memakai parameter ini; nama terdekat yang dikenal: 'membership.maximum',
    'membership.minimum'
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
        """Everything a profile can get wrong is refused here, naming the field."""
        check_text("Profile.name", self.name)
        check_period("Profile", self.effective_from, self.effective_until)
        if self.extends is not None and not isinstance(self.extends, Profile):
            raise InvalidArgument.of("profile.extends", got=type(self.extends).__name__)
        if self.extends is None and not self.rules:
            raise InvalidArgument.of("profile.no_rules", profile=shown(self.name))
        known = set(PARAMETERS) | {
            n for p in self.chain for rule in p.rules for n in rule.parameters
        }
        for name in self.parameters:
            if name not in known:
                raise InvalidArgument.of(
                    "profile.unknown_parameter",
                    parameter=shown(name),
                    closest=closest(name, known),
                )
        object.__setattr__(self, "_bounds", _boundaries(self))
        for on in _representatives(self._bounds):
            _check_compiled(self, on, self.compile(on))

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
        if item.effective_until is not None and item.effective_until < dt.date.max:
            yield item.effective_until + dt.timedelta(days=1)


def _boundaries(profile: Profile) -> tuple[dt.date, ...]:
    """The dates on which something in the profile chain starts or ends."""
    dates: set[dt.date] = set()
    for p in profile.chain:
        dates.update(_dates(p.rules))
        dates.update(_dates(v for vs in p.parameters.values() for v in vs))
    return tuple(sorted(dates))


def _representatives(bounds: tuple[dt.date, ...]) -> tuple[dt.date, ...]:
    """One date in each stretch between change points (first: the day before)."""
    if not bounds:
        return (dt.date(2000, 1, 1),)
    first = bounds[0]
    before = () if first == dt.date.min else (first - dt.timedelta(days=1),)
    return (*before, *bounds)


def _check_compiled(profile: Profile, on: dt.date, compiled: Compiled) -> None:
    """The rules in force on ``on`` have the parameters they need, in order."""
    values = compiled.values
    for rule in compiled.rules:
        for name in rule.parameters:
            kind = PARAMETERS.get(name)
            if kind is not None and kind.required and name not in values:
                raise InvalidArgument.of(
                    "profile.missing_parameter",
                    profile=shown(profile.name),
                    rule=rule.id,
                    parameter=name,
                    on=on.isoformat(),
                )
    low, high = values.get("membership.minimum"), values.get("membership.maximum")
    if isinstance(low, Bound) and isinstance(high, Bound) and low.count > high.count:
        raise InvalidArgument.of(
            "profile.bounds_order",
            profile=shown(profile.name),
            minimum=low.count,
            maximum=high.count,
            on=on.isoformat(),
        )


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
