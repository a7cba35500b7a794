"""The bundled sample registry: fictional KIMs as JSON Lines (package data).

``sample_kims.jsonl`` holds one KIM document per line, seated in real villages
of the places the sources name, with members, documents and a year (2025) of
activities; several break one rule each on purpose. Member names are invented
("Warga Contoh N") and no member has a NIK. ``README.md`` next to this file
lists the KIMs; ``scripts/make_sample.py`` builds the file.

One call gives the KIMs, another the file, a third a row per KIM:

>>> import kimlib.samples
>>> kims = kimlib.samples.registry()
>>> len(kims), kims[0].id, kims[0].regency.name
(14, 'KIM-3673-0001', 'Kota Serang')
>>> kimlib.samples.path().name
'sample_kims.jsonl'
>>> results = kimlib.samples.rows(on="2025-04-17", period="2025")
>>> results[0].outcome.value, round(results[0].total, 1)
('eligible', 39.4)
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from kimlib.io import load_kims, read_registry, sample_path
from kimlib.model import Kim
from kimlib.report import Results, evaluate

__all__ = ["path", "registry", "rows"]


def path() -> Path:
    """The path of the bundled sample registry (JSON Lines)."""
    return sample_path()


@functools.cache
def registry() -> tuple[Kim, ...]:
    """The KIMs of the bundled sample registry, in file order."""
    return tuple(load_kims(sample_path()))


def rows(
    on: dt.date | str, period: object = None, *, indicators: object = None
) -> Results:
    """A row per sample KIM: outcome on ``on``, ADINDA score over ``period``.

    The rows are :class:`kimlib.batch.Row` values, with each KIM's mapping
    placement on ``on`` and, given ``indicators=(before, after)``, its
    indicator trends; :mod:`kimlib.frames` and :mod:`kimlib.plot` take them
    as they are.
    """
    return Results(
        evaluate(
            read_registry(sample_path()),
            on=on,
            period=period,
            mapping_on=on,
            indicators=indicators,
        )
    )
