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
    "cli.yes": Text(id="ya", en="yes"),
    "cli.no": Text(id="tidak", en="no"),
    "cli.arg.explain": Text(
        id="tampilkan penjelasan lengkap per KIM (hanya untuk --format text)",
        en="print the full explanation of each KIM (--format text only)",
    ),
    "cli.arg.on": Text(
        id=(
            "tanggal penilaian (YYYY-MM-DD); bawaan: hari ini menurut zona "
            "waktu masing-masing KIM"
        ),
        en=(
            "the date to assess on (YYYY-MM-DD); default: today in each KIM's time zone"
        ),
    ),
    "cli.arg.period": Text(
        id=(
            "periode: 2025, 2025Q1, 2025-03 atau 2025-01-01/2025-03-31; bawaan: "
            "triwulan berjalan menurut zona waktu masing-masing KIM"
        ),
        en=(
            "the period: 2025, 2025Q1, 2025-03 or 2025-01-01/2025-03-31; "
            "default: the current quarter in each KIM's time zone"
        ),
    ),
    "cli.assess.help": Text(
        id="nilai apakah setiap KIM memenuhi aturan pada suatu tanggal",
        en="assess each KIM against the rules in force on a date",
    ),
    "cli.assess.description": Text(
        id=(
            "Terapkan aturan yang berlaku bagi wilayah setiap KIM pada tanggal "
            "--on dan tampilkan hasilnya (eligible, ineligible, incomplete, "
            "not_in_force), apakah kelompok itu sebuah KIM, temuan yang tidak "
            "lulus dan perbaikannya. Status keluar: 0 semua KIM memenuhi "
            "syarat, 1 ada KIM yang belum memenuhi syarat atau dokumen tidak "
            "valid, 2 kesalahan penggunaan, tanggal tidak sah, tidak ada aturan "
            "yang berlaku, atau berkas tidak terbaca."
        ),
        en=(
            "Apply the rules in force for each KIM's region on the date --on "
            "and print the outcome (eligible, ineligible, incomplete, "
            "not_in_force), whether the group is a KIM, the findings that do "
            "not pass and their remedies. Exit status: 0 every KIM eligible, 1 "
            "some KIM not eligible or some document invalid, 2 usage error, "
            "bad date, no rule in force, or unreadable file."
        ),
    ),
    "cli.assess.outcome": Text(
        id="{outcome} (memenuhi definisi KIM: {is_kim})",
        en="{outcome} (is a KIM: {is_kim})",
    ),
    "cli.assess.remedy": Text(id="perbaikan", en="remedy"),
    "cli.assess.summary": Text(
        id=(
            "{total} KIM dinilai: {eligible} memenuhi syarat, {not_eligible} "
            "belum memenuhi syarat, {invalid} tidak valid"
        ),
        en=(
            "{total} KIM(s) assessed: {eligible} eligible, {not_eligible} not "
            "eligible, {invalid} invalid"
        ),
    ),
    "cli.score.help": Text(
        id="hitung skor ADINDA setiap KIM untuk suatu periode",
        en="score each KIM's ADINDA activity over a period",
    ),
    "cli.score.description": Text(
        id=(
            "Hitung skor ADINDA (0-100) setiap KIM untuk periode --period, "
            "beserta poin setiap tahap dan siklus topik. Rubriknya adalah "
            "pilihan kimlib sendiri, bukan standar resmi. Status keluar: 0 "
            "berhasil, 1 ada dokumen tidak valid, 2 kesalahan penggunaan, "
            "periode tidak sah, atau berkas tidak terbaca."
        ),
        en=(
            "Score each KIM's ADINDA activity (0-100) over the period --period, "
            "with the points of each stage and of topic cycles. The rubric is "
            "kimlib's own choice, not an official standard. Exit status: 0 "
            "success, 1 some document invalid, 2 usage error, bad period, or "
            "unreadable file."
        ),
    ),
    "cli.score.total": Text(id="{total}/100 ({period})", en="{total}/100 ({period})"),
    "cli.score.parts": Text(
        id="{stages}; siklus {cycle}", en="{stages}; cycles {cycle}"
    ),
    "cli.score.summary": Text(
        id="{total} KIM diberi skor, {invalid} tidak valid",
        en="{total} KIM(s) scored, {invalid} invalid",
    ),
}
