"""The national profile: the KIM definition and the partnership requirements.

Membership 3 to 30 is kimlib's national reading of the Central Kalimantan
office's general definition (seed 004). The board and legality requirements
were presented at the Banten meeting of 17 April 2025 (seed 001); kimlib
reads them as national and in force from Permenkominfo No. 4 Tahun 2024
(5 September 2024), whose article 23 has the Dinas partner with KIM.

References:
* Permen Kominfo No. 08/PER/M.KOMINFO/6/2010 (1 June 2010), cited by seed 000
* Permenkominfo No. 4 Tahun 2024, art. 23 (5 September 2024), cited by seed 001
* seed 004: Diskominfosantik Kalimantan Tengah, 23 March 2022 (3–30 members)
* seed 001: Diskominfo Banten, 17 April 2025 (administrative and legality
  requirements)

>>> PROFILE.name, [rule.id for rule in PROFILE.rules][:2]
('Nasional', ['membership.size', 'board.not_civil_servant'])
"""

from __future__ import annotations

from kimlib import sources
from kimlib.messages import CATALOGUE
from kimlib.model import Issuer
from kimlib.rules import _checks
from kimlib.rules._checks import Bound
from kimlib.rules._dates import DEFINITION_FROM, PARTNERSHIP_FROM
from kimlib.rules._profile import Parameter, Profile
from kimlib.rules._rule import Check, Rule, RuleGroup, Severity
from kimlib.sources import Citation

__all__ = ["PROFILE", "RULES"]


def _rule(
    rule_id: str,
    group: RuleGroup,
    source: tuple[Citation, ...],
    check: Check,
    parameters: tuple[str, ...] = (),
) -> Rule:
    definition = group is RuleGroup.DEFINITION
    return Rule(
        id=rule_id,
        title=CATALOGUE[f"rule.{rule_id}"],
        severity=Severity.REQUIRED,
        group=group,
        source=source,
        check=check,
        parameters=parameters,
        # Permen Kominfo 08/PER/M.KOMINFO/6/2010. (2010-06-01; Added)
        # Permenkominfo No. 4 Tahun 2024. (2024-09-05; Added)
        effective_from=DEFINITION_FROM if definition else PARTNERSHIP_FROM,
    )


_ADMIN = RuleGroup.ADMINISTRATIVE
_LEGAL = RuleGroup.LEGALITY
_BOARD = (sources.BOARD_REQUIREMENTS, sources.ARTICLE_23)

#: The eight rules of docs/rules.md, in the order findings are listed.
RULES: tuple[Rule, ...] = (
    _rule(
        "membership.size",
        RuleGroup.DEFINITION,
        (sources.DEFINITION_2010,),
        _checks.membership_size,
        ("membership.minimum", "membership.maximum"),
    ),
    _rule(
        "board.not_civil_servant", _ADMIN, _BOARD, _checks.board_fact("civil_servant")
    ),
    _rule(
        "board.no_criminal_record",
        _ADMIN,
        _BOARD,
        _checks.board_fact("criminal_record"),
    ),
    _rule(
        "board.no_party_affiliation",
        _ADMIN,
        _BOARD,
        _checks.board_fact("party_affiliation"),
    ),
    _rule(
        "board.no_ngo_affiliation",
        _ADMIN,
        _BOARD,
        _checks.board_fact("ngo_affiliation"),
    ),
    _rule(
        "legality.formation_decree",
        _LEGAL,
        (sources.FORMATION_DECREE, sources.ARTICLE_23),
        _checks.formation_decree,
        ("legality.formation_decree.other_issuers",),
    ),
    _rule(
        "legality.registration_number",
        _LEGAL,
        (sources.REGISTRATION_NUMBER, sources.ARTICLE_23),
        _checks.registration_number,
        ("legality.registration_number.issuers",),
    ),
    _rule(
        "legality.board_acknowledged",
        _LEGAL,
        (sources.BOARD_ACKNOWLEDGED, sources.ARTICLE_23),
        _checks.board_acknowledged,
    ),
)

#: The national profile, the root every regional profile extends.
PROFILE = Profile(
    name="Nasional",
    regions=("",),
    effective_from=DEFINITION_FROM,
    rules=RULES,
    parameters={
        # English: membership of 3 to 30 people.
        "membership.minimum": Parameter(
            value=Bound(3, Severity.REQUIRED),
            citation=sources.MEMBERSHIP_3_30,
            effective_from=DEFINITION_FROM,
        ),
        "membership.maximum": Parameter(
            value=Bound(30, Severity.REQUIRED),
            citation=sources.MEMBERSHIP_3_30,
            effective_from=DEFINITION_FROM,
        ),
        "legality.formation_decree.other_issuers": Parameter(
            value=(), citation=sources.FORMATION_DECREE, effective_from=PARTNERSHIP_FROM
        ),
        "legality.registration_number.issuers": Parameter(
            value=(Issuer.DINAS_KABUPATEN_KOTA,),
            citation=sources.REGISTRATION_NUMBER,
            effective_from=PARTNERSHIP_FROM,
        ),
    },
)
