"""The dates the rules turn on, and the official name of a KIM by date.

>>> official_name("2024-09-04")
'Kelompok Informasi Masyarakat'
>>> official_name("2024-09-05")
'Komunitas Informasi Masyarakat'
"""

from __future__ import annotations

import datetime as dt

from kimlib._validation import check_date

__all__ = ["DEFINITION_FROM", "PARTNERSHIP_FROM", "official_name"]

# Permen Kominfo No. 08/PER/M.KOMINFO/6/2010. (2010-06-01; Added)
#: The KIM definition is in force from this day (Diskominfo Kota Serang).
DEFINITION_FROM = dt.date(2010, 6, 1)

# Permenkominfo No. 4 Tahun 2024. (2024-09-05; Added)
#: The partnership requirements (Diskominfosatik Banten) are read as in force
#: from this day.
PARTNERSHIP_FROM = dt.date(2024, 9, 5)


def official_name(on: dt.date | str) -> str:
    """The official name of a KIM on ``on``.

    Kelompok Informasi Masyarakat before 5 September 2024 (Permen Kominfo
    08/2010), Komunitas Informasi Masyarakat from then on (kimlib's reading
    of the date, see :data:`kimlib.sources.NAME_2024`).

    Raises:
        InvalidArgument: ``on`` is not a date or an ISO date string.
    """
    day = check_date("on", on)
    if day < PARTNERSHIP_FROM:
        return "Kelompok Informasi Masyarakat"
    return "Komunitas Informasi Masyarakat"
