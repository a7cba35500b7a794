"""The verdict as plain, JSON-friendly records (what ``kimlib.dump`` writes).

Records hold strings, numbers, booleans, lists and string-keyed mappings only:
no Kim, no member, no personal data. Texts come in both languages, so a portal
can show a stored verdict without kimlib.
"""

from __future__ import annotations

from typing import Union

import attrs

__all__ = [
    "CitationRecord",
    "FindingRecord",
    "RemedyRecord",
    "TextRecord",
    "VerdictRecord",
]

#: A finding's actual or required value, as JSON.
RecordValue = Union[int, str, tuple[Union[int, str], ...], None]  # noqa: UP007
#: A remedy parameter, as JSON.
RecordParam = Union[int, str, tuple[str, ...]]  # noqa: UP007


@attrs.frozen(kw_only=True)
class TextRecord:
    """A text in Indonesian and English."""

    id: str
    en: str


@attrs.frozen(kw_only=True)
class CitationRecord:
    """A citation: the source's id, title, issuer, date and the quoted sentence."""

    source_id: str
    title: str
    issuer: str
    kind: str
    quote: str
    date: str | None = None
    url: str | None = None
    article: str | None = None
    reading: TextRecord | None = None


@attrs.frozen(kw_only=True)
class RemedyRecord:
    """A remedy: the rule it fixes, its action code, parameters and message."""

    rule_id: str
    action: str
    params: dict[str, RecordParam]
    message: TextRecord


@attrs.frozen(kw_only=True)
class FindingRecord:
    """A finding as plain fields; ``subjects`` are role values, never names."""

    rule_id: str
    status: str
    severity: str
    group: str
    title: TextRecord
    message: TextRecord
    subjects: tuple[str, ...]
    sources: tuple[CitationRecord, ...]
    actual: RecordValue = None
    required: RecordValue = None


@attrs.frozen(kw_only=True)
class VerdictRecord:
    """A verdict as plain fields: the output contract for portals.

    ``kim_id``/``kim_name`` identify the KIM (a group, not a person);
    ``as_of`` is an ISO date.
    """

    kim_name: str
    region: str
    as_of: str
    profile: str
    official_name: str
    outcome: str
    is_kim: bool
    eligible: bool
    findings: tuple[FindingRecord, ...]
    remedies: tuple[RemedyRecord, ...]
    explanation: TextRecord
    kim_id: str | None = None
    village: str | None = None
    partnership_from: str | None = None
