"""The whole picture beside a verdict: the KIM's mapping and indicator trends.

When the posted document carries a ``mapping``, the assess answer adds
``mapping``: where the KIM stands on the date assessed (its latest
assessment on or before it, on kimlib's default grid), with the engagement
and the recommendation in the answer's language, or ``null`` when no
assessment is that old. When the document carries ``indicators`` and the
request names two periods of readings, it adds ``indicators``: each
indicator's progress from the first period to the second. Neither changes
the verdict.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kimlib.indicators import progress
from kimlib.messages import Lang
from kimlib.model import Kim
from kimlib.stakeholders import KimPlacement, placement

__all__ = ["picture_body"]


def _placement(found: KimPlacement, lang: Lang) -> dict[str, Any]:
    interest, influence, power = found.assessment.scores()
    cell = found.cell
    return {
        "on": found.on.isoformat(),
        "assessed_on": found.assessment.assessed_on.isoformat(),
        "method": found.assessment.method,
        "source": found.assessment.source,
        "interest": interest,
        "influence": influence,
        "power": power,
        "cell": {
            "interest": cell.interest.value,
            "influence": cell.influence.value,
            "power": cell.power.value,
        },
        "engagement": found.engagement.value,
        "engagement_label": found.engagement.label(lang),
        "recommendation": found.recommendation(lang),
        "explanation": found.explain(lang),
    }


def _trends(kim: Kim, before: str, after: str, lang: Lang) -> dict[str, Any]:
    rows = [
        {
            "indicator": moved.indicator.value,
            "label": moved.indicator.label(lang),
            "before": moved.before,
            "after": moved.after,
            "change": moved.change,
            "trend": None if moved.trend is None else moved.trend.value,
            "before_count": moved.before_count,
            "after_count": moved.after_count,
            "threshold": moved.threshold,
            "message": moved.message(lang),
        }
        for moved in progress(kim, before, after).values()
    ]
    return {"before": before, "after": after, "progress": rows}


def picture_body(
    kim: Kim, on: dt.date, periods: tuple[str, str] | None, lang: Lang
) -> dict[str, Any]:
    """``mapping`` and ``indicators`` of ``kim`` when it carries them.

    >>> from kimlib.model import Kim
    >>> picture_body(Kim(name="KIM Maju", region="36.73", members=()),
    ...     dt.date(2025, 4, 17), ("2025Q1", "2025Q2"), "id")
    {}
    """
    body: dict[str, Any] = {}
    if kim.mapping:
        found = placement(kim, on)
        body["mapping"] = None if found is None else _placement(found, lang)
    if kim.indicators and periods is not None:
        body["indicators"] = _trends(kim, *periods, lang)
    return body
