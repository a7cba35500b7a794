"""The :class:`Region` value and lookups by code."""

from __future__ import annotations

import functools
import re

import attrs
import pendulum

from kimlib.errors import InvalidArgument, UnknownRegion
from kimlib.messages import shown
from kimlib.regions import _data
from kimlib.regions._codes import code_level, is_code, normalize_code, parent_code
from kimlib.regions._kinds import RegionKind, Zone

__all__ = [
    "Region",
    "children",
    "exists",
    "get",
    "kecamatan_exists",
    "province_codes",
    "provinces",
    "village_codes",
    "village_kind",
]

# Official prefixes of regency/city names, longest first ("Administrasi" is DKI's).
_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")
_SIX_DIGITS = re.compile(r"[0-9]{6}", re.ASCII)
_MAX_SUGGESTIONS = 5


def _check_code(_: object, __: attrs.Attribute[str], value: str) -> None:
    if not is_code(value) or normalize_code(value) != value:
        raise InvalidArgument.of("region.argument.code", value=shown(value))


@attrs.frozen(repr=False)
class Region:
    """A province, regency/city, district or village of the Kemendagri decree.

    Get one with :func:`get` or :func:`find`; regions are equal when their
    codes are. ``parent``, ``province``, ``timezone`` and ``zone`` come from
    the data on access.

    >>> city = get("62.71")
    >>> city
    Region('62.71', 'Kota Palangkaraya')
    >>> city.short_name, city.kind.label("en"), city.level, city.zone
    ('Palangkaraya', 'City', 2, 'WIB')
    >>> city.parent, city.timezone.name
    (Region('62', 'Kalimantan Tengah'), 'Asia/Pontianak')
    """

    #: Dotted Kemendagri code, e.g. ``"62.71"``.
    code: str = attrs.field(validator=_check_code)
    #: Official name as in the decree, e.g. ``"Kota Palangkaraya"``.
    name: str = attrs.field(eq=False)
    kind: RegionKind = attrs.field(eq=False, converter=RegionKind)

    @kind.validator
    def _check_kind(self, _: attrs.Attribute[RegionKind], value: RegionKind) -> None:
        if value.level != self.level:
            raise InvalidArgument.of(
                "region.argument.kind", kind=value.value, code=self.code
            )

    def __repr__(self) -> str:
        """``Region('62.71', 'Kota Palangkaraya')``."""
        return f"Region({self.code!r}, {self.name!r})"

    @property
    def level(self) -> int:
        """1 province, 2 regency/city, 3 district (kecamatan), 4 village."""
        return code_level(self.code)

    @property
    def short_name(self) -> str:
        """The name without "Kabupaten"/"Kota" (and "Administrasi") in front.

        Only regency and city names lose their prefix; a district or a
        village called "Kota Baru" keeps its name.
        """
        if self.level == 2:  # noqa: PLR2004 - the regency/city level
            for prefix in _PREFIXES:
                if self.name.startswith(prefix):
                    return self.name[len(prefix) :]
        return self.name

    @property
    def parent(self) -> Region | None:
        """The region one level up; ``None`` for a province."""
        code = parent_code(self.code)
        return None if code is None else get(code)

    @property
    def ancestors(self) -> tuple[Region, ...]:
        """The regions above, nearest first: parent … province (``()`` for one).

        >>> get("62.71.01").ancestors
        (Region('62.71', 'Kota Palangkaraya'), Region('62', 'Kalimantan Tengah'))
        """
        found: list[Region] = []
        region = self.parent
        while region is not None:
            found.append(region)
            region = region.parent
        return tuple(found)

    @property
    def province(self) -> Region:
        """The province the region lies in (itself for a province)."""
        return get(self.code[:2])

    @property
    def timezone(self) -> pendulum.Timezone:
        """The province's IANA time zone as a pendulum ``Timezone``."""
        return _timezone(self.code[:2])

    @property
    def zone(self) -> str:
        """``"WIB"``, ``"WITA"`` or ``"WIT"``; ``Zone[region.zone]`` is the member."""
        return _zone(self.code[:2])


# Time zones are a province's: cached by the two-digit code (38 entries).
@functools.cache
def _timezone(province: str) -> pendulum.Timezone:
    return pendulum.Timezone(_data.table(1).timezones[province])


@functools.cache
def _zone(province: str) -> str:
    return Zone.for_timezone(_data.table(1).timezones[province]).abbreviation


@functools.lru_cache(maxsize=16384)
def _lookup(code: str) -> Region | None:
    """The region of a dotted code, or ``None``; regions are made once."""
    row = _data.table(code_level(code)).rows.get(code)
    return None if row is None else Region(code, *row)


def _code_of(code: str | Region) -> str:
    return code.code if isinstance(code, Region) else normalize_code(code)


def get(code: str | Region) -> Region:
    """The region with this Kemendagri code.

    Args:
        code: dotted or undotted code, spaces around allowed (``"6271"``).

    Returns:
        The region.

    Raises:
        InvalidArgument: ``code`` is not shaped like a code.
        UnknownRegion: no region has the code; ``suggestions`` holds the
            nearest codes that exist (siblings, else the nearest level up).

    >>> get("3673").name
    'Kota Serang'
    >>> get("62.99")
    Traceback (most recent call last):
    ...
    kimlib.errors.UnknownRegion: no region matches '62.99'; did you mean: 62.71, ...
    """
    dotted = _code_of(code)
    region = _lookup(dotted)
    if region is None:
        raise UnknownRegion(dotted, _suggest(dotted))
    return region


def _suggest(code: str) -> tuple[str, ...]:
    parent = parent_code(code)
    while parent is not None and _lookup(parent) is None:
        parent = parent_code(parent)
    candidates = (
        _data.table(1).codes
        if parent is None
        else _data.within(code_level(parent) + 1, parent)
    )
    if not candidates:
        return ()
    width = len(candidates[0])
    target = int(code[:width].replace(".", ""))

    def distance(candidate: str) -> tuple[int, str]:
        return abs(int(candidate.replace(".", "")) - target), candidate

    return tuple(sorted(candidates, key=distance)[:_MAX_SUGGESTIONS])


def exists(code: object) -> bool:
    """Whether the decree has a region with this code; never raises.

    >>> exists("62.71"), exists("6299"), exists("not a code"), exists(None)
    (True, False, False, False)
    """
    return is_code(code) and _lookup(normalize_code(str(code))) is not None


def children(code: str | Region) -> tuple[Region, ...]:
    """The regions one level below ``code``, in code order (``()`` for a village).

    Raises:
        InvalidArgument: ``code`` is not shaped like a code.
        UnknownRegion: no region has the code.

    >>> [r.short_name for r in children("36.73")][:3]
    ['Serang', 'Kasemen', 'Walantaka']
    """
    region = get(code)
    if region.level == 4:  # noqa: PLR2004 - villages have no children
        return ()
    return tuple(get(child) for child in _data.within(region.level + 1, region.code))


@functools.cache
def provinces() -> tuple[Region, ...]:
    """The 38 provinces, in code order.

    >>> len(provinces()), provinces()[0]
    (38, Region('11', 'Aceh'))
    """
    return tuple(get(code) for code in _data.table(1).codes)


@functools.cache
def province_codes() -> frozenset[str]:
    """The two-digit codes of the 38 current provinces.

    >>> "65" in province_codes(), "99" in province_codes()
    (True, False)
    """
    return frozenset(_data.table(1).codes)


def kecamatan_exists(six_digits: str) -> bool:
    """Whether the first six digits of a NIK name a current kecamatan.

    Codes are renumbered when regions split, so ``False`` is a fact to
    report, not a reason to refuse a NIK.

    Raises:
        InvalidArgument: ``six_digits`` is not six ASCII digits (the value is
            not echoed: it comes from a NIK).

    >>> kecamatan_exists("627101"), kecamatan_exists("627199")
    (True, False)
    """
    if not isinstance(six_digits, str) or not _SIX_DIGITS.fullmatch(six_digits):
        raise InvalidArgument.of("region.argument.six_digits")
    return exists(six_digits)


def village_kind(code: str | Region) -> RegionKind | None:
    """Desa or kelurahan: the kind of a village, or of all villages under ``code``.

    For a village code, its kind. For a larger region whose villages are all
    kelurahan (Kota Serang) or all desa, that kind; ``None`` when it has both.
    The rules use it to tell a kepala desa's decree from a lurah's.

    Raises:
        InvalidArgument: ``code`` is not shaped like a code.
        UnknownRegion: no region has the code.

    >>> village_kind("36.73"), village_kind("36.04"), village_kind("36.03")
    (<RegionKind.KELURAHAN: 'kelurahan'>, <RegionKind.DESA: 'desa'>, None)
    """
    region = get(code)
    if region.level == 4:  # noqa: PLR2004 - read from the table, nothing cached
        return region.kind
    return _village_kind(region.code)


def village_codes(code: str | Region) -> tuple[str, ...]:
    """The codes of the desa/kelurahan under ``code`` (itself for a village).

    Raises:
        InvalidArgument: ``code`` is not shaped like a code.
        UnknownRegion: no region has the code.

    >>> len(village_codes("36.73")), village_codes("36.73")[0]
    (67, '36.73.01.1001')
    """
    return _data.descendant_villages(get(code).code)


# Keyed by a province, regency or district code (at most 7,837 of them).
@functools.lru_cache(maxsize=8192)
def _village_kind(code: str) -> RegionKind | None:
    rows = _data.table(4).rows
    kinds = {rows[village][1] for village in _data.descendant_villages(code)}
    return kinds.pop() if len(kinds) == 1 else None
