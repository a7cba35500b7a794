"""The summary per region and the registry checks of a report.

Both work on rows duck-typed on the fields of ``kimlib.batch.Row`` (``line``,
``kim_id``, ``kim_name``, ``region`` as the seat code, ``outcome``,
``total``), so they take the batch engine's rows as they are.
"""

from __future__ import annotations

import enum
import statistics
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from kimlib import regions
from kimlib.errors import InvalidArgument
from kimlib.indicators import Trend
from kimlib.report._rows import seat
from kimlib.rules import Outcome
from kimlib.stakeholders import Engagement

__all__ = ["LEVELS", "Check", "CheckKind", "SummaryRow", "check_registry", "summarise"]

#: ``by`` -> the level of the region codes a summary groups by.
LEVELS = {"province": 1, "regency": 2, "district": 3}

_WIDTH = {1: 2, 2: 5, 3: 8}
#: The length of a dotted village code (``36.73.01.1002``).
_VILLAGE = 13


@attrs.frozen
class SummaryRow:
    """One region of a summary (``region`` ``None``: KIMs of no known region).

    ``villages`` counts the region's desa/kelurahan, ``villages_with_kim``
    those with a KIM seated in them by village code; ``coverage`` is their
    share (``None`` for no region). ``monitor`` … ``key_partner`` count the
    KIMs placed at each engagement (rows asked with a mapping date);
    ``improving``, ``flat`` and ``declining`` count the indicator trends of
    the region's KIMs (one per KIM and indicator with data in both periods).
    """

    region: str | None
    name: str | None
    kims: int
    eligible: int
    ineligible: int
    incomplete: int
    not_in_force: int
    invalid: int
    mean_total: float | None
    median_total: float | None
    villages: int
    villages_with_kim: int
    coverage: float | None
    monitor: int = 0
    keep_informed: int = 0
    keep_satisfied: int = 0
    involve: int = 0
    key_partner: int = 0
    improving: int = 0
    flat: int = 0
    declining: int = 0

    def as_dict(self) -> dict[str, object]:
        """The row as a plain dict (the JSON ``summary`` item)."""
        return attrs.asdict(self)


def _group(seat: str | None, level: int) -> str | None:
    if seat is None or len(seat) < _WIDTH[level]:
        return None
    return seat[: _WIDTH[level]]


def summarise(rows: Iterable[Any], by: str = "regency") -> tuple[SummaryRow, ...]:
    """The summary per region (``by``: ``province``, ``regency`` or ``district``).

    Regions come in code order, then the KIMs of no known region (an
    invalid seat, or no district for ``by="district"``).

    Raises:
        InvalidArgument: ``by`` is not one of the three.
    """
    level = LEVELS.get(by)
    if level is None:
        raise InvalidArgument.of("report.bad_by", by=repr(by)[:40])
    groups: dict[str | None, list[Any]] = {}
    for row in rows:
        groups.setdefault(_group(seat(row), level), []).append(row)
    ordered = sorted(groups, key=lambda code: (code is None, code or ""))
    return tuple(_summary(code, groups[code]) for code in ordered)


def _summary(code: str | None, rows: Sequence[Any]) -> SummaryRow:
    outcomes = [row.outcome for row in rows]
    totals = [row.total for row in rows if row.total is not None]
    villages = villages_with = 0
    name = None
    if code is not None:
        name = regions.get(code).name
        within = regions.village_codes(code)
        villages = len(within)
        seats = {s for s in map(seat, rows) if s and len(s) == _VILLAGE}
        villages_with = len(seats)
    return SummaryRow(
        region=code,
        name=name,
        kims=len(rows),
        eligible=outcomes.count(Outcome.ELIGIBLE),
        ineligible=outcomes.count(Outcome.INELIGIBLE),
        incomplete=outcomes.count(Outcome.INCOMPLETE),
        not_in_force=outcomes.count(Outcome.NOT_IN_FORCE),
        invalid=outcomes.count(None),
        mean_total=statistics.fmean(totals) if totals else None,
        median_total=statistics.median(totals) if totals else None,
        villages=villages,
        villages_with_kim=villages_with,
        coverage=villages_with / villages if code is not None and villages else None,
        **_picture_counts(rows),
    )


def _picture_counts(rows: Sequence[Any]) -> dict[str, int]:
    """KIMs per engagement and indicator trends per trend, by value."""
    counts = dict.fromkeys([e.value for e in Engagement] + [t.value for t in Trend], 0)
    for row in rows:
        engagement = getattr(row, "engagement", None)
        if engagement is not None:
            counts[Engagement(engagement).value] += 1
        for trend in (getattr(row, "trends", None) or {}).values():
            if trend is not None:
                counts[Trend(trend).value] += 1
    return counts


class CheckKind(enum.Enum):
    """What a registry check found."""

    DUPLICATE_ID = "duplicate_id"
    DUPLICATE_NAME = "duplicate_name"
    OUTSIDE_REGION = "outside_region"


@attrs.frozen
class Check:
    """One finding of the registry checks: its kind and the lines concerned."""

    kind: CheckKind
    lines: tuple[int, ...]
    kim_id: str | None
    kim_name: str | None
    region: str | None

    def as_dict(self) -> dict[str, object]:
        """The check as a plain dict (the JSON ``checks`` item)."""
        return {
            "kind": self.kind.value,
            "lines": list(self.lines),
            "kim_id": self.kim_id,
            "kim_name": self.kim_name,
            "region": self.region,
        }


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def check_registry(rows: Iterable[Any], region: str | None = None) -> tuple[Check, ...]:
    """Duplicate ids, a name twice in one village, and seats outside ``region``.

    Raises:
        InvalidArgument: ``region`` is not a code.
        UnknownRegion: no region has the code.
    """
    inside = None if region is None else regions.get(region).code
    ids: dict[str, list[Any]] = {}
    names: dict[tuple[str, str], list[Any]] = {}
    found: list[Check] = []
    for row in rows:
        if row.kim_id is not None:
            ids.setdefault(row.kim_id, []).append(row)
        where = seat(row)
        if row.kim_name is not None and where is not None and len(where) == _VILLAGE:
            names.setdefault((where, _name_key(row.kim_name)), []).append(row)
        if inside is not None and (
            where is None or not (where == inside or where.startswith(inside + "."))
        ):
            found.append(
                Check(
                    CheckKind.OUTSIDE_REGION,
                    (row.line,),
                    row.kim_id,
                    row.kim_name,
                    where,
                )
            )
    for kim_id, same in ids.items():
        if len(same) > 1:
            lines = tuple(r.line for r in same)
            found.append(Check(CheckKind.DUPLICATE_ID, lines, kim_id, None, None))
    for (village, _), same in names.items():
        if len(same) > 1:
            lines = tuple(r.line for r in same)
            found.append(
                Check(CheckKind.DUPLICATE_NAME, lines, None, same[0].kim_name, village)
            )
    return tuple(sorted(found, key=lambda c: (c.lines[0], c.kind.value)))
