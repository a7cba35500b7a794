"""The registry report: a row per KIM, a summary per region, checks, HTML.

The computations behind ``kimlib report``, :mod:`kimlib.frames` and
:mod:`kimlib.plot`, without any optional dependency. :func:`evaluate` gives
the rows of :func:`kimlib.batch.evaluate` for the documents of a registry
reader (``Row`` is :class:`kimlib.batch.Row`); the rest reads rows
duck-typed on its fields.

>>> from kimlib.io import read_registry, sample_path
>>> rows = list(evaluate(read_registry(sample_path()), on="2025-04-17", period="2025"))
>>> regency = summarise(rows, by="regency")[0]
>>> regency.name, regency.kims, regency.eligible, regency.villages
('Kabupaten Serang', 1, 1, 326)
>>> check_registry(rows)
()
"""

from __future__ import annotations

from kimlib.report._page import SUMMARY_COLUMNS, html_page
from kimlib.report._rows import (
    INDICATORS,
    STAGES,
    Results,
    Row,
    evaluate,
    record,
    rows_of,
    rule_ids,
)
from kimlib.report._summary import (
    LEVELS,
    Check,
    CheckKind,
    SummaryRow,
    check_registry,
    summarise,
)

__all__ = [
    "INDICATORS",
    "LEVELS",
    "STAGES",
    "SUMMARY_COLUMNS",
    "Check",
    "CheckKind",
    "Results",
    "Row",
    "SummaryRow",
    "check_registry",
    "evaluate",
    "html_page",
    "record",
    "rows_of",
    "rule_ids",
    "summarise",
]
