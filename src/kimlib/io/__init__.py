"""JSON exchange: KIM documents in, KIM documents and results out, JSON Schema.

Built on msgspec, which decodes a document straight into the attrs classes of
:mod:`kimlib.model` and runs their validators. msgspec stops at the first
error, so when a document fails a second, slower pass collects every problem
for :class:`~kimlib.errors.InvalidInput`; valid documents never pay for it.
Unknown keys are an error (a portal's typo must not vanish silently) unless
``ignore_unknown=True``. Results go out as the records of this package
(:class:`VerdictRecord`, :class:`AdindaReportRecord`, :class:`ProblemsRecord`),
whose JSON Schemas :func:`json_schema` gives.

>>> kim = load_kim({"name": "KIM Maju", "region": "36.73", "members": []})
>>> kim.name, kim.region
('KIM Maju', '36.73')
>>> dump(kim) == {"name": "KIM Maju", "region": "36.73", "members": [],
...                "schema_version": 1, "activities": []}
True
>>> load_kim({"name": "", "region": "36.73", "members": [{"role": "raja"}], "nama": 1})
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (3 problem(s)):
  nama: this field is not known (a typo?)
  name: must not be empty
  members[0].role: value not allowed; choose one of: ketua, wakil_ketua, ...
"""

from __future__ import annotations

from kimlib.io._load import (
    MAX_DOCUMENT_BYTES,
    LoadResult,
    load_kim,
    load_kims,
    sample_path,
)
from kimlib.io._out import dump
from kimlib.io._records import (
    CitationRecord,
    FindingRecord,
    ProblemRecord,
    ProblemsRecord,
    RemedyRecord,
    SourceRecord,
    TextRecord,
    VerdictRecord,
)
from kimlib.io._report_records import ActionRecord, AdindaReportRecord, CycleRecord
from kimlib.io._row_record import RowProblemRecord, RowRecord
from kimlib.io._schema import json_schema
from kimlib.io._workbook import SourceDocument, read_registry, read_workbook
from kimlib.io._workbook_write import write_template, write_workbook

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "ActionRecord",
    "AdindaReportRecord",
    "CitationRecord",
    "CycleRecord",
    "FindingRecord",
    "LoadResult",
    "ProblemRecord",
    "ProblemsRecord",
    "RemedyRecord",
    "RowProblemRecord",
    "RowRecord",
    "SourceDocument",
    "SourceRecord",
    "TextRecord",
    "VerdictRecord",
    "dump",
    "json_schema",
    "load_kim",
    "load_kims",
    "read_registry",
    "read_workbook",
    "sample_path",
    "write_template",
    "write_workbook",
]
