"""Other names of regions that :func:`kimlib.regions.find` knows (hand-written).

The generated data files hold the decree's names only; names used elsewhere
go here, each mapped to a code with a comment naming its source. Matching is
insensitive to case, spacing and punctuation, so "Palangka Raya" would match
"Palangkaraya" anyway; it is listed because it is the city's usual spelling.
"""

from __future__ import annotations

__all__ = ["ALIASES"]

#: Alias -> dotted Kemendagri code.
ALIASES: dict[str, str] = {
    # Seed 002 (MMC Kalteng, 8 September 2021) and the city's usual spelling;
    # the decree annex writes "Kota Palangkaraya" (shared SOURCE.md, anomalies).
    "Palangka Raya": "62.71",
    # Seed 002: "DiskominfoSantik Prov. Kalteng" (Kalimantan Tengah).
    "Kalteng": "62",
    # The decree's "Daerah Khusus Ibukota Jakarta", usually written "DKI Jakarta".
    "DKI Jakarta": "31",
    # UU 2/2024 renames province 31 "Daerah Khusus Jakarta" (shared SOURCE.md).
    "Daerah Khusus Jakarta": "31",
    # UU 13/2012 art. 1: "Daerah Istimewa Yogyakarta, selanjutnya disebut DIY".
    "DIY": "34",
    "DI Yogyakarta": "34",
}
