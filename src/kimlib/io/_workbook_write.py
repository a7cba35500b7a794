"""Writing registry workbooks: :func:`write_workbook` and :func:`write_template`.

The writer follows the layout of :mod:`kimlib.io._sheets`: one sheet per
table, the Indonesian headers, dates as Excel dates, codes, NIKs and
activity times as text (Excel would round a NIK and drop a time's offset),
and a drop-down list on every column with a closed vocabulary (the lists
live on a hidden sheet ``pilihan``, which the reader ignores).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kimlib.errors import InvalidArgument
from kimlib.io._out import dump
from kimlib.io._sheets import CHILD_SHEETS, JOIN, KIM_SHEET, SHEETS, Cell, Column
from kimlib.model import Kim

__all__ = ["EXAMPLE", "write_template", "write_workbook"]

#: The filled example row of the template: a fictional KIM of Kota Serang.
EXAMPLE: Mapping[str, Any] = {
    "id": "KIM-3673-9001",
    "name": "KIM Contoh Sejahtera",
    "region": "36.73",
    "village": "36.73.01.1002",
    "founded_on": "2024-02-01",
    "members": [
        {"name": "Warga Contoh 1", "role": "ketua", "gender": "perempuan"},
        {"name": "Warga Contoh 2", "role": "sekretaris", "civil_servant": False},
        {"name": "Warga Contoh 3", "role": "anggota", "groups": ["pemuda", "umkm"]},
    ],
    "documents": [
        {"kind": "sk_pembentukan", "issuer": "lurah", "issued_on": "2024-02-05"},
    ],
    "activities": [
        {
            "stage": "akses",
            "form": "forum_diskusi",
            "at": "2025-01-10T09:00:00",
            "topic": "harga gabah",
            "participants": 14,
            "channels": ["tatap_muka"],
        },
    ],
}

_CHOICES_SHEET = "pilihan"
_TEXT_CELLS = frozenset({Cell.TEXT, Cell.CODE, Cell.NIK, Cell.DATETIME})


def _cell(column: Column, value: object) -> object:
    if value is None:
        return None
    if column.cell is Cell.DATE and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value


def _rows(documents: Iterable[Mapping[str, Any]]) -> dict[str, list[list[object]]]:
    tables: dict[str, list[list[object]]] = {s.name: [] for s in SHEETS}
    for document in documents:
        row = dict(document)
        row["member_count"] = len(document.get("members", ()))
        if document.get("documents") == []:
            row["no_documents"] = True
        tables[KIM_SHEET.name].append(
            [_cell(c, row.get(c.field)) for c in KIM_SHEET.columns]
        )
        for layout in CHILD_SHEETS:
            for item in document.get(str(layout.field)) or ():
                cells = {**item, JOIN.field: document.get("id")}
                tables[layout.name].append(
                    [_cell(c, cells.get(c.field)) for c in layout.columns]
                )
    return tables


def _shape(sheet: Any, index: int, letter: str, column: Column) -> None:  # noqa: ANN401
    """Width and number format of a column: text for codes, dates as dates."""
    sheet.column_dimensions[letter].width = max(12, len(column.header) + 2)
    number_format = (
        "@"
        if column.cell in _TEXT_CELLS
        else "yyyy-mm-dd"
        if column.cell is Cell.DATE
        else None
    )
    if number_format is not None:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.number_format = number_format


def write_workbook(
    kims: Iterable[Kim | Mapping[str, Any]],
    path: str | os.PathLike[str],
    *,
    choices: bool = True,
) -> Path:
    """Write KIMs (or KIM documents) to an .xlsx workbook at ``path``.

    Every KIM needs an ``id`` when it has members, documents or activities
    (the other sheets name their KIM by it). ``choices`` adds the drop-down
    lists of allowed values.

    Returns:
        The path written.

    Raises:
        InvalidArgument: openpyxl is missing, or a KIM with rows in other
            sheets has no id.
    """
    try:
        import openpyxl  # noqa: PLC0415 - an optional extra
        from openpyxl.worksheet.datavalidation import (  # noqa: PLC0415
            DataValidation,
        )
    except ModuleNotFoundError:  # pragma: no cover - the test extra has it
        raise InvalidArgument.of("workbook.needs_openpyxl") from None
    documents = [dump(k) if isinstance(k, Kim) else dict(k) for k in kims]
    for document in documents:
        if document.get("id") is None and any(
            document.get(str(layout.field)) for layout in CHILD_SHEETS
        ):
            raise InvalidArgument.of("workbook.write_needs_id")
    tables = _rows(documents)
    book = openpyxl.Workbook()
    book.remove(book.active)
    lists = book.create_sheet(_CHOICES_SHEET) if choices else None
    list_column = 0
    for layout in SHEETS:
        sheet = book.create_sheet(layout.name)
        sheet.append([c.header for c in layout.columns])
        for row in tables[layout.name]:
            sheet.append(row)
        for index, column in enumerate(layout.columns, start=1):
            letter = openpyxl.utils.get_column_letter(index)
            _shape(sheet, index, letter, column)
            values = column.choices or (
                ("ya", "tidak") if column.cell is Cell.YES_NO else ()
            )
            if lists is None or not values or column.cell is Cell.CHOICES:
                continue
            list_column += 1
            list_letter = openpyxl.utils.get_column_letter(list_column)
            for number, value in enumerate(values, start=1):
                lists.cell(row=number, column=list_column, value=value)
            rule = DataValidation(
                type="list",
                formula1=f"{_CHOICES_SHEET}!${list_letter}$1:${list_letter}${len(values)}",
                allow_blank=True,
            )
            sheet.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}1048576")
    if lists is not None:
        lists.sheet_state = "hidden"
        book.move_sheet(_CHOICES_SHEET, offset=len(SHEETS))
    target = Path(path)
    book.save(target)
    return target


def write_template(path: str | os.PathLike[str]) -> Path:
    """Write an empty registry workbook: headers, drop-down lists, one example.

    Returns:
        The path written.
    """
    return write_workbook([EXAMPLE], path)
