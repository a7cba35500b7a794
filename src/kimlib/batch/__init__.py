"""Batch: a registry of KIM documents to one row per document, streamed.

:func:`evaluate` reads JSON Lines (a path, bytes, or an iterable of lines or
of parsed dicts) in blocks and yields one :class:`Row` per document: its
outcome, ``is_kim``, each rule's status and, with a period, its ADINDA score,
or the problems of an invalid document. The rows are what
``kimlib.assess(kimlib.load_kim(document), on)`` and ``kimlib.score(...)``
give, computed with the same rule kernels over light decoded documents
instead of the full object graph; a document the light decoding cannot
vouch for goes through :func:`kimlib.load_kim` itself. Memory does not grow
with the number of lines. :func:`evaluate_block` is the same over one block of
whole lines: a pure function for process pools, Dask or Spark (see
``docs/batch.md``).

>>> from kimlib import batch
>>> lines = [
...     '{"id": "KIM-1", "name": "KIM Satu", "region": "36.73", "members": []}',
...     '{"name": "KIM Dua", "region": "99.99", "members": []}',
... ]
>>> for row in batch.evaluate(lines, on="2025-04-17", period="2025"):
...     print(row.line, row.outcome, row.total, [p.path for p in row.problems])
1 ineligible 0.0 []
2 None None ['region']
"""

from __future__ import annotations

from kimlib.batch._evaluate import evaluate, evaluate_block
from kimlib.batch._row import Row

__all__ = ["Row", "evaluate", "evaluate_block"]
