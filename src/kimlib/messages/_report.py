"""Messages of the analyst's face: registry workbooks and ``kimlib report``.

Placeholders hold file names, sheet and column names, counts, region names
and a KIM's id and name; never a member's name or any other member value.
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    # --- reading workbooks ------------------------------------------------------
    "workbook.not_a_registry": Text(
        id="{file} bukan berkas daftar KIM (.xlsx, .csv, .zip atau .jsonl)",
        en="{file} is not a KIM registry file (.xlsx, .csv, .zip or .jsonl)",
    ),
    "workbook.unreadable": Text(
        id="tidak dapat membaca {file}: {reason}",
        en="cannot read {file}: {reason}",
    ),
    "workbook.needs_openpyxl": Text(
        id="berkas .xlsx memerlukan openpyxl: pip install 'kimlib[xlsx]'",
        en="an .xlsx file needs openpyxl: pip install 'kimlib[xlsx]'",
    ),
    "workbook.no_kim_sheet": Text(
        id="tidak ada lembar kim (satu baris per KIM)",
        en="there is no sheet kim (one row per KIM)",
    ),
    "workbook.unknown_column": Text(
        id="kolom ke-{n} tidak dikenal (salah ketik?)",
        en="column {n} is not known (a typo?)",
    ),
    "workbook.twice": Text(
        id="kolom ke-{n} sama dengan kolom sebelumnya",
        en="column {n} repeats an earlier column",
    ),
    "workbook.no_such_kim": Text(
        id="tidak ada KIM dengan id ini di lembar kim",
        en="no KIM in sheet kim has this id",
    ),
    "workbook.duplicate_id": Text(
        id=(
            "id ini sudah dipakai baris sebelumnya di lembar kim; baris lembar "
            "lain digabungkan ke baris yang pertama"
        ),
        en=(
            "an earlier row of sheet kim has this id; rows of the other sheets "
            "are joined to the first"
        ),
    ),
    "workbook.no_members": Text(
        id=(
            "tidak ada baris anggota untuk KIM ini; isi lembar anggota atau "
            "jumlah_anggota"
        ),
        en="this KIM has no member rows; fill in sheet anggota or jumlah_anggota",
    ),
    "workbook.count_only": Text(
        id=(
            "kimlib belum dapat menilai KIM dari jumlah anggota saja; isi lembar "
            "anggota dengan peran setiap anggota"
        ),
        en=(
            "kimlib cannot yet assess a KIM from its member count alone; list "
            "each member's role in sheet anggota"
        ),
    ),
    "workbook.yes_no": Text(
        id="isi ya atau tidak, atau kosongkan bila belum diketahui",
        en="write ya (yes) or tidak (no), or leave it empty when unknown",
    ),
    "workbook.date": Text(
        id="bukan tanggal; isi tanggal Excel atau teks seperti 2025-04-17",
        en="not a date; use an Excel date or text such as 2025-04-17",
    ),
    "workbook.number": Text(
        id="isi sebuah bilangan, misalnya 0,75 atau 4",
        en="write a number, e.g. 0.75 or 4",
    ),
    "workbook.count": Text(
        id="isi bilangan bulat 0 atau lebih",
        en="write a whole number, 0 or more",
    ),
    "workbook.code_number": Text(
        id=(
            "kode wilayah tertulis sebagai angka desimal sehingga angka nol "
            "bisa hilang; ubah sel menjadi teks, misalnya 36.73"
        ),
        en=(
            "the region code is a decimal number, which may lose a zero; "
            "format the cell as text, e.g. 36.73"
        ),
    ),
    "workbook.nik_number": Text(
        id=(
            "NIK tertulis sebagai angka sehingga Excel membulatkannya; ubah "
            "sel menjadi teks"
        ),
        en="the NIK is a number, which Excel rounds; format the cell as text",
    ),
    "workbook.write_needs_id": Text(
        id="setiap KIM yang punya anggota, dokumen atau kegiatan memerlukan id",
        en="every KIM with members, documents or activities needs an id",
    ),
    # --- the report -----------------------------------------------------------
    "report.bad_by": Text(
        id="by={by} tidak dikenal; pilih province, regency atau district",
        en="by={by} is not known; choose province, regency or district",
    ),
    "report.yes": Text(id="ya", en="yes"),
    "report.no": Text(id="tidak", en="no"),
    "report.unknown_region": Text(id="wilayah tidak diketahui", en="unknown region"),
    "report.column.line": Text(id="baris", en="line"),
    "report.column.kim_id": Text(id="id", en="id"),
    "report.column.kim_name": Text(id="nama KIM", en="KIM name"),
    "report.column.region": Text(id="wilayah", en="region"),
    "report.column.outcome": Text(id="hasil", en="outcome"),
    "report.column.is_kim": Text(id="KIM", en="KIM"),
    "report.column.total": Text(id="skor", en="score"),
    "report.column.name": Text(id="wilayah", en="region"),
    "report.column.kims": Text(id="KIM", en="KIMs"),
    "report.column.eligible": Text(id="memenuhi syarat", en="eligible"),
    "report.column.ineligible": Text(id="tidak memenuhi syarat", en="ineligible"),
    "report.column.incomplete": Text(id="data belum lengkap", en="incomplete"),
    "report.column.not_in_force": Text(id="belum berlaku", en="not in force"),
    "report.column.invalid": Text(id="tidak sah", en="invalid"),
    "report.column.mean_total": Text(id="skor rata-rata", en="mean score"),
    "report.column.median_total": Text(id="skor median", en="median score"),
    "report.column.coverage": Text(
        id="desa/kelurahan ber-KIM", en="villages with a KIM"
    ),
    "report.check.duplicate_id": Text(
        id="id {kim_id} dipakai lebih dari sekali (baris {lines})",
        en="id {kim_id} is used more than once (lines {lines})",
    ),
    "report.check.duplicate_name": Text(
        id=(
            "nama {kim_name} dipakai dua kali di satu desa/kelurahan {region} "
            "(baris {lines})"
        ),
        en="the name {kim_name} is used twice in one village {region} (lines {lines})",
    ),
    "report.check.outside_region": Text(
        id="{kim_name} berkedudukan di luar wilayah yang diminta (baris {lines})",
        en="{kim_name} is seated outside the region asked for (line {lines})",
    ),
    "report.checks": Text(id="Pemeriksaan daftar", en="Registry checks"),
    "report.no_checks": Text(
        id="Tidak ada id ganda, nama ganda atau KIM di luar wilayah.",
        en="No duplicate ids, duplicate names or KIMs outside the region.",
    ),
    "report.title": Text(id="Laporan KIM", en="KIM report"),
    "report.subtitle": Text(
        id="per {on}; skor ADINDA periode {period}",
        en="as of {on}; ADINDA score for {period}",
    ),
    "report.subtitle_no_period": Text(
        id="per {on}; tanpa skor ADINDA (tidak ada periode)",
        en="as of {on}; no ADINDA score (no period given)",
    ),
    "report.summary": Text(id="Ringkasan per wilayah", en="Summary per region"),
    "report.kims": Text(id="Hasil per KIM", en="Outcome per KIM"),
    "report.problems": Text(id="Masalah dokumen", en="Document problems"),
    "report.sampled": Text(
        id="Rincian ditampilkan untuk {shown} dari {total} KIM.",
        en="Details are shown for {shown} of {total} KIMs.",
    ),
    "report.written": Text(id="ditulis: {file}", en="written: {file}"),
    "report.html.is_kim": Text(
        id="memenuhi definisi KIM", en="meets the KIM definition"
    ),
    "report.html.not_kim": Text(
        id="tidak memenuhi definisi KIM", en="does not meet the KIM definition"
    ),
    "report.html.as_of": Text(id="per {date}", en="as of {date}"),
    "report.html.findings": Text(id="Temuan", en="Findings"),
    "report.html.remedies": Text(id="Tindak lanjut", en="Remedies"),
    "report.html.no_remedies": Text(
        id="Tidak ada yang perlu diperbaiki.", en="Nothing to fix."
    ),
    "report.html.radar": Text(id="Sebaran tahap ADINDA", en="ADINDA stages"),
    "report.html.total": Text(id="Skor ADINDA", en="ADINDA score"),
    "report.html.cycle": Text(id="Siklus topik", en="Topic cycles"),
    "report.html.more": Text(
        id="… dan {count} baris lagi", en="… and {count} more rows"
    ),
    "report.column.engagement": Text(id="keterlibatan", en="engagement"),
    "report.column.trends": Text(id="tren indikator", en="indicator trends"),
    "report.mapping": Text(id="Pemetaan KIM", en="KIM mapping"),
    "report.engagement": Text(
        id="Keterlibatan menurut pemetaan terakhir: {engagement}.",
        en="Engagement by the latest mapping: {engagement}.",
    ),
    "report.trends": Text(id="Indikator keberhasilan", en="Success indicators"),
    "report.trend_none": Text(id="tanpa data", en="no data"),
    "report.pictured": Text(
        id="Pemetaan dan indikator per KIM", en="Mapping and indicators per KIM"
    ),
    # --- the commands -----------------------------------------------------------
    "cli.report.arg.indicators": Text(
        id="bandingkan bacaan indikator dua periode, misalnya 2025Q1,2025Q2"
        " (sebelum,sesudah); tanpa ini, tanpa tren",
        en="compare the indicator readings of two periods, e.g. 2025Q1,2025Q2"
        " (before,after); without it, no trends",
    ),
    "cli.report.bad_indicators": Text(
        id="--indicators {value} tidak sah: tulis dua periode dipisah koma,"
        " misalnya 2025Q1,2025Q2",
        en="--indicators {value} is not valid: write two periods separated by a"
        " comma, e.g. 2025Q1,2025Q2",
    ),
    "cli.report.help": Text(
        id="laporan daftar KIM: hasil penilaian, skor ADINDA dan ringkasan per wilayah",
        en="registry report: outcomes, ADINDA scores and a summary per region",
    ),
    "cli.report.description": Text(
        id=(
            "Nilai dan skor setiap KIM dari berkas daftar (JSON Lines, .xlsx, "
            ".csv, .zip atau folder CSV; tanpa berkas: contoh bawaan), lalu "
            "tampilkan ringkasan per wilayah, cakupan desa/kelurahan dan "
            "pemeriksaan daftar. Status keluar: 0 selesai, 1 ada dokumen yang tidak "
            "sah atau pemeriksaan daftar menemukan masalah, 2 kesalahan "
            "penggunaan atau berkas tidak terbaca."
        ),
        en=(
            "Assess and score every KIM of registry files (JSON Lines, .xlsx, "
            ".csv, .zip or a folder of CSV; none: the bundled sample), then "
            "show the summary per region, village coverage and registry checks. "
            "Exit status: 0 done, 1 some document invalid or a registry check "
            "found something, 2 usage error or unreadable file."
        ),
    ),
    "cli.arg.registry_files": Text(
        id=(
            "berkas daftar KIM: JSON Lines, .xlsx, .csv, .zip atau folder CSV; "
            "tanpa berkas: contoh bawaan kimlib"
        ),
        en=(
            "KIM registry files: JSON Lines, .xlsx, .csv, .zip or a folder of "
            "CSV; none: kimlib's bundled sample"
        ),
    ),
    "cli.report.arg.on": Text(
        id="tanggal penilaian (YYYY-MM-DD); bawaan: hari ini",
        en="assessment date (YYYY-MM-DD); default: today",
    ),
    "cli.report.arg.period": Text(
        id="periode skor ADINDA (2025, 2025Q1, 2025-03 ...); tanpa periode: tanpa skor",
        en="ADINDA scoring period (2025, 2025Q1, 2025-03 ...); none: no scores",
    ),
    "cli.report.arg.by": Text(
        id="tingkat ringkasan: province, regency (bawaan) atau district",
        en="summary level: province, regency (default) or district",
    ),
    "cli.report.arg.format": Text(
        id="bentuk keluaran: table (bawaan), json, jsonl, csv, xlsx atau html",
        en="output format: table (default), json, jsonl, csv, xlsx or html",
    ),
    "cli.report.arg.output": Text(
        id="tulis ke berkas ini alih-alih layar",
        en="write to this file instead of the screen",
    ),
    "cli.report.arg.region": Text(
        id="kode wilayah yang diminta: KIM di luarnya dilaporkan",
        en="the region asked for: KIMs seated outside it are reported",
    ),
    "cli.report.needs_output": Text(
        id="format xlsx memerlukan --output BERKAS",
        en="format xlsx needs --output FILE",
    ),
    "cli.template.help": Text(
        id="tulis buku kerja Excel kosong untuk daftar KIM",
        en="write an empty Excel workbook for a KIM registry",
    ),
    "cli.template.description": Text(
        id=(
            "Tulis buku kerja .xlsx dengan lembar kim, anggota, dokumen, kegiatan, "
            "pemetaan dan indikator: judul kolom, daftar pilihan dan satu baris "
            "contoh."
        ),
        en=(
            "Write an .xlsx workbook with the sheets kim, anggota, dokumen, "
            "kegiatan, pemetaan and indikator: column headers, drop-down lists "
            "and one example row."
        ),
    ),
    "cli.template.arg.file": Text(
        id="berkas .xlsx yang ditulis", en="the .xlsx file to write"
    ),
    "frames.needs_pandas": Text(
        id="kimlib.frames memerlukan pandas: pip install 'kimlib[pandas]'",
        en="kimlib.frames needs pandas: pip install 'kimlib[pandas]'",
    ),
    "plot.needs_matplotlib": Text(
        id="kimlib.plot memerlukan matplotlib: pip install 'kimlib[plot]'",
        en="kimlib.plot needs matplotlib: pip install 'kimlib[plot]'",
    ),
    "plot.nothing": Text(
        id="tidak ada skor ADINDA untuk digambar (beri periode)",
        en="there is no ADINDA score to draw (give a period)",
    ),
}
