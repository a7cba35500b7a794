"""Rebuild kimlib's region data (``src/kimlib/regions/data/*.csv.gz``).

The data are the Kemendagri codes of Kepmendagri No. 300.2.2-2138 Tahun 2025 as
amended by No. 300.2.2-2430 Tahun 2025, from cahyadsn/wilayah (MIT). Codes are
Kemendagri codes (the ones NIK prefixes use), never BPS codes.

Usage::

    python scripts/update_regions.py --sql path/to/wilayah.sql --commit <sha>
    python scripts/update_regions.py --csv-dir ../shared/data/wilayah --commit <sha>

``--sql`` reads cahyadsn's ``db/wilayah.sql`` (a dump of ``('kode','nama')``
tuples); ``--csv-dir`` reads the CSVs made from it by the shared ``build.py``.
Either way the tables are checked (sorted, unique, trimmed, no orphans, valid
time zones, and per-province counts equal to the decree's recap table) before
anything is written; a failed check writes nothing and exits with status 1.
The gzip files are written with a fixed timestamp, so a rebuild from the same
source gives the same bytes. A few names are corrected on the way (``CORRECTIONS``:
each with its evidence, applied only while the source still holds the name it
replaces), and ``MANIFEST.sha256`` records the SHA-256 of every file written, which
kimlib checks when it first reads a file.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent.parent / "src" / "kimlib" / "regions" / "data"
REPOSITORY = "https://github.com/cahyadsn/wilayah"
DECREE = (
    "Kepmendagri No. 300.2.2-2138 Tahun 2025 (25 April 2025) as amended by "
    "Kepmendagri No. 300.2.2-2430 Tahun 2025 (23 June 2025)"
)

# Province -> IANA zone. Keppres No. 41 Tahun 1987 (WIB/WITA/WIT since
# 1 January 1988); each province lies wholly in one zone. Kalbar and Kalteng
# use Asia/Pontianak, as tzdb's zone1970.tab does (+07:00 since 1988).
WIB, WITA, WIT = "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"
ZONE_GROUPS = (
    ("11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36", WIB),
    ("61 62", "Asia/Pontianak"),
    ("51 52 53 63 64 65 71 72 73 74 75 76", WITA),
    ("81 82 91 92 93 94 95 96", WIT),
)
TIMEZONES = {code: zone for codes, zone in ZONE_GROUPS for code in codes.split()}

# The decree's recap per province: (kabupaten, kota, kecamatan, kelurahan,
# desa incl. the 14 desa adat of 91.03), as in the cahyadsn README.
RECAP = {
    "11": (18, 5, 290, 0, 6500),
    "12": (25, 8, 455, 693, 5417),
    "13": (12, 7, 179, 230, 1035),
    "14": (10, 2, 172, 271, 1591),
    "15": (9, 2, 144, 171, 1414),
    "16": (13, 4, 241, 403, 2856),
    "17": (9, 1, 129, 172, 1341),
    "18": (13, 2, 229, 205, 2446),
    "19": (6, 1, 47, 84, 309),
    "21": (5, 2, 80, 144, 275),
    "31": (1, 5, 44, 267, 0),
    "32": (18, 9, 627, 646, 5311),
    "33": (29, 6, 576, 753, 7810),
    "34": (4, 1, 78, 46, 392),
    "35": (29, 9, 666, 773, 7721),
    "36": (4, 4, 155, 314, 1238),
    "51": (8, 1, 57, 80, 636),
    "52": (8, 2, 117, 145, 1021),
    "53": (21, 1, 315, 305, 3137),
    "61": (12, 2, 174, 99, 2046),
    "62": (13, 1, 136, 139, 1432),
    "63": (11, 2, 156, 144, 1872),
    "64": (7, 3, 105, 197, 841),
    "65": (4, 1, 55, 35, 447),
    "71": (11, 4, 171, 332, 1507),
    "72": (12, 1, 177, 175, 1842),
    "73": (21, 3, 313, 793, 2266),
    "74": (15, 2, 221, 377, 1908),
    "75": (5, 1, 77, 72, 657),
    "76": (6, 0, 69, 73, 575),
    "81": (9, 2, 119, 35, 1200),
    "82": (8, 2, 118, 118, 1067),
    "91": (8, 1, 105, 51, 948),
    "92": (7, 0, 91, 21, 803),
    "93": (4, 0, 82, 13, 677),
    "94": (8, 0, 131, 36, 1172),
    "95": (8, 0, 252, 10, 2617),
    "96": (5, 1, 132, 74, 939),
}
TOTALS = (416, 98, 7285, 8496, 75266)

# Names corrected from the source: code -> (name in the source, name shipped,
# evidence). The decree's own spelling wins where a second independent
# extraction of the same 2025 annex agrees with the OCR reading against the
# source; kimlib.regions._aliases keeps every replaced name searchable.
_OCR = "yonatanyl/KODE-WILAYAH-KEPMENDAGRI-2025 (OCR of the 2138 annex, e312223c)"
_IDN = "fityannugroho/idn-area-data v4 (data/{file} at {commit})"
_VILLAGES = _IDN.format(file="villages.csv", commit="5b159d13")
_DISTRICTS = _IDN.format(file="districts.csv", commit="013f1f68")
CORRECTIONS: dict[str, tuple[str, str, str]] = {
    # UU No. 15 Tahun 2007 forms "Kabupaten Kepulauan Siau Tagulandang Biaro";
    # the annex abbreviates "Kepulauan" to "Kep.".
    "71.09": (
        "Kabupaten Kep. Siau Tagulandang Biaro",
        "Kabupaten Kepulauan Siau Tagulandang Biaro",
        "UU No. 15 Tahun 2007 (the regency's legal name)",
    ),
    "11.07.14.2046": ("Mesjid Gogos", "Mesjid Gogo", f"{_OCR}; {_VILLAGES}"),
    "32.05.38": ("Limbangan", "Bl. Limbangan", f"{_OCR}; {_DISTRICTS}"),
    "62.10.10.2008": (
        "Tumbang Tuwe Hantapang",
        "Tumbang Tuwe",
        f"{_OCR}; {_VILLAGES}",
    ),
    "62.11.02.2005": (
        "Papuyu I Sei Pasaman",
        "Papuyu I Sei. Pasanan",
        f"{_OCR}; {_VILLAGES}",
    ),
    "63.01.02.2011": (
        "Simpang Empat",
        "Simpang Empat Sungai Baru",
        f"{_OCR}; {_VILLAGES}",
    ),
    "63.07.02.2011": ("Baru Waki", "Baru", f"{_OCR}; {_VILLAGES}"),
    "64.72.05.1004": ("Sungai Siring Pelita", "Sungai Siring", f"{_OCR}; {_VILLAGES}"),
    "73.26.03.1004": (
        "Nanggala Sanpiak Satu",
        "Nanggala Sanpiak Salu",
        f"{_OCR}; {_VILLAGES}",
    ),
    "95.04.44.2005": (
        "Leragawi/Megagirakusk",
        "Leragawi/Megagirakuk",
        f"{_OCR}; {_VILLAGES}",
    ),
}
MANIFEST = "MANIFEST.sha256"

CODE = re.compile(r"[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?", re.ASCII)
SQL_ROW = re.compile(r"\(\s*'([0-9.]+)'\s*,\s*'((?:[^']|'')*)'\s*\)")

# file name -> (level, columns)
FILES = {
    "provinces.csv.gz": (1, ("code", "name", "timezone")),
    "regencies.csv.gz": (2, ("code", "name", "kind")),
    "districts.csv.gz": (3, ("code", "name")),
    "villages.csv.gz": (4, ("code", "name", "kind")),
}
LEVEL_NAMES = {1: "provinces", 2: "regencies", 3: "districts", 4: "villages"}

Row = tuple[str, ...]


def clean(name: str) -> str:
    """Trim and collapse whitespace; typographic apostrophe to ASCII."""
    return " ".join(name.replace("\u2019", "'").split())


def level(code: str) -> int:
    """1 (province) to 4 (village)."""
    return code.count(".") + 1


def kind(code: str) -> str:
    """The kind a regency or village code encodes (SOURCE.md, build.py)."""
    if level(code) == 2:
        return "kota" if int(code[3:5]) >= 71 else "kabupaten"
    # 4th segment: 1 = kelurahan, 2 = desa, 3 = desa adat (written as desa).
    return "kelurahan" if code[9] == "1" else "desa"


def names_from_sql(path: Path) -> dict[str, str]:
    """``{code: name}`` from cahyadsn's ``wilayah.sql``."""
    text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    names: dict[str, str] = {}
    for match in SQL_ROW.finditer(text):
        code, raw = match.group(1), match.group(2).replace("''", "'")
        if code in names:
            sys.exit(f"duplicate code {code}")
        names[code] = clean(raw)
    return names


def names_from_csv(folder: Path) -> dict[str, str]:
    """``{code: name}`` from the shared CSV folder (``build.py`` output)."""
    names: dict[str, str] = {}
    for stem in ("provinces", "regencies", "districts", "villages"):
        with (folder / f"{stem}.csv").open(encoding="utf-8", newline="") as file:
            for record in csv.DictReader(file):
                if record["code"] in names:
                    sys.exit(f"duplicate code {record['code']}")
                names[record["code"]] = clean(record["name"])
    return names


def correct(names: dict[str, str]) -> list[str]:
    """Apply :data:`CORRECTIONS` in place; the problems found, if any."""
    errors: list[str] = []
    for code, (old, new, _) in CORRECTIONS.items():
        if names.get(code) == old:
            names[code] = new
        elif names.get(code) != new:
            errors.append(f"{code}: source name {names.get(code)!r}, expected {old!r}")
    return errors


def manifest(folder: Path) -> str:
    """``sha256sum`` lines for the data files in ``folder``, in file order."""
    lines = []
    for file_name in FILES:
        digest = hashlib.sha256((folder / file_name).read_bytes()).hexdigest()
        lines.append(f"{digest}  {file_name}\n")
    return "".join(lines)


def tables(names: dict[str, str]) -> dict[int, list[Row]]:
    """Rows per level, sorted by code, in the package's column order."""
    rows: dict[int, list[Row]] = {1: [], 2: [], 3: [], 4: []}
    for code in sorted(names):
        depth = level(code)
        if depth == 1:
            rows[1].append((code, names[code], TIMEZONES.get(code, "")))
        elif depth == 3:
            rows[3].append((code, names[code]))
        else:
            rows[depth].append((code, names[code], kind(code)))
    return rows


def verify_shape(rows: dict[int, list[Row]]) -> list[str]:
    """Sorted, unique, well-formed codes; trimmed names; no orphans; zones."""
    errors: list[str] = []
    known: set[str] = set()
    for depth, table in rows.items():
        codes = [row[0] for row in table]
        if codes != sorted(codes) or len(codes) != len(set(codes)):
            errors.append(f"level {depth}: codes not sorted or not unique")
        errors.extend(
            f"{row[0]}: bad code, empty or untrimmed name, or orphan"
            for row in table
            if not CODE.fullmatch(row[0])
            or level(row[0]) != depth
            or not row[1]
            or row[1] != row[1].strip()
            or (depth > 1 and row[0].rsplit(".", 1)[0] not in known)
        )
        known.update(codes)
    errors.extend(
        f"{code}: bad time zone {zone!r}"
        for code, _, zone in rows[1]
        if zone not in {WIB, WITA, WIT, "Asia/Pontianak"} or not ZoneInfo(zone)
    )
    return errors


def verify_counts(rows: dict[int, list[Row]]) -> list[str]:
    """Per-province counts and totals equal the decree's recap table."""
    got: dict[str, list[int]] = defaultdict(lambda: [0] * 5)
    for code, _, what in rows[2]:
        got[code[:2]][0 if what == "kabupaten" else 1] += 1
    for row in rows[3]:
        got[row[0][:2]][2] += 1
    for code, _, what in rows[4]:
        got[code[:2]][3 if what == "kelurahan" else 4] += 1
    errors = [
        f"province {code}: got {tuple(got[code])}, decree says {want}"
        for code, want in RECAP.items()
        if tuple(got[code]) != want
    ]
    if set(got) != set(RECAP) or len(rows[1]) != len(RECAP):
        errors.append("the set of provinces differs from the decree")
    totals = tuple(sum(column) for column in zip(*got.values(), strict=True))
    if totals != TOTALS:
        errors.append(f"totals {totals} differ from {TOTALS}")
    return errors


def render(file_name: str, rows: list[Row], commit: str) -> bytes:
    """One gzip file: the provenance header, the column row, the rows."""
    depth, columns = FILES[file_name]
    buffer = io.StringIO()
    header = [
        f"Kemendagri region codes: {LEVEL_NAMES[depth]} ({len(rows)} rows).",
        f"Source: {REPOSITORY} db/wilayah.sql at commit {commit}",
        "(MIT, Copyright (c) 2017-2025 Cahya DSN; see LICENSE.cahyadsn-wilayah.txt).",
        f"Legal basis: {DECREE}.",
        "Codes are Kemendagri codes (as in NIK prefixes), never BPS codes.",
        "Generated by scripts/update_regions.py; must not be modified directly.",
    ]
    buffer.writelines(f"# {line}\n" for line in header)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return gzip.compress(buffer.getvalue().encode("utf-8"), mtime=0)


def main(argv: list[str] | None = None) -> int:
    """Build, verify and write the package data."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--sql", type=Path, help="cahyadsn db/wilayah.sql")
    source.add_argument("--csv-dir", type=Path, help="folder of build.py CSVs")
    parser.add_argument("--commit", required=True, help="upstream commit (sha)")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder")
    args = parser.parse_args(argv)
    names = names_from_sql(args.sql) if args.sql else names_from_csv(args.csv_dir)
    errors = correct(names)
    rows = tables(names)
    errors += verify_shape(rows) + verify_counts(rows)
    if errors:
        print("FAILED:", *errors, sep="\n  ")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for file_name, (depth, _) in FILES.items():
        (args.out / file_name).write_bytes(render(file_name, rows[depth], args.commit))
    (args.out / MANIFEST).write_text(manifest(args.out), encoding="utf-8")
    kinds = Counter(row[2] for depth in (2, 4) for row in rows[depth])
    print(
        f"provinces={len(rows[1])} regencies={len(rows[2])} "
        f"districts={len(rows[3])} villages={len(rows[4])} {dict(kinds)}"
    )
    print(f"corrected {len(CORRECTIONS)} names; wrote {MANIFEST}")
    print(f"ALL CHECKS PASSED; wrote {len(FILES) + 1} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
