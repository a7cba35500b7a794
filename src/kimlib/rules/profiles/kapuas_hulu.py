"""Kapuas Hulu (61.06): ideally at most 8 members; more issuers of the decree.

"idealnya ... minimal 3 (tiga) orang dan maksimal 8 (delapan) orang": the
maximum of 8 is a recommendation (above it a finding is an advisory); the
minimum of 3 is required, as nationally, but rests on this sentence. The
decree may also come from the camat or the regency's Diskominfo.

References:
* seed 003: Dinas Komunikasi Informatika Statistik Kabupaten Kapuas Hulu,
  "Tentang KIM" (undated office page)

>>> PROFILE.parameters["membership.maximum"][0].value
Bound(count=8, severity=<Severity.RECOMMENDED: 'recommended'>)
"""

from __future__ import annotations

from kimlib import sources
from kimlib.model import Issuer
from kimlib.rules._checks import Bound
from kimlib.rules._dates import PARTNERSHIP_FROM
from kimlib.rules._profile import Parameter, Profile
from kimlib.rules._rule import Severity
from kimlib.rules.profiles import national

__all__ = ["PROFILE"]

PROFILE = Profile(
    name="Kapuas Hulu",
    regions=("61.06",),  # Kabupaten Kapuas Hulu, Kalimantan Barat
    extends=national.PROFILE,
    parameters={
        # English: ideally formed with at least 3 and at most 8 members. The
        # minimum stays required: the same office's pages say a KIM needs at
        # least three people, and below three it is no group (kimlib's reading).
        "membership.minimum": Parameter(
            value=Bound(3, Severity.REQUIRED), citation=sources.MEMBERSHIP_3_8
        ),
        "membership.maximum": Parameter(
            value=Bound(8, Severity.RECOMMENDED), citation=sources.MEMBERSHIP_3_8
        ),
        # English: legalised by decree of the village head and/or the camat /
        # the regency's Diskominfo.
        "legality.formation_decree.other_issuers": Parameter(
            value=(Issuer.CAMAT, Issuer.DINAS_KABUPATEN_KOTA),
            citation=sources.FORMATION_DECREE_KAPUAS_HULU,
            effective_from=PARTNERSHIP_FROM,
        ),
    },
)
