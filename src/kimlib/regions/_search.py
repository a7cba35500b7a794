"""Search regions by name: :func:`find`."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from kimlib.errors import InvalidArgument
from kimlib.messages import render
from kimlib.regions import _data
from kimlib.regions._aliases import ALIASES
from kimlib.regions._codes import code_level
from kimlib.regions._kinds import RegionKind
from kimlib.regions._region import Region, get

__all__ = ["find", "search_key"]

_K = RegionKind
# Words a query may start with, as normalised words, and the kinds they name;
# longest first. "Distrik" is the kecamatan of the Papua provinces.
_QUERY_PREFIXES: tuple[tuple[tuple[str, ...], frozenset[RegionKind]], ...] = tuple(
    (tuple(words.split()), frozenset(kinds))
    for words, kinds in (
        ("kabupaten administrasi", {_K.KABUPATEN}),
        ("kab adm", {_K.KABUPATEN}),
        ("kota administrasi", {_K.KOTA}),
        ("kota adm", {_K.KOTA}),
        ("kabupaten", {_K.KABUPATEN}),
        ("kab", {_K.KABUPATEN}),
        ("kota", {_K.KOTA}),
        ("kotamadya", {_K.KOTA}),
        ("kecamatan", {_K.KECAMATAN}),
        ("kec", {_K.KECAMATAN}),
        ("distrik", {_K.KECAMATAN}),
        ("desa", {_K.DESA}),
        ("ds", {_K.DESA}),
        ("kelurahan", {_K.KELURAHAN}),
        ("kel", {_K.KELURAHAN}),
        ("provinsi", {_K.PROVINSI}),
        ("propinsi", {_K.PROVINSI}),
        ("prov", {_K.PROVINSI}),
    )
)
_WORD = re.compile(r"[^\W_]+")
_MIN_SUBSTRING = 3  # shorter queries match whole names or name starts only

# Ranks, best first.
_EXACT, _OTHER_KIND, _STARTS, _CONTAINS = range(4)


def _words(text: str) -> list[str]:
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _WORD.findall(text.casefold())


def search_key(text: str) -> str:
    """The form names are compared in: case, spacing and punctuation dropped.

    >>> search_key("Kab. Kapuas  Hulu"), search_key("Palangka-Raya")
    ('kabkapuashulu', 'palangkaraya')
    """
    return "".join(_words(text))


@functools.cache
def _index(level: int) -> dict[str, tuple[str, ...]]:
    """Search key -> codes, for the names and short names of one level."""
    index: dict[str, list[str]] = {}
    for code, (name, kind) in _data.table(level).rows.items():
        keys = {search_key(name)}
        if level == 2:  # noqa: PLR2004 - also index "Serang" for "Kota Serang"
            keys.add(search_key(Region(code, name, kind).short_name))
        for key in keys:
            index.setdefault(key, []).append(code)
    for alias, code in ALIASES.items():
        if code_level(code) == level:
            index.setdefault(search_key(alias), []).append(code)
    return {key: tuple(codes) for key, codes in index.items()}


def _readings(words: list[str]) -> list[tuple[str, frozenset[RegionKind] | None]]:
    """The query as written, and without a kind prefix if it has one."""
    readings: list[tuple[str, frozenset[RegionKind] | None]] = [("".join(words), None)]
    for prefix, kinds in _QUERY_PREFIXES:
        if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
            readings.append(("".join(words[len(prefix) :]), kinds))
            break
    return readings


def _check_kind(kind: RegionKind | str | None) -> RegionKind | None:
    if kind is None or isinstance(kind, RegionKind):
        return kind
    if isinstance(kind, str) and kind in RegionKind.values():
        return RegionKind(kind)
    allowed = ", ".join(repr(value) for value in RegionKind.values())
    msg = f"kind={kind!r} is not a region kind; use one of: {allowed}"
    raise InvalidArgument(msg)


def find(
    name: str,
    kind: RegionKind | str | None = None,
    within: str | Region | None = None,
) -> tuple[Region, ...]:
    """Regions whose name matches ``name``, best first.

    Matching ignores case, spacing and punctuation ("palangka-raya" finds
    "Kota Palangkaraya") and knows the aliases of
    :mod:`kimlib.regions._aliases`. A leading "Kabupaten"/"Kab.", "Kota",
    "Kecamatan"/"Kec.", "Distrik", "Desa", "Kelurahan"/"Kel." or "Provinsi"
    prefers regions of that kind, so "Kota Serang" gives 36.73 first and
    "Kab. Serang" 36.04. Exact names come first, then regions of another
    kind than the prefix says, then names that start with the query, then
    names that contain it (queries of three characters or more); within a
    rank, higher levels first, then code order.

    Args:
        name: the name to look for.
        kind: only regions of this kind (a :class:`RegionKind` or its value).
        within: only regions strictly below this code or region.

    Returns:
        The matching regions; an empty tuple when none matches.

    Raises:
        InvalidArgument: ``name`` is blank or not text, ``kind`` is not a
            region kind, or ``within`` is not shaped like a code.
        UnknownRegion: ``within`` is not a region of the decree.

    >>> [r.code for r in find("Serang")][:2], find("Kota Serang")[0].code
    (['36.04', '36.73'], '36.73')
    >>> find("Palangka Raya")[0]
    Region('62.71', 'Kota Palangkaraya')
    >>> find("Kapuas", kind="kabupaten")
    (Region('62.03', 'Kabupaten Kapuas'), Region('61.06', 'Kabupaten Kapuas Hulu'))
    >>> find("Atlantis", within="62")
    ()
    >>> find("  ")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: name='  ': a region name must not be blank
    """
    if not isinstance(name, str):
        msg = f"Expected str but got name={type(name).__name__}"
        raise InvalidArgument(msg)
    words = _words(name)
    if not words:
        msg = f"name={name[:40]!r}: {render('region.blank_name', 'en')}"
        raise InvalidArgument(msg)
    wanted = _check_kind(kind)
    below = None if within is None else get(within)
    top = 0 if below is None else below.level
    prefix = "" if below is None else below.code + "."
    levels = [wanted.level] if wanted is not None else [1, 2, 3, 4]
    readings = _readings(words)
    best: dict[str, int] = {}
    for level in (level for level in levels if level > top):
        rows = _data.table(level).rows
        for code, rank in _matches(level, readings):
            if (
                code.startswith(prefix)
                and (wanted is None or rows[code][1] is wanted)
                and rank < best.get(code, _CONTAINS + 1)
            ):
                best[code] = rank
    ordered = sorted(best, key=lambda code: (best[code], code_level(code), code))
    return tuple(get(code) for code in ordered)


def _matches(
    level: int, readings: list[tuple[str, frozenset[RegionKind] | None]]
) -> Iterator[tuple[str, int]]:
    """``(code, rank)`` of every region of ``level`` that a reading matches."""
    index = _index(level)
    rows = _data.table(level).rows
    for key, hint in readings:
        for code in index.get(key, ()):
            fits = hint is None or rows[code][1] in hint
            yield code, _EXACT if fits else _OTHER_KIND
        for other, codes in index.items():
            if other == key:
                continue
            if other.startswith(key):
                rank = _STARTS
            elif len(key) >= _MIN_SUBSTRING and key in other:
                rank = _CONTAINS
            else:
                continue
            for code in codes:
                if hint is None or rows[code][1] in hint:
                    yield code, rank
