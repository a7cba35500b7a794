"""Messages of the ``kimlib`` command line: help texts and what it prints.

Placeholders hold file names, line numbers, counts and a KIM's id and name
(a KIM's name is not personal data); never a member's name or any other value
of a member.
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    "cli.description": Text(
        id="kimlib: aturan-sebagai-kode untuk Komunitas Informasi Masyarakat (KIM).",
        en="kimlib: rules-as-code for community information groups (KIM).",
    ),
    "cli.commands": Text(id="perintah", en="commands"),
    "cli.arg.lang": Text(
        id="bahasa keluaran: id (Indonesia) atau en (Inggris); bawaan: en",
        en="output language: id (Indonesian) or en (English); default: en",
    ),
    "cli.arg.format": Text(
        id="bentuk keluaran: text (untuk dibaca) atau json (satu objek JSON per KIM)",
        en="output format: text (for people) or json (one JSON object per KIM)",
    ),
    "cli.arg.files": Text(
        id=(
            "berkas JSON Lines berisi dokumen KIM, satu per baris; '-' membaca "
            "stdin; tanpa berkas: contoh bawaan kimlib"
        ),
        en=(
            "JSON Lines files of KIM documents, one per line; '-' reads stdin; "
            "none: kimlib's bundled sample"
        ),
    ),
    "cli.arg.ignore_unknown": Text(
        id="abaikan kolom yang tidak dikenal alih-alih menolaknya",
        en="ignore unknown fields instead of refusing them",
    ),
    "cli.validate.help": Text(
        id="periksa apakah dokumen KIM sesuai format",
        en="check that KIM documents follow the format",
    ),
    "cli.validate.description": Text(
        id=(
            "Periksa setiap dokumen KIM (satu per baris) dan tampilkan 'valid' "
            "atau setiap kolom yang bermasalah beserta alasannya. Status keluar: "
            "0 semua valid, 1 ada yang tidak valid, 2 kesalahan penggunaan atau "
            "berkas tidak terbaca."
        ),
        en=(
            "Check each KIM document (one per line) and print 'valid' or every "
            "field at fault with its reason. Exit status: 0 all valid, 1 some "
            "invalid, 2 usage error or unreadable file."
        ),
    ),
    "cli.valid": Text(id="valid", en="valid"),
    "cli.invalid": Text(
        id="tidak valid ({count} masalah)", en="invalid ({count} problem(s))"
    ),
    "cli.no_id": Text(id="(tanpa id)", en="(no id)"),
    "cli.summary": Text(
        id="{total} KIM diperiksa: {valid} valid, {invalid} tidak valid",
        en="{total} KIM(s) checked: {valid} valid, {invalid} invalid",
    ),
    "cli.unreadable": Text(
        id="tidak dapat membaca {file}: {reason}",
        en="cannot read {file}: {reason}",
    ),
    "cli.sample": Text(id="contoh bawaan", en="bundled sample"),
}
