"""Messages of input errors: the reasons a field of a KIM document is refused.

No message contains a value taken from the input: a reason says what is wrong
with the field, never what the field held (it may be personal data).
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    "argument.lang": Text(
        id="lang={value} tidak didukung; gunakan salah satu dari: 'id', 'en'",
        en="lang={value} is not supported; use one of: 'id', 'en'",
    ),
    "error.unkeyed": Text(id="{text}", en="{text}"),
    "error.unknown_region": Text(
        id="tidak ada wilayah yang cocok dengan {query}",
        en="no region matches {query}",
    ),
    "error.unknown_region_suggest": Text(
        id="tidak ada wilayah yang cocok dengan {query}; mungkin maksudnya: "
        "{suggestions}",
        en="no region matches {query}; did you mean: {suggestions}",
    ),
    "error.unknown_key": Text(
        id="key={key} bukan pesan dalam katalog",
        en="key={key} is not a message of the catalogue",
    ),
    "error.invalid_input": Text(
        id="dokumen KIM tidak sesuai format ({count} masalah)",
        en="invalid KIM document ({count} problem(s))",
    ),
    "error.invalid_rubric": Text(
        id="rubrik ADINDA tidak sah ({count} masalah)",
        en="invalid ADINDA rubric ({count} problem(s))",
    ),
    "error.invalid_mapping": Text(
        id="pemetaan pemangku kepentingan tidak sah ({count} masalah)",
        en="invalid stakeholder mapping ({count} problem(s))",
    ),
    "error.invalid_reading": Text(
        id="pembacaan indikator tidak sah ({count} masalah)",
        en="invalid indicator reading ({count} problem(s))",
    ),
    "error.invalid_data": Text(
        id="data tidak sah ({count} masalah)",
        en="invalid data ({count} problem(s))",
    ),
    "error.missing_field": Text(
        id="kolom ini wajib diisi", en="this field is required"
    ),
    "error.unknown_field": Text(
        id="kolom ini tidak dikenal (salah ketik?)",
        en="this field is not known (a typo?)",
    ),
    "error.wrong_type": Text(
        id="harus diisi {expected}",
        en="must be {expected}",
    ),
    # How error.wrong_type words the schema's type names (``bool | null``).
    "error.type.bool": Text(id="ya/tidak (true/false)", en="yes/no (true/false)"),
    "error.type.str": Text(id="teks", en="text"),
    "error.type.int": Text(id="bilangan bulat", en="a whole number"),
    "error.type.float": Text(id="angka", en="a number"),
    "error.type.number": Text(id="angka", en="a number"),
    "error.type.date": Text(id="tanggal (YYYY-MM-DD)", en="a date (YYYY-MM-DD)"),
    "error.type.datetime": Text(
        id="tanggal dan jam (YYYY-MM-DDTHH:MM)",
        en="a date and time (YYYY-MM-DDTHH:MM)",
    ),
    "error.type.array": Text(id="daftar [...]", en="a list [...]"),
    "error.type.object": Text(
        id="objek {{...}} (pasangan kunci-nilai)",
        en="an object {{...}} (key/value pairs)",
    ),
    "error.type.or": Text(id="{first} atau {second}", en="{first} or {second}"),
    "error.type.or_empty": Text(
        id="{expected} atau dikosongkan", en="{expected} or left empty"
    ),
    "error.not_allowed": Text(
        id="nilai tidak diizinkan; pilihan: {allowed}",
        en="value not allowed; choose one of: {allowed}",
    ),
    "error.invalid_value": Text(id="nilai tidak sah", en="invalid value"),
    "error.invalid_date": Text(
        id="bukan tanggal atau waktu yang sah (YYYY-MM-DD[THH:MM])",
        en="not a valid date or time (YYYY-MM-DD[THH:MM])",
    ),
    "error.empty_text": Text(id="tidak boleh kosong", en="must not be empty"),
    "error.negative": Text(id="tidak boleh negatif", en="must not be negative"),
    "error.schema_version": Text(
        id="versi skema tidak didukung; gunakan {supported}",
        en="unsupported schema version; use {supported}",
    ),
    "error.date_order": Text(
        id="tanggal ini tidak boleh sebelum {other}",
        en="this date must not be before {other}",
    ),
    # How error.date_order names the other date (a field of the document).
    "error.field.joined_on": Text(
        id="tanggal masuk (joined_on)", en="the joining date (joined_on)"
    ),
    "error.field.issued_on": Text(
        id="tanggal terbit (issued_on)", en="the issue date (issued_on)"
    ),
    "error.field.founded_on": Text(
        id="tanggal berdiri (founded_on)", en="the founding date (founded_on)"
    ),
    "error.nik_format": Text(
        id="NIK harus terdiri dari 16 digit", en="a NIK must have 16 digits"
    ),
    "error.nik_province": Text(
        id="dua digit pertama NIK bukan kode provinsi",
        en="the first two digits of the NIK are not a province code",
    ),
    "error.nik_birth_date": Text(
        id="digit ke-7 s.d. ke-12 NIK bukan tanggal lahir yang sah",
        en="digits 7 to 12 of the NIK are not a valid birth date",
    ),
    "error.gender_nik": Text(
        id="jenis kelamin tidak sesuai dengan NIK",
        en="the gender does not agree with the NIK",
    ),
    "error.region_code_format": Text(
        id="bentuknya bukan kode wilayah Kemendagri",
        en="not a Kemendagri region code",
    ),
    "error.region_unknown": Text(
        id="kode wilayah tidak ada dalam Kepmendagri",
        en="this region code is not in the Kemendagri decree",
    ),
    "error.region_level": Text(
        id="harus kode {expected}",
        en="must be the code of a {expected}",
    ),
    "error.village_outside_region": Text(
        id="desa/kelurahan ini tidak terletak di wilayah {region}",
        en="this village does not lie inside region {region}",
    ),
    "error.issuer_required": Text(
        id="penerbit wajib diisi untuk dokumen {kind}",
        en="the issuer is required for a {kind} document",
    ),
    "error.acknowledged_by_required": Text(
        id="susunan pengurus wajib menyebut pihak yang mengetahuinya (acknowledged_by)",
        en="a board composition (susunan pengurus) must name who acknowledged "
        "it (acknowledged_by)",
    ),
    "error.acknowledged_by_value": Text(
        id="harus kepala_desa atau lurah", en="must be kepala_desa or lurah"
    ),
    "error.line": Text(id="baris {line}", en="line {line}"),
    "error.not_json": Text(id="bukan JSON yang sah", en="not valid JSON"),
    "error.not_object": Text(
        id="harus objek JSON (pasangan kunci-nilai)",
        en="must be a JSON object (key/value pairs)",
    ),
}
