"""The output records: the JSON shape of verdicts and problems (reports: next door).

The analysis layer (:mod:`kimlib.rules`, :mod:`kimlib.adinda`) returns Python
values; these records are how :func:`kimlib.io.dump` writes them and what the
JSON Schemas of :func:`kimlib.io.json_schema` describe. Records hold strings,
numbers, booleans, lists and string-keyed mappings only: no Kim, no member,
no personal data. Every field carries a description, which the schemas show.

A text is in one language when ``dump`` is given ``lang``, and an
``{"id": ..., "en": ...}`` object (both languages) when it is not.
"""

from __future__ import annotations

from typing import Annotated, Union

import msgspec
from msgspec import Meta

__all__ = [
    "CitationRecord",
    "FindingRecord",
    "ProblemRecord",
    "ProblemsRecord",
    "RemedyRecord",
    "SourceRecord",
    "TextRecord",
    "VerdictRecord",
]


class TextRecord(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A text in Indonesian and English."""

    id: Annotated[str, Meta(description="The text in Indonesian.")]
    en: Annotated[str, Meta(description="The text in English.")]


#: A text: one language when ``dump`` was given ``lang``, both otherwise.
Words = Union[str, TextRecord]  # noqa: UP007 - runtime alias
#: A finding's actual or required value, as JSON.
RecordValue = Union[int, str, tuple[Union[int, str], ...], None]  # noqa: UP007
#: A remedy parameter, as JSON.
RecordParam = Union[int, str, tuple[str, ...]]  # noqa: UP007

_WORDS = (
    " (a string in the language asked for, or an object with 'id' and 'en'"
    " when no language was asked for)"
)


class SourceRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """A source document that citations quote."""

    title: Annotated[str, Meta(description="The title of the source document.")]
    issuer: Annotated[
        str, Meta(description="Who issued or published the source document.")
    ]
    kind: Annotated[
        str,
        Meta(description="The kind of source (a regulation, an article, a page)."),
    ]
    date: Annotated[
        str | None,
        Meta(description="The date of the source document (ISO 8601), if known."),
    ] = None
    url: Annotated[
        str | None, Meta(description="Where the source can be read, if online.")
    ] = None


class CitationRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """A citation: the sentence of a source document that a rule rests on."""

    source: Annotated[
        str,
        Meta(
            description="The id of the source document quoted, a key of the"
            " verdict's source_documents table."
        ),
    ]
    quote: Annotated[str, Meta(description="The source's own words, quoted verbatim.")]
    article: Annotated[
        str | None,
        Meta(description="The article or part of a regulation quoted, if any."),
    ] = None
    reading: Annotated[
        str | None,
        Meta(
            description="Where the rule is kimlib's interpretation of the source,"
            " the id of that reading in the verdict's readings table."
        ),
    ] = None


class FindingRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """What one rule says about the KIM; ``subjects`` are roles, never names."""

    rule_id: Annotated[
        str, Meta(description="The stable id of the rule (e.g. membership.size).")
    ]
    status: Annotated[
        str, Meta(description="pass, fail, unknown (a fact is missing) or advisory.")
    ]
    severity: Annotated[
        str,
        Meta(description="required, or recommended (gives advisories only)."),
    ]
    group: Annotated[
        str,
        Meta(description="The rule's group: definition, administrative, legality."),
    ]
    title: Annotated[
        TextRecord | None,
        Meta(
            description="The rule's title in both languages; only when no"
            " language was asked for (in one language the message begins with it)."
        ),
    ] = None
    message: Annotated[
        Words,
        Meta(
            description="The finding as a sentence: the title, then the detail" + _WORDS
        ),
    ]
    subjects: Annotated[
        tuple[str, ...],
        Meta(description="The board roles the finding concerns (never names)."),
    ]
    sources: Annotated[
        tuple[str, ...],
        Meta(
            description="The ids of the finding's citations in the verdict's"
            " sources table: the rule's first, then its parameters'."
        ),
    ]
    actual: Annotated[
        RecordValue,
        Meta(description="The value found in the document, when the rule has one."),
    ] = None
    required: Annotated[
        RecordValue,
        Meta(description="The value the rule requires, when it has one."),
    ] = None


class RemedyRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """What would turn a failing or unknown finding into a pass."""

    rule_id: Annotated[str, Meta(description="The rule the remedy is for.")]
    action: Annotated[
        str,
        Meta(description="A stable action code (add_members, obtain_document ...)."),
    ]
    params: Annotated[
        dict[str, RecordParam],
        Meta(description="The action's parameters (counts, roles, document kinds)."),
    ]
    message: Annotated[Words, Meta(description="The remedy as a sentence" + _WORDS)]


class VerdictRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """The assessment of one KIM on one date: the output contract for portals.

    ``kim_id`` and ``kim_name`` identify the KIM (a group, not a person).
    Each citation appears once, in ``sources``; findings refer to it by id.
    """

    kim_name: Annotated[str, Meta(description="The name of the KIM.")]
    region: Annotated[str, Meta(description="The Kemendagri code of the KIM's region.")]
    as_of: Annotated[str, Meta(description="The date assessed (ISO 8601).")]
    profile: Annotated[
        str, Meta(description="The name of the rule profile that was applied.")
    ]
    official_name: Annotated[
        str,
        Meta(
            description="The official name of a KIM on that date (Kelompok or"
            " Komunitas Informasi Masyarakat)."
        ),
    ]
    outcome: Annotated[
        str,
        Meta(
            description="eligible, ineligible (a required rule fails), incomplete"
            " (none fails, some is unknown) or not_in_force (no partnership rules"
            " on that date)."
        ),
    ]
    is_kim: Annotated[
        bool, Meta(description="Whether every required definition rule passes.")
    ]
    eligible: Annotated[bool, Meta(description="Whether the outcome is eligible.")]
    findings: Annotated[
        tuple[FindingRecord, ...],
        Meta(description="One finding per rule in force, in the profile's order."),
    ]
    remedies: Annotated[
        tuple[RemedyRecord, ...],
        Meta(description="What would fix each failing or unknown required finding."),
    ]
    sources: Annotated[
        dict[str, CitationRecord],
        Meta(
            description="Every citation of the findings, once, keyed by the id"
            " the findings refer to."
        ),
    ]
    readings: Annotated[
        dict[str, Words],
        Meta(
            description="Where a rule is kimlib's interpretation of its source"
            " (its national scope, a date), that interpretation, once, keyed by"
            " the id the citations refer to" + _WORDS
        ),
    ]
    source_documents: Annotated[
        dict[str, SourceRecord],
        Meta(
            description="The source documents the citations quote, keyed by"
            " kimlib's id of the source."
        ),
    ]
    lang: Annotated[
        str | None,
        Meta(
            description="The language of the texts (id or en); absent when"
            " every text is given in both."
        ),
    ] = None
    explanation: Annotated[
        TextRecord | None,
        Meta(
            description="The whole verdict in words, in both languages; only"
            " when no language was asked for (each sentence is also in the findings"
            " and remedies)."
        ),
    ] = None
    kim_id: Annotated[
        str | None, Meta(description="The registry's identifier of the KIM.")
    ] = None
    village: Annotated[
        str | None, Meta(description="The Kemendagri code of the KIM's village.")
    ] = None
    partnership_from: Annotated[
        str | None,
        Meta(
            description="When the partnership requirements are not yet in force"
            " on as_of, the day they start (ISO 8601)."
        ),
    ] = None


class ProblemRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """One thing wrong with a document, in words a form can show."""

    path: Annotated[
        str,
        Meta(
            description="The field, as a path into the document"
            " (members[3].role); empty for the document as a whole."
        ),
    ]
    code: Annotated[
        str,
        Meta(description="A stable code of the reason (error.missing_field ...)."),
    ]
    message: Annotated[Words, Meta(description="Why the field is refused" + _WORDS)]
    line: Annotated[
        int | None,
        Meta(description="The line of the document in a JSON Lines source."),
    ] = None


class ProblemsRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """Every problem of a refused document (what dump gives of InvalidInput)."""

    problems: Annotated[
        tuple[ProblemRecord, ...], Meta(description="The problems, in order.")
    ]
