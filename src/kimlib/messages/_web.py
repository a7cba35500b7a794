"""Messages of the web API (``kimlib serve``): error bodies, the docs page, help.

Placeholders hold parameter names, HTTP methods, media types, sizes and
schema names; never a value of the posted document (a body may hold names
and NIKs) and never the requested path.
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    # --- the command ---------------------------------------------------------
    "cli.serve.help": Text(
        id="menjalankan API web untuk portal (perlu paket tambahan web)",
        en="run the web API for portals (needs the web extra)",
    ),
    "cli.serve.description": Text(
        id=(
            "Menjalankan API web kimlib dengan uvicorn: /v1/validate, /v1/assess,"
            " /v1/score, /v1/batch, /v1/rules, /v1/regions, /v1/schemas,"
            " /v1/openapi.json, /docs dan /healthz."
        ),
        en=(
            "Run kimlib's web API with uvicorn: /v1/validate, /v1/assess,"
            " /v1/score, /v1/batch, /v1/rules, /v1/regions, /v1/schemas,"
            " /v1/openapi.json, /docs and /healthz."
        ),
    ),
    "cli.serve.arg.host": Text(
        id="alamat yang didengarkan; bawaan: 127.0.0.1 (hanya komputer ini)",
        en="address to listen on; default: 127.0.0.1 (this computer only)",
    ),
    "cli.serve.arg.port": Text(
        id="nomor port; bawaan: 8000", en="port number; default: 8000"
    ),
    "cli.serve.arg.workers": Text(
        id="jumlah proses pekerja; bawaan: 1",
        en="number of worker processes; default: 1",
    ),
    "cli.serve.arg.profile": Text(
        id="berkas profil daerah (YAML atau TOML); boleh diulang",
        en="a regional profile file (YAML or TOML); may be repeated",
    ),
    "cli.serve.arg.root_path": Text(
        id="awalan alamat bila berjalan di belakang proksi, misalnya /kim",
        en="path prefix when running behind a proxy, e.g. /kim",
    ),
    "cli.serve.arg.cors_origin": Text(
        id=(
            "asal halaman peramban yang boleh memanggil API, misalnya"
            " https://kim.example; boleh diulang; bawaan: tidak ada"
        ),
        en=(
            "origin of browser pages that may call the API, e.g."
            " https://kim.example; may be repeated; default: none"
        ),
    ),
    "cli.serve.missing_extra": Text(
        id=(
            "perintah serve memerlukan paket tambahan web;"
            ' pasang dengan: pip install "kimlib[web]"'
        ),
        en=(
            "the serve command needs the web extra;"
            ' install it: pip install "kimlib[web]"'
        ),
    ),
    "cli.serve.bad_port": Text(
        id="--port harus antara 0 dan 65535", en="--port must be from 0 to 65535"
    ),
    "cli.serve.bad_workers": Text(
        id="--workers harus 1 atau lebih", en="--workers must be 1 or more"
    ),
    # --- problem titles (RFC 9457 "title") -----------------------------------
    "web.title.bad_request": Text(
        id="nilai parameter tidak sah", en="invalid parameter value"
    ),
    "web.title.not_found": Text(id="tidak ditemukan", en="not found"),
    "web.title.method_not_allowed": Text(
        id="metode tidak diizinkan", en="method not allowed"
    ),
    "web.title.too_large": Text(
        id="isi permintaan terlalu besar", en="request body too large"
    ),
    "web.title.unsupported_type": Text(
        id="jenis isi tidak didukung", en="unsupported content type"
    ),
    "web.title.invalid_document": Text(
        id="dokumen KIM tidak sesuai format", en="invalid KIM document"
    ),
    "web.title.internal": Text(id="kesalahan di server", en="internal server error"),
    # --- problem details ("detail") --------------------------------------------
    "web.route_unknown": Text(
        id="alamat ini tidak ada di API; daftar alamat ada di /v1/openapi.json",
        en="this address is not part of the API; /v1/openapi.json lists them",
    ),
    "web.method_unknown": Text(
        id="metode {method} tidak diizinkan di alamat ini; gunakan: {allowed}",
        en="method {method} is not allowed here; use: {allowed}",
    ),
    "web.body_too_large": Text(
        id="isi permintaan melebihi batas {limit} bait",
        en="the request body is over the limit of {limit} bytes",
    ),
    "web.type_unsupported": Text(
        id="jenis isi {given} tidak didukung di alamat ini; kirim: {expected}",
        en="content type {given} is not accepted here; send: {expected}",
    ),
    "web.type_lines": Text(
        id=(
            "jenis isi {given} tidak didukung di alamat ini; kirim: {expected}"
            " (dengan curl: --data-binary @berkas.jsonl, karena -d menghapus"
            " baris baru)"
        ),
        en=(
            "content type {given} is not accepted here; send: {expected}"
            " (with curl: --data-binary @file.jsonl, since -d removes the"
            " line breaks)"
        ),
    ),
    "web.invalid_document": Text(
        id="dokumen KIM tidak sesuai format ({count} masalah)",
        en="invalid KIM document ({count} problem(s))",
    ),
    "web.bad_parameter": Text(
        id="nilai parameter {name} tidak sah: {hint}",
        en="the value of parameter {name} is not valid: {hint}",
    ),
    "web.hint.on": Text(
        id="gunakan tanggal ISO (YYYY-MM-DD), misalnya 2025-04-17",
        en="use an ISO date (YYYY-MM-DD), e.g. 2025-04-17",
    ),
    "web.hint.not_in_force": Text(
        id="tidak ada aturan KIM yang berlaku pada tanggal ini",
        en="no KIM rule is in force on this date",
    ),
    "web.hint.period": Text(
        id=(
            "gunakan tahun (2025), triwulan (2025Q1), bulan (2025-03) atau"
            " rentang tanggal (2025-01-01/2025-03-31)"
        ),
        en=(
            "use a year (2025), a quarter (2025Q1), a month (2025-03) or a"
            " date range (2025-01-01/2025-03-31)"
        ),
    ),
    "web.hint.indicators_pair": Text(
        id="isi indicators_before dan indicators_after bersama-sama",
        en="give indicators_before and indicators_after together",
    ),
    "web.hint.lang": Text(
        id="gunakan id (Indonesia) atau en (Inggris)",
        en="use id (Indonesian) or en (English)",
    ),
    "web.hint.region": Text(
        id="gunakan kode wilayah Kemendagri yang ada, misalnya 36.73",
        en="use an existing Kemendagri region code, e.g. 36.73",
    ),
    "web.hint.q": Text(
        id="isi nama wilayah yang dicari, misalnya q=Kapuas Hulu",
        en="give the name of the region to look for, e.g. q=Kapuas Hulu",
    ),
    "web.hint.limit": Text(
        id="gunakan bilangan bulat dari 1 sampai 100",
        en="use a whole number from 1 to 100",
    ),
    "web.region_unknown": Text(
        id="tidak ada wilayah dengan kode ini; contoh kode: 36.73",
        en="no region has this code; an example of a code: 36.73",
    ),
    "web.schema_unknown": Text(
        id="tidak ada skema dengan nama ini; pilihan: {known}",
        en="no schema has this name; choose one of: {known}",
    ),
    "web.line_too_long": Text(
        id="baris ini melebihi batas satu dokumen ({limit} bait)",
        en="this line is over the limit of one document ({limit} bytes)",
    ),
    "web.internal": Text(
        id="permintaan tidak dapat diproses karena kesalahan di server",
        en="the request could not be handled because of an error in the server",
    ),
    # --- the docs page ---------------------------------------------------------
    "web.docs.title": Text(id="API web kimlib", en="kimlib web API"),
    "web.docs.intro": Text(
        id=(
            "Halaman ini dibaca dari /v1/openapi.json dan tidak memuat apa pun"
            " dari internet. Isi contoh permintaan lalu tekan Kirim."
        ),
        en=(
            "This page is read from /v1/openapi.json and loads nothing from"
            " the internet. Fill in a request and press Send."
        ),
    ),
    "web.docs.send": Text(id="Kirim", en="Send"),
    "web.docs.body": Text(id="isi permintaan", en="request body"),
    "web.docs.answer": Text(id="jawaban", en="answer"),
    # --- arguments of create_app ---------------------------------------------
    "web.argument.limit": Text(
        id="{name}={value} tidak sah; batas adalah bilangan bulat bait, minimal 1",
        en="{name}={value} is not valid; a limit is a whole number of bytes, >= 1",
    ),
    "web.argument.origins": Text(
        id="cors_origins harus berupa daftar teks asal, misalnya ['https://kim.id']",
        en="cors_origins must be a list of origins as text, e.g. ['https://kim.id']",
    ),
    "web.argument.both": Text(
        id="berikan profiles= atau registry=, jangan keduanya",
        en="pass profiles= or registry=, not both",
    ),
    "web.argument.profile": Text(
        id="profiles harus berisi nilai Profile",
        en="profiles must hold Profile values",
    ),
}
