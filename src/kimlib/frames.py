"""pandas frames of results: one row per KIM, per finding, or per region.

Needs the ``pandas`` extra (``pip install 'kimlib[pandas]'``). Every
function takes results in either form: rows of a registry run (anything
with the fields of ``kimlib.batch.Row``, such as :func:`kimlib.report.evaluate`
gives) or ``(verdict, report)`` pairs (``report`` may be ``None``).
Closed vocabularies (outcome, statuses) are pandas categoricals.

>>> import kimlib.samples
>>> from kimlib import frames
>>> table = frames.frame(kimlib.samples.rows(on="2025-04-17", period="2025"))
>>> table.shape[0], list(table.columns[:4])
(14, ['kim_id', 'kim_name', 'region', 'province'])
>>> str(table.loc[0, "outcome"]), round(float(table.loc[0, "total"]), 1)
('eligible', 39.4)
>>> per_regency = frames.summary(kimlib.samples.rows(on="2025-04-17"), by="regency")
>>> per_regency.loc["36.73", ["kims", "eligible", "villages"]].tolist()
[2, 1, 67]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kimlib.errors import InvalidArgument
from kimlib.report import STAGES, Row, record, rows_of, rule_ids, summarise
from kimlib.rules import FindingStatus, Outcome

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["findings", "frame", "summary"]

_OUTCOMES = [o.value for o in Outcome]
_STATUSES = [s.value for s in FindingStatus]


def _pandas() -> Any:  # noqa: ANN401 - the module
    try:
        import pandas as pd  # noqa: PLC0415 - an optional extra
    except ModuleNotFoundError:  # pragma: no cover - the test extra has it
        raise InvalidArgument.of("frames.needs_pandas") from None
    return pd


def _categorical(table: pd.DataFrame, column: str, values: list[str]) -> None:
    pandas = _pandas()
    table[column] = pandas.Categorical(table[column], categories=values)


def frame(results: Iterable[Any]) -> pd.DataFrame:
    """One row per KIM: ids, seat, outcome, a status per rule, scores, problems.

    Columns: ``kim_id``, ``kim_name``, ``region`` (the seat), ``province``,
    ``regency``, ``outcome``, ``is_kim``, one per rule id, ``total``, one
    per stage (``akses`` … ``aspirasi``), ``cycle``, ``problems`` (count).
    """
    pandas = _pandas()
    rules = rule_ids()
    rows = list(rows_of(results))
    extra = [
        rule
        for rule in dict.fromkeys(r for row in rows for r in (row.statuses or {}))
        if rule not in rules
    ]
    rules = (*rules, *extra)
    columns = list(record(Row(line=0, kim_id=None, kim_name=None, region=None), rules))
    table = pandas.DataFrame([record(row, rules) for row in rows], columns=columns)
    _categorical(table, "outcome", _OUTCOMES)
    for rule in rules:
        _categorical(table, rule, _STATUSES)
    for column in ("total", *(s.value for s in STAGES), "cycle"):
        table[column] = table[column].astype("float64")
    table["is_kim"] = table["is_kim"].astype("boolean")
    table["problems"] = table["problems"].astype("int64")
    return table


def findings(results: Iterable[Any]) -> pd.DataFrame:
    """One row per KIM and rule: ``kim_id``, ``kim_name``, ``rule_id``, ``status``.

    From ``(verdict, report)`` pairs the frame also has ``severity`` and
    ``message`` (English) and ``remedies`` (their count).
    """
    pandas = _pandas()
    items: list[dict[str, object]] = []
    for result in results:
        verdict = result[0] if isinstance(result, tuple) else result
        if hasattr(verdict, "findings"):
            items.extend(
                {
                    "kim_id": verdict.kim.id,
                    "kim_name": verdict.kim.name,
                    "rule_id": finding.rule_id,
                    "status": finding.status.value,
                    "severity": finding.severity.value,
                    "message": finding.message("en"),
                    "remedies": len(finding.remedies),
                }
                for finding in verdict.findings
            )
            continue
        items.extend(
            {
                "kim_id": verdict.kim_id,
                "kim_name": verdict.kim_name,
                "rule_id": rule_id,
                "status": getattr(status, "value", status),
            }
            for rule_id, status in (verdict.statuses or {}).items()
        )
    columns = ["kim_id", "kim_name", "rule_id", "status"]
    if any("severity" in item for item in items):
        columns += ["severity", "message", "remedies"]
    table = pandas.DataFrame(items, columns=columns)
    _categorical(table, "status", _STATUSES)
    return table


def summary(results: Iterable[Any], by: str = "regency") -> pd.DataFrame:
    """Per region: ``kims``, ``eligible`` … ``invalid``, scores, village coverage.

    Indexed by region code (``None`` for KIMs of no known region); columns
    ``name``, ``kims``, ``eligible``, ``ineligible``, ``incomplete``,
    ``not_in_force``, ``invalid``, ``mean_total``, ``median_total``,
    ``villages``, ``villages_with_kim``, ``coverage``.

    Raises:
        InvalidArgument: ``by`` is not ``province``, ``regency`` or ``district``.
    """
    pandas = _pandas()
    rows = summarise(rows_of(results), by=by)
    table = pandas.DataFrame([row.as_dict() for row in rows])
    if table.empty:
        table = pandas.DataFrame(columns=["region", *_SUMMARY])
    table = table.set_index("region")
    for column in ("mean_total", "median_total", "coverage"):
        table[column] = table[column].astype("float64")
    return table


_SUMMARY = (
    "name",
    "kims",
    "eligible",
    "ineligible",
    "incomplete",
    "not_in_force",
    "invalid",
    "mean_total",
    "median_total",
    "villages",
    "villages_with_kim",
    "coverage",
)
