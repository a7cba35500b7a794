"""The raw tables of a registry file: an .xlsx workbook, or CSV files.

Each table is a list of rows (tuples of cell values) with the header first,
under the sheet's name as written in the file. CSV files are read as UTF-8
(a byte order mark is dropped) with the delimiter of their first line
(comma, semicolon or tab: a spreadsheet set to Indonesian writes semicolons).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from kimlib.errors import InvalidArgument

__all__ = ["Table", "read_tables"]

#: A sheet as written in the file: (name, rows with the header first).
Table = tuple[str, list[tuple[object, ...]]]


def read_tables(path: Path) -> Iterator[Table]:
    """Every table of ``path``: an .xlsx file, a folder or .zip of CSV, a .csv.

    A single .csv file is the sheet its name gives (``kim.csv``); the other
    sheets are read from CSV files next to it when they are there.

    Raises:
        InvalidArgument: the file cannot be read or is not of these kinds.
    """
    try:
        if path.is_dir():
            yield from _csv_folder(path)
        elif path.suffix.lower() == ".xlsx":
            yield from _xlsx(path)
        elif path.suffix.lower() == ".zip":
            yield from _csv_zip(path)
        elif path.suffix.lower() == ".csv":
            yield from _csv_folder(path.parent)
        else:
            raise InvalidArgument.of("workbook.not_a_registry", file=path.name)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as error:
        if isinstance(error, InvalidArgument):
            raise
        reason = getattr(error, "strerror", None) or type(error).__name__
        raise InvalidArgument.of(
            "workbook.unreadable", file=path.name, reason=reason
        ) from None


def _xlsx(path: Path) -> Iterator[Table]:
    try:
        import openpyxl  # noqa: PLC0415 - an optional extra
    except ModuleNotFoundError:  # pragma: no cover - the test extra has it
        raise InvalidArgument.of("workbook.needs_openpyxl") from None
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            yield sheet.title, [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _csv_rows(text: str) -> list[tuple[object, ...]]:
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    return [tuple(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _csv_folder(folder: Path) -> Iterator[Table]:
    for file in sorted(folder.iterdir()):
        if file.suffix.lower() == ".csv" and file.is_file():
            yield file.stem, _csv_rows(file.read_text(encoding="utf-8"))


def _csv_zip(path: Path) -> Iterator[Table]:
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            member = PurePosixPath(name)
            if member.suffix.lower() == ".csv" and not name.startswith("__MACOSX"):
                text = archive.read(name).decode("utf-8")
                yield member.stem, _csv_rows(text)
