"""One row per KIM: the Row fields of ``kimlib.batch``, from load + assess + score.

:func:`_evaluate` is this module's stand-in for ``kimlib.batch.evaluate``
(written elsewhere): it gives :class:`Row` values with exactly the fields of
``kimlib.batch.Row``, computed with :func:`~kimlib.io.load_kim`,
:func:`~kimlib.rules.assess` and :func:`~kimlib.adinda.score`, so the rest
of the report works unchanged once the batch engine replaces it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from kimlib import regions
from kimlib.adinda import score
from kimlib.errors import InvalidInput, Problem
from kimlib.io import SourceDocument
from kimlib.model import Stage
from kimlib.rules import FindingStatus, Outcome, Profile, assess, catalogue

__all__ = [
    "STAGES",
    "Results",
    "Row",
    "record",
    "rows_of",
    "rule_ids",
    "seat",
    "seat_of",
]

#: The ADINDA stages in cycle order (one frame column each).
STAGES: tuple[Stage, ...] = tuple(Stage)

_EMPTY: Mapping[Any, Any] = MappingProxyType({})


@attrs.frozen
class Row:
    """One KIM of a registry: the fields of ``kimlib.batch.Row``, and ``village``.

    ``region`` is the document's region code (dotted), ``village`` its
    village code when it has one (what village coverage counts).
    ``outcome`` is ``None`` when the document is invalid; ``total``,
    ``by_stage`` and ``cycle`` are ``None`` without a period.
    """

    line: int
    kim_id: str | None
    kim_name: str | None
    region: str | None
    outcome: Outcome | None
    is_kim: bool | None
    statuses: Mapping[str, FindingStatus] = attrs.field(default=_EMPTY, hash=False)
    total: float | None = None
    by_stage: Mapping[Stage, float] | None = attrs.field(default=None, hash=False)
    cycle: float | None = None
    problems: tuple[Problem, ...] = ()
    village: str | None = None

    def _repr_html_(self) -> str:
        """The row as a one-line HTML table (notebooks)."""
        from kimlib._html import rows_html  # noqa: PLC0415

        return rows_html([self])


class Results(tuple[Row, ...]):
    """The rows of a registry run, kept together; a table in a notebook."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The first rows as an HTML table (notebooks)."""
        from kimlib._html import rows_html  # noqa: PLC0415

        return rows_html(self)


def _label(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def seat_of(value: object) -> str | None:
    """The dotted code of a seat, or ``None`` when it is not a known region."""
    if not isinstance(value, str) or not regions.exists(value):
        return None
    return regions.normalize_code(value)


def _raw(document: Mapping[str, Any] | bytes) -> Mapping[str, Any]:
    if isinstance(document, Mapping):
        return document
    import msgspec  # noqa: PLC0415

    try:
        decoded = msgspec.json.decode(document)
    except (msgspec.DecodeError, RecursionError):
        return {}
    return decoded if isinstance(decoded, dict) else {}


def _evaluate(
    documents: Iterable[SourceDocument],
    *,
    on: dt.date | str,
    period: object = None,
    profile: Profile | None = None,
) -> Iterator[Row]:
    """A :class:`Row` per document: load, assess on ``on``, score over ``period``.

    The stand-in for ``kimlib.batch.evaluate``; an invalid document gives a
    row with its problems (named by sheet, row and column for a workbook).
    """
    for item in documents:
        try:
            kim = item.load()
        except InvalidInput as error:
            raw = _raw(item.document)
            yield Row(
                item.line,
                _label(raw.get("id")),
                _label(raw.get("name")),
                seat_of(raw.get("region")),
                None,
                None,
                problems=error.problems,
                village=seat_of(raw.get("village")),
            )
            continue
        verdict = assess(kim, on, profile=profile)
        statuses = MappingProxyType({f.rule_id: f.status for f in verdict.findings})
        total = by_stage = cycle = None
        if period is not None:
            report = score(kim, period)
            total, cycle = report.total, report.cycle
            by_stage = report.by_stage
        yield Row(
            item.line,
            kim.id,
            kim.name,
            kim.region,
            verdict.outcome,
            verdict.is_kim,
            statuses,
            total,
            by_stage,
            cycle,
            village=kim.village,
        )


def _from_pair(line: int, verdict: Any, report: Any) -> Row:  # noqa: ANN401
    kim = verdict.kim
    return Row(
        line,
        kim.id,
        kim.name,
        kim.region,
        verdict.outcome,
        verdict.is_kim,
        MappingProxyType({f.rule_id: f.status for f in verdict.findings}),
        None if report is None else report.total,
        None if report is None else report.by_stage,
        None if report is None else report.cycle,
        village=kim.village,
    )


def rows_of(results: Iterable[Any]) -> Iterator[Any]:
    """Rows of ``results``: rows as they are, ``(verdict, report)`` pairs as rows.

    A bare verdict counts as a pair without a report.
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
    """The frame columns of one row (duck-typed on the Row fields), plain values."""
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
    return values
