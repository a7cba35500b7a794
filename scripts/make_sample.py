"""Build kimlib's bundled sample registry (``src/kimlib/samples/sample_kims.jsonl``).

Every KIM of the sample is written here as plain Python data, so the registry
can be reviewed in one place and rebuilt byte for byte. The KIMs are fictional:
member names are "Warga Contoh N", numbers are marked "CONTOH", and no member
has a NIK (a made-up NIK can belong to a real person). Seats are real
Kemendagri village codes in places the sources name (seeds 000-004).
``src/kimlib/samples/README.md`` lists the KIMs and the rule each one breaks.

Usage::

    python scripts/make_sample.py           # write the JSON Lines file
    python scripts/make_sample.py --check   # exit 1 if the file is out of date

Nothing here is random: the same script always writes the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

OUT = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "kimlib"
    / "samples"
    / "sample_kims.jsonl"
)

Document = dict[str, Any]

#: Marks a member key to leave out (an unknown fact), in ``members(changes=)``.
DROP = object()

BOARD_ROLES = ("ketua", "sekretaris", "bendahara", "wakil_ketua", "koordinator")
FACTS = ("civil_servant", "criminal_record", "party_affiliation", "ngo_affiliation")

# Member groups: seed 004 ("remaja, orang tua, pria, wanita, pelajar,
# mahasiswa, pedagang, petani, nelayan") and seed 000 ("pemuda, petani,
# nelayan, PGRI, Kader KB, PKK, insan pers, orsos, UMKM, pedagang, wirausaha,
# mahasiswa, dan forum guru PAUD").
CITY = ("pemuda", "umkm", "pkk", "mahasiswa", "pedagang", "insan_pers", "pelajar")
VILLAGE = ("petani", "pkk", "pemuda", "orang_tua", "kader_kb", "pedagang", "remaja")
COAST = ("nelayan", "pkk", "pemuda", "pedagang", "orang_tua", "umkm", "guru_paud")
SCHOOL = ("pgri", "guru_paud", "pelajar", "orsos", "wirausaha", "pemuda", "pkk")


def members(
    count: int,
    *,
    joined_on: str,
    groups: Sequence[str],
    board: int = 3,
    changes: Mapping[int, Mapping[str, object]] | None = None,
) -> list[Document]:
    """``count`` fictional members; the first ``board`` hold the board roles.

    Board members declare all four facts false (seed 001's administrative
    requirements); every third ``anggota`` declares two of them. ``changes``
    maps a member's number (from 1) to keys to set, or to drop with ``DROP``.
    """
    result = []
    for number in range(1, count + 1):
        role = BOARD_ROLES[number - 1] if number <= board else "anggota"
        member: dict[str, object] = {"name": f"Warga Contoh {number}", "role": role}
        chosen = [groups[(number - 1) % len(groups)]]
        if number % 4 == 0:
            chosen.append(groups[(number + 2) % len(groups)])
        if number % 7:
            woman = number % 2 == 0 or "pkk" in chosen
            member["gender"] = "perempuan" if woman else "laki_laki"
        member["groups"] = chosen
        member["joined_on"] = joined_on
        declared = FACTS if role != "anggota" else FACTS[:2] if number % 3 == 0 else ()
        member.update(dict.fromkeys(declared, False))
        for key, value in (changes or {}).get(number, {}).items():
            if value is DROP:
                member.pop(key, None)
            else:
                member[key] = value
        result.append(member)
    return result


def documents(
    head: str,
    *,
    formed: str,
    registered: str,
    code: str,
    decree_by: str | None = None,
    extra: Iterable[Document] = (),
) -> list[Document]:
    """The three legality documents of seed 001, issued by ``head``.

    Seed 001: "surat keputusan dari Kepala Desa, Nomor induk komunitas yang
    dikeluarkan oleh Dinas Kab/Kota, susunan pengurus yang diketahui oleh
    kepala desa/lurah/sebutan lainnya". ``decree_by`` overrides the decree's
    issuer (the camat, for the KIMs that test it).
    """
    year = formed[:4]
    return [
        {
            "kind": "sk_pembentukan",
            "issuer": decree_by or head,
            "number": f"CONTOH/{code}/SK-KIM/{year}",
            "issued_on": formed,
        },
        {
            "kind": "nomor_induk",
            "issuer": "dinas_kabupaten_kota",
            "number": f"KIM.{code}.CONTOH",
            "issued_on": registered,
        },
        {"kind": "susunan_pengurus", "acknowledged_by": head, "issued_on": formed},
        *extra,
    ]


# --- activities ----------------------------------------------------------------

STAGES = ("akses", "diskusi", "implementasi", "networking", "diseminasi", "aspirasi")

#: Forms per stage, picked in turn by ``variant``; a stage in the tuple is
#: written out (the form's default stage differs or it has none).
FORMS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "akses": (
        ("bimbingan_teknis", None),
        ("pendidikan_pelatihan", None),
        ("lainnya", "akses"),
        ("widyawisata", None),
    ),
    "diskusi": (
        ("forum_diskusi", None),
        ("sarasehan", None),
        ("diskusi", None),
        ("dialog", None),
    ),
    "implementasi": (
        ("workshop", None),
        ("lokakarya", None),
        ("lainnya", "implementasi"),
        ("mediasi", None),
    ),
    "networking": (
        ("anjangsana", None),
        ("media_sosial", "networking"),
        ("temu_wicara", "networking"),
        ("anjangsana", None),
    ),
    "diseminasi": (
        ("media_sosial", None),
        ("siaran", None),
        ("pertunjukan", None),
        ("pesan_instan", None),
    ),
    "aspirasi": (
        ("temu_wicara", None),
        ("advokasi", None),
        ("dialog", "aspirasi"),
        ("temu_wicara", None),
    ),
}

CHANNELS: dict[str, tuple[str, ...]] = {
    "bimbingan_teknis": ("tatap_muka",),
    "pendidikan_pelatihan": ("tatap_muka",),
    "widyawisata": ("tatap_muka",),
    "forum_diskusi": ("tatap_muka",),
    "sarasehan": ("tatap_muka",),
    "diskusi": ("pesan_instan",),
    "dialog": ("radio",),
    "konsultasi": ("tatap_muka",),
    "workshop": ("tatap_muka",),
    "lokakarya": ("tatap_muka",),
    "mediasi": ("tatap_muka",),
    "anjangsana": ("tatap_muka",),
    "media_sosial": ("media_sosial", "situs_web"),
    "pesan_instan": ("pesan_instan",),
    "siaran": ("radio",),
    "pertunjukan": ("pertunjukan_rakyat", "kesenian_rakyat"),
    "tatap_muka": ("tatap_muka",),
    "temu_wicara": ("tatap_muka",),
    "advokasi": ("tatap_muka", "surat_kabar"),
    "lainnya": ("surat_kabar", "media_online"),
}


def stamp(day: str, hour: int, offset: str | None) -> str:
    """An ISO datetime at ``hour``:00 local time; naive when ``offset`` is None."""
    local = dt.datetime.fromisoformat(f"{day}T{hour:02d}:00:00")
    return local.isoformat() + (offset or "")


def one(
    day: str,
    form: str,
    *,
    offset: str | None,
    hour: int = 9,
    stage: str | None = None,
    topic: str | None = None,
    participants: int | None = None,
    channels: Sequence[str] | None = None,
) -> Document:
    """One activity; optional fields left out when not given."""
    activity: Document = {"form": form}
    if stage is not None:
        activity["stage"] = stage
    activity["at"] = stamp(day, hour, offset)
    if topic is not None:
        activity["topic"] = topic
    if participants is not None:
        activity["participants"] = participants
    chosen = CHANNELS[form] if channels is None else channels
    if chosen:
        activity["channels"] = list(chosen)
    return activity


def cycle(
    topic: str,
    start: str,
    *,
    offset: str,
    every: int = 9,
    variant: int = 0,
    order: Sequence[str] = STAGES,
    participants: int = 12,
    naive: Sequence[str] = (),
) -> list[Document]:
    """Activities on one ``topic``, one per stage in ``order``, ``every`` days.

    With the default order the topic forms a complete ADINDA cycle; stages in
    ``naive`` get a naive (local time) timestamp.
    """
    first = dt.date.fromisoformat(start)
    result = []
    for step, stage in enumerate(order):
        form, written = FORMS[stage][(variant + step) % len(FORMS[stage])]
        day = (first + dt.timedelta(days=every * step)).isoformat()
        result.append(
            one(
                day,
                form,
                offset=None if stage in naive else offset,
                hour=8 + (step * 3 + variant) % 11,
                stage=written,
                topic=topic,
                participants=participants + (step * 5 + variant * 3) % 17,
            )
        )
    return result


def by_time(activities: Iterable[Document]) -> list[Document]:
    """Activities in date order (stable; ties keep their given order)."""
    return sorted(activities, key=lambda a: a["at"][:16])


def kim(**fields: object) -> Document:
    """A KIM document with ``schema_version`` first and fields in table order."""
    order = ("id", "name", "region", "village", "founded_on", "members")
    document: Document = {"schema_version": 1}
    document.update({key: fields[key] for key in order if key in fields})
    for key in ("documents", "activities", "mapping", "indicators"):
        if key in fields:
            document[key] = fields[key]
    return document


# --- the KIMs ----------------------------------------------------------------

WIB, WITA, WIT = "+07:00", "+08:00", "+09:00"


def _serang() -> list[Document]:
    maju = kim(
        id="KIM-3673-0001",
        name="KIM Maju Bersama",
        region="36.73",
        village="36.73.01.1002",
        founded_on="2019-03-01",
        members=members(12, joined_on="2019-03-01", groups=CITY, board=4),
        documents=documents(
            "lurah", formed="2019-03-05", registered="2019-04-01", code="3673.0001"
        ),
        activities=by_time(
            [
                *cycle("Pengelolaan sampah", "2025-01-08", offset=WIB),
                *cycle(
                    "Layanan adminduk", "2025-04-07", offset=WIB, variant=1, every=12
                ),
                *cycle(
                    "Literasi digital",
                    "2025-07-14",
                    offset=WIB,
                    variant=2,
                    every=14,
                    naive=("networking",),
                ),
                one(
                    "2025-02-20",
                    "media_sosial",
                    offset=WIB,
                    hour=19,
                    topic="Info banjir",
                ),
                one("2025-05-15", "pesan_instan", offset=WIB, hour=20, participants=45),
                one(
                    "2025-10-21",
                    "temu_wicara",
                    offset=WIB,
                    topic="Musrenbang kelurahan",
                    participants=30,
                ),
                one("2025-12-10", "bimbingan_teknis", offset=WIB, topic="Cek fakta"),
            ]
        ),
    )
    cahaya = kim(
        id="KIM-3673-0002",
        name="KIM Cahaya Pesisir",
        region="3673",
        village="3673021003",
        founded_on="2021-08-17",
        members=members(
            10,
            joined_on="2021-08-17",
            groups=COAST,
            changes={1: {"civil_servant": True}},
        ),
        documents=documents(
            "lurah", formed="2021-08-20", registered="2021-10-04", code="3673.0002"
        ),
        activities=by_time(
            [
                *cycle("Banjir rob", "2025-02-03", offset=WIB, variant=3, every=10),
                one("2025-06-12", "siaran", offset=WIB, hour=16, topic="Banjir rob"),
                one("2025-09-02", "anjangsana", offset=WIB, participants=6),
                one("2025-11-18", "sarasehan", offset=WIB, topic="Harga ikan"),
            ]
        ),
    )
    mekar = kim(
        id="KIM-3604-0001",
        name="KIM Mekar Sari",
        region="36.04",
        village="36.04.05.2002",
        founded_on="2020-01-15",
        members=members(11, joined_on="2020-01-15", groups=VILLAGE, board=4),
        documents=documents(
            "kepala_desa",
            formed="2020-01-20",
            registered="2020-03-02",
            code="3604.0001",
            extra=[{"kind": "ad_art", "issued_on": "2020-01-20"}],
        ),
        activities=by_time(
            [
                *cycle("Cegah stunting", "2025-03-03", offset=WIB, variant=1),
                *cycle("Harga gabah", "2025-08-04", offset=WIB, variant=2, every=7),
                one("2025-01-22", "konsultasi", offset=WIB, topic="Pupuk bersubsidi"),
                one("2025-11-05", "pertunjukan", offset=WIB, hour=20, participants=80),
            ]
        ),
    )
    return [maju, cahaya, mekar]


def _kalimantan_tengah() -> list[Document]:
    tunas = kim(
        id="KIM-6271-0001",
        name="KIM Tunas Harapan",
        region="62.71",
        village="62.71.01.1003",
        founded_on="2018-05-02",
        members=members(
            15,
            joined_on="2018-05-02",
            groups=SCHOOL,
            board=5,
            changes={9: {"civil_servant": True, "groups": ["pgri"]}},
        ),
        documents=documents(
            "lurah", formed="2018-05-07", registered="2018-07-16", code="6271.0001"
        ),
        activities=by_time(
            [
                *cycle("Kabut asap", "2025-01-13", offset=WIB, variant=2),
                *cycle(
                    "Cek fakta hoaks", "2025-05-05", offset=WIB, variant=3, every=11
                ),
                *cycle("Pertunjukan rakyat", "2025-09-01", offset=WIB, every=8),
                one("2025-03-19", "siaran", offset=WIB, hour=10, topic="Kabut asap"),
                one("2025-08-17", "pertunjukan", offset=WIB, hour=19, participants=120),
            ]
        ),
    )
    seruyan = kim(
        id="KIM-6207-0001",
        name="KIM Bina Warga",
        region="62.07",
        village="62.07.01.2007",
        founded_on="2017-02-10",
        members=members(31, joined_on="2017-02-10", groups=COAST, board=5),
        documents=documents(
            "kepala_desa",
            formed="2017-02-13",
            registered="2017-05-08",
            code="6207.0001",
        ),
        activities=by_time(
            [
                *cycle("Harga tandan buah segar", "2025-02-10", offset=WIB, every=12),
                one("2025-06-25", "media_sosial", offset=WIB, hour=21),
                one("2025-10-07", "forum_diskusi", offset=WIB, topic="Air bersih"),
            ]
        ),
    )
    karya = kim(
        id="KIM-6203-0001",
        name="KIM Karya Mandiri",
        region="62.03",
        village="62.03.02.2006",
        founded_on="2016-09-01",
        members=members(
            8,
            joined_on="2016-09-01",
            groups=VILLAGE,
            changes={
                5: {"left_on": "2024-06-30"},
                8: {"joined_on": "2025-07-01"},
            },
        ),
        documents=documents(
            "kepala_desa",
            formed="2016-09-05",
            registered="2016-11-21",
            code="6203.0001",
            extra=[
                {
                    "kind": "susunan_pengurus",
                    "acknowledged_by": "kepala_desa",
                    "issued_on": "2021-01-11",
                    "valid_until": "2023-12-31",
                },
                {
                    "kind": "susunan_pengurus",
                    "acknowledged_by": "kepala_desa",
                    "issued_on": "2024-01-15",
                },
            ],
        ),
        activities=by_time(
            [
                *cycle(
                    "Irigasi sawah",
                    "2025-03-10",
                    offset=WIB,
                    variant=1,
                    naive=("diskusi",),
                ),
                one(
                    "2025-01-09", "bimbingan_teknis", offset=WIB, topic="Irigasi sawah"
                ),
                one("2025-07-22", "mediasi", offset=WIB, topic="Batas lahan"),
                one("2025-12-01", "pesan_instan", offset=WIB, hour=18),
            ]
        ),
    )
    suara = kim(
        id="KIM-6212-0001",
        name="KIM Suara Hulu",
        region="62.12",
        village="62.12.01.2003",
        founded_on="2020-06-01",
        members=members(
            7,
            joined_on="2020-06-01",
            groups=VILLAGE,
            changes={3: {"criminal_record": DROP}},
        ),
        documents=documents(
            "kepala_desa",
            formed="2020-06-03",
            registered="2020-08-10",
            code="6212.0001",
        ),
        activities=by_time(
            [
                *cycle(
                    "Air bersih",
                    "2025-04-14",
                    offset=WIB,
                    variant=2,
                    order=(
                        "akses",
                        "diskusi",
                        "implementasi",
                        "diseminasi",
                        "aspirasi",
                    ),
                ),
                one("2025-09-09", "anjangsana", offset=WIB, topic="Jalan desa"),
            ]
        ),
    )
    sejahtera = kim(
        id="KIM-6211-0001",
        name="KIM Sejahtera Bersama",
        region="62.11",
        village="62.11.01.2002",
        founded_on="2019-11-11",
        members=members(6, joined_on="2019-11-11", groups=VILLAGE),
        documents=documents(
            "kepala_desa",
            formed="2019-11-14",
            registered="2020-01-06",
            code="6211.0001",
            decree_by="camat",
        ),
        activities=by_time(
            cycle(
                "Karhutla",
                "2025-02-04",
                offset=WIB,
                order=(
                    "diskusi",
                    "implementasi",
                    "akses",
                    "networking",
                    "diseminasi",
                    "aspirasi",
                ),
                every=15,
            )
        ),
    )
    harapan = kim(
        id="KIM-6202-0001",
        name="KIM Harapan Baru",
        region="62.02",
        village="62.02.01.1009",
        founded_on="2022-04-04",
        members=members(9, joined_on="2022-04-04", groups=CITY, board=4),
        activities=by_time(
            [
                *cycle("Pasar murah", "2025-05-19", offset=WIB, variant=3),
                one("2025-02-11", "diskusi", offset=WIB, topic="Pasar murah"),
                one("2025-11-26", "media_sosial", offset=WIB, hour=20, channels=()),
            ]
        ),
    )
    sahabat = kim(
        id="KIM-6201-0001",
        name="KIM Dua Sahabat",
        region="62.01",
        village="62.01.01.2002",
        founded_on="2023-03-20",
        members=members(2, joined_on="2023-03-20", groups=COAST, board=2),
        documents=documents(
            "kepala_desa",
            formed="2023-03-22",
            registered="2023-05-15",
            code="6201.0001",
        ),
        activities=[
            one(
                "2025-01-16",
                "pendidikan_pelatihan",
                offset=WIB,
                topic="Hasil tangkapan",
            ),
            one("2025-02-06", "diskusi", offset=WIB, topic="Hasil tangkapan"),
            one("2025-02-27", "pesan_instan", offset=WIB, hour=19, participants=2),
        ],
    )
    return [tunas, seruyan, karya, suara, sejahtera, harapan, sahabat]


def _elsewhere() -> list[Document]:
    sepakat = kim(
        id="KIM-6106-0001",
        name="KIM Sepakat Maju",
        region="61.06",
        village="61.06.01.2004",
        founded_on="2018-10-01",
        members=members(9, joined_on="2018-10-01", groups=VILLAGE),
        documents=documents(
            "kepala_desa",
            formed="2018-10-03",
            registered="2018-12-03",
            code="6106.0001",
        ),
        activities=by_time(
            [
                *cycle("Harga karet", "2025-01-20", offset=WIB, every=10),
                *cycle("Akses pasar hasil tani", "2025-06-02", offset=WIB, variant=1),
                one("2025-10-14", "widyawisata", offset=WIB, topic="Pertanian organik"),
            ]
        ),
    )
    muda = kim(
        id="KIM-6106-0002",
        name="KIM Tunas Muda",
        region="61.06",
        village="61.06.01.2009",
        founded_on="2021-02-01",
        members=members(5, joined_on="2021-02-01", groups=VILLAGE),
        documents=documents(
            "kepala_desa",
            formed="2021-02-04",
            registered="2021-03-29",
            code="6106.0002",
            decree_by="camat",
        ),
        activities=by_time(
            cycle("Ekowisata sungai", "2025-04-01", offset=WIB, variant=2, every=20)
        ),
    )
    fajar = kim(
        id="KIM-9171-0001",
        name="KIM Fajar Timur",
        region="91.71",
        village="91.71.03.2001",
        founded_on="2019-07-08",
        members=members(8, joined_on="2019-07-08", groups=COAST, board=4),
        documents=documents(
            "kepala_desa",
            formed="2019-07-10",
            registered="2019-09-02",
            code="9171.0001",
        ),
        activities=by_time(
            [
                *cycle("Air bersih kampung", "2025-06-09", offset=WIT, every=6),
                one(
                    "2025-01-01", "pesan_instan", offset=WIT, hour=0, topic="Tahun baru"
                ),
                # 15:30 UTC on 30 June is 00:30 WIT on 1 July: Q3 locally.
                {
                    "form": "media_sosial",
                    "at": "2025-06-30T15:30:00Z",
                    "topic": "Air bersih kampung",
                    "channels": ["media_sosial"],
                },
                one("2025-12-31", "pertunjukan", offset=WIT, hour=23, participants=60),
            ]
        ),
    )
    berkah = kim(
        id="KIM-6371-0001",
        name="KIM Sungai Berkah",
        region="63.71",
        village="63.71.02.1002",
        founded_on="2020-09-14",
        members=members(5, joined_on="2020-09-14", groups=CITY),
        documents=documents(
            "lurah", formed="2020-09-16", registered="2020-11-09", code="6371.0001"
        ),
        activities=by_time(
            [
                *cycle(
                    "Sungai bersih",
                    "2025-03-03",
                    offset=WITA,
                    variant=3,
                    naive=("akses", "aspirasi"),
                ),
                one("2025-08-26", "lokakarya", offset=WITA, topic="Kerajinan purun"),
            ]
        ),
    )
    return [sepakat, muda, fajar, berkah]


# --- mapping and indicator readings (issue 14): invented, marked "contoh" ------

#: Who assesses and measures in the sample: no real office, and marked as such.
SOURCE = "Diskominfo (contoh)"


def mapping(
    *scores: tuple[str, float, float, float], scale: int | None = None
) -> list[Document]:
    """Mapping assessments: ``(assessed_on, interest, influence, power)`` each."""
    return [
        {
            "assessed_on": day,
            "interest": interest,
            "influence": influence,
            "power": power,
            **({} if scale is None else {"scale": scale}),
            "method": "kuesioner contoh" if scale else "kunjungan lapangan contoh",
            "source": SOURCE,
        }
        for day, interest, influence, power in scores
    ]


def readings(*values: tuple[str, str, float]) -> list[Document]:
    """Indicator readings: ``(indicator, measured_on, value)`` each."""
    return [
        {
            "indicator": indicator,
            "value": value,
            "measured_on": day,
            "method": "survei warga contoh",
            "source": SOURCE,
        }
        for indicator, day, value in values
    ]


#: KIM id -> its mapping and readings; the other KIMs carry neither.
EXTRAS: dict[str, dict[str, list[Document]]] = {
    # Two assessments on a 1..5 questionnaire: involved in 2024, a key partner by 2025.
    "KIM-3673-0001": {
        "mapping": mapping(("2024-07-15", 4, 3, 2), ("2025-02-10", 5, 4, 4), scale=5),
        "indicators": readings(
            ("kesadaran_isu", "2025-01-20", 48),
            ("kesadaran_isu", "2025-02-24", 52),
            ("kesadaran_isu", "2025-05-19", 61),
            ("aksesibilitas_informasi", "2025-02-24", 70),
            ("aksesibilitas_informasi", "2025-05-19", 70),
            ("partisipasi_keputusan", "2025-03-03", 35),
            ("partisipasi_keputusan", "2025-06-02", 31),
        ),
    },
    # Interested but with little influence yet: kept informed.
    "KIM-6271-0001": {
        "mapping": mapping(("2025-03-05", 0.8, 0.3, 0.4)),
        "indicators": readings(
            ("kemampuan_informasi", "2025-02-11", 40),
            ("kemampuan_informasi", "2025-05-13", 46),
        ),
    },
    # Influential, not yet interested: kept satisfied.
    "KIM-6106-0001": {
        "mapping": mapping(("2025-01-28", 2, 4, 4), scale=5),
        "indicators": readings(
            ("kualitas_hidup", "2025-03-18", 3.4),
            ("kualitas_hidup", "2025-06-17", 3.1),
        ),
    },
}


def build() -> list[Document]:
    """Every sample KIM document, in file order."""
    documents = [*_serang(), *_kalimantan_tengah(), *_elsewhere()]
    return [{**document, **EXTRAS.get(document["id"], {})} for document in documents]


def render(documents: Iterable[Document]) -> str:
    """JSON Lines: one compact document per line, UTF-8 kept as is."""
    return "".join(
        json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n"
        for d in documents
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Write the sample (or, with ``--check``, compare it with the file)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the file is out of date"
    )
    parser.add_argument("--out", type=Path, default=OUT, help="where to write")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run scripts/make_sample.py")
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines())} KIMs to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
