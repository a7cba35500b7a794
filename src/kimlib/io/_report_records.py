"""The output records of an ADINDA report (what ``dump(report)`` writes).

The period runs from ``start`` to ``last_day``, both included; mappings are
keyed by stage values (``"akses"``).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import msgspec
from msgspec import Meta

from kimlib.io._records import _WORDS, Words

__all__ = ["ActionRecord", "AdindaReportRecord", "CycleRecord"]


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
