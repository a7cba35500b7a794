"""Hypothesis strategies for the KIM domain model, valid by construction.

For kimlib's own tests and for the tests of programs that use kimlib: every
strategy draws values that the model accepts (a NIK with a real birth date and
a province code, a village inside its region, dates in order, a stage for
form ``lainnya``, a gender that agrees with the NIK), so a failing test points
at the code under test, not at the data. Names and NIKs are synthetic.

Needs Hypothesis, which the ``strategies`` extra installs
(``pip install "kimlib[strategies]"``); without it, importing this module
raises ``ImportError`` saying so.

More information:

* https://hypothesis.readthedocs.io/en/latest/data.html

>>> from hypothesis import given
>>> @given(kims(min_members=3, max_members=5))
... def test_board_within_members(kim):
...     assert set(kim.board) <= set(kim.members)
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401 - imported to fail early with a clear message
except ImportError as error:  # pragma: no cover - the test extra installs it
    msg = (
        "kimlib.strategies needs Hypothesis: install the kimlib[strategies] "
        'extra (pip install "kimlib[strategies]")'
    )
    raise ImportError(msg) from error

from kimlib.strategies._analysis import indicator_readings, mapping_assessments
from kimlib.strategies._json import (
    hostile_texts,
    json_values,
    mutated_kim_documents,
)
from kimlib.strategies._kims import kim_documents, kims
from kimlib.strategies._parts import SEATS, activities, documents, members, niks

__all__ = [
    "SEATS",
    "activities",
    "documents",
    "hostile_texts",
    "indicator_readings",
    "json_values",
    "kim_documents",
    "kims",
    "mapping_assessments",
    "members",
    "mutated_kim_documents",
    "niks",
]
