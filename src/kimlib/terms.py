"""The sources' terms: what a KIM is for, quoted and translated.

Not to be confused with the closed vocabularies of the KIM document (``Role``,
``Issuer``, ``ActivityForm`` ...), which live in :mod:`kimlib.model`.

Each value carries a :class:`kimlib.sources.Citation` (``citation``): the
source's words verbatim (``quote``, typing errors included, so it can be found
in the article) and the article they come from (``source_label(lang)``: its
issuer, title and date; ``seed`` is the source's id for code); and a clean
Indonesian text with its English translation (``text``). Where a practice
matches a value of the KIM document vocabulary, it names that value
(:class:`~kimlib.model.ActivityForm`, :class:`~kimlib.model.Channel`,
:class:`~kimlib.model.MediaGroup`, :class:`~kimlib.model.Stage`,
:class:`~kimlib.model.Issuer`).

- :data:`FUNCTIONS`: the four KIM functions (Diskominfo Kota Serang);
- :data:`VISION` and :data:`MISSIONS`: the KIM vision and its five missions
  (Diskominfo Kota Serang);
- :data:`PURPOSES`: what a KIM is formed for (MMC Kalteng);
- :data:`TECHNIQUES`: the empowerment techniques (kaltengtoday.com);
- :data:`CAPACITY_BUILDING`: the Dinas's capacity-building forms
  (Diskominfosatik Banten);
- :class:`GuidanceRole`: who guides KIMs (MMC Kalteng);
- :data:`MEDIA_GROUPS`: the dissemination media groups (MMC Kalteng);
- :data:`ADINDA`: the ADINDA acronym spelled out (Diskominfo Kota Serang).

>>> FUNCTIONS[0].text.get("en")
'A vehicle for information'
>>> FUNCTIONS[0].citation.source.id, FUNCTIONS[0].quote
('seed_000', 'sebagai wahana informasi')
>>> [t.forms for t in TECHNIQUES if t.key == "advokasi"]
[(<ActivityForm.ADVOKASI: 'advokasi'>,)]
>>> "".join(word.letter for word in ADINDA)
'ADINDA'
"""

from __future__ import annotations

import attrs

from kimlib import sources
from kimlib._enum import LabelledEnum, labels
from kimlib.messages import CATALOGUE, Text
from kimlib.model import ActivityForm, Channel, Issuer, MediaGroup, Stage
from kimlib.sources import Citation, Cited, Source

__all__ = [
    "ADINDA",
    "ADINDA_TERM",
    "CAPACITY_BUILDING",
    "FUNCTIONS",
    "MEDIA_GROUPS",
    "MISSIONS",
    "PURPOSES",
    "TECHNIQUES",
    "VISION",
    "AdindaWord",
    "GuidanceRole",
    "MediaGroupTerm",
    "Practice",
    "Term",
]


@attrs.frozen(kw_only=True)
class Term(Cited):
    """A statement of a source, quoted verbatim and translated.

    ``message`` is the key of its text in :data:`kimlib.messages.CATALOGUE`;
    ``citation`` is the source's sentence it rests on.
    """

    key: str
    message: str
    citation: Citation

    @property
    def text(self) -> Text:
        """The statement in Indonesian and English."""
        return CATALOGUE[self.message]


@attrs.frozen(kw_only=True)
class Practice(Term):
    """A practice a source names, with the activity forms it corresponds to."""

    forms: tuple[ActivityForm, ...]


@attrs.frozen(kw_only=True)
class MediaGroupTerm(Term):
    """A dissemination media group and the channels the source lists in it."""

    group: MediaGroup
    channels: tuple[Channel, ...]


def _terms(kind: str, source: Source, table: dict[str, str]) -> tuple[Term, ...]:
    return tuple(
        Term(
            key=key,
            message=f"vocabulary.{kind}.{key}",
            citation=Citation(source=source, quote=quote),
        )
        for key, quote in table.items()
    )


def _practices(
    kind: str, source: Source, table: dict[str, tuple[str, tuple[ActivityForm, ...]]]
) -> tuple[Practice, ...]:
    return tuple(
        Practice(
            key=key,
            message=f"vocabulary.{kind}.{key}",
            citation=Citation(source=source, quote=quote),
            forms=forms,
        )
        for key, (quote, forms) in table.items()
    )


# Diskominfo Kota Serang: "Adapun fungsi KIM, antara lain sebagai wahana
# informasi, sebagai mitra dialog ... dan sebagailembaga yang memiliki nilai ekonomi."
# Quotes keep the article's typing errors ("komu8nikasi", "sebagailembaga").
#: The four KIM functions (Diskominfo Kota Serang).
FUNCTIONS: tuple[Term, ...] = _terms(
    "function",
    sources.SEED_000,
    {
        "wahana_informasi": "sebagai wahana informasi",
        "mitra_dialog": "sebagai mitra dialog dengan Pemerintah Provinsi maupun"
        " Kota dalam merumuskan kebijakan public",
        "peningkatan_literasi": "sebagai peningkatan literasi masyarakat di"
        " bidang informasi dan media massa serta teknologi informasi dan"
        " komu8nikasi di kalangan anggota KIM dan masyarakat",
        "nilai_ekonomi": "sebagailembaga yang memiliki nilai ekonomi",
    },
)

#: The KIM vision (Diskominfo Kota Serang).
VISION = Term(
    key="vision",
    message="vocabulary.vision",
    citation=Citation(
        source=sources.SEED_000,
        quote="Terwujudnya KIM yang inovatif dalam meningkatkan nilai tambah bagi"
        " masyarakat melalui pendayagunaan informasi dan komunikasi dalam rangka"
        " mencapai masyarakat informasi yang sejahtera",
    ),
)

# Diskominfo Kota Serang: "Untuk mewujudkan Visi tersebut, KIM mendorong ... serta
# meningkatkan aktifitas KIM dalam menyerap dan menyalurkan aspirasi
# masyarakat."
#: The five missions that serve the vision (Diskominfo Kota Serang).
MISSIONS: tuple[Term, ...] = _terms(
    "mission",
    sources.SEED_000,
    {
        "tumbuh_mandiri": "mendorong tumbuh dan berkembangnya KIM secara mandiri"
        " sebagai wahana informasi dalam masyarakat",
        "arus_informasi": "meningkatkan peranan KIM dalam meperlancar arus"
        " informasi antar Pemerintah dengan masyarakat dan antar golongan"
        " masyarakat",
        "literasi_informasi": "meningkatkan kemampuan anggota KIM dalam"
        " masyarakat dalam mengakses dan mengelola informasi dalam rangka"
        " meningkatkan literasi informasi dan mengatasi kesenjangan informasi",
        "nilai_tambah": "mengembangkan aktifitas KIM dalam mendayagunaan"
        " informasi guna meningkatkan nilai tambah masyarakat",
        "aspirasi": "meningkatkan aktifitas KIM dalam menyerap dan menyalurkan"
        " aspirasi masyarakat",
    },
)

# MMC Kalteng: "KIM dibentuk untuk menemukan masalah bersama ... mengembangkan
# jaringan informasi buat memecahkan masalah dan memenuhi kebutuhan."
#: What a KIM is formed for (MMC Kalteng).
PURPOSES: tuple[Term, ...] = _terms(
    "purpose",
    sources.SEED_002,
    {
        "menemukan_masalah": "menemukan masalah bersama melalui diskusi dengan"
        " anggota kelompok",
        "mengenali_pemecahan": "mengenali cara pemecahan masalah",
        "keputusan_bersama": "membuat keputusan bersama",
        "melaksanakan_keputusan": "melaksanakan keputusan dengan kerjasama",
        "jaringan_informasi": "mengembangkan jaringan informasi buat memecahkan"
        " masalah dan memenuhi kebutuhan",
    },
)

_F = ActivityForm

# kaltengtoday.com: "teknik-teknik pemberdayaan masyarakat informative yang dapat
# dilakukan mulai dari diseminasi informasi diantaranya Workshop, temu wicara,
# sarasehan, lokakarya, Anjangsana, Diskusi, Dialog dan Widyawisata. Selain
# itu, Pendidikan dan latihan, Advokasi (litigasi, paralegal), Mediasi serta
# Konsultasi atau Konseling."
#: The empowerment techniques (kaltengtoday.com), each with its activity form.
TECHNIQUES: tuple[Practice, ...] = _practices(
    "technique",
    sources.SEED_004,
    {
        "workshop": ("Workshop", (_F.WORKSHOP,)),
        "temu_wicara": ("temu wicara", (_F.TEMU_WICARA,)),
        "sarasehan": ("sarasehan", (_F.SARASEHAN,)),
        "lokakarya": ("lokakarya", (_F.LOKAKARYA,)),
        "anjangsana": ("Anjangsana", (_F.ANJANGSANA,)),
        "diskusi": ("Diskusi", (_F.DISKUSI,)),
        "dialog": ("Dialog", (_F.DIALOG,)),
        "widyawisata": ("Widyawisata", (_F.WIDYAWISATA,)),
        "pendidikan_pelatihan": (
            "Pendidikan dan latihan",
            (_F.PENDIDIKAN_PELATIHAN,),
        ),
        "advokasi": ("Advokasi (litigasi, paralegal)", (_F.ADVOKASI,)),
        "mediasi": ("Mediasi", (_F.MEDIASI,)),
        "konsultasi": ("Konsultasi atau Konseling", (_F.KONSULTASI,)),
    },
)

# Diskominfosatik Banten: "bentuk-bentuk kegiatan peningkatan kapasitas KIM antara lain
# bimbingan teknis, workshop/lokalkarya, sarasehan, forum diskusi, pemanfaatan
# media sosial, media pengiriman pesan instant, komunikasi tatap muka."
#: The Dinas's capacity-building forms for KIMs (Diskominfosatik Banten).
CAPACITY_BUILDING: tuple[Practice, ...] = _practices(
    "capacity",
    sources.SEED_001,
    {
        "bimbingan_teknis": ("bimbingan teknis", (_F.BIMBINGAN_TEKNIS,)),
        "workshop_lokakarya": ("workshop/lokalkarya", (_F.WORKSHOP, _F.LOKAKARYA)),
        "sarasehan": ("sarasehan", (_F.SARASEHAN,)),
        "forum_diskusi": ("forum diskusi", (_F.FORUM_DISKUSI,)),
        "media_sosial": ("pemanfaatan media sosial", (_F.MEDIA_SOSIAL,)),
        "pesan_instan": ("media pengiriman pesan instant", (_F.PESAN_INSTAN,)),
        "tatap_muka": ("komunikasi tatap muka", (_F.TATAP_MUKA,)),
    },
)


@labels(
    {
        "kementerian": ("Kementerian", "Ministry"),
        "dinas": ("Dinas (provinsi, kabupaten/kota)", "Regional office"),
        "unit_pelaksana_teknis": ("Unit pelaksana teknis", "Technical unit"),
    }
)
class GuidanceRole(Cited, LabelledEnum):
    """Who guides (membina) KIMs, according to MMC Kalteng.

    The central government guides through the ministry (Kementerian Kominfo,
    chiefly the Ditjen IKP), regional governments through their Dinas for
    communication and informatics, and regional technical units may give
    technical guidance (bimbingan teknis).
    """

    KEMENTERIAN = "kementerian"
    DINAS = "dinas"
    UNIT_PELAKSANA_TEKNIS = "unit_pelaksana_teknis"

    @property
    def citation(self) -> Citation:
        """The source's words for this role (MMC Kalteng, verbatim)."""
        return _GUIDANCE_CITATIONS[self]

    @property
    def description(self) -> Text:
        """What the role does, in Indonesian and English."""
        return CATALOGUE[f"vocabulary.guidance.{self.value}"]

    @property
    def issuers(self) -> tuple[Issuer, ...]:
        """The document issuers (:class:`~kimlib.model.Issuer`) of this role."""
        return _GUIDANCE_ISSUERS[self]


# MMC Kalteng: "Di Pemerintah Pusat yang memiliki tugas untuk melakukan pembinaan
# adalah Kementerian Kominfo terutama Direktorat Jenderal Informasi Komunikasi
# Publik. Sedangkan untuk Pemerintah Daerah tugas tersebut dilaksanakan oleh
# Dinas yang menangani Bidang komunikasi dan Informatika. Meski demikian Uunit
# pelaksanaan teknis di daerah juga dapat memberikan pembinaankepada KIM
# terutama untuk memberikan bimbingan teknis terkait dengan Bidang Dinas
# tersebut."
_GUIDANCE_CITATIONS: dict[GuidanceRole, Citation] = {
    role: Citation(source=sources.SEED_002, quote=quote)
    for role, quote in (
        (
            GuidanceRole.KEMENTERIAN,
            (
                "Kementerian Kominfo terutama Direktorat Jenderal Informasi Komunikasi"
                " Publik"
            ),
        ),
        (
            GuidanceRole.DINAS,
            "Dinas yang menangani Bidang komunikasi dan Informatika",
        ),
        (
            GuidanceRole.UNIT_PELAKSANA_TEKNIS,
            (
                "Uunit pelaksanaan teknis di daerah juga dapat memberikan"
                " pembinaankepada KIM terutama untuk memberikan bimbingan teknis"
            ),
        ),
    )
}

# kimlib's link to the document vocabulary: a regional Dinas is provincial or
# regency/city; a technical unit issues no KIM document.
_GUIDANCE_ISSUERS: dict[GuidanceRole, tuple[Issuer, ...]] = {
    GuidanceRole.KEMENTERIAN: (Issuer.KEMENTERIAN,),
    GuidanceRole.DINAS: (Issuer.DINAS_PROVINSI, Issuer.DINAS_KABUPATEN_KOTA),
    GuidanceRole.UNIT_PELAKSANA_TEKNIS: (),
}

_C = Channel

# MMC Kalteng: "wahana diseminasi informasi ... meliputi media massa seperti surat
# kabar, majalah, tabloid, radio dan televisi ... Media digital seperti media
# online dan media sosial ... media tradisional seperti kesenian rakyat, pentas
# budaya, pertunjukan rakyat dan sebagainya."
#: The dissemination media groups (MMC Kalteng) with the channels it names.
MEDIA_GROUPS: tuple[MediaGroupTerm, ...] = tuple(
    MediaGroupTerm(
        key=group.value,
        message=f"vocabulary.media.{group.value}",
        citation=Citation(source=sources.SEED_002, quote=quote),
        group=group,
        channels=channels,
    )
    for group, quote, channels in (
        (
            MediaGroup.MEDIA_MASSA,
            "media massa seperti surat kabar, majalah, tabloid, radio dan televisi",
            (_C.SURAT_KABAR, _C.MAJALAH, _C.TABLOID, _C.RADIO, _C.TELEVISI),
        ),
        (
            MediaGroup.MEDIA_DIGITAL,
            "Media digital seperti media online dan media sosial",
            (_C.MEDIA_ONLINE, _C.MEDIA_SOSIAL),
        ),
        (
            MediaGroup.MEDIA_TRADISIONAL,
            (
                "media tradisional seperti kesenian rakyat, pentas budaya,"
                " pertunjukan rakyat"
            ),
            (_C.KESENIAN_RAKYAT, _C.PENTAS_BUDAYA, _C.PERTUNJUKAN_RAKYAT),
        ),
    )
)


@attrs.frozen(kw_only=True)
class AdindaWord:
    """One letter of ADINDA, the word it stands for and its stage."""

    letter: str
    word: str
    stage: Stage


# Diskominfo Kota Serang: "ADINDA ini merupakan singkatan dari Akses informasi, Diskusi,
# ImplementasI, Networking, Diseminasi, Aspirasi".
#: The ADINDA acronym as Diskominfo Kota Serang spells it out.
ADINDA_TERM = Term(
    key="adinda",
    message="vocabulary.adinda",
    citation=Citation(
        source=sources.SEED_000,
        quote="Akses informasi, Diskusi, ImplementasI, Networking, Diseminasi,"
        " Aspirasi",
    ),
)

#: ADINDA letter by letter: each word of :data:`ADINDA_TERM` and its stage.
ADINDA: tuple[AdindaWord, ...] = tuple(
    AdindaWord(letter=letter, word=word, stage=stage)
    for letter, word, stage in zip(
        "ADINDA", ADINDA_TERM.quote.split(", "), Stage, strict=True
    )
)
