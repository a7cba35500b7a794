"""Messages of argument errors: a function was called with a bad value.

Each names the argument and what it accepts. A placeholder ``value`` holds a
short repr of what was passed (see :func:`kimlib.messages.shown`), never a
member's data.
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    "argument.wrong_type": Text(
        id="{name} harus berupa {expected}, bukan {actual}",
        en="{name} must be {expected}, not {actual}",
    ),
    "argument.choice": Text(
        id="{name}={value} tidak dikenal; gunakan salah satu dari: {allowed}",
        en="{name}={value} is not known; use one of: {allowed}",
    ),
    "argument.count": Text(
        id="{name}={value} harus bilangan bulat 0 atau lebih",
        en="{name}={value} must be a whole number of 0 or more",
    ),
    "argument.finite_non_negative": Text(
        id="{name}={value} harus bilangan 0 atau lebih (bukan tak hingga)",
        en="{name}={value} must be a number of 0 or more (not infinite)",
    ),
    "argument.yes_no": Text(
        id="{name}={value} harus True, False atau None",
        en="{name}={value} must be True, False or None",
    ),
    "argument.enum_or_none": Text(
        id="{name}={value} harus nilai {expected} atau None",
        en="{name}={value} must be a {expected} value or None",
    ),
    "argument.min_above_max": Text(
        id="min_members={minimum} lebih besar dari max_members={maximum}",
        en="min_members={minimum} is more than max_members={maximum}",
    ),
    "argument.region_unknown": Text(
        id="region={value} bukan kode wilayah dalam Kepmendagri",
        en="region={value} is not a region code of the Kemendagri decree",
    ),
    "argument.region_province": Text(
        id="region={value} harus kabupaten/kota atau lebih rendah, bukan provinsi",
        en="region={value} must be a regency/city or lower, not a province",
    ),
    "argument.region_of_kim": Text(
        id="{name}={value} bukan kode wilayah Kemendagri",
        en="{name}={value} is not a Kemendagri region code",
    ),
    "argument.not_a_village": Text(
        id="{name}: {code} bukan desa/kelurahan",
        en="{name}: {code} is not a desa/kelurahan",
    ),
    "argument.no_attribute": Text(
        id="{name} tidak punya atribut {field}",
        en="{name} has no attribute {field}",
    ),
    "argument.source_required": Text(
        id="source wajib diisi bila citation tidak ada",
        en="source is required when citation is None",
    ),
    "argument.source_mismatch": Text(
        id="{name} harus sumber dari kutipannya (citation)",
        en="{name} must be the source of the citation",
    ),
    "argument.end_before_start": Text(
        id="akhir ({end}) sebelum awal ({start})",
        en="the end ({end}) is before the start ({start})",
    ),
    "argument.threshold_key": Text(
        id="kunci ambang batas harus anggota Indicator, bukan {value}",
        en="threshold keys must be Indicator members, not {value}",
    ),
    "argument.indicator_twice": Text(
        id="hasil memuat indikator {indicator} dua kali",
        en="the result holds indicator {indicator} twice",
    ),
    "argument.empty_text": Text(
        id="{name} harus berupa teks yang tidak kosong",
        en="{name} must be text that is not empty",
    ),
    "argument.remedy_text": Text(
        id="action={value} tidak punya teks perbaikan; berikan text=Text(...)",
        en="action={value} has no remedy text; pass text=Text(...)",
    ),
    "argument.citations": Text(
        id="{name} harus berisi satu kutipan (Citation) atau lebih",
        en="{name} must hold one or more Citation values",
    ),
    "argument.rule_id": Text(
        id="id={value} bukan id aturan bertitik berhuruf kecil (seperti 'board.x')",
        en="id={value} is not a dotted lower-case rule id (like 'board.x')",
    ),
    "argument.effective_order": Text(
        id="{what}: effective_until sebelum effective_from",
        en="{what}: effective_until is before effective_from",
    ),
    "argument.no_national_profile": Text(
        id="daftar profil tidak memuat profil nasional",
        en="the registry has no national profile",
    ),
    "argument.profile_or_registry": Text(
        id="berikan profile= atau registry=, jangan keduanya",
        en="pass profile= or registry=, not both",
    ),
    "rules.before_definition": Text(
        id="tidak ada aturan KIM yang berlaku pada {date}: definisi KIM"
        " (Permen Kominfo 08/PER/M.KOMINFO/6/2010) berlaku sejak 1 Juni 2010",
        en="no KIM rule is in force on {date}: the KIM definition"
        " (Permen Kominfo 08/PER/M.KOMINFO/6/2010) applies from 1 June 2010",
    ),
    "rules.no_profile": Text(
        id="tidak ada profil aturan yang berlaku pada {date} untuk wilayah {code}",
        en="no rule profile is in force on {date} for region {code}",
    ),
    "rules.profile_not_in_force": Text(
        id="profil {name} tidak berlaku pada {date}",
        en="profile {name} is not in force on {date}",
    ),
}
