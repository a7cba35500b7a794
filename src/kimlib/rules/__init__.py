"""Rules: is a group a KIM, and is it eligible for a partnership, on a date?

Given a KIM and a date, :func:`assess` applies the profile in force for the
KIM's seat (national, or the most specific regional one) and returns a
:class:`Verdict`: one :class:`Finding` per rule, each citing the sentence it
rests on, the :class:`Outcome`, and the :class:`Remedy` actions that would
fix what fails or is unknown, readable in Indonesian and English.

>>> import kimlib
>>> from kimlib.rules import assess
>>> kim = kimlib.load_kim({
...     "name": "KIM Contoh", "region": "62.71", "village": "62.71.01.1001",
...     "members": [{"name": f"A{i}", "role": "anggota"} for i in range(2)]})
>>> verdict = assess(kim, on="2023-01-01")
>>> verdict.outcome, verdict.is_kim
(<Outcome.INELIGIBLE: 'ineligible'>, False)
>>> [remedy.message("en") for remedy in verdict.remedies]
['add 1 active member(s) to reach the minimum of 3']
>>> assess(kim, on="2010-05-31")
Traceback (most recent call last):
...
kimlib.errors.RuleNotInForce: no KIM rule is in force on 2010-05-31: ...
"""

from __future__ import annotations

from kimlib.rules._catalogue import CatalogueEntry, catalogue
from kimlib.rules._checks import Bound
from kimlib.rules._dates import DEFINITION_FROM, PARTNERSHIP_FROM, official_name
from kimlib.rules._engine import assess
from kimlib.rules._finding import Finding
from kimlib.rules._profile import Parameter, Profile
from kimlib.rules._profile_file import load_profile, profile_schema
from kimlib.rules._registry import ProfileRegistry, default_registry
from kimlib.rules._remedies import Remedy
from kimlib.rules._rule import (
    Check,
    Evaluation,
    FindingStatus,
    Rule,
    RuleGroup,
    Severity,
)
from kimlib.rules._verdict import Outcome, Verdict

__all__ = [
    "DEFINITION_FROM",
    "PARTNERSHIP_FROM",
    "Bound",
    "CatalogueEntry",
    "Check",
    "Evaluation",
    "Finding",
    "FindingStatus",
    "Outcome",
    "Parameter",
    "Profile",
    "ProfileRegistry",
    "Remedy",
    "Rule",
    "RuleGroup",
    "Severity",
    "Verdict",
    "assess",
    "catalogue",
    "default_registry",
    "load_profile",
    "official_name",
    "profile_schema",
]
