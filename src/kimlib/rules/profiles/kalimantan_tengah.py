"""Central Kalimantan (Kalimantan Tengah, 62): membership 3 to 30, in its own words.

The values equal the national ones; here the provincial office's statement is
the source's own word for its province, not kimlib's national reading.

References:
* seed 004: Plt. Diskominfosantik Provinsi Kalimantan Tengah, kaltengtoday.com,
  "Rabu (23/3)" (23 March 2022; the year inferred from the weekday)

>>> PROFILE.regions, PROFILE.extends.name
(('62',), 'Nasional')
"""

from __future__ import annotations

from kimlib import sources
from kimlib.rules._checks import Bound
from kimlib.rules._profile import Parameter, Profile
from kimlib.rules._rule import Severity
from kimlib.rules.profiles import national

__all__ = ["PROFILE"]

PROFILE = Profile(
    name="Kalimantan Tengah",
    regions=("62",),  # Provinsi Kalimantan Tengah
    extends=national.PROFILE,
    parameters={
        # English: with 3 to 30 members.
        "membership.minimum": Parameter(
            value=Bound(3, Severity.REQUIRED), citation=sources.MEMBERSHIP_3_30_KALTENG
        ),
        "membership.maximum": Parameter(
            value=Bound(30, Severity.REQUIRED), citation=sources.MEMBERSHIP_3_30_KALTENG
        ),
    },
)
