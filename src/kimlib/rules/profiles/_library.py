"""The rules a profile may refer to by id: the national ones and optional ones.

A profile file names rules by id only; their checks are Python and live
here or in :mod:`kimlib.rules.profiles.national`. An optional rule is in no
bundled profile: a profile that needs it (a Perbup that bars civil servants
among *all* members) adds it by id, with its own citation. An optional rule
never widens a national one: it has its own id.

>>> sorted(OPTIONAL)
['members.not_civil_servant']
>>> sorted(library())[:2]
['board.no_criminal_record', 'board.no_ngo_affiliation']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from kimlib import sources
from kimlib.messages import CATALOGUE
from kimlib.model import Kim
from kimlib.rules._remedies import Remedy
from kimlib.rules._rule import Evaluation, FindingStatus, Rule, RuleGroup, Severity

__all__ = ["OPTIONAL", "library", "members_not_civil_servant"]


def members_not_civil_servant(
    kim: Kim, on: dt.date, params: Mapping[str, object]
) -> Evaluation:
    """No active member, board or not, is a civil servant (ASN).

    ``fail`` when one is; ``unknown`` when none is but some member has not
    said; ``unknown`` when the KIM has no active member.
    """
    del params
    active = kim.members_on(on)
    if not active:
        return Evaluation(
            FindingStatus.UNKNOWN,
            None,
            0,
            (),
            "finding.members.civil_servant.empty",
            {},
            (Remedy(action="add_members", params={"count": 1, "minimum": 1}),),
        )
    servants = sum(1 for m in active if m.civil_servant)
    unknown = sum(1 for m in active if m.civil_servant is None)
    if servants:
        remedy = Remedy(
            action="replace_civil_servant_members", params={"count": servants}
        )
        return Evaluation(
            FindingStatus.FAIL,
            servants,
            0,
            (),
            "finding.members.civil_servant.fail",
            {"count": servants},
            (remedy,),
        )
    if unknown:
        remedy = Remedy(
            action="declare_civil_servant_members", params={"count": unknown}
        )
        return Evaluation(
            FindingStatus.UNKNOWN,
            None,
            0,
            (),
            "finding.members.civil_servant.unknown",
            {"count": unknown},
            (remedy,),
        )
    return Evaluation(
        FindingStatus.PASS,
        0,
        0,
        (),
        "finding.members.civil_servant.pass",
        {"count": len(active)},
    )


#: A placeholder citation: a profile that adds the rule cites its own source.
_UNCITED = sources.Citation(
    source=sources.Source(
        id="kimlib_optional_rule",
        title="kimlib: optional rule, cited by the profile that adds it",
        issuer="kimlib",
        kind=sources.SourceKind.ARTICLE,
    ),
    quote="(the profile that adds this rule cites its own source)",
)

#: The optional rules, by id (in no bundled profile).
OPTIONAL: Mapping[str, Rule] = MappingProxyType(
    {
        "members.not_civil_servant": Rule(
            id="members.not_civil_servant",
            title=CATALOGUE["rule.members.not_civil_servant"],
            severity=Severity.REQUIRED,
            group=RuleGroup.ADMINISTRATIVE,
            source=(_UNCITED,),
            check=members_not_civil_servant,
        ),
    }
)


def library() -> Mapping[str, Rule]:
    """Every rule a profile may name by id: the national rules, then OPTIONAL."""
    from kimlib.rules.profiles import national  # noqa: PLC0415 - lazily

    return MappingProxyType({**{rule.id: rule for rule in national.RULES}, **OPTIONAL})
