"""Kim: a KIM (Komunitas/Kelompok Informasi Masyarakat) and all its document holds.

A KIM is seated in a regency or city (``region``) and possibly a village
(``village``, a desa or kelurahan inside ``region``). Codes are Kemendagri codes,
dotted or not; they are stored dotted. ``documents`` is ``None`` when the
document says nothing about them (legality then unknown), a tuple otherwise.

>>> kim = Kim(name="KIM Contoh", region="6271", members=())
>>> kim.region, kim.region_info.name, kim.board
('62.71', 'Kota Palangkaraya', ())
>>> Kim(name="KIM Contoh", region="99.99", members=())
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (1 problem(s)):
  region: this region code is not in the Kemendagri decree
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Annotated, Any

import attrs
import msgspec

from kimlib.model._checks import fail, in_years, non_empty
from kimlib.model.activity import Activity
from kimlib.model.document import Document
from kimlib.model.mapping import MappingAssessment
from kimlib.model.member import Member
from kimlib.model.reading import IndicatorReading

if TYPE_CHECKING:
    from kimlib.regions import Region, RegionKind

__all__ = ["SCHEMA_VERSION", "Kim"]

#: The version of the KIM document format this release reads and writes.
SCHEMA_VERSION = 1


def _schema_version(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value != SCHEMA_VERSION:
        raise fail(attribute.name, "error.schema_version", supported=SCHEMA_VERSION)


def _region_code(field: str, value: str, *, min_level: int, expected: str) -> str:
    """Normalise a code and check it exists at an allowed level (or raise).

    The cache behind it is keyed by the dotted code, never the raw value (a
    code padded with a megabyte of spaces must not stay alive); a value
    longer than any code with some spaces around is refused at once.
    """
    from kimlib import regions  # noqa: PLC0415 - region data loads lazily

    if not isinstance(value, str) or len(value) > 40 or not regions.is_code(value):  # noqa: PLR2004
        raise fail(field, "error.region_code_format")
    return _known_code(field, regions.normalize_code(value), min_level, expected)


@functools.lru_cache(maxsize=4096)
def _known_code(field: str, code: str, min_level: int, expected: str) -> str:
    """The dotted ``code`` once it names a region of ``min_level`` or deeper."""
    from kimlib import regions  # noqa: PLC0415 - region data loads lazily
    from kimlib.errors import UnknownRegion  # noqa: PLC0415

    try:
        region = regions.get(code)
    except UnknownRegion:  # damaged data (RegionDataDamaged) is not the document's
        raise fail(field, "error.region_unknown") from None
    if region.level < min_level:
        raise fail(field, "error.region_level", expected=expected)
    return code


#: Per seat field: the shallowest level its code may name, and its wording.
_SEAT_LEVELS = {"region": (2, "kabupaten/kota"), "village": (4, "desa/kelurahan")}


def _seat_code(field: str, value: str) -> str:
    """The dotted code of seat ``field`` (or raise); cached, so cheap twice."""
    min_level, expected = _SEAT_LEVELS[field]
    return _region_code(field, value, min_level=min_level, expected=expected)


def _seat(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        _seat_code(attribute.name, value)


_MAPPING = msgspec.Meta(description="the Dinas's mapping assessments; absent: none")
_READINGS = msgspec.Meta(description="success indicator readings; absent: none")


@attrs.frozen(kw_only=True)
class Kim:
    """A KIM: its seat, members, documents and activities."""

    name: str = attrs.field(validator=non_empty)
    region: str = attrs.field(validator=_seat)
    members: tuple[Member, ...]
    schema_version: int = attrs.field(default=SCHEMA_VERSION, validator=_schema_version)
    id: str | None = attrs.field(default=None, validator=non_empty)
    village: str | None = attrs.field(default=None, validator=_seat)
    founded_on: dt.date | None = None
    documents: tuple[Document, ...] | None = None
    activities: tuple[Activity, ...] = ()
    mapping: Annotated[tuple[MappingAssessment, ...] | None, _MAPPING] = attrs.field(
        default=None, repr=False
    )
    indicators: Annotated[tuple[IndicatorReading, ...] | None, _READINGS] = attrs.field(
        default=None, repr=False
    )

    def __attrs_post_init__(self) -> None:
        """Store the codes dotted; the village must lie inside the region."""
        in_years("founded_on", self.founded_on)
        region = _seat_code("region", self.region)
        object.__setattr__(self, "region", region)
        if self.village is not None:
            village = _seat_code("village", self.village)
            if village != region and not village.startswith(region + "."):
                raise fail("village", "error.village_outside_region", region=region)
            object.__setattr__(self, "village", village)

    @property
    def board(self) -> tuple[Member, ...]:
        """The board (pengurus): every member whose role is not ``anggota``."""
        return tuple(m for m in self.members if m.is_board)

    def members_on(self, on: dt.date) -> tuple[Member, ...]:
        """The members who count on ``on`` (joined by then, not yet left)."""
        return tuple(m for m in self.members if m.active_on(on))

    @property
    def region_info(self) -> Region:
        """The region (regency/city or deeper) the KIM is seated in."""
        from kimlib import regions  # noqa: PLC0415

        return regions.get(self.region)

    @property
    def regency(self) -> Region:
        """The regency or city of the seat, even when ``region`` names a village.

        >>> Kim(name="KIM Contoh", region="62.71.01.1001", members=()).regency
        Region('62.71', 'Kota Palangkaraya')
        """
        from kimlib import regions  # noqa: PLC0415

        return regions.get(self.region[:5])

    @property
    def seat(self) -> Region:
        """The most precise known seat: the village if given, else the region."""
        from kimlib import regions  # noqa: PLC0415

        return regions.get(self.village or self.region)

    @property
    def village_kind(self) -> RegionKind | None:
        """``desa`` or ``kelurahan`` of the seat's village, when it is known.

        Known from the village code, or from a region whose villages are all
        of one kind (every village of Kota Serang is a kelurahan).
        """
        from kimlib import regions  # noqa: PLC0415

        return regions.village_kind(self.village or self.region)

    def __repr__(self) -> str:
        """A short line for a notebook: id, name, seat and counts, no personal data.

        >>> Kim(id="KIM-3673-0001", name="KIM Maju", region="3673", members=())
        <Kim KIM-3673-0001 'KIM Maju' 36.73: 0 members, documents unknown, 0 activities>
        """
        head = "<Kim"
        if self.id is not None:
            head += f" {_short(self.id, 40)[1:-1]}"
        documents = (
            "documents unknown"
            if self.documents is None
            else f"{len(self.documents)} documents"
        )
        return (
            f"{head} {_short(self.name, 60)} {self.village or self.region}: "
            f"{len(self.members)} members, {documents}, "
            f"{len(self.activities)} activities>"
        )


def _short(text: str, limit: int) -> str:
    """``repr(text)``, cut to ``limit`` characters of ``text`` with an ellipsis."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "\u2026")
