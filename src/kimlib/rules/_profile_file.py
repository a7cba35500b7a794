"""load_profile: a profile written as one cited YAML or TOML file.

The file holds the profile's name, its regions, the profile it extends
(``nasional`` or a bundled profile's name), its effective period, its
parameters (each value with its effective dates and, beside it, its
citation: instrument, article, date, the quoted sentence, an optional URL)
and the rules it adds or re-cites, by id only: checks are Python, a file can
run no code. TOML is read with the standard library's ``tomllib`` (``tomli``
on Python 3.10); YAML with PyYAML's safe loader (no tags, no objects), an
optional extra (``pip install kimlib[yaml]``). :func:`profile_schema` gives
the format's JSON Schema.

>>> profile = load_profile('''
... name = "Kabupaten Contoh"
... regions = ["62.07"]
... extends = "kalimantan_tengah"
...
... [parameters."membership.minimum"]
... value = 10
... effective_from = 2025-07-01
...
... [parameters."membership.minimum".citation]
... instrument = "Perbup Contoh No. 12 Tahun 2025"
... article = "Pasal 4"
... date = 2025-06-30
... quote = "KIM beranggotakan paling sedikit 10 orang."
... ''')
>>> profile.extends.name, profile.parameters["membership.minimum"][0].value
('Kalimantan Tengah', Bound(count=10, severity=<Severity.REQUIRED: 'required'>))
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Union

import attrs
import msgspec

from kimlib._validation import closest, shown
from kimlib.errors import InvalidArgument
from kimlib.messages import Text
from kimlib.model import Issuer
from kimlib.rules._checks import Bound
from kimlib.rules._parameters import PARAMETERS
from kimlib.rules._profile import Parameter, Profile
from kimlib.rules._profile_format import (
    BoundEntry,
    CitationEntry,
    Head,
    ParameterEntry,
    RuleEntry,
    TextEntry,
    profile_schema,
)
from kimlib.rules._profile_reading import decode, read, refusal
from kimlib.rules._rule import Rule, Severity
from kimlib.sources import SOURCES, Citation, Source, SourceKind

__all__ = ["load_profile", "profile_schema"]


def _text(entry: TextEntry | None) -> Text | None:
    return None if entry is None else Text(id=entry.id, en=entry.en)


_SLUG = re.compile(r"[^a-z0-9]+")


def _citation(entry: CitationEntry, path: str) -> Citation:
    if (entry.source is None) == (entry.instrument is None):
        raise InvalidArgument.of("profile.file.citation_source", path=shown(path))
    if entry.source is not None:
        source = SOURCES.get(entry.source)
        if source is None:
            raise InvalidArgument.of(
                "profile.file.source_unknown",
                path=shown(f"{path}.source"),
                source=shown(entry.source),
                known=", ".join(sorted(SOURCES)),
            )
        if entry.issuer is not None or entry.date is not None or entry.url is not None:
            raise InvalidArgument.of("profile.file.source_fields", path=shown(path))
    else:
        title = str(entry.instrument)
        source = Source(
            id=_SLUG.sub("_", title.lower()).strip("_") or "instrument",
            title=title,
            issuer=entry.issuer or title,
            kind=SourceKind.REGULATION,
            date=entry.date,
            url=entry.url,
        )
    return Citation(
        source=source,
        quote=entry.quote,
        article=entry.article,
        note=_text(entry.note),
        reading=_text(entry.reading),
    )


def _value(name: str, raw: int | list[str] | BoundEntry, path: str) -> object:
    kind = PARAMETERS.get(name)
    if kind is not None and kind.kind == "bound":
        if isinstance(raw, BoundEntry):
            return Bound(raw.count, Severity(raw.severity))
        if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 0:
            return Bound(raw)
        raise InvalidArgument.of("profile.file.bound", path=shown(path))
    if kind is not None and kind.kind == "issuers":
        if isinstance(raw, list) and all(i in Issuer.values() for i in raw):
            return tuple(Issuer(i) for i in raw)
        raise InvalidArgument.of(
            "profile.file.issuers", path=shown(path), allowed=", ".join(Issuer.values())
        )
    if isinstance(raw, BoundEntry):  # pragma: no cover - a user's own parameter
        return Bound(raw.count, Severity(raw.severity))
    return tuple(raw) if isinstance(raw, list) else raw


def _parameters(
    raw: Mapping[str, Any], known: set[str]
) -> dict[str, tuple[Parameter, ...]]:
    table: dict[str, tuple[Parameter, ...]] = {}
    for name, entry in raw.items():
        if name not in known:
            raise InvalidArgument.of(
                "profile.file.unknown_parameter",
                path=shown(f"parameters.{name}"),
                closest=closest(name, known),
            )
        prefix = f"parameters.{name}"
        try:
            decoded = msgspec.convert(
                entry,
                Union[ParameterEntry, list[ParameterEntry]],  # noqa: UP007
            )
        except msgspec.ValidationError as error:
            raise refusal(error, prefix) from None
        entries = decoded if isinstance(decoded, list) else [decoded]
        variants = []
        for index, item in enumerate(entries):
            where = f"{prefix}[{index}]" if isinstance(decoded, list) else prefix
            variants.append(
                Parameter(
                    value=_value(name, item.value, f"{where}.value"),
                    citation=_citation(item.citation, f"{where}.citation"),
                    effective_from=item.effective_from,
                    effective_until=item.effective_until,
                )
            )
        table[name] = tuple(variants)
    return table


def _base(
    entry: RuleEntry,
    path: str,
    inherited: Mapping[str, Rule],
    known: Mapping[str, Rule],
) -> Rule:
    """The rule an entry refers to: inherited, else one of kimlib's by id."""
    base = inherited.get(entry.id)
    if base is not None:
        return base
    base = known.get(entry.id)
    if base is None:
        raise InvalidArgument.of(
            "profile.file.unknown_rule",
            path=shown(f"{path}.id"),
            rule=shown(entry.id),
            closest=closest(entry.id, set(known) | set(inherited)),
        )
    if not entry.citations:  # a rule new to the chain cites its own source
        raise InvalidArgument.of(
            "profile.file.missing_field", path=shown(f"{path}.citations")
        )
    return base


def _rules(entries: list[RuleEntry], parent: Profile | None) -> tuple[Rule, ...]:
    from kimlib.rules.profiles._library import library  # noqa: PLC0415

    inherited: dict[str, Rule] = {}
    for profile in () if parent is None else reversed(parent.chain):
        for rule in profile.rules:
            inherited[rule.id] = rule  # the most specific profile's last variant
    known = library()
    rules = []
    for index, entry in enumerate(entries):
        path = f"rules[{index}]"
        base = _base(entry, path, inherited, known)
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("effective_from", entry.effective_from),
                ("effective_until", entry.effective_until),
            )
            if value is not None
        }
        if entry.citations:
            changes["source"] = tuple(
                _citation(c, f"{path}.citations[{i}]")
                for i, c in enumerate(entry.citations)
            )
        if entry.severity is not None:
            changes["severity"] = Severity(entry.severity)
        rules.append(attrs.evolve(base, **changes))
    return tuple(rules)


def load_profile(
    path_or_text: str | Path | bytes, *, syntax: str | None = None
) -> Profile:
    """The :class:`Profile` a YAML or TOML file (or its text) describes.

    Args:
        path_or_text: a path (a :class:`~pathlib.Path`, or text ending in
            ``.toml``, ``.yaml`` or ``.yml``) or the file's text itself.
        syntax: ``"toml"`` or ``"yaml"``; by default the path's suffix, or,
            for text, TOML when a line reads ``key = value`` or ``[table]``.

    Returns:
        The profile, validated as :class:`Profile` validates.

    Raises:
        InvalidArgument: the file cannot be read, is not valid TOML/YAML, or
            a field is wrong; the message names the field's path in the file.
    """
    data, found = read(path_or_text, syntax)
    raw = decode(data, found)
    try:
        head = msgspec.convert(raw, Head)
    except msgspec.ValidationError as error:
        raise refusal(error, "") from None
    from kimlib.rules.profiles import load  # noqa: PLC0415 - the bundled profiles

    parent = None if head.extends is None else load(head.extends)
    rules = _rules(head.rules, parent)
    known = (
        set(PARAMETERS)
        | {
            n
            for p in (() if parent is None else parent.chain)
            for rule in p.rules
            for n in rule.parameters
        }
        | {n for rule in rules for n in rule.parameters}
    )
    parameters = _parameters(head.parameters, known)
    return Profile(
        name=head.name,
        regions=tuple(head.regions),
        extends=parent,
        parameters=parameters,
        rules=rules,
        effective_from=head.effective_from,
        effective_until=head.effective_until,
    )
