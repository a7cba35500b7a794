"""The output records: the JSON shape of verdicts, reports and problems.

The analysis layer (:mod:`kimlib.rules`, :mod:`kimlib.adinda`) returns Python
values; these records are how :func:`kimlib.io.dump` writes them and what the
JSON Schemas of :func:`kimlib.io.json_schema` describe. Records hold strings,
numbers, booleans, lists and string-keyed mappings only: no Kim, no member,
no personal data. Every field carries a description, which the schemas show.

A text is in one language when ``dump`` is given ``lang``, and an
``{"id": ..., "en": ...}`` object (both languages) when it is not.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Union

import msgspec
from msgspec import Meta

__all__ = [
    "ActionRecord",
    "AdindaReportRecord",
    "CitationRecord",
    "CycleRecord",
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


class CycleRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """A topic's progress through the six ADINDA stages in the period."""

    topic: Annotated[str, Meta(description="The topic, as first written.")]
    stages_present: Annotated[
        tuple[str, ...], Meta(description="The stages the topic had activities in.")
    ]
    missing: Annotated[
        tuple[str, ...], Meta(description="The stages the topic still lacks.")
    ]
    complete: Annotated[
        bool,
        Meta(description="Whether the topic went through all six stages in order."),
    ]
    ordered: Annotated[
        bool,
        Meta(
            description="Whether some akses precedes some diskusi that precedes"
            " some implementasi."
        ),
    ]


class ActionRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """One more activity that would raise the score, and by how many points."""

    stage: Annotated[str, Meta(description="The stage the activity is for.")]
    form: Annotated[str, Meta(description="The suggested activity form.")]
    gain: Annotated[
        float, Meta(description="How many points the activity adds to the total.")
    ]
    completes_cycle: Annotated[
        bool, Meta(description="Whether the activity completes a topic cycle.")
    ]
    description: Annotated[
        Words, Meta(description="What to do and what it gains, as a sentence" + _WORDS)
    ]
    topic: Annotated[
        str | None,
        Meta(description="The topic whose cycle the activity would complete."),
    ] = None


_BY_STAGE = "keyed by stage (akses, diskusi, implementasi, networking,"
_BY_STAGE += " diseminasi, aspirasi)"


class AdindaReportRecord(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True
):
    """A period's ADINDA score and how it decomposes.

    The period runs from ``start`` to ``last_day``, both included, as periods
    are written (``"2025-01-01/2025-03-31"``).
    """

    period: Annotated[
        str, Meta(description="The period as asked for (2025, 2025Q1, 2025-03 ...).")
    ]
    start: Annotated[dt.date, Meta(description="The first day of the period.")]
    last_day: Annotated[
        dt.date, Meta(description="The last day of the period (included).")
    ]
    timezone: Annotated[
        str,
        Meta(description="The time zone the activities were placed in days by."),
    ]
    rubric: Annotated[str, Meta(description="The name of the scoring rubric.")]
    total: Annotated[float, Meta(description="The score, 0 to 100.")]
    by_stage: Annotated[
        dict[str, float],
        Meta(
            description="The points each stage contributes to the total, "
            + _BY_STAGE
            + "."
        ),
    ]
    cycle: Annotated[
        float, Meta(description="The points complete topic cycles contribute.")
    ]
    counts: Annotated[
        dict[str, int],
        Meta(description="The activities in the period, " + _BY_STAGE + "."),
    ]
    effective: Annotated[
        dict[str, float],
        Meta(description="The activities weighted by form, " + _BY_STAGE + "."),
    ]
    targets: Annotated[
        dict[str, float],
        Meta(
            description="The weighted counts that fill each stage, " + _BY_STAGE + "."
        ),
    ]
    cycle_target: Annotated[
        float, Meta(description="The complete cycles that fill the cycle part.")
    ]
    complete_cycles: Annotated[
        int, Meta(description="How many topics completed their cycle.")
    ]
    cycles: Annotated[
        tuple[CycleRecord, ...], Meta(description="Every topic of the period.")
    ]
    missing: Annotated[
        tuple[str, ...], Meta(description="The stages without any activity.")
    ]
    next_best_actions: Annotated[
        tuple[ActionRecord, ...],
        Meta(description="The activities that would raise the score most, best first."),
    ]
    explanation: Annotated[Words, Meta(description="The report in words" + _WORDS)]
    lang: Annotated[
        str | None,
        Meta(
            description="The language of the texts (id or en); absent when"
            " every text is given in both."
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
