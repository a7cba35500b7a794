"""kimlib: rules-as-code for Indonesia's community information groups (KIM).

A KIM (Komunitas Informasi Masyarakat, until 2024 Kelompok Informasi
Masyarakat: a community information group) is formed by, from and for the
community to manage information through the ADINDA cycle: Akses, Diskusi,
Implementasi, Networking, Diseminasi, Aspirasi. kimlib models a KIM, checks it
against the cited rules in force for its region on a date, scores its ADINDA
activity and knows Indonesia's Kemendagri regions.

>>> import kimlib
>>> kim = kimlib.load_kim({"name": "KIM Contoh", "region": "36.73", "members": []})
>>> kim.region_info.name
'Kota Serang'
"""

from __future__ import annotations

from kimlib import regions
from kimlib.adinda import score
from kimlib.errors import (
    InvalidArgument,
    InvalidInput,
    KimlibError,
    Problem,
    RuleNotInForce,
    UnknownRegion,
)
from kimlib.io import dump, load_kim, load_kims
from kimlib.model import Kim
from kimlib.rules import assess

__all__ = [
    "InvalidArgument",
    "InvalidInput",
    "Kim",
    "KimlibError",
    "Problem",
    "RuleNotInForce",
    "UnknownRegion",
    "__version__",
    "assess",
    "dump",
    "load_kim",
    "load_kims",
    "regions",
    "score",
]

__version__ = "0.1.0"
