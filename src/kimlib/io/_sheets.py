"""The workbook layout: four sheets joined by the KIM id, and their columns.

One table per sheet: each column's Indonesian header, its English alias,
the document field it fills and how its cells are read. The reader
(:mod:`kimlib.io._workbook`) and the writer (:mod:`kimlib.io._workbook_write`)
both follow it, so the template and the documentation cannot drift apart.
"""

from __future__ import annotations

import enum

import attrs

from kimlib.model import (
    ACKNOWLEDGERS,
    ActivityForm,
    Channel,
    DocumentKind,
    Gender,
    Indicator,
    Issuer,
    MemberGroup,
    Role,
    Stage,
)

__all__ = [
    "CHILD_SHEETS",
    "JOIN",
    "KIM_SHEET",
    "SHEETS",
    "Cell",
    "Column",
    "SheetLayout",
    "normal_header",
]


class Cell(enum.Enum):
    """How a column's cells are read."""

    TEXT = "text"
    CODE = "code"  # a region code: text, or a whole number
    NIK = "nik"  # 16 digits: text only (Excel rounds long numbers)
    DATE = "date"  # an Excel date or ISO text
    DATETIME = "datetime"  # an Excel date-time or ISO text
    YES_NO = "yes_no"  # ya / tidak, empty = unknown
    AFFILIATION = "affiliation"  # ya / tidak / a name, empty = unknown
    CHOICE = "choice"  # one value of a vocabulary
    CHOICES = "choices"  # values of a vocabulary, separated by commas
    COUNT = "count"  # a whole number >= 0
    NUMBER = "number"  # any number (a decimal comma is read too)


@attrs.frozen
class Column:
    """A column: headers (Indonesian, English), field, cell kind, allowed values."""

    header: str
    alias: str
    field: str
    cell: Cell
    choices: tuple[str, ...] = ()


@attrs.frozen
class SheetLayout:
    """A sheet: its name, English alias, document list field and columns."""

    name: str
    alias: str
    field: str | None  # None for the sheet of KIMs
    columns: tuple[Column, ...]

    def column(self, header: object) -> Column | None:
        """The column a header names (either language, any case), or None."""
        wanted = normal_header(header)
        return next(
            (c for c in self.columns if wanted in {c.header, c.alias}),
            None,
        )


def normal_header(value: object) -> str:
    """A header or sheet name folded: lower case, spaces and hyphens as ``_``."""
    text = "" if value is None else str(value)
    return "_".join(text.replace("-", " ").split()).casefold()


def _values(vocabulary: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in vocabulary)


#: The column of every other sheet that names its KIM (the ``id`` of sheet kim).
JOIN = Column("id_kim", "kim_id", "kim_id", Cell.TEXT)

KIM_SHEET = SheetLayout(
    "kim",
    "kims",
    None,
    (
        Column("id", "id", "id", Cell.TEXT),
        Column("nama", "name", "name", Cell.TEXT),
        Column("wilayah", "region", "region", Cell.CODE),
        Column("desa", "village", "village", Cell.CODE),
        Column("tanggal_berdiri", "founded_on", "founded_on", Cell.DATE),
        Column("jumlah_anggota", "member_count", "member_count", Cell.COUNT),
        Column("tanpa_dokumen", "no_documents", "no_documents", Cell.YES_NO),
    ),
)

_MEMBERS = SheetLayout(
    "anggota",
    "members",
    "members",
    (
        JOIN,
        Column("nama", "name", "name", Cell.TEXT),
        Column("nik", "nik", "nik", Cell.NIK),
        Column("jenis_kelamin", "gender", "gender", Cell.CHOICE, _values(Gender)),
        Column("peran", "role", "role", Cell.CHOICE, _values(Role)),
        Column("kelompok", "groups", "groups", Cell.CHOICES, _values(MemberGroup)),
        Column("tanggal_bergabung", "joined_on", "joined_on", Cell.DATE),
        Column("tanggal_keluar", "left_on", "left_on", Cell.DATE),
        Column("asn", "civil_servant", "civil_servant", Cell.YES_NO),
        Column("catatan_kriminal", "criminal_record", "criminal_record", Cell.YES_NO),
        Column(
            "afiliasi_partai",
            "party_affiliation",
            "party_affiliation",
            Cell.AFFILIATION,
        ),
        Column("afiliasi_lsm", "ngo_affiliation", "ngo_affiliation", Cell.AFFILIATION),
    ),
)

_DOCUMENTS = SheetLayout(
    "dokumen",
    "documents",
    "documents",
    (
        JOIN,
        Column("jenis", "kind", "kind", Cell.CHOICE, _values(DocumentKind)),
        Column("penerbit", "issuer", "issuer", Cell.CHOICE, _values(Issuer)),
        Column(
            "diketahui_oleh",
            "acknowledged_by",
            "acknowledged_by",
            Cell.CHOICE,
            tuple(i.value for i in Issuer if i in ACKNOWLEDGERS),
        ),
        Column("nomor", "number", "number", Cell.TEXT),
        Column("tanggal_terbit", "issued_on", "issued_on", Cell.DATE),
        Column("berlaku_sampai", "valid_until", "valid_until", Cell.DATE),
    ),
)

_ACTIVITIES = SheetLayout(
    "kegiatan",
    "activities",
    "activities",
    (
        JOIN,
        Column("tahap", "stage", "stage", Cell.CHOICE, _values(Stage)),
        Column("bentuk", "form", "form", Cell.CHOICE, _values(ActivityForm)),
        Column("waktu", "at", "at", Cell.DATETIME),
        Column("topik", "topic", "topic", Cell.TEXT),
        Column("peserta", "participants", "participants", Cell.COUNT),
        Column("saluran", "channels", "channels", Cell.CHOICES, _values(Channel)),
    ),
)

_MAPPING = SheetLayout(
    "pemetaan",
    "mapping",
    "mapping",
    (
        JOIN,
        Column("tanggal_penilaian", "assessed_on", "assessed_on", Cell.DATE),
        Column("minat", "interest", "interest", Cell.NUMBER),
        Column("pengaruh", "influence", "influence", Cell.NUMBER),
        Column("kekuatan", "power", "power", Cell.NUMBER),
        Column("skala", "scale", "scale", Cell.COUNT),
        Column("metode", "method", "method", Cell.TEXT),
        Column("sumber", "source", "source", Cell.TEXT),
    ),
)

_INDICATORS = SheetLayout(
    "indikator",
    "indicators",
    "indicators",
    (
        JOIN,
        Column("indikator", "indicator", "indicator", Cell.CHOICE, _values(Indicator)),
        Column("nilai", "value", "value", Cell.NUMBER),
        Column("tanggal_ukur", "measured_on", "measured_on", Cell.DATE),
        Column("metode", "method", "method", Cell.TEXT),
        Column("sumber", "source", "source", Cell.TEXT),
    ),
)

#: The sheets joined to sheet kim by ``id_kim``, in workbook order.
CHILD_SHEETS = (_MEMBERS, _DOCUMENTS, _ACTIVITIES, _MAPPING, _INDICATORS)

#: Every sheet, in workbook order.
SHEETS = (KIM_SHEET, *CHILD_SHEETS)
