"""Messages of hostile or unusual input: dates, times, JSON text, sources.

Texts of the document loaders and argument readers that refuse what they cannot
read safely: a date that does not exist, a year outside kimlib's range, JSON
that is not JSON Lines, a lone surrogate, a duplicated key, an oversized
document; and of the redaction command. No text contains a value taken from
the input beyond a short, cleaned echo of an argument (``{value}``) or the
parts of a date (``{date}``, ``{year}``).
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

_MONTHS = (
    ("Januari", "January"),
    ("Februari", "February"),
    ("Maret", "March"),
    ("April", "April"),
    ("Mei", "May"),
    ("Juni", "June"),
    ("Juli", "July"),
    ("Agustus", "August"),
    ("September", "September"),
    ("Oktober", "October"),
    ("November", "November"),
    ("Desember", "December"),
)

_TIME_FORMS_ID = (
    "tulis YYYY-MM-DDTHH:MM atau YYYY-MM-DDTHH:MM:SS[.ffffff] (T atau spasi), "
    "boleh diikuti Z atau selisih waktu seperti +07:00, atau tanggal saja "
    "(YYYY-MM-DD)"
)
_TIME_FORMS_EN = (
    "write YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS[.ffffff] (T or a space), "
    "optionally followed by Z or an offset such as +07:00, or a date alone "
    "(YYYY-MM-DD)"
)
_PERIOD_FORMS_ID = (
    "gunakan tahun ('2025'), triwulan ('2025Q1'), bulan ('2025-03'), selang "
    "tanggal ISO yang akhirnya ikut dihitung ('2025-01-01/2025-03-31') atau "
    "pendulum Interval"
)
_PERIOD_FORMS_EN = (
    "use a year ('2025'), a quarter ('2025Q1'), a month ('2025-03'), an ISO "
    "date interval with an inclusive end ('2025-01-01/2025-03-31') or a "
    "pendulum Interval"
)


def _dates() -> dict[str, Text]:
    """Reasons about a date, for a document field and for an argument."""
    reasons = {
        "date.format": Text(
            id="bukan tanggal berbentuk YYYY-MM-DD",
            en="not a date in the form YYYY-MM-DD",
        ),
        "date.no_month": Text(
            id="{date} tidak ada: satu tahun hanya 12 bulan",
            en="{date} does not exist: a year has 12 months",
        ),
        "date.year_range": Text(
            id="tahun di luar rentang yang diterima kimlib ({first} sampai {last})",
            en="the year lies outside the years kimlib accepts ({first} to {last})",
        ),
        "time.format": Text(
            id=f"bukan waktu yang dapat dibaca; {_TIME_FORMS_ID}",
            en=f"not a time kimlib can read; {_TIME_FORMS_EN}",
        ),
    }
    for number, (name_id, name_en) in enumerate(_MONTHS, start=1):
        reasons[f"date.not_exist.m{number:02d}"] = Text(
            id=f"{{date}} tidak ada: {name_id} {{year}} hanya {{days}} hari",
            en=f"{{date}} does not exist: {name_en} {{year}} has {{days}} days",
        )
    arguments = {
        f"argument.{key}": Text(
            id=f"{{name}}={{value}}: {text.id}", en=f"{{name}}={{value}}: {text.en}"
        )
        for key, text in reasons.items()
    }
    return {**reasons, **arguments}


MESSAGES: dict[str, Text] = {
    **_dates(),
    "argument.date_type": Text(
        id="{name} harus berupa tanggal atau teks YYYY-MM-DD, bukan {kind}",
        en="{name} must be a date or a YYYY-MM-DD text, not {kind}",
    ),
    "argument.period": Text(
        id=f"period={{value}} bukan periode; {_PERIOD_FORMS_ID}",
        en=f"period={{value}} is not a period; {_PERIOD_FORMS_EN}",
    ),
    "argument.period_type": Text(
        id="period harus berupa teks periode atau pendulum Interval, bukan {kind}",
        en="Expected a period text or Interval but got period={kind}",
    ),
    "argument.period_range": Text(
        id=(
            "period={value} di luar rentang tahun yang diterima kimlib "
            "({first} sampai {last})"
        ),
        en=("period={value} lies outside the years kimlib accepts ({first} to {last})"),
    ),
    "argument.period_end": Text(
        id="akhir periode {end} harus sesudah awalnya {start}",
        en="Period end={end} must be after start={start}",
    ),
    "argument.period_empty": Text(
        id="period={value} kosong atau terbalik; akhirnya harus sesudah awalnya",
        en="period={value} is empty or inverted; the end must follow the start",
    ),
    "argument.period_aware": Text(
        id="{name}: selang waktu yang memakai zona waktu memerlukan argumen tz",
        en="{name}: an interval of aware datetimes needs the tz argument",
    ),
    "argument.period_midnight": Text(
        id=(
            "{name}: selang waktu harus mulai dan berakhir tepat tengah malam "
            "waktu setempat KIM; gunakan tanggal untuk hari penuh"
        ),
        en=(
            "{name}: an interval of datetimes must start and end at local "
            "midnight in the KIM's time zone; use dates for whole days"
        ),
    ),
    "argument.timezone": Text(
        id=(
            "{name}={value} bukan zona waktu; gunakan 'WIB', 'WITA', 'WIT', "
            "nama IANA seperti 'Asia/Jayapura', atau tzinfo"
        ),
        en=(
            "{name}={value} is not a time zone; use 'WIB', 'WITA', 'WIT', "
            "an IANA name such as 'Asia/Jayapura', or a tzinfo"
        ),
    ),
    "argument.timezone_type": Text(
        id="{name} harus tzinfo atau nama zona waktu, bukan {kind}",
        en="Expected a tzinfo or a time-zone name but got {name}={kind}",
    ),
    "argument.source_type": Text(
        id=(
            "source harus berupa path berkas JSON Lines, berkas yang terbuka, "
            "bytes atau iterable dokumen, bukan {kind}"
        ),
        en=(
            "source must be a path to a JSON Lines file, an open file, bytes "
            "or an iterable of documents, not {kind}"
        ),
    ),
    "argument.source_unreadable": Text(
        id="source={value} tidak dapat dibaca sebagai berkas",
        en="source={value} cannot be read as a file",
    ),
    "argument.errors_mode": Text(
        id="errors={value} tidak didukung; gunakan 'raise' atau 'collect'",
        en="errors={value} is not supported; use 'raise' or 'collect'",
    ),
    "argument.redact": Text(
        id="redact=True hanya untuk dokumen KIM, bukan {kind}",
        en="redact=True is only for a KIM document, not {kind}",
    ),
    "input.surrogate": Text(
        id="teks ini memuat karakter yang tidak sah (surrogate tunggal)",
        en="this text holds an invalid character (a lone surrogate)",
    ),
    "input.not_utf8": Text(
        id="teks ini bukan UTF-8 yang sah",
        en="this text is not valid UTF-8",
    ),
    "input.duplicate_key": Text(
        id="kolom ini ditulis lebih dari sekali dalam satu objek",
        en="this field is written more than once in one object",
    ),
    "input.number_range": Text(
        id="angka ini terlalu besar", en="this number is too large"
    ),
    "input.json_syntax": Text(
        id="bukan JSON yang sah (baris {line}, kolom {column})",
        en="not valid JSON (line {line}, column {column})",
    ),
    "input.json_syntax_column": Text(
        id="bukan JSON yang sah (kolom {column})",
        en="not valid JSON (column {column})",
    ),
    "input.too_large": Text(
        id="dokumen ini lebih besar dari {limit}, batas kimlib untuk satu dokumen",
        en="this document is larger than {limit}, kimlib's limit for one document",
    ),
    "input.not_json_lines": Text(
        id=(
            "kimlib membaca JSON Lines (satu dokumen per baris); masukan ini "
            "tampaknya satu larik JSON atau satu dokumen yang ditulis dalam "
            "beberapa baris"
        ),
        en=(
            "kimlib expects JSON Lines (one document per line); this input "
            "looks like a JSON array or one document written over several lines"
        ),
    ),
    "input.more_problems": Text(
        id="dan masih ada masalah lain; kimlib melaporkan {limit} masalah pertama",
        en="and more problems; kimlib reports the first {limit}",
    ),
    "input.empty": Text(
        id="masukan kosong: tidak ada dokumen di dalamnya",
        en="the input is empty: it holds no document",
    ),
    "input.unknown_key_hidden": Text(
        id=(
            "kolom ke-{position} objek ini tidak dikenal; namanya tidak "
            "ditampilkan karena bisa memuat data pribadi"
        ),
        en=(
            "key number {position} of this object is not known; its name is "
            "not shown as it may hold personal data"
        ),
    ),
    "input.affiliation_word": Text(
        id=(
            "tulis 'false' bila tidak berafiliasi, 'true' bila berafiliasi tanpa "
            "menyebut nama, atau 'null' bila belum diketahui; jangan menulis "
            "ya/tidak sebagai teks"
        ),
        en=(
            "write false (not affiliated), true (affiliated, no name given) or "
            "null (unknown), not a yes/no word as text"
        ),
    ),
    "cli.redact.help": Text(
        id="tulis dokumen KIM tanpa nama, NIK dan keterangan pengurus",
        en="write KIM documents without names, NIKs and board details",
    ),
    "cli.redact.description": Text(
        id=(
            "Membaca berkas JSON Lines dan menulis setiap dokumen KIM tanpa "
            "nama dan NIK anggota serta tanpa nama partai atau ormas (diganti "
            "'true'), agar registri dapat dibagikan sesuai UU 27/2022. Dokumen "
            "yang tidak sesuai format tidak ditulis; masalahnya dilaporkan."
        ),
        en=(
            "Reads a JSON Lines file and writes each KIM document without the "
            "members' names and NIKs and without party or organisation names "
            "(replaced by true), so that a registry can be shared under UU "
            "27/2022. Invalid documents are not written; their problems are "
            "reported."
        ),
    ),
    "cli.redact.file": Text(
        id="berkas JSON Lines yang dibaca (- untuk masukan standar)",
        en="the JSON Lines file to read (- for standard input)",
    ),
    "cli.redact.output": Text(
        id="berkas tujuan (bawaan: keluaran standar)",
        en="the file to write (default: standard output)",
    ),
    "cli.redact.summary": Text(
        id=(
            "{written} dokumen ditulis tanpa data pribadi, "
            "{invalid} tidak sesuai format"
        ),
        en="{written} document(s) written without personal data, {invalid} invalid",
    ),
}
