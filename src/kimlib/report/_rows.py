"""One row per KIM: :class:`kimlib.batch.Row` values, from a registry's documents.

:func:`evaluate` runs :func:`kimlib.batch.evaluate` over the documents a
registry reader gives (:class:`~kimlib.io.SourceDocument`) and puts back
what the reader knows: the line or sheet row of each document, and the
sheet, row and column of every problem of a workbook.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from kimlib import regions
from kimlib.batch import Row
from kimlib.batch import evaluate as batch_evaluate
from kimlib.batch._block import placement_fields
from kimlib.indicators import Indicator
from kimlib.io import SourceDocument
from kimlib.model import Stage
from kimlib.rules import Profile, ProfileRegistry, catalogue

__all__ = [
    "INDICATORS",
    "STAGES",
    "Results",
    "Row",
    "evaluate",
    "record",
    "rows_of",
    "rule_ids",
    "seat",
    "seat_of",
]

#: The ADINDA stages in cycle order (one frame column each).
STAGES: tuple[Stage, ...] = tuple(Stage)
#: The success indicators in order (one trend column each, ``trend.<value>``).
INDICATORS: tuple[Indicator, ...] = tuple(Indicator)


class Results(tuple[Row, ...]):
    """The rows of a registry run, kept together; a table in a notebook."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The first rows as an HTML table (notebooks)."""
        from kimlib._html import rows_html  # noqa: PLC0415

        return rows_html(self)


def seat_of(value: object) -> str | None:
    """The dotted code of a seat, or ``None`` when it is not a known region."""
    if not isinstance(value, str) or not regions.exists(value):
        return None
    return regions.normalize_code(value)


def _placed(row: Row, item: SourceDocument) -> Row:
    """``row`` with the reader's line, problems and cells put back."""
    problems = tuple(
        attrs.evolve(p, path=item.locate(p.path), line=None) for p in row.problems
    )
    if row.outcome is None:
        return Row(
            line=item.line,
            kim_id=row.kim_id.strip() or None if row.kim_id else None,
            kim_name=row.kim_name.strip() or None if row.kim_name else None,
            region=seat_of(row.region),
            village=seat_of(row.village),
            problems=(*item.problems, *problems),
        )
    if item.problems:  # cells the reader could not read: the KIM is invalid
        return Row(
            line=item.line,
            kim_id=row.kim_id,
            kim_name=row.kim_name,
            region=row.region,
            village=row.village,
            problems=tuple(item.problems),
        )
    return Row(
        line=item.line,
        kim_id=row.kim_id,
        kim_name=row.kim_name,
        region=row.region,
        outcome=row.outcome,
        is_kim=row.is_kim,
        statuses=row.statuses,
        total=row.total,
        by_stage=row.by_stage,
        cycle=row.cycle,
        village=row.village,
        engagement=row.engagement,
        interest=row.interest,
        influence=row.influence,
        power=row.power,
        trends=row.trends,
    )


def evaluate(
    documents: Iterable[SourceDocument],
    *,
    on: dt.date | str,
    period: object = None,
    profile: Profile | None = None,
    registry: ProfileRegistry | None = None,
    mapping_on: object = None,
    indicators: object = None,
) -> Iterator[Row]:
    """A :class:`~kimlib.batch.Row` per document of a registry reader.

    The rows of :func:`kimlib.batch.evaluate` (same keywords), numbered by
    the reader's ``line`` (the line of JSON Lines, the row of sheet
    ``kim``); the problems of an invalid document name sheet, row and column
    for a workbook, and a document with cells the reader could not read is
    invalid. An invalid row's ``region`` and ``village`` are the seat codes
    when they are known regions, else ``None``.

    >>> from kimlib.io import read_registry, sample_path
    >>> rows = list(evaluate(read_registry(sample_path()), on="2025-04-17"))
    >>> rows[0].line, rows[0].outcome.value, rows[0].village
    (1, 'eligible', '36.73.01.1002')
    """
    waiting: collections.deque[SourceDocument] = collections.deque()

    def fed() -> Iterator[Any]:
        for item in documents:
            document = item.document
            if isinstance(document, bytes) and not document.strip():
                continue  # batch skips a blank line: no row, nothing to wait for
            waiting.append(item)
            yield document

    rows = batch_evaluate(
        fed(),
        on=on,
        period=period,
        profile=profile,
        registry=registry,
        mapping_on=mapping_on,
        indicators=indicators,
    )
    for row in rows:
        yield _placed(row, waiting.popleft())


def _from_pair(line: int, verdict: Any, report: Any) -> Row:  # noqa: ANN401
    """A row of a verdict (and report): the KIM placed on the verdict's date."""
    kim = verdict.kim
    picture = placement_fields(kim, verdict.as_of)
    return Row(
        line=line,
        kim_id=kim.id,
        kim_name=kim.name,
        region=kim.region,
        outcome=verdict.outcome,
        is_kim=verdict.is_kim,
        statuses={f.rule_id: f.status for f in verdict.findings},
        total=None if report is None else report.total,
        by_stage=None if report is None else dict(report.by_stage),
        cycle=None if report is None else report.cycle,
        village=kim.village,
        **picture,
    )


def rows_of(results: Iterable[Any]) -> Iterator[Any]:
    """Rows of ``results``: rows as they are, ``(verdict, report)`` pairs as rows.

    A bare verdict counts as a pair without a report. A verdict's row carries
    the KIM's placement on the verdict's date (as ``mapping_on`` would), and
    no trends (a verdict has no periods).
    """
    for line, result in enumerate(results, start=1):
        if isinstance(result, tuple):
            verdict, report = result
            yield _from_pair(line, verdict, report)
        elif hasattr(result, "findings"):
            yield _from_pair(line, result, None)
        else:
            yield result


def seat(row: Any) -> str | None:  # noqa: ANN401
    """A row's most precise seat: its village (when the row has one) or region."""
    found: str | None = getattr(row, "village", None) or row.region
    return found


def rule_ids() -> tuple[str, ...]:
    """The ids of every rule kimlib knows, in the order findings list them."""
    return tuple(dict.fromkeys(e.id for e in catalogue() if e.kind == "rule"))


def _value(status: object) -> object:
    return getattr(status, "value", status)


def record(row: Any, rules: Iterable[str]) -> dict[str, object]:  # noqa: ANN401
    """The frame columns of one row (duck-typed on the Row fields), plain values.

    After ``problems``: ``engagement``, ``interest``, ``influence``, ``power``
    (the placement; ``None`` when not asked or not mapped) and one
    ``trend.<indicator>`` per indicator (``None``: not asked or no data).
    """
    region = row.region
    by_stage = row.by_stage or {}
    statuses = row.statuses or {}
    values: dict[str, object] = {
        "kim_id": row.kim_id,
        "kim_name": row.kim_name,
        "region": region,
        "province": region[:2] if region else None,
        "regency": region[:5] if region else None,
        "outcome": None if row.outcome is None else _value(row.outcome),
        "is_kim": row.is_kim,
    }
    for rule in rules:
        status = statuses.get(rule)
        values[rule] = None if status is None else _value(status)
    values["total"] = row.total
    for stage in STAGES:
        values[stage.value] = by_stage.get(stage) if row.by_stage is not None else None
    values["cycle"] = row.cycle
    values["problems"] = len(row.problems)
    engagement = getattr(row, "engagement", None)
    values["engagement"] = None if engagement is None else _value(engagement)
    for axis in ("interest", "influence", "power"):
        values[axis] = getattr(row, axis, None)
    trends = getattr(row, "trends", None) or {}
    for indicator in INDICATORS:
        trend = trends.get(indicator)
        values[f"trend.{indicator.value}"] = None if trend is None else _value(trend)
    return values
