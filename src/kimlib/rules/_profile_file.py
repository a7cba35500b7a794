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

import datetime as dt
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, Union

import attrs
import msgspec

from kimlib._validation import closest, shown
from kimlib.errors import InvalidArgument, KimlibError
from kimlib.messages import Text
from kimlib.model import Issuer
from kimlib.rules._checks import Bound
from kimlib.rules._parameters import PARAMETERS
from kimlib.rules._profile import Parameter, Profile
from kimlib.rules._rule import Rule, Severity
from kimlib.sources import SOURCES, Citation, Source, SourceKind

__all__ = ["load_profile", "profile_schema"]

_SUFFIXES: Mapping[str, Literal["toml", "yaml"]] = {
    ".toml": "toml",
    ".yaml": "yaml",
    ".yml": "yaml",
}
#: The largest profile file read (a profile is a few kilobytes).
MAX_SIZE = 1_000_000


def _meta(description: str) -> msgspec.Meta:
    return msgspec.Meta(description=description)


class TextEntry(msgspec.Struct, forbid_unknown_fields=True):
    """A text in Indonesian (id) and English (en)."""

    id: Annotated[str, _meta("The text in Indonesian.")]
    en: Annotated[str, _meta("The text in English.")]


class CitationEntry(msgspec.Struct, forbid_unknown_fields=True):
    """The sentence a value or rule rests on, and where it comes from.

    Either ``instrument`` (a regulation: "Perbup Contoh No. 12 Tahun 2025")
    or ``source`` (the id of a source kimlib holds, such as "seed_003").
    """

    quote: Annotated[
        str, _meta("The sentence of the instrument, copied word for word.")
    ]
    instrument: Annotated[
        Union[str, None],  # noqa: UP007 - msgspec reads the annotation at run time
        _meta("The instrument's title, e.g. 'Perbup Contoh No. 12 Tahun 2025'."),
    ] = None
    source: Annotated[
        Union[str, None],  # noqa: UP007
        _meta("Instead of instrument: the id of a source kimlib holds."),
    ] = None
    issuer: Annotated[
        Union[str, None],  # noqa: UP007
        _meta("Who issued the instrument (default: the instrument's title)."),
    ] = None
    article: Annotated[
        Union[str, None],  # noqa: UP007
        _meta("The article (pasal) or section quoted, e.g. 'Pasal 4 ayat (1)'."),
    ] = None
    date: Annotated[
        Union[dt.date, None],  # noqa: UP007
        _meta("The instrument's date (YYYY-MM-DD)."),
    ] = None
    url: Annotated[
        Union[str, None],  # noqa: UP007
        _meta("Where the instrument can be read (optional)."),
    ] = None
    reading: Annotated[
        Union[TextEntry, None],  # noqa: UP007
        _meta("Where the value is an interpretation of the sentence, what it is."),
    ] = None
    note: Annotated[
        Union[TextEntry, None],  # noqa: UP007
        _meta("A note on the citation, in both languages."),
    ] = None


class BoundEntry(msgspec.Struct, forbid_unknown_fields=True):
    """A bound on the number of members and how much it weighs."""

    count: Annotated[int, _meta("The number of members."), msgspec.Meta(ge=0)]
    severity: Annotated[
        Literal["required", "recommended"],
        _meta("'required' (below/above it fails) or 'recommended' (an advisory)."),
    ] = "required"


_VALUE_DESCRIPTION = (
    "The value: for membership.minimum and membership.maximum an integer (a"
    " required bound) or {count, severity}; for the issuers a list of issuer"
    " codes (" + ", ".join(Issuer.values()) + ")."
)


class ParameterEntry(msgspec.Struct, forbid_unknown_fields=True):
    """One value of a parameter, its effective dates and its citation."""

    value: Annotated[
        Union[int, list[str], BoundEntry],  # noqa: UP007
        _meta(_VALUE_DESCRIPTION),
    ]
    citation: Annotated[CitationEntry, _meta("The sentence the value rests on.")]
    effective_from: Annotated[
        Union[dt.date, None],  # noqa: UP007
        _meta("The first day the value applies (none: open)."),
    ] = None
    effective_until: Annotated[
        Union[dt.date, None],  # noqa: UP007
        _meta("The last day the value applies, inclusive (none: open)."),
    ] = None


class RuleEntry(msgspec.Struct, forbid_unknown_fields=True):
    """A rule the profile adds or re-cites, by id (checks are kimlib's)."""

    id: Annotated[
        str,
        _meta(
            "The rule's id: an inherited rule (re-cited or re-dated) or one of"
            " kimlib's optional rules (members.not_civil_servant)."
        ),
    ]
    citations: Annotated[
        list[CitationEntry],
        _meta("The sentences the rule rests on in this profile (none: inherited)."),
    ] = msgspec.field(default_factory=list)
    severity: Annotated[
        Union[Literal["required", "recommended"], None],  # noqa: UP007
        _meta("'required' or 'recommended' (none: the rule's own)."),
    ] = None
    effective_from: Annotated[
        Union[dt.date, None],  # noqa: UP007
        _meta("The first day the rule applies (none: the rule's own)."),
    ] = None
    effective_until: Annotated[
        Union[dt.date, None],  # noqa: UP007
        _meta("The last day the rule applies, inclusive (none: the rule's own)."),
    ] = None


_PARAMETERS_DESCRIPTION = (
    "Parameter name -> one value or a list of dated values. Names: "
    + ", ".join(sorted(PARAMETERS))
    + "."
)


class ProfileFile(msgspec.Struct, forbid_unknown_fields=True):
    """A kimlib rule profile: a region's parameters and rules, each cited."""

    name: Annotated[str, _meta("The profile's name, e.g. 'Kabupaten Contoh'.")]
    regions: Annotated[
        list[str],
        _meta("The Kemendagri codes the profile covers ('' is the whole country)."),
    ]
    extends: Annotated[
        Union[str, None],  # noqa: UP007
        _meta("The profile it extends: 'nasional' or a bundled profile's name."),
    ] = None
    effective_from: Annotated[
        Union[dt.date, None],  # noqa: UP007
        _meta("The first day the profile applies (none: open)."),
    ] = None
    effective_until: Annotated[
        Union[dt.date, None],  # noqa: UP007
        _meta("The last day the profile applies, inclusive (none: open)."),
    ] = None
    parameters: Annotated[
        dict[str, Union[ParameterEntry, list[ParameterEntry]]],  # noqa: UP007
        _meta(_PARAMETERS_DESCRIPTION),
    ] = msgspec.field(default_factory=dict)
    rules: Annotated[list[RuleEntry], _meta("Rules added or re-cited, by id.")] = (
        msgspec.field(default_factory=list)
    )


class _Head(msgspec.Struct, forbid_unknown_fields=True):
    """The file with its parameters undecoded (decoded one by one, with paths)."""

    name: str
    regions: list[str]
    extends: Union[str, None] = None  # noqa: UP007
    effective_from: Union[dt.date, None] = None  # noqa: UP007
    effective_until: Union[dt.date, None] = None  # noqa: UP007
    parameters: dict[str, Any] = msgspec.field(default_factory=dict)
    rules: list[RuleEntry] = msgspec.field(default_factory=list)


_FIELDS = sorted(
    {
        f
        for struct in (ProfileFile, ParameterEntry, CitationEntry, RuleEntry)
        for f in struct.__struct_fields__
    }
)


def profile_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of a profile file, every property described.

    >>> schema = profile_schema()
    >>> schema["$ref"], sorted(schema["$defs"])[:2]
    ('#/$defs/ProfileFile', ['BoundEntry', 'CitationEntry'])
    """
    schema: dict[str, Any] = msgspec.json.schema(ProfileFile)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


# --- reading -------------------------------------------------------------------------


def _read(
    path_or_text: object, syntax: str | None
) -> tuple[str | bytes, Literal["toml", "yaml"]]:
    """The text to decode and its format."""
    if syntax is not None and syntax not in {"toml", "yaml"}:
        raise InvalidArgument.of("profile.file.format", syntax=shown(syntax))
    if isinstance(path_or_text, Path) or (
        isinstance(path_or_text, str)
        and "\n" not in path_or_text
        and Path(path_or_text).suffix.lower() in _SUFFIXES
    ):
        path = Path(path_or_text)
        try:
            if path.stat().st_size > MAX_SIZE:
                raise InvalidArgument.of(
                    "profile.file.not_found",
                    path=shown(str(path)),
                    reason=f"> {MAX_SIZE} bytes",
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise InvalidArgument.of(
                "profile.file.missing", path=shown(str(path))
            ) from None
        except OSError as error:
            raise InvalidArgument.of(
                "profile.file.not_found",
                path=shown(str(path)),
                reason=type(error).__name__,
            ) from None
        by_suffix = _SUFFIXES.get(path.suffix.lower())
        return data, _syntax(syntax) or by_suffix or _guess(
            data.decode("utf-8", "replace")
        )
    if isinstance(path_or_text, (str, bytes)):
        if len(path_or_text) > MAX_SIZE:
            raise InvalidArgument.of(
                "profile.file.argument", got=f"text > {MAX_SIZE} characters"
            )
        text = (
            path_or_text.decode("utf-8", "replace")
            if isinstance(path_or_text, bytes)
            else path_or_text
        )
        return path_or_text, _syntax(syntax) or _guess(text)
    raise InvalidArgument.of("profile.file.argument", got=type(path_or_text).__name__)


def _syntax(syntax: str | None) -> Literal["toml", "yaml"] | None:
    return "toml" if syntax == "toml" else "yaml" if syntax == "yaml" else None


_TOML_LINE = re.compile(r"^\s*(\[|[A-Za-z0-9_.\"'-]+\s*=)", re.MULTILINE)


def _guess(text: str) -> Literal["toml", "yaml"]:
    """TOML if a line is a ``[table]`` or a ``key = value``, else YAML."""
    return "toml" if _TOML_LINE.search(text) else "yaml"


_WHERE = re.compile(r"line (\d+), column (\d+)")


def _decode(data: str | bytes, syntax: Literal["toml", "yaml"]) -> object:
    if isinstance(data, str):
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidArgument.of(
                "profile.file.syntax", syntax=syntax.upper(), where=""
            ) from None
    try:
        if syntax == "toml":
            if sys.version_info < (3, 11):  # pragma: no cover - Python 3.10
                try:
                    import tomli  # type: ignore[import-not-found]  # noqa: F401, PLC0415
                except ImportError:
                    raise InvalidArgument.of("profile.file.toml_missing") from None
            return msgspec.toml.decode(data)
        try:
            import yaml  # type: ignore[import-untyped]  # noqa: PLC0415
        except ImportError:  # pragma: no cover - the test extra installs PyYAML
            raise InvalidArgument.of("profile.file.yaml_missing") from None
        _refuse_aliases(yaml, data)
        return msgspec.yaml.decode(data)
    except (msgspec.DecodeError, RecursionError, ValueError) as error:
        if isinstance(error, KimlibError):
            raise
        found = _WHERE.search(str(error))
        where = "" if found is None else f" ({found[0]})"
        raise InvalidArgument.of(
            "profile.file.syntax", syntax=syntax.upper(), where=where
        ) from None


def _refuse_aliases(yaml: Any, data: bytes) -> None:  # noqa: ANN401 - the module
    """Refuse YAML aliases (``*name``): a few can expand to billions of nodes."""
    try:
        events = yaml.parse(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for event in events:
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                raise InvalidArgument.of(
                    "profile.file.yaml_alias",
                    where=f" (line {mark.line + 1}, column {mark.column + 1})",
                )
    except yaml.YAMLError:
        return  # the decoder reports the syntax error with its place


_AT = re.compile(r"^(?P<reason>.*?)(?: - at `(?P<path>[^`]*)`)?$", re.DOTALL)
_EXPECTED = re.compile(r"Expected `([^`]*)`")
_FIELD = re.compile(r"(missing required|contains unknown) field `([^`]*)`")


def _refusal(error: msgspec.ValidationError, prefix: str) -> InvalidArgument:
    """A msgspec validation error as a kimlib one, with the path in the file."""
    match = _AT.match(str(error))
    reason = match["reason"] if match else ""
    path = (match["path"] if match and match["path"] else "$")[1:]
    path = (prefix + path).lstrip(".") or "$"
    field = _FIELD.search(reason)
    if field is not None:
        where = f"{path}.{field[2]}" if path != "$" else field[2]
        if field[1] == "missing required":
            return InvalidArgument.of("profile.file.missing_field", path=shown(where))
        return InvalidArgument.of(
            "profile.file.unknown_field",
            path=shown(where),
            known=closest(field[2], _FIELDS),
        )
    expected = _EXPECTED.search(reason)
    if expected is not None:
        return InvalidArgument.of(
            "profile.file.wrong_type", path=shown(path), expected=expected[1]
        )
    return InvalidArgument.of("profile.file.invalid", path=shown(path))


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
            raise _refusal(error, prefix) from None
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
    data, found = _read(path_or_text, syntax)
    raw = _decode(data, found)
    try:
        head = msgspec.convert(raw, _Head)
    except msgspec.ValidationError as error:
        raise _refusal(error, "") from None
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
