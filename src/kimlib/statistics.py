"""Statistics: the sources' dated KIM counts, and village coverage of KIMs.

The sources give a few numbers about KIMs (KIM: Kelompok/Komunitas Informasi
Masyarakat, community information group). Each is kept here as a value with
its date, what it counts (KIMs formed, registered, or attending an event) and
its :class:`kimlib.sources.Citation` (or, for figures kimlib holds no text
of, its :class:`kimlib.sources.Source`), never as a bare constant.
:func:`coverage` measures how many villages (desa/kelurahan) of a region have
at least one KIM.

More information:

* Diskominfo Kota Serang, "Pentingnya KIM dalam penyebarluasan informasi di
  Masyarakat", and MMC Kalteng, "Peran KIM Daerah Sebagai Mitra Kerja
  Diseminasi Informasi" (8 September 2021); see docs/readings.md

>>> from kimlib import statistics
>>> seruyan = statistics.CENTRAL_KALIMANTAN_2021[0]
>>> seruyan.region.name, seruyan.count, seruyan.as_of.isoformat()
('Kabupaten Seruyan', 47, '2021-09-08')
>>> seruyan.source.id, seruyan.citation.quote[:33]
('seed_002', '7 Kabupaten yang sudah membentuk ')
>>> statistics.KIM_ID_NOVEMBER_2025.citation is None
True
>>> print(statistics.KOTA_SERANG_ATTENDANCE.describe("en"))
Kota Serang: 90 KIM (attended), as of date unknown
>>> statistics.KOTA_SERANG_DIVISIONS.agrees_with_data()
True
>>> statistics.coverage([], "36.73").share
0.0
>>> statistics.coverage([], "99")
Traceback (most recent call last):
...
kimlib.errors.UnknownRegion: no region matches '99'; did you mean: ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Protocol

import attrs

from kimlib import regions, sources
from kimlib._enum import LabelledEnum, labels
from kimlib._validation import check_type
from kimlib.errors import InvalidArgument
from kimlib.messages import render, shown
from kimlib.regions import Region, RegionKind
from kimlib.sources import Citation, Source

__all__ = [
    "CENTRAL_KALIMANTAN_2021",
    "KIM_COUNTS",
    "KIM_ID_NOVEMBER_2025",
    "KOTA_SERANG_ATTENDANCE",
    "KOTA_SERANG_DIVISIONS",
    "Citation",
    "CountKind",
    "Coverage",
    "DivisionCount",
    "KimCount",
    "Placed",
    "counts_in",
    "coverage",
]


@labels(
    {
        "registered": ("terdaftar", "registered"),
        "formed": ("terbentuk", "formed"),
        "attended": ("hadir", "attended"),
    }
)
class CountKind(LabelledEnum):
    """What a count counts: KIMs registered, formed, or attending an event.

    An attendance is not a total: 90 KIMs at a socialisation say nothing of
    how many KIMs the city has.
    """

    REGISTERED = "registered"
    FORMED = "formed"
    ATTENDED = "attended"


def _code_or_none(value: str | None) -> str | None:
    return None if value is None else _known_code(value)


def _known_code(value: str) -> str:
    return regions.get(value).code


def _optional_citation(
    _: object, attribute: attrs.Attribute[Citation | None], value: object
) -> None:
    check_type(attribute.name, value, Citation, type(None))


def _cited_source(count: KimCount) -> Source:
    # The default of KimCount.source: the citation's source.
    if count.citation is None:
        raise InvalidArgument.of("argument.source_required")
    return count.citation.source


def _non_negative(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgument.of(
            "argument.count", name=attribute.name, value=shown(value)
        )


@attrs.frozen
class KimCount:
    """A number of KIMs in a region, on a date, with its citation.

    ``region_code`` is ``None`` for all of Indonesia. ``as_of`` is ``None``
    when the source gives no exact date; ``period`` then holds what it gives
    (``"2025-11"``). ``stated_name`` and ``stated_kind`` are how the source
    calls the region, which may differ from the decree (MMC Kalteng counts
    Palangka Raya, a kota, among "7 Kabupaten"); :attr:`region` has the
    decree's name and kind. ``provinces`` is how many provinces the counted
    KIMs come from, when the source says.

    ``citation`` is the source's sentence giving the number; it is ``None``
    when kimlib holds no text of the source, and ``source`` then names it
    (otherwise ``source`` is the citation's source and may be left out).
    """

    region_code: str | None = attrs.field(converter=_code_or_none)
    count: int = attrs.field(validator=_non_negative)
    as_of: dt.date | None
    kind: CountKind = attrs.field(converter=CountKind)
    citation: Citation | None = attrs.field(validator=_optional_citation)
    period: str | None = None
    stated_name: str | None = None
    stated_kind: RegionKind | None = None
    provinces: int | None = None
    source: Source = attrs.field(default=attrs.Factory(_cited_source, takes_self=True))

    @source.validator
    def _check_source(self, attribute: attrs.Attribute[Source], value: object) -> None:
        check_type(attribute.name, value, Source)
        if self.citation is not None and self.citation.source != value:
            raise InvalidArgument.of("argument.source_mismatch", name=attribute.name)

    @property
    def region(self) -> Region | None:
        """The counted region from the decree; ``None`` for all of Indonesia."""
        return None if self.region_code is None else regions.get(self.region_code)

    def describe(self, lang: str = "en") -> str:
        """One line: region, count, kind and date, in ``lang``."""
        region = self.region
        where = "Indonesia" if region is None else region.name
        when = self.as_of or self.period
        return render(
            "region.kim_count",
            lang,
            region=where,
            count=self.count,
            kind=self.kind.label(lang),
            as_of=when or render("region.date_unknown", lang),
        )


@attrs.frozen
class DivisionCount:
    """A source's statement of how a region divides into districts and villages."""

    region_code: str = attrs.field(converter=_known_code)
    districts: int = attrs.field(validator=_non_negative)
    villages: int = attrs.field(validator=_non_negative)
    village_kind: RegionKind | None
    citation: Citation

    def agrees_with_data(self) -> bool:
        """Whether the decree's data give the same numbers and village kind."""
        return (
            len(regions.children(self.region_code)) == self.districts
            and len(regions.village_codes(self.region_code)) == self.villages
            and regions.village_kind(self.region_code) is self.village_kind
        )


_KALTENG_DAY = dt.date(2021, 9, 8)
_KALTENG = Citation(
    source=sources.SEED_002,
    quote=(
        "7 Kabupaten yang sudah membentuk KIM yakni Seruyan ada 47 kelompok, "
        "Kapuas ada 19 kelompok, Murung Raya ada 11 kelompok, Palangka Raya ada "
        "8 kelompok, Pulang Pisau ada 7 kelompok, Kotawaringin Timur ada 6 "
        "kelompok dan Kotawaringin Barat ada 6 kelompok."
    ),
)

#: KIMs formed in Central Kalimantan, 8 September 2021 (MMC Kalteng), in the
#: source's order. The source says "7 Kabupaten", but 62.71 is a kota.
CENTRAL_KALIMANTAN_2021: tuple[KimCount, ...] = tuple(
    KimCount(
        region_code=code,
        count=count,
        as_of=_KALTENG_DAY,
        kind=CountKind.FORMED,
        citation=_KALTENG,
        stated_name=name,
        stated_kind=RegionKind.KABUPATEN,
    )
    for code, name, count in (
        ("62.07", "Seruyan", 47),
        ("62.03", "Kapuas", 19),
        ("62.12", "Murung Raya", 11),
        ("62.71", "Palangka Raya", 8),
        ("62.11", "Pulang Pisau", 7),
        ("62.02", "Kotawaringin Timur", 6),
        ("62.01", "Kotawaringin Barat", 6),
    )
)

#: KIMs attending a socialisation in Kota Serang (Diskominfo Kota Serang, undated): an
#: attendance, not the city's total.
KOTA_SERANG_ATTENDANCE = KimCount(
    region_code="36.73",
    count=90,
    as_of=None,
    kind=CountKind.ATTENDED,
    citation=Citation(
        source=sources.SEED_000,
        quote="Peserta terdiri dari 90 KIM tingkat Kota Serang.",
    ),
    stated_name="Kota Serang",
    stated_kind=RegionKind.KOTA,
)

#: Kota Serang's districts and villages as Diskominfo Kota Serang states them.
KOTA_SERANG_DIVISIONS = DivisionCount(
    region_code="36.73",
    districts=6,
    villages=67,
    village_kind=RegionKind.KELURAHAN,
    citation=sources.KOTA_SERANG_KELURAHAN,
)

#: KIMs registered on the KIM.id platform in November 2025, from 31
#: provinces. From public reports, not from a quoted article: kimlib holds no text of
#: them, so there is no citation, only the source :data:`kimlib.sources.KIM_ID_2025`.
KIM_ID_NOVEMBER_2025 = KimCount(
    region_code=None,
    count=3555,
    as_of=None,
    period="2025-11",
    kind=CountKind.REGISTERED,
    citation=None,
    source=sources.KIM_ID_2025,
    provinces=31,
)

#: Every count above.
KIM_COUNTS: tuple[KimCount, ...] = (
    *CENTRAL_KALIMANTAN_2021,
    KOTA_SERANG_ATTENDANCE,
    KIM_ID_NOVEMBER_2025,
)


def counts_in(code: str | Region) -> tuple[KimCount, ...]:
    """The counts of :data:`KIM_COUNTS` for ``code`` or a region under it.

    >>> [c.count for c in counts_in("62")]
    [47, 19, 11, 8, 7, 6, 6]
    """
    top = regions.get(code).code
    return tuple(
        c
        for c in KIM_COUNTS
        if c.region_code is not None
        and (c.region_code == top or c.region_code.startswith(top + "."))
    )


class Placed(Protocol):
    """Anything seated in a region, like a :class:`kimlib.model.Kim`."""

    @property
    def region(self) -> str:
        """Code of the regency/city (or deeper)."""

    @property
    def village(self) -> str | None:
        """Code of the desa/kelurahan, or ``None``."""


@attrs.frozen
class Coverage:
    """How many villages of a region have a KIM.

    ``kims_per_village`` maps every village code of the region to its number
    of KIMs (0 included); ``unplaced`` counts the region's KIMs whose village
    is not given.
    """

    region_code: str
    kims_per_village: Mapping[str, int]
    unplaced: int

    @property
    def villages(self) -> int:
        """Number of villages (desa + kelurahan) in the region."""
        return len(self.kims_per_village)

    @property
    def covered(self) -> int:
        """Number of villages with at least one KIM."""
        return sum(1 for n in self.kims_per_village.values() if n)

    @property
    def uncovered(self) -> tuple[str, ...]:
        """Codes of the villages without a KIM, in code order."""
        return tuple(code for code, n in self.kims_per_village.items() if not n)

    @property
    def share(self) -> float:
        """``covered / villages``, from 0.0 to 1.0."""
        return self.covered / self.villages if self.villages else 0.0

    def describe(self, lang: str = "en") -> str:
        """One line, e.g. ``Kota Serang: 2 of 67 villages have a KIM (3%)``."""
        return render(
            "region.coverage",
            lang,
            region=regions.get(self.region_code).name,
            covered=self.covered,
            villages=self.villages,
            share=f"{self.share:.0%}",
        )


def _code(kim: object, index: int, field: str) -> str | None:
    try:
        value = getattr(kim, field)
    except AttributeError:
        raise InvalidArgument.of(
            "argument.no_attribute", name=f"kims[{index}]", field=repr(field)
        ) from None
    if value is None and field == "village":
        return None
    try:
        return regions.normalize_code(value)
    except InvalidArgument:
        raise InvalidArgument.of(
            "argument.region_of_kim",
            name=f"kims[{index}].{field}",
            value=shown(value),
        ) from None


def coverage(kims: Iterable[Placed], region_code: str | Region) -> Coverage:
    """Count the KIMs per village of a region.

    A KIM counts for the village it names; one without a village counts as
    unplaced when its ``region`` lies in the region. KIMs outside the region
    are ignored.

    Args:
        kims: objects with ``.region`` and ``.village`` codes (dotted or not).
        region_code: the region to measure (any level).

    Returns:
        The coverage.

    Raises:
        InvalidArgument: a KIM lacks ``region``/``village``, has a code of
            the wrong shape, or a village code of the region that is not a
            desa/kelurahan (the message names ``kims[i].field``).
        UnknownRegion: ``region_code`` is unknown, or a KIM's village lies in
            the region but is not in the decree.

    >>> from types import SimpleNamespace as Kim
    >>> seen = [Kim(region="36.73", village="3673011001")]
    >>> seen.append(Kim(region="3673", village=None))
    >>> result = coverage(seen, "36.73")
    >>> result.covered, result.villages, result.unplaced, len(result.uncovered)
    (1, 67, 1, 66)
    >>> print(result.describe("id"))
    Kota Serang: 1 dari 67 desa/kelurahan memiliki KIM (1%)
    """
    top = regions.get(region_code).code
    counts = dict.fromkeys(regions.village_codes(top), 0)
    unplaced = 0
    for index, kim in enumerate(kims):
        village = _code(kim, index, "village")
        region = _code(kim, index, "region")
        if village is not None:
            if village in counts:
                counts[village] += 1
            elif village.startswith(top + "."):
                found = regions.get(village)  # UnknownRegion if not in the decree
                raise InvalidArgument.of(
                    "argument.not_a_village",
                    name=f"kims[{index}].village",
                    code=found.code,
                )
        elif region is not None and (region == top or region.startswith(top + ".")):
            unplaced += 1
    return Coverage(
        region_code=top,
        kims_per_village=MappingProxyType(counts),
        unplaced=unplaced,
    )
