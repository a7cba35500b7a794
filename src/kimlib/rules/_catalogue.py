"""catalogue: the rules and parameters of a profile, with citations and periods.

The single source of the rule catalogue in the documentation: entries are
built from the profile values, never written twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from kimlib._validation import check_date
from kimlib.errors import InvalidArgument
from kimlib.messages import CATALOGUE, Text, check_lang, render
from kimlib.regions import normalize_code
from kimlib.rules._profile import Parameter, Profile
from kimlib.rules._registry import ProfileRegistry, default_registry, seat_codes
from kimlib.rules._rule import Rule, RuleGroup, Severity
from kimlib.sources import Citation

__all__ = ["CatalogueEntry", "catalogue"]


def _period(start: dt.date | None, until: dt.date | None, lang: str) -> str:
    if start is None and until is None:
        return render("rule.period.always", lang)
    if until is None:
        return render("rule.period.from", lang, start=start)
    if start is None:
        return render("rule.period.until", lang, until=until)
    return render("rule.period.between", lang, start=start, until=until)


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(str(v) for v in value) + ")"
    return str(value)


@attrs.frozen(kw_only=True)
class CatalogueEntry:
    """One rule or parameter: what, where from, since when, declared by whom."""

    kind: str
    id: str
    title: Text
    profile: str
    sources: tuple[Citation, ...]
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    severity: Severity | None = None
    group: RuleGroup | None = None
    value: object = None

    def describe(self, lang: str = "en") -> str:
        """The entry and its sources, one per line, in ``lang``."""
        language = check_lang(lang)
        common = {
            "id": self.id,
            "title": self.title.get(language),
            "period": _period(self.effective_from, self.effective_until, language),
            "profile": self.profile,
        }
        if self.kind == "rule":
            assert self.severity is not None  # noqa: S101 - rules have both
            assert self.group is not None  # noqa: S101
            head = render(
                "rule.catalogue.rule",
                language,
                severity=self.severity.label(language),
                group=self.group.label(language),
                **common,
            )
        else:
            head = render(
                "rule.catalogue.parameter", language, value=_show(self.value), **common
            )
        lines = [head]
        for citation in self.sources:
            source = citation.source.label(language)
            quote = render(
                "rule.catalogue.source", language, source=source, quote=citation.quote
            )
            lines.append(f"    {quote}")
        return "\n".join(lines)


def _rule_entry(rule: Rule, profile: Profile) -> CatalogueEntry:
    return CatalogueEntry(
        kind="rule",
        id=rule.id,
        title=rule.title,
        profile=profile.name,
        sources=rule.source,
        effective_from=rule.effective_from,
        effective_until=rule.effective_until,
        severity=rule.severity,
        group=rule.group,
    )


def _parameter_entry(
    name: str, parameter: Parameter, profile: Profile
) -> CatalogueEntry:
    title = CATALOGUE.get(f"rule.parameter.{name}") or Text(id=name, en=name)
    return CatalogueEntry(
        kind="parameter",
        id=name,
        title=title,
        profile=profile.name,
        sources=(parameter.citation,),
        effective_from=parameter.effective_from,
        effective_until=parameter.effective_until,
        value=parameter.value,
    )


def _declarer(profile: Profile, item: Rule | Parameter) -> Profile:
    for p in profile.chain:
        if any(x is item for x in p.rules) or any(
            x is item for vs in p.parameters.values() for x in vs
        ):
            return p
    return profile  # pragma: no cover - compiled items come from the chain


def _all_periods(profile: Profile) -> Iterable[CatalogueEntry]:
    seen: set[str] = set()
    rules = [r.id for p in reversed(profile.chain) for r in p.rules]
    for rule_id in dict.fromkeys(rules):
        for p in profile.chain:
            variants = [r for r in p.rules if r.id == rule_id]
            if variants:
                yield from (_rule_entry(r, p) for r in variants)
                break
    names = sorted({n for p in profile.chain for n in p.parameters})
    for name in names:
        for p in profile.chain:
            if name in p.parameters and name not in seen:
                seen.add(name)
                yield from (_parameter_entry(name, v, p) for v in p.parameters[name])


def _profile_for(
    region: str | None, on: dt.date | None, registry: ProfileRegistry
) -> Profile:
    code = ""
    if region is not None:
        if not isinstance(region, str):
            raise InvalidArgument.of(
                "argument.wrong_type",
                name="region",
                expected="str",
                actual=type(region).__name__,
            )
        code = normalize_code(region)
    if on is not None:
        return registry.resolve(code, on)
    for candidate in seat_codes(code):
        found = registry.profiles(candidate)
        if found:
            return found[0]
    raise InvalidArgument.of("argument.no_national_profile")  # pragma: no cover


def catalogue(
    on: dt.date | str | None = None,
    region: str | None = None,
    *,
    registry: ProfileRegistry | None = None,
) -> tuple[CatalogueEntry, ...]:
    """The rules and parameters for ``region`` with their citations and periods.

    Args:
        on: a date (or ISO string): only what is in force that day. ``None``:
            every dated variant, whatever its period.
        region: a Kemendagri code; ``None`` for the national profile.
        registry: where to look profiles up (default: kimlib's).

    Returns:
        Rules first (in the order findings are listed), then parameters.

    Raises:
        InvalidArgument: a bad date or region code.
        UnknownRegion: no region has the code.
        RuleNotInForce: no profile is in force on ``on``.

    >>> [entry.id for entry in catalogue("2025-04-17", "61.06")][:2]
    ['membership.size', 'board.not_civil_servant']
    """
    reg = default_registry() if registry is None else registry
    if region is not None and isinstance(region, str):
        from kimlib import regions  # noqa: PLC0415

        regions.get(region)  # raises UnknownRegion for a code of no region
    day = None if on is None else check_date("on", on)
    profile = _profile_for(region, day, reg)
    if day is None:
        return tuple(_all_periods(profile))
    compiled = profile.compile(day)
    rules = (_rule_entry(r, _declarer(profile, r)) for r in compiled.rules)
    params = (
        _parameter_entry(n, p, _declarer(profile, p))
        for n, p in compiled.parameters.items()
    )
    return (*rules, *params)
