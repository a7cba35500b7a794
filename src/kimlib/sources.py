"""Sources: the regulations and articles kimlib's rules rest on, and citations.

A :class:`Source` is one document: a regulation (Permen Kominfo), a public
article of a Dinas Kominfo (five news and office pages, ids ``seed_000`` to
``seed_004``, each known by its issuer, title and date: :meth:`Source.label`), or public
reports kimlib holds no text of (the KIM.id figures, :data:`KIM_ID_2025`). A
:class:`Citation` points into a source: the exact Indonesian sentence a rule or
parameter rests on, copied verbatim, the article of a regulation when known,
and, where the rule is kimlib's reading rather than the source's own words,
a ``reading`` that says so in Indonesian and English.

The articles are news and office pages, not the regulations' text; a test
checks that every quote is a verbatim part of its article.

More information:

* Permen Kominfo 08/PER/M.KOMINFO/6/2010, as cited by Diskominfo Kota Serang
* Permenkominfo No. 4 Tahun 2024, as cited by Diskominfosatik Banten

>>> from kimlib import sources
>>> sources.get("seed_004").date
datetime.date(2022, 3, 23)
>>> sources.MEMBERSHIP_3_30.quote
'beranggotakan 3 sampai 30 orang'
>>> print(sources.MEMBERSHIP_3_30.reading.get("en"))
kimlib reads the Central Kalimantan office's general definition as the national one ...
>>> sources.get("permen_99")
Traceback (most recent call last):
...
kimlib.errors.InvalidArgument: source_id='permen_99' names no source; ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Protocol

import attrs

from kimlib._enum import LabelledEnum, labels
from kimlib._validation import check_text
from kimlib.errors import InvalidArgument
from kimlib.messages import Text, format_date, shown

__all__ = [
    "ARTICLE_23",
    "BOARD_ACKNOWLEDGED",
    "BOARD_ACKNOWLEDGED_BANTEN",
    "BOARD_REQUIREMENTS",
    "BOARD_REQUIREMENTS_BANTEN",
    "CITATIONS",
    "DEFINITION_2010",
    "DISSEMINATION_2009",
    "FORMATION_DECREE",
    "FORMATION_DECREE_BANTEN",
    "FORMATION_DECREE_KAPUAS_HULU",
    "KIM_ID_2025",
    "KOTA_SERANG_KELURAHAN",
    "MEMBERSHIP_3_8",
    "MEMBERSHIP_3_30",
    "MEMBERSHIP_3_30_KALTENG",
    "NAME_2024",
    "PERMEN_04_2024",
    "PERMEN_08_2010",
    "PERMEN_17_2009",
    "REGISTRATION_NUMBER",
    "REGISTRATION_NUMBER_BANTEN",
    "SEED_000",
    "SEED_001",
    "SEED_002",
    "SEED_003",
    "SEED_004",
    "SOURCES",
    "Citation",
    "Cited",
    "Source",
    "SourceKind",
    "get",
]


@labels({"regulation": ("Peraturan", "Regulation"), "article": ("Artikel", "Article")})
class SourceKind(LabelledEnum):
    """What a source is: a regulation or a public article (news, office page)."""

    REGULATION = "regulation"
    ARTICLE = "article"


def _text(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    check_text(f"{type(instance).__name__}.{attribute.name}", value)


@attrs.frozen(kw_only=True)
class Source:
    """One source document.

    ``file`` is the file name of an article's stored text
    (``"001_7c6d617c5aa7f568.txt"``); ``date_note`` says how a date was found when the
    document does not state it in full.
    """

    id: str = attrs.field(validator=_text)
    title: str = attrs.field(validator=_text)
    issuer: str = attrs.field(validator=_text)
    kind: SourceKind
    date: dt.date | None = None
    url: str | None = None
    file: str | None = None
    date_note: Text | None = None
    notes: Text | None = None

    def label(self, lang: str = "en") -> str:
        """The source as a reader knows it: issuer, title and date.

        >>> print(SEED_001.label("id"))
        Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi Banten, \
“Rakor Pembinaan dan Pemberdayaan KIM”, 17 April 2025
        """
        text = f"{self.issuer}, \u201c{self.title}\u201d"
        if self.date is not None:
            text += f", {format_date(self.date, lang)}"
        return text


@attrs.frozen(kw_only=True)
class Citation:
    """A verbatim sentence of a source that a rule or parameter rests on.

    ``reading`` is set where the rule is kimlib's interpretation of the source
    (its national scope, an issuer the source does not name, a date).
    """

    source: Source
    quote: str = attrs.field(validator=_text)
    article: str | None = None
    note: Text | None = None
    reading: Text | None = None

    def label(self, lang: str = "en") -> str:
        """The source's label, then the quoted sentence.

        >>> print(MEMBERSHIP_3_30.label("en"))
        kaltengtoday.com (Diskominfosantik Provinsi Kalimantan Tengah), \
“Pernyataan Plt. Diskominfosantik Provinsi Kalimantan Tengah tentang KIM”, \
23 March 2022: “beranggotakan 3 sampai 30 orang”
        """
        return f"{self.source.label(lang)}: \u201c{self.quote}\u201d"


class _HasCitation(Protocol):
    @property
    def citation(self) -> Citation: ...


class Cited:
    """A mixin for values that rest on one :class:`Citation` (``citation``).

    It adds ``quote`` (the source's words, verbatim), ``source_label(lang)``
    (the source as a reader knows it) and ``seed`` (the source's id, for code)
    so every cited value of the analysis modules reads the same way.
    """

    __slots__ = ()

    @property
    def quote(self: _HasCitation) -> str:
        """The source's words, verbatim: ``citation.quote``."""
        return self.citation.quote

    @property
    def seed(self: _HasCitation) -> str:
        """The id of the source quoted, spaced (``"seed 001"``): for code.

        People read :meth:`source_label` instead.
        """
        return self.citation.source.id.replace("_", " ")

    def source_label(self: _HasCitation, lang: str = "en") -> str:
        """The source quoted as a reader knows it: issuer, title and date."""
        return self.citation.source.label(lang)


# --- the sources ----------------------------------------------------------------

PERMEN_08_2010 = Source(
    id="permen_kominfo_08_2010",
    title=(
        "Peraturan Menteri Komunikasi dan Informatika Nomor 08/PER/M.KOMINFO/6/2010"
        " tentang Pedoman Pengembangan dan Pemberdayaan Lembaga Komunikasi Sosial"
    ),
    issuer="Kementerian Komunikasi dan Informatika",
    kind=SourceKind.REGULATION,
    date=dt.date(2010, 6, 1),
    notes=Text(
        id="Dikenal dari kutipan di artikel Diskominfo Kota Serang; teks peraturan"
        " tidak disertakan.",
        en="Known from its citation in an article of Diskominfo Kota Serang; the"
        " regulation's text is not included.",
    ),
)

PERMEN_17_2009 = Source(
    id="permen_kominfo_17_2009",
    title="Peraturan Menteri Komunikasi dan Informatika Nomor 17/PER/KOMINFO/03/2009",
    issuer="Kementerian Komunikasi dan Informatika",
    kind=SourceKind.REGULATION,
    notes=Text(
        id="Tentang diseminasi informasi; dikenal dari kutipan di artikel MMC Kalteng.",
        en="On the dissemination of information; known from its citation in an"
        " article of MMC Kalteng.",
    ),
)

PERMEN_04_2024 = Source(
    id="permenkominfo_04_2024",
    title=(
        "Peraturan Menteri Komunikasi dan Informatika Nomor 4 Tahun 2024 tentang"
        " Penyelenggaraan Urusan Pemerintahan Konkuren Bidang Komunikasi dan"
        " Informatika"
    ),
    issuer="Kementerian Komunikasi dan Informatika",
    kind=SourceKind.REGULATION,
    date=dt.date(2024, 9, 5),
    date_note=Text(
        id="Tanggal pengundangan menurut basis data hukum publik.",
        en="The promulgation date according to public legal databases.",
    ),
)

SEED_000 = Source(
    id="seed_000",
    title="Pentingnya KIM dalam penyebarluasan informasi di Masyarakat",
    issuer="Dinas Komunikasi dan Informatika Kota Serang",
    kind=SourceKind.ARTICLE,
    file="000_6eeea9f17c90459e.txt",
)

SEED_001 = Source(
    id="seed_001",
    title="Rakor Pembinaan dan Pemberdayaan KIM",
    issuer="Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi Banten",
    kind=SourceKind.ARTICLE,
    date=dt.date(2025, 4, 17),
    file="001_7c6d617c5aa7f568.txt",
)

SEED_002 = Source(
    id="seed_002",
    title="Peran KIM Daerah Sebagai Mitra Kerja Diseminasi Informasi",
    issuer="DiskominfoSantik Provinsi Kalimantan Tengah (MMC Kalteng)",
    kind=SourceKind.ARTICLE,
    date=dt.date(2021, 9, 8),
    file="002_765ba1e76c3d550d.txt",
)

SEED_003 = Source(
    id="seed_003",
    title="Tentang KIM",
    issuer="Dinas Komunikasi Informatika Statistik Kabupaten Kapuas Hulu",
    kind=SourceKind.ARTICLE,
    file="003_b0f22cc12d6a5d1c.txt",
)

SEED_004 = Source(
    id="seed_004",
    title="Pernyataan Plt. Diskominfosantik Provinsi Kalimantan Tengah tentang KIM",
    issuer="kaltengtoday.com (Diskominfosantik Provinsi Kalimantan Tengah)",
    kind=SourceKind.ARTICLE,
    date=dt.date(2022, 3, 23),
    file="004_7ec71000253a5d70.txt",
    date_note=Text(
        id="Artikel hanya menulis \u201cRabu (23/3)\u201d; tahun 2022 disimpulkan"
        " karena 23 Maret 2022 jatuh pada hari Rabu.",
        en="The article only says \u201cRabu (23/3)\u201d (Wednesday 23/3); the year"
        " 2022 is inferred because 23 March 2022 was a Wednesday.",
    ),
)

#: The KIM.id platform's figures of November 2025, from public reports. No
#: article kimlib quotes has them and kimlib holds no text of the reports, so nothing
#: cites a sentence of this source: values resting on it name the source.
KIM_ID_2025 = Source(
    id="kim_id_2025_11",
    title="KIM.id platform registrations, November 2025 (public reports)",
    issuer="KIM.id platform (as publicly reported)",
    kind=SourceKind.ARTICLE,
    date_note=Text(
        id="Laporan publik menyebut November 2025; tanggal pastinya tidak diketahui.",
        en="Public reports give November 2025; the exact day is not known.",
    ),
    notes=Text(
        id="Dari laporan publik, bukan dari artikel yang dikutip; kimlib tidak"
        " menyimpan teks laporan itu, jadi tidak ada kalimat yang dikutip.",
        en="From public reports, not from a quoted article; kimlib holds no text of"
        " them, so no sentence is quoted.",
    ),
)

#: Every source, by id.
SOURCES: Mapping[str, Source] = MappingProxyType(
    {
        s.id: s
        for s in (
            PERMEN_08_2010,
            PERMEN_17_2009,
            PERMEN_04_2024,
            SEED_000,
            SEED_001,
            SEED_002,
            SEED_003,
            SEED_004,
            KIM_ID_2025,
        )
    }
)


def get(source_id: str) -> Source:
    """The source with id ``source_id``.

    Raises:
        InvalidArgument: no source has that id.
    """
    source = SOURCES.get(source_id) if isinstance(source_id, str) else None
    if source is None:
        known = ", ".join(sorted(SOURCES))
        raise InvalidArgument.of(
            "argument.choice", name="source_id", value=shown(source_id), allowed=known
        )
    return source


# --- the citations the rules rest on ---------------------------------------------

#: The KIM definition (Diskominfo Kota Serang citing Permen Kominfo 08/2010 of
#: 1 June 2010).
DEFINITION_2010 = Citation(
    source=SEED_000,
    quote=(
        "Berdasarakan Permen Kominfo RI No. 08/PER/M.KOMINFO/6/2010 Tentang Pedoman"
        " Pengembangan dan Pemberdayaan Lembaga Komunikasi Sosial, tanggal 1Juni 2010."
    ),
    note=Text(
        id="Definisi KIM berlaku sejak Permen Kominfo 08/PER/M.KOMINFO/6/2010.",
        en="The KIM definition applies from Permen Kominfo 08/PER/M.KOMINFO/6/2010.",
    ),
)

#: Dissemination media (MMC Kalteng citing Permen Kominfo 17/2009); no rule uses it.
DISSEMINATION_2009 = Citation(
    source=SEED_002,
    quote="Peraturan Menteri Komunikasi dan Informatika Nomor 17/PER/KOMINFO/03/2009",
)

#: Membership 3 to 30 (kaltengtoday.com), kimlib's national reading.
MEMBERSHIP_3_30 = Citation(
    source=SEED_004,
    quote="beranggotakan 3 sampai 30 orang",
    reading=Text(
        id="kimlib membaca definisi umum dari Diskominfosantik Kalteng (yang"
        " disampaikan setelah paparan pihak pusat) sebagai definisi nasional.",
        en="kimlib reads the Central Kalimantan office's general definition as the"
        " national one (it was given after the ministry's briefing).",
    ),
)

#: Membership ideally 3 to 8 (Diskominfo Kapuas Hulu, Kapuas Hulu).
MEMBERSHIP_3_8 = Citation(
    source=SEED_003,
    quote=(
        "idealnya dapat dibentuk dengan jumlah anggota minimal 3 (tiga) orang dan"
        " maksimal 8 (delapan) orang"
    ),
    reading=Text(
        id="\u201cidealnya\u201d: batas 8 ditafsirkan sebagai anjuran; minimal 3 tetap"
        " wajib (definisi nasional).",
        en="\u201cidealnya\u201d (ideally): the bound of 8 is read as a"
        " recommendation; the minimum of 3 stays required (the national definition).",
    ),
)

_NATIONAL_SCOPE = Text(
    id="Syarat ini disampaikan pada rakor Provinsi Banten; kimlib menafsirkannya"
    " berlaku nasional sejak Permenkominfo 4/2024 (5 September 2024).",
    en="These requirements were presented at the Banten meeting; kimlib reads them"
    " as national, in force from Permenkominfo 4/2024 (5 September 2024).",
)

#: The board (pengurus) requirements of Diskominfosatik Banten.
BOARD_REQUIREMENTS = Citation(
    source=SEED_001,
    quote=(
        "pengurus KIM bukan ASN, pengurus KIM tidak terlibat tindakan kriminal, tidak"
        " terafiliasi dengan partai politik tertentu, tidak berafiliasi dengan LSM"
    ),
    reading=_NATIONAL_SCOPE,
)

#: The formation decree (Diskominfosatik Banten).
FORMATION_DECREE = Citation(
    source=SEED_001,
    quote="surat keputusan dari Kepala Desa",
    reading=Text(
        id="Untuk kelurahan, kepala wilayahnya (lurah) ditafsirkan sebagai penerbit;"
        " bila jenis desa/kelurahan tidak diketahui, keduanya diterima."
        " Berlaku nasional sejak 5 September 2024 (tafsiran kimlib).",
        en="For a kelurahan its head, the lurah, is read as the issuer; when the"
        " village kind is unknown either passes. National from 5 September 2024"
        " (kimlib's reading).",
    ),
)

#: The community registration number (Diskominfosatik Banten).
REGISTRATION_NUMBER = Citation(
    source=SEED_001,
    quote="Nomor induk komunitas yang dikeluarkan oleh Dinas Kab/Kota",
    reading=_NATIONAL_SCOPE,
)

#: The acknowledged board composition (Diskominfosatik Banten).
BOARD_ACKNOWLEDGED = Citation(
    source=SEED_001,
    quote="susunan pengurus yang diketahui oleh kepala desa/lurah/sebutan lainnya",
    reading=_NATIONAL_SCOPE,
)

#: Article 23 of Permenkominfo 4/2024 as Diskominfosatik Banten reports it.
ARTICLE_23 = Citation(
    source=SEED_001,
    quote="pada pasal 23 menyebutkan bahwa Dinas melaksanakan kemitraan komunikasi"
    " dengan KIM",
    article="Permenkominfo No. 4 Tahun 2024, pasal 23",
    reading=Text(
        id="Tanggal berlaku syarat kemitraan (5 September 2024, tanggal pengundangan)"
        " adalah tafsiran kimlib.",
        en="The partnership requirements' in-force date (5 September 2024, the"
        " promulgation date) is kimlib's reading.",
    ),
)

#: The name Komunitas Informasi Masyarakat (Diskominfosatik Banten, from 2024).
NAME_2024 = Citation(
    source=SEED_001,
    quote="Komunitas Informasi Masyarakat (KIM)",
    reading=Text(
        id="Nama berganti dari Kelompok ke Komunitas Informasi Masyarakat; kimlib"
        " memakai 5 September 2024 sebagai tanggal perubahan.",
        en="The name changes from Kelompok to Komunitas Informasi Masyarakat; kimlib"
        " takes 5 September 2024 as the date of the change.",
    ),
)

#: Kapuas Hulu: decree of the village head and/or the camat / the regency office.
FORMATION_DECREE_KAPUAS_HULU = Citation(
    source=SEED_003,
    quote=(
        "disahkan melalui keputusan Kepala desa dan/atau Keputusan Camat /"
        " Diskominfo Statistik Kabupaten Kapuas Hulu"
    ),
)

#: Kota Serang: every village is a kelurahan (Diskominfo Kota Serang).
KOTA_SERANG_KELURAHAN = Citation(
    source=SEED_000,
    quote="Kota Serang terdiri dari 6 kecamatan dan 67 kelurahan.",
)

# Regional statements quoted without kimlib's national reading: in their own
# region the sentence is the source's own word.

#: Membership 3 to 30 (kaltengtoday.com), for Central Kalimantan itself.
MEMBERSHIP_3_30_KALTENG = Citation(
    source=SEED_004, quote="beranggotakan 3 sampai 30 orang"
)

#: The board requirements (Diskominfosatik Banten), for Banten itself.
BOARD_REQUIREMENTS_BANTEN = Citation(
    source=SEED_001, quote=BOARD_REQUIREMENTS.quote, reading=ARTICLE_23.reading
)

#: The formation decree (Diskominfosatik Banten), for Banten itself.
FORMATION_DECREE_BANTEN = Citation(
    source=SEED_001,
    quote=FORMATION_DECREE.quote,
    reading=Text(
        id="Untuk kelurahan, lurah ditafsirkan sebagai penerbit (tafsiran kimlib).",
        en="For a kelurahan the lurah is read as the issuer (kimlib's reading).",
    ),
)

#: The registration number (Diskominfosatik Banten), for Banten itself.
REGISTRATION_NUMBER_BANTEN = Citation(
    source=SEED_001, quote=REGISTRATION_NUMBER.quote, reading=ARTICLE_23.reading
)

#: The acknowledged board composition (Diskominfosatik Banten), for Banten itself.
BOARD_ACKNOWLEDGED_BANTEN = Citation(
    source=SEED_001, quote=BOARD_ACKNOWLEDGED.quote, reading=ARTICLE_23.reading
)

#: Every citation above, by name (the test of verbatim quotes reads it).
CITATIONS: Mapping[str, Citation] = MappingProxyType(
    {
        name: value
        for name, value in sorted(globals().items())
        if isinstance(value, Citation)
    }
)
