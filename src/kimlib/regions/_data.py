"""The region tables: read from the package data on first use, then kept.

Each level (1 province … 4 village) is one gzip CSV in ``data/`` made by
``scripts/update_regions.py``. A level is parsed the first time it is asked
for, under a lock, and never changes afterwards; importing kimlib reads
nothing. Rows are plain tuples; :class:`~kimlib.regions.Region` objects are
made from them on demand.

Before a file is parsed, its SHA-256 is compared with ``data/MANIFEST.sha256``
(written by the same script); a file that differs, or that cannot be read as
its table, raises :class:`~kimlib.regions.RegionDataDamaged` instead of
whatever gzip, the parser or pendulum would have raised, and instead of a
silent change of meaning (a kelurahan read as a desa, a province in another
time zone).
"""

from __future__ import annotations

import gzip
import hashlib
import re
import threading
import zlib
from bisect import bisect_left
from importlib import resources
from typing import TYPE_CHECKING

import attrs

from kimlib.regions._damage import RegionDataDamaged
from kimlib.regions._kinds import RegionKind, Zone

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["Table", "descendant_villages", "loaded_levels", "table", "within"]

# level -> (file name, columns)
_FILES = {
    1: ("provinces.csv.gz", ("code", "name", "timezone")),
    2: ("regencies.csv.gz", ("code", "name", "kind")),
    3: ("districts.csv.gz", ("code", "name")),
    4: ("villages.csv.gz", ("code", "name", "kind")),
}
_KINDS = {kind.value: kind for kind in RegionKind}
_MANIFEST = "MANIFEST.sha256"
_HASH_LINE = re.compile(r"([0-9a-f]{64})  ([a-z]+\.csv\.gz)")
# The folder of the data files; tests point it at damaged copies.
_folder: Traversable = resources.files("kimlib.regions") / "data"
# A data row: code, name (CSV-quoted when it holds a comma), and a third
# column (kind or time zone) where the file has one.
_NAME = r'("(?:[^"]|"")*"|[^,"\n]*)'
_TWO = re.compile(rf"^([0-9.]+),{_NAME}$", re.MULTILINE)
_THREE = re.compile(rf"^([0-9.]+),{_NAME},([A-Za-z_/]+)$", re.MULTILINE)


@attrs.frozen(eq=False)
class Table:
    """One level of the decree: its rows by code and its codes in order.

    ``rows`` maps a dotted code to ``(name, kind)``; ``codes`` holds the codes
    sorted (so the codes under a parent are a slice, see :func:`within`);
    ``timezones`` maps a province code to its IANA zone (level 1 only).
    """

    level: int
    rows: dict[str, tuple[str, RegionKind]]
    codes: tuple[str, ...]
    timezones: dict[str, str]


_tables: dict[int, Table] = {}
_hashes: dict[str, str] = {}
_lock = threading.Lock()


def table(level: int) -> Table:
    """The table of ``level`` (1 to 4), parsed on first use."""
    found = _tables.get(level)
    if found is None:
        with _lock:
            found = _tables.get(level)
            if found is None:
                found = _load(level)
                _tables[level] = found
    return found


def loaded_levels() -> frozenset[int]:
    """The levels parsed so far (``import kimlib`` parses none).

    >>> from kimlib.regions import get
    >>> _ = get("62")
    >>> 1 in loaded_levels()
    True
    """
    return frozenset(_tables)


def _damaged(file_name: str) -> RegionDataDamaged:
    return RegionDataDamaged.of("region.data_damaged", file=file_name)


def _read(file_name: str) -> bytes:
    try:
        data: bytes = (_folder / file_name).read_bytes()
    except OSError:
        raise _damaged(file_name) from None
    return data


def _expected_hash(file_name: str) -> str | None:
    """The SHA-256 the manifest gives ``file_name`` (read once, under the lock)."""
    if not _hashes:
        try:
            text = _read(_MANIFEST).decode("ascii")
        except UnicodeDecodeError:
            raise _damaged(_MANIFEST) from None
        for line in text.splitlines():
            match = _HASH_LINE.fullmatch(line)
            if match is None:
                raise _damaged(_MANIFEST)
            _hashes[match.group(2)] = match.group(1)
    return _hashes.get(file_name)


def _load(level: int) -> Table:
    file_name, columns = _FILES[level]
    raw = _read(file_name)
    if hashlib.sha256(raw).hexdigest() != _expected_hash(file_name):
        raise _damaged(file_name)
    try:
        return _parse(level, gzip.decompress(raw).decode("utf-8"), columns)
    except (EOFError, OSError, zlib.error, UnicodeDecodeError, KeyError):
        raise _damaged(file_name) from None


def _parse(level: int, text: str, columns: tuple[str, ...]) -> Table:
    """The table of ``level`` from its CSV text; ``KeyError`` when it is not one."""
    header = "\n" + ",".join(columns) + "\n"
    if header not in text:
        raise KeyError(header)
    body = text[text.index(header) + len(header) :]
    # One regular expression over the whole text is several times faster
    # than a csv.reader loop for the 83,762 villages.
    records = (_THREE if len(columns) == 3 else _TWO).findall(body)  # noqa: PLR2004
    if not records or len(records) != body.count("\n"):
        raise KeyError(level)  # a row the pattern does not read, or none at all
    fixed = {1: RegionKind.PROVINSI, 3: RegionKind.KECAMATAN}.get(level)
    if fixed is not None:
        rows = {record[0]: (_unquote(record[1]), fixed) for record in records}
    else:
        rows = {code: (_unquote(name), _KINDS[kind]) for code, name, kind in records}
    timezones = {code: zone for code, _, zone in records} if level == 1 else {}
    for zone in timezones.values():
        Zone.for_timezone(zone)  # KeyError for a zone outside Indonesia
    return Table(level=level, rows=rows, codes=tuple(rows), timezones=timezones)


def _unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def within(level: int, code: str) -> tuple[str, ...]:
    """The codes of ``level`` strictly under a dotted ``code``, in order."""
    codes = table(level).codes
    start = bisect_left(codes, code + ".")
    end = bisect_left(codes, code + "/")  # "/" sorts right after "."
    return codes[start:end]


def descendant_villages(code: str) -> tuple[str, ...]:
    """The village codes under a dotted ``code`` (itself, for a village)."""
    if code.count(".") == 3:  # noqa: PLR2004 - a village code has three dots
        return (code,) if code in table(4).rows else ()
    return within(4, code)
