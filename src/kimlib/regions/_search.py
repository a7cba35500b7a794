"""Search regions by name as people type them: :func:`find`."""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

import attrs

from kimlib._validation import check_type
from kimlib.errors import InvalidArgument
from kimlib.messages import shown
from kimlib.regions import _data
from kimlib.regions._aliases import ALIASES, REPLACED_NAMES
from kimlib.regions._codes import code_level
from kimlib.regions._kinds import RegionKind
from kimlib.regions._region import Region, get

__all__ = ["edit_distance", "find", "search_key"]

_K = RegionKind
_PROVINCE = frozenset({_K.PROVINSI})
# Words a query may start with, as normalised words, and the kinds they name;
# longest first. "Distrik" is the kecamatan of the Papua provinces.
_KIND_PREFIXES: tuple[tuple[tuple[str, ...], frozenset[RegionKind]], ...] = tuple(
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
        ("provinsi", _PROVINCE),
        ("propinsi", _PROVINCE),
        ("prov", _PROVINCE),
    )
)
# Words in front of a province's own name ("Daerah Khusus Ibukota Jakarta",
# "DKI Jakarta", "Daerah Istimewa Yogyakarta"), set aside like "Provinsi".
_PROVINCE_WORDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(words.split())
    for words in (
        "daerah khusus ibukota",
        "daerah khusus ibu kota",
        "daerah khusus",
        "daerah istimewa",
        "dki",
        "di",
    )
)
# Abbreviations people write for a word of a name ("Kab. Kep. Selayar").
_WORDS = {"kep": "kepulauan"}
_WORD = re.compile(r"[^\W_]+")
_MIN_SUBSTRING = 3  # shorter queries match whole names or name starts only
# Typing errors forgiven, by query length: one from 5 letters, two from 9.
_ONE_TYPO, _TWO_TYPOS = 5, 9

# Ranks, best first: an exact name of a province or regency/city, one with
# typing errors, an exact name of a district or village, an exact name of
# another kind than the query's prefix says, a name that starts with the
# query, a name with a later word that starts it.
_EXACT_LARGE, _TYPO, _EXACT, _OTHER_KIND, _STARTS, _CONTAINS = range(6)
_LARGE = 2  # provinces (1) and regencies/cities (2) are the large regions

_Reading = tuple[str, frozenset[RegionKind] | None]


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


def edit_distance(first: str, second: str, bound: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from one to the other.

    Counting stops above ``bound``: any distance over it is ``bound + 1``.

    >>> edit_distance("makasar", "makassar", 2), edit_distance("sumatra", "sumatera", 2)
    (1, 1)
    >>> edit_distance("jateng", "jtaeng", 2), edit_distance("bali", "papua", 2)
    (1, 3)
    """
    if abs(len(first) - len(second)) > bound:
        return bound + 1
    before: list[int] | None = None
    previous = list(range(len(second) + 1))
    for i, letter in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, other in enumerate(second, 1):
            cost = letter != other
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost
            )
            if (
                before is not None
                and j > 1
                and letter == second[j - 2]
                and first[i - 2] == other
            ):
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > bound:
            return bound + 1
        before, previous = previous, current
    return min(previous[-1], bound + 1)


@attrs.frozen(eq=False)
class _Index:
    """The search keys of one level.

    ``exact`` maps a key to its codes; ``keys`` holds the keys sorted (the
    keys that start with a query are a slice). ``spaced`` holds every name
    of two words or more, its words joined by spaces, one name a line, each
    line led by a space (so that " hulu" finds "kapuas hulu" at C speed);
    ``lines`` the offset where each line starts and ``owners`` its code.
    """

    exact: dict[str, tuple[str, ...]]
    keys: tuple[str, ...]
    spaced: str
    lines: tuple[int, ...]
    owners: tuple[str, ...]

    def containing(self, words: str) -> Iterator[str]:
        """The codes of the names in which ``words`` (led by a space) occurs."""
        at = self.spaced.find(words)
        while at >= 0:
            line = bisect_right(self.lines, at) - 1
            yield self.owners[line]
            end = self.spaced.find("\n", at)
            at = self.spaced.find(words, end) if end >= 0 else -1


def _other_names(level: int, name: str, kind: RegionKind, code: str) -> list[str]:
    """The names besides the decree's that a region is found by."""
    if level == 1:  # "Jakarta" for "Daerah Khusus Ibukota Jakarta"
        words = _words(name)
        skip = _strip(words, _PROVINCE_WORDS)
        return [" ".join(words[skip:])] if skip else []
    if level == 2:  # noqa: PLR2004 - "Serang" for "Kota Serang", "Mentawai" too
        short = Region(code, name, kind).short_name
        bare = short.removeprefix("Kepulauan ")
        return [short] if bare == short else [short, bare]
    return []


def _names(level: int) -> Iterator[tuple[str, str]]:
    """``(code, name)`` of every name a region of ``level`` is found by."""
    for code, (name, kind) in _data.table(level).rows.items():
        yield code, name
        for other in _other_names(level, name, kind, code):
            yield code, other
    for alias, code in ALIASES.items():
        if code_level(code) == level:
            yield code, alias
    for code, old in REPLACED_NAMES.items():
        if code_level(code) == level:
            yield code, old


@functools.cache
def _index(level: int) -> _Index:
    exact: dict[str, list[str]] = {}
    spaced: dict[tuple[str, str], None] = {}
    for code, name in _names(level):
        words = [_WORDS.get(word, word) for word in _words(name)]
        codes = exact.setdefault("".join(words), [])
        if code not in codes:
            codes.append(code)
        if len(words) > 1:
            spaced[(" " + " ".join(words), code)] = None
    lines: list[int] = []
    offset = 0
    for name, _ in spaced:
        lines.append(offset)
        offset += len(name) + 1
    return _Index(
        exact={key: tuple(codes) for key, codes in exact.items()},
        keys=tuple(sorted(exact)),
        spaced="\n".join(name for name, _ in spaced),
        lines=tuple(lines),
        owners=tuple(code for _, code in spaced),
    )


def _strip(words: list[str], prefixes: tuple[tuple[str, ...], ...]) -> int:
    """How many leading words form one of ``prefixes`` (0 when none does)."""
    for prefix in prefixes:
        if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
            return len(prefix)
    return 0


def _readings(words: list[str]) -> list[tuple[list[str], frozenset[RegionKind] | None]]:
    """The query as written, and without the words that name a kind.

    "Kab. Serang" is also read as "Serang" of kind kabupaten, "Provinsi DKI
    Jakarta" and "DKI Jakarta" also as the province "Jakarta".
    """
    readings: list[tuple[list[str], frozenset[RegionKind] | None]] = [(words, None)]
    rest, hint = words, None
    for prefix, kinds in _KIND_PREFIXES:
        if _strip(rest, (prefix,)):
            rest, hint = rest[len(prefix) :], kinds
            readings.append((rest, hint))
            break
    if hint is None or hint == _PROVINCE:
        skip = _strip(rest, _PROVINCE_WORDS)
        if skip:
            readings.append((rest[skip:], _PROVINCE))
    return readings


def _check_kind(kind: RegionKind | str | None) -> RegionKind | None:
    if kind is None or isinstance(kind, RegionKind):
        return kind
    if isinstance(kind, str) and kind in RegionKind.values():
        return RegionKind(kind)
    allowed = ", ".join(repr(value) for value in RegionKind.values())
    raise InvalidArgument.of(
        "argument.choice", name="kind", value=shown(kind), allowed=allowed
    )


def find(
    name: str,
    kind: RegionKind | str | None = None,
    within: str | Region | None = None,
) -> tuple[Region, ...]:
    """Regions whose name matches ``name``, what a person most likely meant first.

    Matching ignores case, spacing and punctuation ("palangka-raya" finds
    "Kota Palangkaraya") and knows:

    * the kind words in front of a name: "Kabupaten"/"Kab.", "Kota",
      "Kecamatan"/"Kec.", "Distrik", "Desa", "Kelurahan"/"Kel.",
      "Provinsi"/"Prov.", so "Kota Serang" gives 36.73 first and
      "Kab. Serang" 36.04; a province is also found without "Daerah Khusus
      Ibukota", "DKI", "Daerah Istimewa" or "DI" in front ("Jakarta");
    * "Kep." for "Kepulauan", and a regency "Kepulauan X" as "X" too;
    * the aliases of :mod:`kimlib.regions._aliases`: abbreviations of
      provinces and cities (Jabar, Kalteng, NTB, DIY, Jogja, Solo, Jaksel
      …), former names (Nanggroe Aceh Darussalam, Irian Jaya, Ujung Pandang)
      and the readings kimlib corrected in the data;
    * one typing error in a province or regency/city name of five letters
      or more, two from nine ("Makasar", "Tanggerang", "Sumatra Utara").

    Ranks, best first: exact names of provinces and regencies/cities, the
    same with typing errors, exact names of districts and villages, exact
    names of another kind than the prefix says, names that start with the
    query, then names with a later word that starts with it (queries of
    three characters or more). Within a rank the larger region comes first,
    then code order. Nothing else matches: a query that is only a piece of
    some village's name inside a word finds nothing.

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
    >>> find("Jabar")[0], find("Makasar")[0]
    (Region('32', 'Jawa Barat'), Region('73.71', 'Kota Makassar'))
    >>> find("Jogja")[0], find("Kep. Selayar")[0].code
    (Region('34', 'Daerah Istimewa Yogyakarta'), '73.01')
    >>> find("Kapuas", kind="kabupaten")
    (Region('62.03', 'Kabupaten Kapuas'), Region('61.06', 'Kabupaten Kapuas Hulu'))
    >>> find("Atlantis", within="62"), find("qwertyuiop")
    ((), ())
    >>> find("  ")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: name='  ': a region name must not be blank
    """
    check_type("name", name, str)
    words = [_WORDS.get(word, word) for word in _words(name)]
    if not words:
        raise InvalidArgument.of("region.argument.blank_name", value=shown(name))
    wanted = _check_kind(kind)
    below = None if within is None else get(within)
    top = 0 if below is None else below.level
    prefix = "" if below is None else below.code + "."
    levels = [wanted.level] if wanted is not None else [1, 2, 3, 4]
    readings = [("".join(found), hint) for found, hint in _readings(words)]
    spaced = [(" " + " ".join(found), hint) for found, hint in _readings(words)]
    best: dict[str, int] = {}
    for level in (level for level in levels if level > top):
        rows = _data.table(level).rows
        for code, rank in _matches(level, readings, spaced):
            if (
                code.startswith(prefix)
                and (wanted is None or rows[code][1] is wanted)
                and rank < best.get(code, _CONTAINS + 1)
            ):
                best[code] = rank
    ordered = sorted(best, key=lambda code: (best[code], code_level(code), code))
    return tuple(get(code) for code in ordered)


def _matches(
    level: int, readings: list[_Reading], spaced: list[_Reading]
) -> Iterator[tuple[str, int]]:
    """``(code, rank)`` of every region of ``level`` that a reading matches."""
    index = _index(level)
    kinds = _data.table(level).rows
    for key, hint in readings:
        for code, rank in _by_key(level, index, key):
            if hint is None or kinds[code][1] in hint:
                yield code, rank
            elif rank in {_EXACT_LARGE, _EXACT}:
                yield code, _OTHER_KIND
    for words, hint in spaced:
        if len(words) > _MIN_SUBSTRING:  # the leading space and three letters
            yield from (
                (code, _CONTAINS)
                for code in index.containing(words)
                if hint is None or kinds[code][1] in hint
            )


def _by_key(level: int, index: _Index, key: str) -> Iterator[tuple[str, int]]:
    """``(code, rank)`` of the names equal to ``key``, starting with it or near it."""
    exact = _EXACT_LARGE if level <= _LARGE else _EXACT
    yield from ((code, exact) for code in index.exact.get(key, ()))
    for other in index.keys[bisect_left(index.keys, key) :]:
        if not other.startswith(key):
            break
        yield from ((code, _STARTS) for code in index.exact[other] if other != key)
    if level <= _LARGE and len(key) >= _ONE_TYPO:
        bound = 2 if len(key) >= _TWO_TYPOS else 1
        for other, codes in index.exact.items():
            if other != key and edit_distance(key, other, bound) <= bound:
                yield from ((code, _TYPO) for code in codes)
