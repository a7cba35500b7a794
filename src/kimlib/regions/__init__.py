"""Regions: Indonesia's provinces, regencies/cities, districts and villages.

Codes, names, hierarchy and time zones of the 91,599 regions of Kepmendagri
No. 300.2.2-2138 Tahun 2025 (as amended by No. 300.2.2-2430 Tahun 2025):
38 provinsi, 514 kabupaten/kota, 7,285 kecamatan and 83,762 desa/kelurahan.
Codes are Kemendagri codes, the ones NIK prefixes use (BPS codes differ).
The data ship with the package (``regions/data``, from cahyadsn/wilayah,
MIT) and are parsed on first use, level by level: importing kimlib reads
none of them.

More information:

* ``regions/data/SOURCE.md`` (origin, licence, checks, corrected names,
  anomalies); ``regions/data/MANIFEST.sha256`` holds the hashes every file is
  checked against on first read (:class:`RegionDataDamaged` when one differs)
* https://github.com/cahyadsn/wilayah

>>> from kimlib import regions
>>> city = regions.get("6271")
>>> city.code, city.name, city.short_name, city.kind.value, city.zone
('62.71', 'Kota Palangkaraya', 'Palangkaraya', 'kota', 'WIB')
>>> regions.find("Kapuas Hulu")[0].province.name
'Kalimantan Barat'
>>> len(regions.provinces()), len(regions.children("36.73"))
(38, 6)
>>> regions.village_kind("36.73").value
'kelurahan'
>>> regions.get("62.99")
Traceback (most recent call last):
...
kimlib.errors.UnknownRegion: no region matches '62.99'; did you mean: ...
>>> regions.normalize_code("62/71")
Traceback (most recent call last):
...
kimlib.errors.InvalidArgument: code='62/71' is not a Kemendagri region code
"""

from __future__ import annotations

from kimlib.regions._codes import is_code, normalize_code
from kimlib.regions._damage import RegionDataDamaged
from kimlib.regions._kinds import RegionKind, Zone
from kimlib.regions._region import (
    Region,
    children,
    exists,
    get,
    kecamatan_exists,
    province_codes,
    provinces,
    village_codes,
    village_kind,
)
from kimlib.regions._search import find

__all__ = [
    "Region",
    "RegionDataDamaged",
    "RegionKind",
    "Zone",
    "children",
    "exists",
    "find",
    "get",
    "is_code",
    "kecamatan_exists",
    "normalize_code",
    "province_codes",
    "provinces",
    "village_codes",
    "village_kind",
]
