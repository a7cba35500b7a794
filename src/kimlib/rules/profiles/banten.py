"""Banten (36): the partnership requirements in the words of their own province.

The Banten meeting of 17 April 2025 (seed 001) presented the administrative
and legality requirements for KIM in Banten; nationally they are kimlib's
reading. This profile keeps the same rules and checks but cites the sentence
without the national-scope reading. Kota Serang (36.73), whose villages are
all kelurahan (seed 000), needs nothing more: the decree's issuer follows the
seat's village kind.

References:
* seed 001: Diskominfo Provinsi Banten, Rakor Pembinaan dan Pemberdayaan KIM
  (17 April 2025)
* seed 000: Diskominfo Kota Serang (6 kecamatan, 67 kelurahan)

>>> [rule.id for rule in PROFILE.rules][0]
'board.not_civil_servant'
"""

from __future__ import annotations

import attrs

from kimlib import sources
from kimlib.rules._profile import Profile
from kimlib.rules._rule import Rule, RuleGroup
from kimlib.rules.profiles import national
from kimlib.sources import Citation

__all__ = ["PROFILE"]

_OWN_WORDS: dict[str, Citation] = {
    "board.not_civil_servant": sources.BOARD_REQUIREMENTS_BANTEN,
    "board.no_criminal_record": sources.BOARD_REQUIREMENTS_BANTEN,
    "board.no_party_affiliation": sources.BOARD_REQUIREMENTS_BANTEN,
    "board.no_ngo_affiliation": sources.BOARD_REQUIREMENTS_BANTEN,
    "legality.formation_decree": sources.FORMATION_DECREE_BANTEN,
    "legality.registration_number": sources.REGISTRATION_NUMBER_BANTEN,
    "legality.board_acknowledged": sources.BOARD_ACKNOWLEDGED_BANTEN,
}


def _in_own_words(rule: Rule) -> Rule:
    return attrs.evolve(rule, source=(_OWN_WORDS[rule.id], sources.ARTICLE_23))


PROFILE = Profile(
    name="Banten",
    regions=("36",),  # Provinsi Banten, Kota Serang included
    extends=national.PROFILE,
    rules=tuple(
        _in_own_words(rule)
        for rule in national.RULES
        if rule.group is not RuleGroup.DEFINITION
    ),
)
