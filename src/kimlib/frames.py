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

from kimlib._validation import check_type
from kimlib.errors import InvalidArgument
from kimlib.indicators import Indicator, Trend
from kimlib.model import Kim
from kimlib.report import INDICATORS, STAGES, Row, record, rows_of, rule_ids, summarise
from kimlib.rules import FindingStatus, Outcome
from kimlib.stakeholders import Engagement

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["findings", "frame", "readings", "summary"]

_OUTCOMES = [o.value for o in Outcome]
_STATUSES = [s.value for s in FindingStatus]
_ENGAGEMENTS = [e.value for e in Engagement]
_TRENDS = [t.value for t in Trend]
_INDICATORS = [i.value for i in Indicator]


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
    per stage (``akses`` … ``aspirasi``), ``cycle``, ``problems`` (count),
    then the placement ``engagement``, ``interest``, ``influence``, ``power``
    and one ``trend.<indicator>`` per indicator (empty unless the rows were
    evaluated with ``mapping_on=`` and ``indicators=``, see
    :func:`kimlib.batch.evaluate`).

    >>> from kimlib.io import read_registry, sample_path
    >>> from kimlib.report import evaluate
    >>> rows = evaluate(read_registry(sample_path()), on="2025-04-17",
    ...     mapping_on="2025-04-17", indicators=("2025Q1", "2025Q2"))
    >>> table = frame(rows)
    >>> [str(table.loc[0, c]) for c in ("engagement", "power", "trend.kesadaran_isu")]
    ['key_partner', '0.75', 'improving']
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
    _categorical(table, "engagement", _ENGAGEMENTS)
    for column in ("interest", "influence", "power"):
        table[column] = table[column].astype("float64")
    for indicator in INDICATORS:
        _categorical(table, f"trend.{indicator.value}", _TRENDS)
    return table


def readings(kims: Iterable[Kim]) -> pd.DataFrame:
    """The long form of indicator readings: one row per KIM and reading.

    Columns ``kim_id``, ``kim_name``, ``indicator`` (categorical),
    ``value``, ``measured_on`` (dates), ``method``, ``source``, in the order
    of the KIMs and of their readings.

    >>> import kimlib.samples
    >>> table = readings(kimlib.samples.registry())
    >>> list(table.columns)
    ['kim_id', 'kim_name', 'indicator', 'value', 'measured_on', 'method', 'source']
    >>> len(table) > 0
    True

    Raises:
        InvalidArgument: an item is not a :class:`~kimlib.model.Kim`.
    """
    pandas = _pandas()
    items: list[dict[str, object]] = []
    for kim in kims:
        check_type("kims", kim, Kim)
        items.extend(
            {
                "kim_id": kim.id,
                "kim_name": kim.name,
                "indicator": reading.indicator.value,
                "value": reading.value,
                "measured_on": reading.measured_on,
                "method": reading.method,
                "source": reading.source,
            }
            for reading in kim.indicators or ()
        )
    columns = ["kim_id", "kim_name", "indicator", "value"]
    columns += ["measured_on", "method", "source"]
    table = pandas.DataFrame(items, columns=columns)
    _categorical(table, "indicator", _INDICATORS)
    table["value"] = table["value"].astype("float64")
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
    "monitor",
    "keep_informed",
    "keep_satisfied",
    "involve",
    "key_partner",
    "improving",
    "flat",
    "declining",
)
