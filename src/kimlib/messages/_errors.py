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
        id="dokumen KIM tidak valid ({count} masalah)",
        en="invalid KIM document ({count} problem(s))",
    ),
    "error.invalid_data": Text(
        id="data tidak valid ({count} masalah)",
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
        id="jenis nilai salah: harus {expected}",
        en="wrong kind of value: expected {expected}",
    ),
    "error.not_allowed": Text(
        id="nilai tidak diizinkan; pilihan: {allowed}",
        en="value not allowed; choose one of: {allowed}",
    ),
    "error.invalid_value": Text(id="nilai tidak valid", en="invalid value"),
    "error.invalid_date": Text(
        id="bukan tanggal/waktu ISO 8601 yang valid (YYYY-MM-DD[THH:MM])",
        en="not a valid ISO 8601 date or time (YYYY-MM-DD[THH:MM])",
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
    "error.nik_format": Text(id="NIK harus 16 angka", en="a NIK has 16 digits"),
    "error.nik_province": Text(
        id="dua angka pertama NIK bukan kode provinsi",
        en="the first two digits of the NIK are not a province code",
    ),
    "error.nik_birth_date": Text(
        id="angka 7-12 NIK bukan tanggal lahir yang sah",
        en="digits 7-12 of the NIK are not a valid birth date",
    ),
    "error.gender_nik": Text(
        id="jenis kelamin tidak sesuai dengan NIK",
        en="the gender does not agree with the NIK",
    ),
    "error.region_code_format": Text(
        id="kode wilayah Kemendagri tidak dikenali bentuknya",
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
        id="pihak yang mengetahui wajib diisi untuk susunan pengurus",
        en="acknowledged_by is required for a susunan_pengurus document",
    ),
    "error.acknowledged_by_value": Text(
        id="harus kepala_desa atau lurah", en="must be kepala_desa or lurah"
    ),
    "error.line": Text(id="baris {line}", en="line {line}"),
    "error.not_json": Text(id="bukan JSON yang valid", en="not valid JSON"),
    "error.not_object": Text(
        id="harus objek JSON (pasangan kunci-nilai)",
        en="must be a JSON object (key/value pairs)",
    ),
}
