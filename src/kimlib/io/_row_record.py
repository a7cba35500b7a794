"""The JSON shape of a batch row, as ``dump(row)`` writes a ``kimlib.batch.Row``.

``kimlib.batch`` sits above this layer, so the shape is written here rather
than read from the row's type; a test checks that every row ``dump`` writes
fits it. Values that are absent (``None``) are left out, as everywhere.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from msgspec import Meta

__all__ = ["RowProblemRecord", "RowRecord"]

_WITHOUT_PERIOD = "; absent without a period or when the document is invalid."


class RowProblemRecord(msgspec.Struct, frozen=True, kw_only=True):
    """One thing wrong with an invalid document of the batch."""

    path: Annotated[
        str,
        Meta(description="The field, as a path into the document (members[3].role)."),
    ]
    code: Annotated[
        str,
        Meta(description="A stable code of the reason (error.missing_field ...)."),
    ]
    params: Annotated[
        dict[str, Any],
        Meta(
            description="The values that fill the reason's placeholders (never"
            " values of the document)."
        ),
    ] = msgspec.field(default_factory=dict)
    line: Annotated[
        int | None,
        Meta(description="The line of the document in its source."),
    ] = None
    message: Annotated[
        str | None,
        Meta(description="The reason in words, in the asked language (web API)."),
    ] = None


class RowRecord(msgspec.Struct, frozen=True, kw_only=True):
    """What the batch says about one document: its verdict and score, or problems."""

    line: Annotated[
        int, Meta(description="The 1-based line number of the document in its source.")
    ]
    kim_id: Annotated[
        str | None,
        Meta(description="The registry's identifier of the KIM, when it has one."),
    ] = None
    kim_name: Annotated[
        str | None, Meta(description="The name of the KIM, when it has one.")
    ] = None
    region: Annotated[
        str | None, Meta(description="The Kemendagri code of the KIM's region.")
    ] = None
    outcome: Annotated[
        str | None,
        Meta(
            description="eligible, ineligible, incomplete or not_in_force; absent"
            " when the document is invalid."
        ),
    ] = None
    is_kim: Annotated[
        bool | None,
        Meta(description="Whether every required definition rule passes."),
    ] = None
    statuses: Annotated[
        dict[str, str],
        Meta(
            description="Each rule's finding status (pass, fail, unknown,"
            " advisory), keyed by rule id."
        ),
    ] = msgspec.field(default_factory=dict)
    total: Annotated[
        float | None,
        Meta(description="The ADINDA score, 0 to 100" + _WITHOUT_PERIOD),
    ] = None
    by_stage: Annotated[
        dict[str, float] | None,
        Meta(
            description="The points each stage contributes, keyed by stage"
            + _WITHOUT_PERIOD
        ),
    ] = None
    cycle: Annotated[
        float | None,
        Meta(description="The points topic cycles contribute" + _WITHOUT_PERIOD),
    ] = None
    problems: Annotated[
        tuple[RowProblemRecord, ...],
        Meta(description="What is wrong with an invalid document; empty when valid."),
    ] = ()
    village: Annotated[
        str | None, Meta(description="The code of the KIM's village, when given.")
    ] = None
    engagement: Annotated[
        str | None,
        Meta(
            description="The engagement of the KIM's latest mapping assessment on"
            " the mapping date (monitor ... key_partner); absent when not asked or"
            " not assessed by then."
        ),
    ] = None
    interest: Annotated[
        float | None, Meta(description="That assessment's interest, 0 to 1.")
    ] = None
    influence: Annotated[
        float | None, Meta(description="That assessment's influence, 0 to 1.")
    ] = None
    power: Annotated[
        float | None, Meta(description="That assessment's power, 0 to 1.")
    ] = None
    trends: Annotated[
        dict[str, str | None] | None,
        Meta(
            description="Each indicator's trend between the two periods asked"
            " (improving, flat, declining); an indicator left out had a period"
            " without readings."
        ),
    ] = None
