"""The closed vocabularies of a KIM document, each value with id/en labels.

Values are the document's JSON values (lower-case snake case Indonesian);
members are named after them in upper case (``Role.KETUA == "ketua"``).

>>> Role.KETUA == "ketua", Role.KETUA.label("en"), Role.KETUA.is_board
(True, 'Chair', True)
>>> Channel.RADIO.media_group
<MediaGroup.MEDIA_MASSA: 'media_massa'>
>>> ActivityForm.FORUM_DISKUSI.default_stage
<Stage.DISKUSI: 'diskusi'>
"""

from __future__ import annotations

from kimlib._enum import LabelledEnum, labels

__all__ = [
    "DEFAULT_STAGE",
    "ActivityForm",
    "Channel",
    "DocumentKind",
    "Gender",
    "Issuer",
    "MediaGroup",
    "MemberGroup",
    "Role",
    "Stage",
]


@labels(
    {
        "ketua": ("Ketua", "Chair"),
        "wakil_ketua": ("Wakil Ketua", "Vice-chair"),
        "sekretaris": ("Sekretaris", "Secretary"),
        "bendahara": ("Bendahara", "Treasurer"),
        "koordinator": ("Koordinator", "Coordinator"),
        "anggota": ("Anggota", "Member"),
    }
)
class Role(LabelledEnum):
    """A member's role; the board (pengurus) is every role but ``anggota``."""

    KETUA = "ketua"
    WAKIL_KETUA = "wakil_ketua"
    SEKRETARIS = "sekretaris"
    BENDAHARA = "bendahara"
    KOORDINATOR = "koordinator"
    ANGGOTA = "anggota"

    @property
    def is_board(self) -> bool:
        """Whether the role belongs to the board (pengurus)."""
        return self is not Role.ANGGOTA


@labels({"laki_laki": ("Laki-laki", "Male"), "perempuan": ("Perempuan", "Female")})
class Gender(LabelledEnum):
    """Gender as recorded on the KTP (and encoded in the NIK)."""

    LAKI_LAKI = "laki_laki"
    PEREMPUAN = "perempuan"


# Seed 004 ("dapat terdiri dari remaja, orang tua, pria, wanita, pelajar,
# mahasiswa, pedagang, petani, nelayan dan lain-lain") and the participant
# groups of seed 000 ("unsur pemuda, petani, nelayan, PGRI, Kader KB, PKK, insan
# pers, orsos, UMKM, pedagang, wirausaha, mahasiswa, dan forum guru PAUD").
# "pria, wanita" are genders, recorded in Member.gender, not groups.
@labels(
    {
        "pemuda": ("Pemuda", "Youth"),
        "remaja": ("Remaja", "Teenagers"),
        "orang_tua": ("Orang tua", "Elders"),
        "pelajar": ("Pelajar", "Pupils"),
        "mahasiswa": ("Mahasiswa", "University students"),
        "pedagang": ("Pedagang", "Traders"),
        "petani": ("Petani", "Farmers"),
        "nelayan": ("Nelayan", "Fishers"),
        "pgri": ("PGRI (Persatuan Guru Republik Indonesia)", "Teachers' union (PGRI)"),
        "kader_kb": ("Kader KB", "Family-planning cadres"),
        "pkk": ("PKK (Pemberdayaan Kesejahteraan Keluarga)", "Family welfare (PKK)"),
        "insan_pers": ("Insan pers", "Press"),
        "orsos": ("Organisasi sosial", "Social organisations"),
        "umkm": ("UMKM", "Micro, small and medium enterprises"),
        "wirausaha": ("Wirausaha", "Entrepreneurs"),
        "guru_paud": ("Guru PAUD", "Early-childhood teachers"),
        "lainnya": ("Lainnya", "Other"),
    }
)
class MemberGroup(LabelledEnum):
    """A community group a member comes from (seeds 000 and 004)."""

    PEMUDA = "pemuda"
    REMAJA = "remaja"
    ORANG_TUA = "orang_tua"
    PELAJAR = "pelajar"
    MAHASISWA = "mahasiswa"
    PEDAGANG = "pedagang"
    PETANI = "petani"
    NELAYAN = "nelayan"
    PGRI = "pgri"
    KADER_KB = "kader_kb"
    PKK = "pkk"
    INSAN_PERS = "insan_pers"
    ORSOS = "orsos"
    UMKM = "umkm"
    WIRAUSAHA = "wirausaha"
    GURU_PAUD = "guru_paud"
    LAINNYA = "lainnya"


@labels(
    {
        "sk_pembentukan": ("SK pembentukan", "Formation decree"),
        "nomor_induk": ("Nomor induk komunitas", "Community registration number"),
        "susunan_pengurus": ("Susunan pengurus", "Board composition"),
        "ad_art": ("AD/ART", "Statutes and by-laws"),
        "lainnya": ("Dokumen lain", "Other document"),
    }
)
class DocumentKind(LabelledEnum):
    """The kind of a KIM's document (legality requirements of seed 001)."""

    SK_PEMBENTUKAN = "sk_pembentukan"
    NOMOR_INDUK = "nomor_induk"
    SUSUNAN_PENGURUS = "susunan_pengurus"
    AD_ART = "ad_art"
    LAINNYA = "lainnya"


@labels(
    {
        "kepala_desa": ("Kepala desa (atau sebutan lainnya)", "Village head"),
        "lurah": ("Lurah", "Head of kelurahan (lurah)"),
        "camat": ("Camat", "District head (camat)"),
        "dinas_kabupaten_kota": (
            "Dinas Kominfo kabupaten/kota",
            "Regency/city communication office",
        ),
        "dinas_provinsi": ("Dinas Kominfo provinsi", "Provincial communication office"),
        "kementerian": ("Kementerian Kominfo/Komdigi", "Ministry of Communication"),
    }
)
class Issuer(LabelledEnum):
    """Who issued or acknowledged a document.

    ``kepala_desa`` also stands for the village head's local titles
    ("sebutan lainnya": wali nagari, kepala kampung, geuchik ...).
    """

    KEPALA_DESA = "kepala_desa"
    LURAH = "lurah"
    CAMAT = "camat"
    DINAS_KABUPATEN_KOTA = "dinas_kabupaten_kota"
    DINAS_PROVINSI = "dinas_provinsi"
    KEMENTERIAN = "kementerian"


@labels(
    {
        "akses": ("Akses informasi", "Access to information"),
        "diskusi": ("Diskusi", "Discussion"),
        "implementasi": ("Implementasi", "Implementation"),
        "networking": ("Networking (jaringan)", "Networking"),
        "diseminasi": ("Diseminasi", "Dissemination"),
        "aspirasi": ("Aspirasi", "Aspirations"),
    }
)
class Stage(LabelledEnum):
    """A stage of the ADINDA cycle (seeds 000, 001, 003), in cycle order."""

    AKSES = "akses"
    DISKUSI = "diskusi"
    IMPLEMENTASI = "implementasi"
    NETWORKING = "networking"
    DISEMINASI = "diseminasi"
    ASPIRASI = "aspirasi"


@labels(
    {
        "media_massa": ("Media massa", "Mass media"),
        "media_digital": ("Media digital", "Digital media"),
        "media_tradisional": ("Media tradisional", "Traditional media"),
        "tatap_muka": ("Tatap muka", "Face to face"),
        "lainnya": ("Lainnya", "Other"),
    }
)
class MediaGroup(LabelledEnum):
    """The dissemination media groups of Permen Kominfo 17/2009 (seed 002).

    Seed 002 names three groups (mass, digital, traditional media); kimlib
    adds face-to-face and other for channels outside them.
    """

    MEDIA_MASSA = "media_massa"
    MEDIA_DIGITAL = "media_digital"
    MEDIA_TRADISIONAL = "media_tradisional"
    TATAP_MUKA = "tatap_muka"
    LAINNYA = "lainnya"


@labels(
    {
        "tatap_muka": ("Tatap muka", "Face to face"),
        "surat_kabar": ("Surat kabar", "Newspaper"),
        "majalah": ("Majalah", "Magazine"),
        "tabloid": ("Tabloid", "Tabloid"),
        "radio": ("Radio", "Radio"),
        "televisi": ("Televisi", "Television"),
        "media_online": ("Media online", "Online media"),
        "media_sosial": ("Media sosial", "Social media"),
        "pesan_instan": ("Pesan instan", "Instant messaging"),
        "situs_web": ("Situs web", "Website"),
        "kesenian_rakyat": ("Kesenian rakyat", "Folk art"),
        "pentas_budaya": ("Pentas budaya", "Cultural performance"),
        "pertunjukan_rakyat": ("Pertunjukan rakyat", "Folk show"),
        "lainnya": ("Lainnya", "Other"),
    }
)
class Channel(LabelledEnum):
    """The medium an activity used (seed 002's dissemination media)."""

    TATAP_MUKA = "tatap_muka"
    SURAT_KABAR = "surat_kabar"
    MAJALAH = "majalah"
    TABLOID = "tabloid"
    RADIO = "radio"
    TELEVISI = "televisi"
    MEDIA_ONLINE = "media_online"
    MEDIA_SOSIAL = "media_sosial"
    PESAN_INSTAN = "pesan_instan"
    SITUS_WEB = "situs_web"
    KESENIAN_RAKYAT = "kesenian_rakyat"
    PENTAS_BUDAYA = "pentas_budaya"
    PERTUNJUKAN_RAKYAT = "pertunjukan_rakyat"
    LAINNYA = "lainnya"

    @property
    def media_group(self) -> MediaGroup:
        """The media group of seed 002 this channel belongs to."""
        return _MEDIA_GROUP[self]


# Seed 002: "media massa seperti surat kabar, majalah, tabloid, radio dan
# televisi ... Media digital seperti media online dan media sosial ... media
# tradisional seperti kesenian rakyat, pentas budaya, pertunjukan rakyat".
# Instant messaging and websites are kimlib's additions to the digital group.
_MEDIA_GROUP: dict[Channel, MediaGroup] = {
    Channel.TATAP_MUKA: MediaGroup.TATAP_MUKA,
    Channel.SURAT_KABAR: MediaGroup.MEDIA_MASSA,
    Channel.MAJALAH: MediaGroup.MEDIA_MASSA,
    Channel.TABLOID: MediaGroup.MEDIA_MASSA,
    Channel.RADIO: MediaGroup.MEDIA_MASSA,
    Channel.TELEVISI: MediaGroup.MEDIA_MASSA,
    Channel.MEDIA_ONLINE: MediaGroup.MEDIA_DIGITAL,
    Channel.MEDIA_SOSIAL: MediaGroup.MEDIA_DIGITAL,
    Channel.PESAN_INSTAN: MediaGroup.MEDIA_DIGITAL,
    Channel.SITUS_WEB: MediaGroup.MEDIA_DIGITAL,
    Channel.KESENIAN_RAKYAT: MediaGroup.MEDIA_TRADISIONAL,
    Channel.PENTAS_BUDAYA: MediaGroup.MEDIA_TRADISIONAL,
    Channel.PERTUNJUKAN_RAKYAT: MediaGroup.MEDIA_TRADISIONAL,
    Channel.LAINNYA: MediaGroup.LAINNYA,
}


@labels(
    {
        "forum_diskusi": ("Forum diskusi", "Discussion forum"),
        "sarasehan": ("Sarasehan", "Community gathering (sarasehan)"),
        "diskusi": ("Diskusi", "Discussion"),
        "dialog": ("Dialog", "Dialogue"),
        "temu_wicara": ("Temu wicara", "Public hearing (temu wicara)"),
        "bimbingan_teknis": ("Bimbingan teknis", "Technical guidance"),
        "workshop": ("Workshop", "Workshop"),
        "lokakarya": ("Lokakarya", "Workshop (lokakarya)"),
        "pendidikan_pelatihan": ("Pendidikan dan pelatihan", "Education and training"),
        "tatap_muka": ("Komunikasi tatap muka", "Face-to-face communication"),
        "anjangsana": ("Anjangsana", "Visit (anjangsana)"),
        "widyawisata": ("Widyawisata", "Study trip"),
        "advokasi": ("Advokasi", "Advocacy"),
        "mediasi": ("Mediasi", "Mediation"),
        "konsultasi": ("Konsultasi/konseling", "Consultation/counselling"),
        "media_sosial": ("Pemanfaatan media sosial", "Social media"),
        "pesan_instan": ("Pesan instan", "Instant messaging"),
        "siaran": ("Siaran", "Broadcast"),
        "pertunjukan": ("Pertunjukan", "Performance"),
        "lainnya": ("Lainnya", "Other"),
    }
)
class ActivityForm(LabelledEnum):
    """What kind of event an activity was.

    Most forms are the Dinas's capacity-building forms (seed 001: "bimbingan
    teknis, workshop/lokalkarya, sarasehan, forum diskusi, pemanfaatan media
    sosial, media pengiriman pesan instant, komunikasi tatap muka") and the
    empowerment techniques of seed 004. Using them for a KIM's own activities,
    and each form's :attr:`default_stage`, are kimlib's choices.
    """

    FORUM_DISKUSI = "forum_diskusi"
    SARASEHAN = "sarasehan"
    DISKUSI = "diskusi"
    DIALOG = "dialog"
    TEMU_WICARA = "temu_wicara"
    BIMBINGAN_TEKNIS = "bimbingan_teknis"
    WORKSHOP = "workshop"
    LOKAKARYA = "lokakarya"
    PENDIDIKAN_PELATIHAN = "pendidikan_pelatihan"
    TATAP_MUKA = "tatap_muka"
    ANJANGSANA = "anjangsana"
    WIDYAWISATA = "widyawisata"
    ADVOKASI = "advokasi"
    MEDIASI = "mediasi"
    KONSULTASI = "konsultasi"
    MEDIA_SOSIAL = "media_sosial"
    PESAN_INSTAN = "pesan_instan"
    SIARAN = "siaran"
    PERTUNJUKAN = "pertunjukan"
    LAINNYA = "lainnya"

    @property
    def default_stage(self) -> Stage | None:
        """The stage an activity of this form counts for when it names none.

        kimlib's documented choice, not a source's; ``lainnya`` has none, so an
        activity of form ``lainnya`` must state its stage.
        """
        return DEFAULT_STAGE.get(self)


#: kimlib's default stage per form (a documented choice, not from a source):
#: learning forms give access, talking forms discussion, doing forms
#: implementation, visits networking, broadcast forms dissemination, and forms
#: that carry the community's voice to government aspiration.
DEFAULT_STAGE: dict[ActivityForm, Stage] = {
    ActivityForm.BIMBINGAN_TEKNIS: Stage.AKSES,
    ActivityForm.PENDIDIKAN_PELATIHAN: Stage.AKSES,
    ActivityForm.WIDYAWISATA: Stage.AKSES,
    ActivityForm.FORUM_DISKUSI: Stage.DISKUSI,
    ActivityForm.SARASEHAN: Stage.DISKUSI,
    ActivityForm.DISKUSI: Stage.DISKUSI,
    ActivityForm.DIALOG: Stage.DISKUSI,
    ActivityForm.KONSULTASI: Stage.DISKUSI,
    ActivityForm.WORKSHOP: Stage.IMPLEMENTASI,
    ActivityForm.LOKAKARYA: Stage.IMPLEMENTASI,
    ActivityForm.MEDIASI: Stage.IMPLEMENTASI,
    ActivityForm.ANJANGSANA: Stage.NETWORKING,
    ActivityForm.TATAP_MUKA: Stage.DISEMINASI,
    ActivityForm.MEDIA_SOSIAL: Stage.DISEMINASI,
    ActivityForm.PESAN_INSTAN: Stage.DISEMINASI,
    ActivityForm.SIARAN: Stage.DISEMINASI,
    ActivityForm.PERTUNJUKAN: Stage.DISEMINASI,
    ActivityForm.TEMU_WICARA: Stage.ASPIRASI,
    ActivityForm.ADVOKASI: Stage.ASPIRASI,
}
