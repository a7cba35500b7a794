from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimlib import cli
from kimlib.errors import InvalidArgument, InvalidInput
from kimlib.io import (
    load_kim,
    load_kims,
    read_registry,
    read_workbook,
    sample_path,
    write_template,
    write_workbook,
)
from kimlib.io._workbook_write import EXAMPLE

KIM_HEADERS = ["id", "nama", "wilayah", "desa", "jumlah_anggota"]
MEMBER_HEADERS = ["id_kim", "nama", "peran", "asn"]


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _simple(path: Path, members: list[list[object]], **kim: object) -> Path:
    row = {"id": "K1", "nama": "KIM Uji", "wilayah": "36.73", "desa": None}
    row.update(kim)
    return _book(
        path,
        {
            "kim": [list(row), list(row.values())],
            "anggota": [MEMBER_HEADERS, *members],
        },
    )


def _problems(path: Path) -> list[tuple[str, str]]:
    (document,) = read_workbook(path)
    with pytest.raises(InvalidInput) as caught:
        document.load()
    return [(p.path, p.code) for p in caught.value.problems]


def test_sample_round_trips_through_a_workbook(tmp_path):
    """The bundled sample written to a workbook and read back gives equal KIMs."""
    kims = list(load_kims(sample_path()))
    path = write_workbook(kims, tmp_path / "sample.xlsx")
    assert kims == [document.load() for document in read_workbook(path)]


def _to_csv(book_path: Path, folder: Path, delimiter: str = ",") -> Path:
    folder.mkdir()
    book = openpyxl.load_workbook(book_path)
    for sheet in book.worksheets:
        with (folder / f"{sheet.title}.csv").open(
            "w", newline="", encoding="utf-8-sig"
        ) as f:
            writer = csv.writer(f, delimiter=delimiter)
            for row in sheet.iter_rows(values_only=True):
                writer.writerow(
                    [
                        ""
                        if v is None
                        else v.date().isoformat()
                        if isinstance(v, dt.datetime)
                        else v
                        for v in row
                    ]
                )
    return folder


def test_sample_round_trips_through_csv_folder_and_zip(tmp_path):
    """CSV files (semicolons, a BOM) in a folder or a zip give the same KIMs."""
    kims = list(load_kims(sample_path()))
    book = write_workbook(kims, tmp_path / "sample.xlsx")
    folder = _to_csv(book, tmp_path / "csv", delimiter=";")
    assert kims == [d.load() for d in read_workbook(folder)]
    archive = tmp_path / "registry.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for file in folder.iterdir():
            z.write(file, f"registry/{file.name}")
    assert kims == [d.load() for d in read_registry(archive)]
    assert kims == [d.load() for d in read_registry(folder / "kim.csv")]


def test_read_registry_reads_json_lines_as_lines():
    """A .jsonl file gives one document per line, as load_kims reads it."""
    documents = list(read_registry(sample_path()))
    assert [d.line for d in documents] == list(range(1, 15))
    assert list(load_kims(sample_path())) == [d.load() for d in documents]


def test_template_has_headers_choices_and_an_example(tmp_path):
    """The template holds the four sheets, drop-down lists and one valid example."""
    path = write_template(tmp_path / "template.xlsx")
    book = openpyxl.load_workbook(path)
    assert [
        "kim",
        "anggota",
        "dokumen",
        "kegiatan",
        "pemetaan",
        "indikator",
        "pilihan",
    ] == book.sheetnames
    assert "hidden" == book["pilihan"].sheet_state
    members = book["anggota"]
    assert "peran" in [c.value for c in members[1]]
    formulas = [v.formula1 for v in members.data_validations.dataValidation]
    assert len(formulas) == 4  # gender, role, civil servant, criminal record
    (document,) = read_workbook(path)
    assert load_kim(EXAMPLE) == document.load()


def test_template_command_writes_the_workbook(tmp_path, capsys):
    """`kimlib template FILE.xlsx` writes a workbook that validate accepts."""
    path = tmp_path / "registry.xlsx"
    assert 0 == cli.main(["template", str(path)])
    assert 0 == cli.main(["validate", str(path)])
    assert "KIM-3673-9001 KIM Contoh Sejahtera: valid" in capsys.readouterr().out


def test_problems_name_sheet_row_and_column(tmp_path):
    """A bad role is reported at anggota!R3.peran, with the loader's reason."""
    path = _simple(
        tmp_path / "r.xlsx",
        [["K1", "A", "ketua", "tidak"], ["K1", "B", "raja", None]],
    )
    assert [("anggota!R3.peran", "error.not_allowed")] == _problems(path)


def test_english_headers_name_english_columns(tmp_path):
    """With English headers the problem names the column as written."""
    path = _book(
        tmp_path / "r.xlsx",
        {
            "KIMs": [["ID", "Name", "Region"], ["K1", "KIM Uji", "36.73"]],
            "Members": [["Kim ID", "Name", "Role"], ["K1", "A", "raja"]],
        },
    )
    paths = [p for p, _ in _problems(path)]
    assert ["Members!R2.Role"] == paths


def test_roles_and_genders_are_read_in_any_case(tmp_path):
    """`Wakil Ketua` and `Laki-laki` are read as wakil_ketua and laki_laki."""
    path = _book(
        tmp_path / "r.xlsx",
        {
            "kim": [["id", "nama", "wilayah"], ["K1", "KIM Uji", 3673]],
            "anggota": [
                ["id_kim", "nama", "peran", "jenis_kelamin"],
                ["K1", "A", "Wakil Ketua", "Laki-laki"],
            ],
        },
    )
    (document,) = read_workbook(path)
    kim = document.load()
    assert ("wakil_ketua", "laki_laki") == (kim.members[0].role, kim.members[0].gender)
    assert "36.73" == kim.region


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("ya", True), ("Tidak", False), (None, None), (True, True), ("", None)],
)
def test_yes_no_cells(tmp_path, cell, expected):
    """`ya`/`tidak` (any case) and Excel booleans are read; empty is unknown."""
    path = _simple(tmp_path / "r.xlsx", [["K1", "A", "ketua", cell]])
    (document,) = read_workbook(path)
    assert expected == document.load().members[0].civil_servant


def test_other_yes_no_text_is_a_problem(tmp_path):
    """`mungkin` in a yes/no column says to write ya or tidak."""
    path = _simple(tmp_path / "r.xlsx", [["K1", "A", "ketua", "mungkin"]])
    (document,) = read_workbook(path)
    (problem,) = document.problems
    assert "anggota!R2.asn" == problem.path
    assert "isi ya atau tidak" in problem.describe("id")
    assert "write ya (yes) or tidak (no)" in problem.describe("en")


def test_affiliation_text_is_a_name(tmp_path):
    """An affiliation cell holds ya, tidak or a name."""
    path = _book(
        tmp_path / "r.xlsx",
        {
            "kim": [["id", "nama", "wilayah"], ["K1", "KIM Uji", "36.73"]],
            "anggota": [
                ["id_kim", "nama", "peran", "afiliasi_partai", "afiliasi_lsm"],
                ["K1", "A", "ketua", "Partai X", "tidak"],
            ],
        },
    )
    (document,) = read_workbook(path)
    member = document.load().members[0]
    assert ("Partai X", False) == (member.party_affiliation, member.ngo_affiliation)


def test_a_kim_without_members_needs_a_count(tmp_path):
    """No member rows and no count: jumlah_anggota is asked for."""
    path = _book(
        tmp_path / "r.xlsx",
        {"kim": [["id", "nama", "wilayah"], ["K1", "KIM Uji", "36.73"]]},
    )
    assert [("kim!R2.jumlah_anggota", "workbook.no_members")] == _problems(path)


def test_a_member_count_alone_is_not_yet_assessable(tmp_path):
    """A count without member rows is refused: the document cannot hold it yet."""
    path = _simple(tmp_path / "r.xlsx", [], jumlah_anggota=12)
    assert [("kim!R2.jumlah_anggota", "workbook.count_only")] == _problems(path)


def test_mapping_and_indicator_sheets(tmp_path):
    """Mapping and indicator rows join their KIM; a decimal comma is read."""
    path = _book(
        tmp_path / "r.xlsx",
        {
            "kim": [["id", "nama", "wilayah"], ["K1", "KIM Uji", "36.73"]],
            "anggota": [["id_kim", "peran", "nama"], ["K1", "ketua", "A"]],
            "pemetaan": [
                [
                    "id_kim",
                    "tanggal_penilaian",
                    "minat",
                    "pengaruh",
                    "kekuatan",
                    "metode",
                    "sumber",
                ],
                ["K1", "2025-03-05", "0,8", 0.3, 0.4, "kunjungan", "Diskominfo"],
            ],
            "indikator": [
                ["id_kim", "indikator", "nilai", "tanggal_ukur", "metode", "sumber"],
                ["K1", "Kesadaran Isu", "banyak", "2025-01-20", "survei", "Diskominfo"],
            ],
        },
    )
    (document,) = read_workbook(path)
    assert 0.8 == document.document["mapping"][0]["interest"]
    assert [("indikator!R2.nilai", "workbook.number")] == [
        (p.path, p.code) for p in document.problems
    ]


def test_cells_read_from_excel_types(tmp_path):
    """Excel dates, date-times and numbers become the document's values."""
    path = _book(
        tmp_path / "r.xlsx",
        {
            "kim": [
                ["id", "nama", "wilayah", "tanggal_berdiri", "tanpa_dokumen"],
                [7, "KIM Uji", "36.73", dt.datetime(2019, 3, 1), "ya"],  # noqa: DTZ001 - naive: local time
            ],
            "anggota": [["id_kim", "peran", "nama"], [7.0, "ketua", "A"]],
            "kegiatan": [
                ["id_kim", "bentuk", "waktu", "peserta", "saluran"],
                [
                    7,
                    "forum_diskusi",
                    dt.datetime(2025, 1, 10, 9, 0),  # noqa: DTZ001
                    14.0,
                    "tatap_muka; radio",
                ],
                [7, "forum_diskusi", dt.date(2025, 1, 11), "3", None],
            ],
        },
    )
    (document,) = read_workbook(path)
    kim = document.load()
    assert ("7", dt.date(2019, 3, 1), ()) == (kim.id, kim.founded_on, kim.documents)
    first, second = kim.activities
    assert (dt.datetime(2025, 1, 10, 9, 0), 14) == (first.at, first.participants)  # noqa: DTZ001
    assert ("tatap_muka", "radio") == first.channels
    assert (dt.datetime(2025, 1, 11), 3) == (second.at, second.participants)  # noqa: DTZ001


@pytest.mark.parametrize(
    ("header", "value", "code"),
    [
        ("wilayah", 36.1, "workbook.code_number"),
        ("tanggal_berdiri", 45000, "workbook.date"),
        ("jumlah_anggota", "dua belas", "workbook.count"),
        ("jumlah_anggota", -1, "workbook.count"),
    ],
)
def test_unreadable_kim_cells(tmp_path, header, value, code):
    """Cells of the wrong kind are named with a reason of their own."""
    row = {"id": "K1", "nama": "KIM Uji", "wilayah": "36.73", header: value}
    path = _book(
        tmp_path / "r.xlsx",
        {
            "kim": [list(row), list(row.values())],
            "anggota": [["id_kim", "peran", "nama"], ["K1", "ketua", "A"]],
        },
    )
    (document,) = read_workbook(path)
    assert [(f"kim!R2.{header}", code)] == [(p.path, p.code) for p in document.problems]


def test_a_nik_written_as_a_number_is_refused(tmp_path):
    """Excel rounds a 16-digit number, so a numeric NIK is a problem, never echoed."""
    path = _book(
        tmp_path / "r.xlsx",
        {
            "kim": [["id", "nama", "wilayah"], ["K1", "KIM Uji", "36.73"]],
            "anggota": [
                ["id_kim", "peran", "nama", "nik"],
                ["K1", "ketua", "A", 3673014101900001],
            ],
        },
    )
    (document,) = read_workbook(path)
    (problem,) = document.problems
    assert ("anggota!R2.nik", "workbook.nik_number") == (problem.path, problem.code)
    assert "3673014101900001" not in problem.describe("en")


def test_layout_problems_refuse_the_workbook(tmp_path):
    """An unknown column, a repeated column and an orphan row name sheet and row."""
    path = _book(
        tmp_path / "r.xlsx",
        {
            "kim": [
                ["id", "nama", "wilayah", "warna"],
                ["K1", "KIM Uji", "36.73", "x"],
            ],
            "anggota": [["id_kim", "peran", "peran"], ["K9", "ketua", "ketua"]],
            "catatan": [["apa saja"]],
        },
    )
    with pytest.raises(InvalidInput) as caught:
        list(read_workbook(path))
    found = [(p.path, p.code) for p in caught.value.problems]
    assert [
        ("kim!R1.warna", "workbook.unknown_column"),
        ("anggota!R1.peran", "workbook.twice"),
        ("anggota!R2.id_kim", "workbook.no_such_kim"),
    ] == found


def test_no_kim_sheet(tmp_path):
    """A workbook without a sheet kim is refused."""
    path = _book(tmp_path / "r.xlsx", {"lain": [["a"]]})
    with pytest.raises(InvalidInput) as caught:
        list(read_workbook(path))
    assert ["workbook.no_kim_sheet"] == [p.code for p in caught.value.problems]


def test_duplicate_id_rows(tmp_path):
    """A second row with the same id is a problem; rows join the first."""
    path = _book(
        tmp_path / "r.xlsx",
        {
            "kim": [
                ["id", "nama", "wilayah"],
                ["K1", "KIM Satu", "36.73"],
                ["K1", "KIM Dua", "36.73"],
            ],
            "anggota": [["id_kim", "peran", "nama"], ["K1", "ketua", "A"]],
        },
    )
    first, second = read_workbook(path)
    assert 1 == len(first.load().members)
    assert ["kim!R3.id", "kim!R3.jumlah_anggota"] == [p.path for p in second.problems]


def test_unreadable_files(tmp_path):
    """A missing file or an unknown ending is an InvalidArgument."""
    with pytest.raises(InvalidArgument, match="cannot read"):
        list(read_workbook(tmp_path / "none.xlsx"))
    (tmp_path / "r.ods").write_text("x")
    with pytest.raises(InvalidArgument, match="not a KIM registry file"):
        list(read_workbook(tmp_path / "r.ods"))
    with pytest.raises(InvalidArgument, match="cannot read"):
        list(read_registry(tmp_path / "none.jsonl"))


def test_write_needs_ids_for_child_rows(tmp_path):
    """A KIM with members but no id cannot be written: its rows could not join."""
    with pytest.raises(InvalidArgument, match="needs an id"):
        write_workbook(
            [{"name": "K", "region": "36.73", "members": [{"role": "ketua"}]}],
            tmp_path / "x.xlsx",
        )


def test_assess_reads_a_workbook_and_names_cells(tmp_path, capsys):
    """`kimlib assess FILE.xlsx` names a bad cell by sheet, row and column."""
    path = _simple(tmp_path / "r.xlsx", [["K1", "A", "raja", None]])
    assert 1 == cli.main(["assess", "--on", "2025-04-17", str(path)])
    assert "  anggota!R2.peran: value not allowed" in capsys.readouterr().out


def test_validate_reports_a_bad_layout(tmp_path, capsys):
    """A workbook whose layout is wrong is one invalid entry with every problem."""
    path = _book(tmp_path / "r.xlsx", {"kim": [["id", "warna"]]})
    assert 1 == cli.main(["validate", "--lang", "id", str(path)])
    assert "kim!R1.warna: kolom ke-2 tidak dikenal" in capsys.readouterr().out


FACT = st.sampled_from([True, False, None])


@given(civil=FACT, record=FACT, party=st.sampled_from([True, False, None, "Partai X"]))
def test_member_facts_round_trip(tmp_path_factory, civil, record, party):
    """Every three-valued member fact survives writing and reading a workbook."""
    member = {
        "name": "A",
        "role": "ketua",
        "civil_servant": civil,
        "criminal_record": record,
        "party_affiliation": party,
    }
    document = {"id": "K1", "name": "KIM Uji", "region": "36.73", "members": [member]}
    path = write_workbook(
        [document], tmp_path_factory.mktemp("wb") / "r.xlsx", choices=False
    )
    (read,) = read_workbook(path)
    assert load_kim(document) == read.load()
