"""The closed vocabularies of regions: their kinds and time zones."""

from __future__ import annotations

from kimlib._enum import LabelledEnum, labels

__all__ = ["RegionKind", "Zone"]


@labels(
    {
        "provinsi": ("Provinsi", "Province"),
        "kabupaten": ("Kabupaten", "Regency"),
        "kota": ("Kota", "City"),
        "kecamatan": ("Kecamatan", "District"),
        "desa": ("Desa", "Village"),
        "kelurahan": ("Kelurahan", "Urban village"),
    }
)
class RegionKind(LabelledEnum):
    """What a region is: province, regency or city, district, desa or kelurahan.

    A desa (village) is governed by a kepala desa (or its local title), a
    kelurahan (urban village) by a lurah. The 14 *desa adat* of Kabupaten
    Jayapura are desa here; their code's fourth segment starts with 3.

    >>> RegionKind.KOTA.label("id"), RegionKind.KOTA.label("en"), RegionKind.KOTA.level
    ('Kota', 'City', 2)
    """

    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"
    KECAMATAN = "kecamatan"
    DESA = "desa"
    KELURAHAN = "kelurahan"

    @property
    def level(self) -> int:
        """The level of the code: 1 province, 2 regency/city, 3 district, 4 village."""
        return _LEVELS[self.value]


_LEVELS = {
    "provinsi": 1,
    "kabupaten": 2,
    "kota": 2,
    "kecamatan": 3,
    "desa": 4,
    "kelurahan": 4,
}


@labels(
    {
        "wib": ("Waktu Indonesia Barat", "Western Indonesia Time"),
        "wita": ("Waktu Indonesia Tengah", "Central Indonesia Time"),
        "wit": ("Waktu Indonesia Timur", "Eastern Indonesia Time"),
    }
)
class Zone(LabelledEnum):
    """Indonesia's three time zones (Keppres No. 41 Tahun 1987, from 1 January 1988).

    The value is lower case like every JSON value of kimlib; the member's
    name is the usual abbreviation, which :attr:`Region.zone` returns, so
    ``Zone[region.zone]`` gives the member back.

    >>> Zone.WITA.abbreviation, Zone.WITA.utc_offset, Zone["WIT"].label("en")
    ('WITA', 8, 'Eastern Indonesia Time')
    >>> Zone.for_timezone("Asia/Pontianak")
    <Zone.WIB: 'wib'>
    """

    WIB = "wib"
    WITA = "wita"
    WIT = "wit"

    @property
    def abbreviation(self) -> str:
        """``"WIB"``, ``"WITA"`` or ``"WIT"``."""
        return self.name

    @property
    def utc_offset(self) -> int:
        """Hours ahead of UTC: 7, 8 or 9."""
        return _OFFSETS[self.value]

    @classmethod
    def for_timezone(cls, name: str) -> Zone:
        """The zone of an IANA time zone used by the region data.

        Raises:
            KeyError: ``name`` is not one of the four IANA zones of Indonesia.
        """
        return cls(_IANA[name])


_OFFSETS = {"wib": 7, "wita": 8, "wit": 9}

# IANA zone -> Zone. tzdb's zone1970.tab gives Asia/Pontianak to west and
# central Borneo (Kalbar, Kalteng); it has been +07:00 like Jakarta since 1988.
_IANA = {
    "Asia/Jakarta": "wib",
    "Asia/Pontianak": "wib",
    "Asia/Makassar": "wita",
    "Asia/Jayapura": "wit",
}
