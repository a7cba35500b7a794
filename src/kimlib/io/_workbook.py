"""Registries from spreadsheets: :func:`read_workbook` and :func:`read_registry`.

A registry workbook has sheets joined by the KIM id: ``kim`` (one row per
KIM), ``anggota`` (members), ``dokumen`` (documents), ``kegiatan``
(activities), ``pemetaan`` (mapping assessments) and ``indikator``
(indicator readings); each row of the others names its KIM in ``id_kim``.
Headers are Indonesian or their English aliases, in any case. Yes/no cells
hold ``ya`` or ``tidak`` (empty: unknown); dates are Excel dates or ISO text.
docs/workbooks.md lists every column.

The reader turns each KIM row into the document :func:`~kimlib.io.load_kim`
takes; :meth:`SourceDocument.load` loads it and names every problem by
sheet, row and column, e.g. ``anggota!R5.peran``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from kimlib.errors import InvalidInput, Problem
from kimlib.io._load import load_kim
from kimlib.io._sheets import CHILD_SHEETS, JOIN, KIM_SHEET, Cell, Column, SheetLayout
from kimlib.io._sheets import normal_header as _fold
from kimlib.io._tables import Table, read_tables
from kimlib.model import Kim

__all__ = ["WORKBOOK_SUFFIXES", "SourceDocument", "read_registry", "read_workbook"]

#: The file name endings read as workbooks (a folder of CSV files is too).
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".csv", ".zip"})

_YES = frozenset({"ya", "y", "yes", "true", "benar", "1"})
_NO = frozenset({"tidak", "t", "no", "n", "false", "salah", "0"})
_PATH = re.compile(
    r"(?:(members|documents|activities|mapping|indicators)\[(\d+)\]\.?)?([a-z_]*)"
)

#: Where a document's parts came from: path prefix -> (sheet, row, headers).
_Place = tuple[str, int, Mapping[str, str]]


@attrs.frozen
class SourceDocument:
    """One KIM document of a registry file and where it came from.

    ``line`` is the JSON Lines line, or the row of sheet ``kim``;
    ``document`` is what :func:`~kimlib.io.load_kim` takes (a dict from a
    workbook, the line's bytes from JSON Lines); ``problems`` are the cells
    the reader could not read, already named by sheet, row and column.
    """

    line: int
    document: Mapping[str, Any] | bytes
    problems: tuple[Problem, ...] = ()
    places: Mapping[str, _Place] = attrs.field(factory=dict, repr=False, eq=False)

    def locate(self, path: str) -> str:
        """The cell a document path came from (``anggota!R5.peran``).

        A path of a JSON Lines document is returned as it is.

        >>> SourceDocument(1, b"{}").locate("members[0].role")
        'members[0].role'
        """
        match = _PATH.match(path)
        if not self.places or match is None:
            return path
        part, index, field = match.groups()
        place = self.places.get(f"{part}[{index}]" if part else "")
        if place is None:
            return path
        sheet, row, headers = place
        where = f"{sheet}!R{row}"
        return f"{where}.{headers.get(field, field)}" if field else where

    def load(self, *, ignore_unknown: bool = False) -> Kim:
        """The Kim of the document (see :func:`~kimlib.io.load_kim`).

        Raises:
            InvalidInput: every problem of the reader and the loader, named
                by sheet, row and column for a workbook.
        """
        try:
            kim = load_kim(self.document, ignore_unknown=ignore_unknown)
        except InvalidInput as error:
            found = tuple(self.problems) + tuple(
                attrs.evolve(p, path=self.locate(p.path)) for p in error.problems
            )
            raise InvalidInput(found) from None
        if self.problems:
            raise InvalidInput(self.problems)
        return kim


def read_registry(path: str | os.PathLike[str]) -> Iterator[SourceDocument]:
    """Every KIM document of a registry file, chosen by its name's ending.

    ``.xlsx``, ``.csv``, ``.zip`` or a folder: :func:`read_workbook`; any
    other file: JSON Lines (blank lines skipped), one document per line.

    Raises:
        InvalidArgument: the file cannot be read.
        InvalidInput: a workbook's layout is wrong (see :func:`read_workbook`).

    >>> from kimlib.io import sample_path
    >>> first = next(read_registry(sample_path()))
    >>> first.line, first.load().id
    (1, 'KIM-3673-0001')
    """
    file = Path(path)
    if file.is_dir() or file.suffix.lower() in WORKBOOK_SUFFIXES:
        yield from read_workbook(file)
        return
    from kimlib.errors import InvalidArgument  # noqa: PLC0415

    try:
        handle = file.open("rb")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise InvalidArgument.of(
            "workbook.unreadable", file=file.name, reason=reason
        ) from None
    with handle:
        for line, raw in enumerate(handle, start=1):
            if raw.strip():
                yield SourceDocument(line, raw)


def read_workbook(path: str | os.PathLike[str]) -> Iterator[SourceDocument]:
    """The KIM documents of a workbook (.xlsx) or of CSV files (folder, .zip).

    Sheets other than those of the layout (or their English names) are
    ignored, as are empty rows. A KIM with no
    member rows needs its ``jumlah_anggota``.

    Raises:
        InvalidArgument: the file cannot be read (or openpyxl is missing).
        InvalidInput: the layout is wrong: no sheet ``kim``, a column no
            sheet has, a column twice, or a row of another sheet whose
            ``id_kim`` names no KIM; every problem names its sheet and row.
    """
    tables: dict[str, Table] = {}
    for name, rows in read_tables(Path(path)):
        tables.setdefault(_fold(name), (name, rows))
    layout_problems: list[Problem] = []
    if not any(_fold(n) in {KIM_SHEET.name, KIM_SHEET.alias} for n in tables):
        raise InvalidInput([Problem(KIM_SHEET.name, "workbook.no_kim_sheet")])
    sheets = {}
    for layout in (KIM_SHEET, *CHILD_SHEETS):
        found = tables.get(layout.name) or tables.get(layout.alias)
        if found is not None:
            name, rows = found
            sheets[layout.name] = _Sheet.of(layout, name, rows, layout_problems)
    kims = sheets.pop(KIM_SHEET.name)
    ids = {_id(row.get("id")) for _, row in kims.rows} - {None}
    children: dict[str, dict[str, list[tuple[int, dict[str, object]]]]] = {}
    for sheet in sheets.values():
        for number, row in sheet.rows:
            kim_id = _id(row.get(JOIN.field))
            if kim_id not in ids:
                column = sheet.headers.get(JOIN.field, JOIN.header)
                layout_problems.append(
                    Problem(f"{sheet.name}!R{number}.{column}", "workbook.no_such_kim")
                )
                continue
            by_sheet = children.setdefault(str(kim_id), {})
            by_sheet.setdefault(sheet.layout.name, []).append((number, row))
    if layout_problems:
        raise InvalidInput(layout_problems)
    seen: dict[str, int] = {}
    for number, row in kims.rows:
        yield _document(
            number, row=row, kims=kims, sheets=sheets, children=children, seen=seen
        )


@attrs.frozen
class _Sheet:
    """A sheet read: its layout, name as written, headers and non-empty rows."""

    layout: SheetLayout
    name: str
    headers: Mapping[str, str]  # field -> header as written
    rows: tuple[tuple[int, dict[str, object]], ...]  # (row number, field -> cell)

    @classmethod
    def of(
        cls,
        layout: SheetLayout,
        name: str,
        rows: list[tuple[object, ...]],
        problems: list[Problem],
    ) -> _Sheet:
        header_row = rows[0] if rows else ()
        columns: list[Column | None] = []
        headers: dict[str, str] = {}
        for number, header in enumerate(header_row, start=1):
            if header is None or not str(header).strip():
                columns.append(None)
                continue
            column = layout.column(header)
            shown = str(header).strip()
            if column is None or column.field in headers:
                code = "workbook.unknown_column" if column is None else "workbook.twice"
                problems.append(Problem(f"{name}!R1.{shown}", code, {"n": number}))
                column = None
            else:
                headers[column.field] = shown
            columns.append(column)
        read = []
        for number, values in enumerate(rows[1:], start=2):
            row = {
                column.field: value
                for column, value in zip(columns, values, strict=False)
                if column is not None and not _empty(value)
            }
            if row:
                read.append((number, row))
        return cls(layout, name, MappingProxyType(headers), tuple(read))


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _id(value: object) -> str | None:
    if _empty(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _document(
    number: int,
    *,
    row: dict[str, object],
    kims: _Sheet,
    sheets: Mapping[str, _Sheet],
    children: Mapping[str, Mapping[str, list[tuple[int, dict[str, object]]]]],
    seen: dict[str, int],
) -> SourceDocument:
    problems: list[Problem] = []
    kim_place = f"{kims.name}!R{number}"
    document = _cells(row, KIM_SHEET, kims.headers, kim_place, problems)
    places: dict[str, _Place] = {"": (kims.name, number, kims.headers)}
    count = document.pop("member_count", None)
    no_documents = document.pop("no_documents", None)
    kim_id = _id(row.get("id"))
    own: Mapping[str, list[tuple[int, dict[str, object]]]] = {}
    if kim_id is not None:
        if kim_id in seen:
            problems.append(
                Problem(f"{kim_place}.{kims.headers['id']}", "workbook.duplicate_id")
            )
        else:
            seen[kim_id] = number
            own = children.get(kim_id, {})
    for layout in CHILD_SHEETS:
        field = str(layout.field)
        sheet = sheets.get(layout.name)
        items = []
        for index, (child_row, cells) in enumerate(own.get(layout.name, [])):
            assert sheet is not None  # noqa: S101 - rows come from a sheet
            where = f"{sheet.name}!R{child_row}"
            item = _cells(cells, layout, sheet.headers, where, problems)
            item.pop(JOIN.field, None)
            items.append(item)
            places[f"{field}[{index}]"] = (sheet.name, child_row, sheet.headers)
        if items or field == "members":
            document[field] = items
    if "documents" not in document and no_documents is True:
        document["documents"] = []
    if not document["members"]:
        column = kims.headers.get("member_count", "jumlah_anggota")
        code = "workbook.no_members" if count is None else "workbook.count_only"
        problems.append(Problem(f"{kim_place}.{column}", code))
    return SourceDocument(number, document, tuple(problems), MappingProxyType(places))


def _cells(
    row: Mapping[str, object],
    layout: SheetLayout,
    headers: Mapping[str, str],
    where: str,
    problems: list[Problem],
) -> dict[str, object]:
    document: dict[str, object] = {}
    for column in layout.columns:
        if column.field not in row:
            continue
        value, code = _read(column, row[column.field])
        if code is None:
            document[column.field] = value
        else:
            problems.append(Problem(f"{where}.{headers[column.field]}", code))
    return document


def _choices(value: object, *, many: bool) -> object:
    if not many:
        return _fold(value)
    parts = str(value).replace(";", ",").split(",")
    return [_fold(part) for part in parts if part.strip()]


def _read(column: Column, value: object) -> tuple[object, str | None]:
    """A cell's document value, or the code of why it cannot be read."""
    cell = column.cell
    if isinstance(value, str):
        value = value.strip()
    if cell is Cell.YES_NO or cell is Cell.AFFILIATION:
        return _yes_no(value, named=cell is Cell.AFFILIATION)
    if cell is Cell.CHOICE or cell is Cell.CHOICES:
        return _choices(value, many=cell is Cell.CHOICES), None
    if cell is Cell.DATE or cell is Cell.DATETIME:
        return _date(value, with_time=cell is Cell.DATETIME)
    if cell is Cell.COUNT:
        return _count(value)
    if cell is Cell.NUMBER:
        return _number(value)
    return _text(cell, value)


def _text(cell: Cell, value: object) -> tuple[object, str | None]:
    """Text, a code or a NIK: numbers as their digits where that is safe."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if cell is Cell.NIK:
            return None, "workbook.nik_number"
        if isinstance(value, float) and not value.is_integer():
            if cell is Cell.CODE:
                return None, "workbook.code_number"
            return str(value), None
        return str(int(value)), None
    return (value if isinstance(value, str) else str(value)), None


def _yes_no(value: object, *, named: bool) -> tuple[object, str | None]:
    if isinstance(value, bool):
        return value, None
    word = _fold(value)
    if word in _YES:
        return True, None
    if word in _NO:
        return False, None
    if named and isinstance(value, str):
        return value, None
    return None, "workbook.yes_no"


def _date(value: object, *, with_time: bool) -> tuple[object, str | None]:
    if isinstance(value, dt.datetime):
        if not with_time:
            return value.date().isoformat(), None
        return value.isoformat(timespec="seconds"), None
    if isinstance(value, dt.date):
        if with_time:
            return f"{value.isoformat()}T00:00:00", None
        return value.isoformat(), None
    if isinstance(value, str):
        return value, None
    return None, "workbook.date"


def _number(value: object) -> tuple[object, str | None]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value, None
    try:
        return float(str(value).replace(",", ".")), None
    except ValueError:
        return None, "workbook.number"


def _count(value: object) -> tuple[object, str | None]:
    if isinstance(value, bool):
        return None, "workbook.count"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.isdecimal() and value.isascii():
        value = int(value)
    if isinstance(value, int) and value >= 0:
        return value, None
    return None, "workbook.count"
