"""The profile file format: typed structures, each field described, and its schema.

A profile file decodes into these msgspec structures (so that a mistake is
reported at its path in the file); :func:`profile_schema` gives their JSON
Schema. :mod:`kimlib.rules._profile_file` turns them into a
:class:`~kimlib.rules.Profile`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Union

import msgspec

from kimlib.model import Issuer
from kimlib.rules._parameters import PARAMETERS

__all__ = [
    "FIELDS",
    "BoundEntry",
    "CitationEntry",
    "Head",
    "ParameterEntry",
    "ProfileFile",
    "RuleEntry",
    "TextEntry",
    "profile_schema",
]


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


class Head(msgspec.Struct, forbid_unknown_fields=True):
    """The file with its parameters undecoded (decoded one by one, with paths)."""

    name: str
    regions: list[str]
    extends: Union[str, None] = None  # noqa: UP007
    effective_from: Union[dt.date, None] = None  # noqa: UP007
    effective_until: Union[dt.date, None] = None  # noqa: UP007
    parameters: dict[str, Any] = msgspec.field(default_factory=dict)
    rules: list[RuleEntry] = msgspec.field(default_factory=list)


#: Every field name of the format (for the closest names of a misspelt one).
FIELDS = sorted(
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
