"""Messages of the ``kimlib`` command line: help texts and what it prints.

Placeholders hold file names, line numbers, counts and a KIM's id and name
(a KIM's name is not personal data); never a member's name or any other value
of a member.
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["ARGPARSE", "MESSAGES"]

MESSAGES: dict[str, Text] = {
    "cli.description": Text(
        id="kimlib: aturan-sebagai-kode untuk Komunitas Informasi Masyarakat (KIM).",
        en="kimlib: rules-as-code for community information groups (KIM).",
    ),
    "cli.commands": Text(id="perintah", en="commands"),
    "cli.metavar.command": Text(id="PERINTAH", en="COMMAND"),
    "cli.metavar.file": Text(id="BERKAS", en="FILE"),
    "cli.metavar.period": Text(id="PERIODE", en="PERIOD"),
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
            "masukan standar (stdin); tanpa berkas: contoh bawaan kimlib"
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
            "Periksa setiap dokumen KIM (satu per baris) dan tampilkan 'sesuai "
            "format' atau setiap kolom yang bermasalah beserta alasannya."
        ),
        en=(
            "Check each KIM document (one per line) and print 'valid' or every "
            "field at fault with its reason."
        ),
    ),
    "cli.valid": Text(id="sesuai format", en="valid"),
    "cli.invalid": Text(
        id="tidak sesuai format ({count} masalah)",
        en="invalid ({count} problem(s))",
    ),
    "cli.duplicate_id": Text(
        id="id KIM ini sudah dipakai pada baris {line} berkas yang sama",
        en="this KIM id is already used on line {line} of the same file",
    ),
    "cli.summary_duplicates": Text(
        id="; {count} id KIM dipakai lebih dari sekali",
        en="; {count} KIM id(s) used more than once",
    ),
    "cli.reason.missing": Text(id="berkas tidak ada", en="no such file"),
    "cli.reason.denied": Text(
        id="tidak ada izin untuk membacanya", en="permission denied"
    ),
    "cli.reason.directory": Text(
        id="ini sebuah folder, bukan berkas", en="it is a folder, not a file"
    ),
    "cli.reason.other": Text(
        id="berkas tidak dapat dibaca", en="the file cannot be read"
    ),
    "cli.arg.version": Text(
        id="tampilkan versi kimlib lalu keluar",
        en="print kimlib's version and exit",
    ),
    "cli.arg.help": Text(
        id="tampilkan bantuan ini lalu keluar", en="show this help and exit"
    ),
    "cli.exit_status": Text(
        id=(
            "Status keluar: 0 semua dokumen sesuai format (dan, untuk assess, "
            "semua KIM memenuhi syarat kemitraan); 1 ada dokumen yang tidak "
            "sesuai format atau id KIM yang dipakai dua kali; 2 kesalahan "
            "penggunaan, argumen salah, tidak ada aturan yang berlaku, atau "
            "berkas tidak terbaca; 3 (assess) semua dokumen sesuai format "
            "tetapi ada KIM yang tidak memenuhi syarat, datanya belum lengkap, "
            "atau syaratnya belum berlaku."
        ),
        en=(
            "Exit status: 0 every document valid (and, for assess, every KIM "
            "eligible); 1 some document invalid or a KIM id used twice; 2 usage "
            "error, bad argument, no rule in force, or unreadable file; 3 "
            "(assess) every document valid but some KIM ineligible, incomplete, "
            "or not yet under a requirement in force."
        ),
    ),
    "cli.no_id": Text(id="(tanpa id)", en="(no id)"),
    "cli.summary": Text(
        id=(
            "{total} KIM diperiksa: {valid} sesuai format, {invalid} tidak "
            "sesuai format"
        ),
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
        id=(
            "tampilkan penjelasan lengkap per KIM (dengan --format json: di "
            "kolom explanation)"
        ),
        en=(
            "print the full explanation of each KIM (with --format json: in "
            "the field explanation)"
        ),
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
            "--on dan tampilkan hasilnya (memenuhi syarat kemitraan, tidak "
            "memenuhi syarat, data belum lengkap, atau syarat kemitraan belum "
            "berlaku), apakah kelompok itu memenuhi definisi KIM, temuan yang "
            "belum terpenuhi, dan perbaikannya."
        ),
        en=(
            "Apply the rules in force for each KIM's region on the date --on "
            "and print the outcome (eligible, ineligible, incomplete, or not "
            "in force), whether the group meets the KIM definition, the "
            "findings that do not pass, and their remedies."
        ),
    ),
    "cli.assess.outcome": Text(
        id="{outcome} (memenuhi definisi KIM: {is_kim})",
        en="{outcome} (meets the KIM definition: {is_kim})",
    ),
    "cli.assess.remedy": Text(id="saran perbaikan", en="remedy"),
    "cli.assess.summary": Text(
        id=(
            "{total} KIM dinilai: {eligible} memenuhi syarat kemitraan, "
            "{ineligible} tidak memenuhi syarat, {incomplete} datanya belum "
            "lengkap, {not_in_force} syaratnya belum berlaku, {invalid} tidak "
            "sesuai format"
        ),
        en=(
            "{total} KIM(s) assessed: {eligible} eligible, {ineligible} "
            "ineligible, {incomplete} incomplete, {not_in_force} not in force, "
            "{invalid} invalid"
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
            "pilihan kimlib sendiri, bukan standar resmi."
        ),
        en=(
            "Score each KIM's ADINDA activity (0-100) over the period --period, "
            "with the points of each stage and of topic cycles. The rubric is "
            "kimlib's own choice, not an official standard."
        ),
    ),
    "cli.score.total": Text(id="{total}/100 ({period})", en="{total}/100 ({period})"),
    "cli.score.parts": Text(
        id="{stages}; siklus {cycle}", en="{stages}; cycles {cycle}"
    ),
    "cli.score.summary": Text(
        id="{total} KIM diberi skor, {invalid} tidak sesuai format",
        en="{total} KIM(s) scored, {invalid} invalid",
    ),
}

#: argparse's own messages (its gettext msgids, as ``en``) and how kimlib
#: says them in Indonesian; the command line installs them for ``--lang id``.
ARGPARSE: dict[str, Text] = {
    "cli.argparse.usage": Text(id="penggunaan: ", en="usage: "),
    "cli.argparse.error": Text(
        id="%(prog)s: kesalahan: %(message)s\n",
        en="%(prog)s: error: %(message)s\n",
    ),
    "cli.argparse.positionals": Text(id="argumen posisi", en="positional arguments"),
    "cli.argparse.options": Text(id="pilihan", en="options"),
    "cli.argparse.help": Text(
        id="tampilkan bantuan ini lalu keluar",
        en="show this help message and exit",
    ),
    "cli.argparse.required": Text(
        id="argumen berikut wajib diisi: %s",
        en="the following arguments are required: %s",
    ),
    "cli.argparse.unrecognized": Text(
        id="argumen tidak dikenal: %s", en="unrecognized arguments: %s"
    ),
    "cli.argparse.argument": Text(
        id="argumen %(argument_name)s: %(message)s",
        en="argument %(argument_name)s: %(message)s",
    ),
    "cli.argparse.choice": Text(
        id="pilihan tidak dikenal: %(value)r (pilih dari %(choices)s)",
        en="invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "cli.argparse.choice_313": Text(
        id="pilihan tidak dikenal: %(value)r (pilih dari %(choices)s)",
        en="invalid choice: %(value)r, choose from %(choices)s",
    ),
    "cli.argparse.one": Text(id="harus diikuti satu nilai", en="expected one argument"),
    "cli.argparse.at_most_one": Text(
        id="paling banyak satu nilai", en="expected at most one argument"
    ),
    "cli.argparse.at_least_one": Text(
        id="paling sedikit satu nilai", en="expected at least one argument"
    ),
    "cli.argparse.ignored": Text(
        id="nilai %r tidak dipakai", en="ignored explicit argument %r"
    ),
    "cli.argparse.ambiguous": Text(
        id="pilihan taksa: %(option)s bisa berarti %(matches)s",
        en="ambiguous option: %(option)s could match %(matches)s",
    ),
    "cli.argparse.not_allowed": Text(
        id="tidak boleh bersama argumen %s", en="not allowed with argument %s"
    ),
    "cli.argparse.one_of": Text(
        id="salah satu argumen %s wajib diisi",
        en="one of the arguments %s is required",
    ),
    "cli.argparse.invalid_value": Text(
        id="nilai %(type)s tidak sah: %(value)r",
        en="invalid %(type)s value: %(value)r",
    ),
}
MESSAGES.update(ARGPARSE)
