"""KIM mapping: place a KIM or a stakeholder by interest, influence and power.

Diskominfosatik Banten (Banten, 17 April 2025) says only "Pemetaan KIM untuk mengetahui
ketertarikan, pengaruh, kekuatan" (KIM mapping to learn interest, influence
and power): it names the three axes and nothing more. Everything else here is
**kimlib's own choice**, documented in ``docs/indicators.md``:

- an :class:`Assessment` scores each axis from 0 to 1 (use
  :meth:`Assessment.from_scale` for a 1..5 questionnaire);
- a :class:`Grid` splits each axis at a threshold (0.5 by default) into
  :attr:`Level.LOW` and :attr:`Level.HIGH`; a score equal to the threshold is
  high. Three axes give eight cells;
- each cell has an :class:`Engagement` and a recommendation in Indonesian and
  English. Engagements are ordered (monitor < keep informed < keep satisfied
  < involve < key partner), and raising a score never lowers it.

>>> grid = Grid()
>>> placement = grid.place(
...     Assessment(subject="KIM-6106-0042", interest=0.8, influence=0.7, power=0.9)
... )
>>> placement.engagement
<Engagement.KEY_PARTNER: 'key_partner'>
>>> placement.recommendation("id")
'mitra utama: libatkan dalam perencanaan'

A KIM document carries the Dinas's assessments in ``mapping``
(:class:`~kimlib.model.MappingAssessment`); :func:`placement` places a KIM on
a date by its latest assessment. Placement never changes eligibility: the
source gives no threshold that would tie a cell to the partnership rules.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterable

import attrs

from kimlib import sources
from kimlib._enum import LabelledEnum, labels
from kimlib._validation import check_date, check_type
from kimlib.errors import InvalidInput, Problem
from kimlib.messages import check_lang, render
from kimlib.model import Kim, MappingAssessment
from kimlib.sources import Citation, Cited

__all__ = [
    "DEFAULT_GRID",
    "Assessment",
    "Cell",
    "Engagement",
    "Grid",
    "KimPlacement",
    "Level",
    "MappingAxis",
    "Placement",
    "placement",
]

#: Diskominfosatik Banten, verbatim: the one sentence about KIM mapping.
_CITATION = Citation(
    source=sources.SEED_001,
    quote="Pemetaan KIM untuk mengetahui ketertarikan, pengaruh, kekuatan",
)


@labels(
    {
        "ketertarikan": ("Ketertarikan", "Interest"),
        "pengaruh": ("Pengaruh", "Influence"),
        "kekuatan": ("Kekuatan", "Power"),
    }
)
class MappingAxis(Cited, LabelledEnum):
    """An axis of KIM mapping (Diskominfosatik Banten), in the source's order."""

    KETERTARIKAN = "ketertarikan"
    PENGARUH = "pengaruh"
    KEKUATAN = "kekuatan"

    @property
    def field(self) -> str:
        """The name of this axis' score in :class:`Assessment` and :class:`Grid`."""
        return _FIELDS[self]

    @property
    def citation(self) -> Citation:
        """The source's sentence naming the axes (Diskominfosatik Banten, verbatim)."""
        return _CITATION


_FIELDS = {
    MappingAxis.KETERTARIKAN: "interest",
    MappingAxis.PENGARUH: "influence",
    MappingAxis.KEKUATAN: "power",
}


@labels({"low": ("Rendah", "Low"), "high": ("Tinggi", "High")})
class Level(LabelledEnum):
    """Where a score falls against a threshold."""

    LOW = "low"
    HIGH = "high"


@labels(
    {
        "monitor": ("Pantau", "Monitor"),
        "keep_informed": ("Informasikan", "Keep informed"),
        "keep_satisfied": ("Jaga kepuasan", "Keep satisfied"),
        "involve": ("Libatkan", "Involve"),
        "key_partner": ("Mitra utama", "Key partner"),
    }
)
class Engagement(LabelledEnum):
    """kimlib's engagement levels, from the lightest to the closest."""

    MONITOR = "monitor"
    KEEP_INFORMED = "keep_informed"
    KEEP_SATISFIED = "keep_satisfied"
    INVOLVE = "involve"
    KEY_PARTNER = "key_partner"

    @property
    def rank(self) -> int:
        """The position in the order of closeness (0 = monitor)."""
        return tuple(Engagement).index(self)


#: The title of a mapping's problems (it is not a KIM document).
_MAPPING = "error.invalid_mapping"


def _to_float(value: object) -> object:
    # Whole numbers become floats; anything else is left to the validator.
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _score(_: object, attribute: attrs.Attribute[float], value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not (0.0 <= value <= 1.0)
    ):
        raise InvalidInput([Problem(attribute.name, "mapping.score_range")], _MAPPING)


def _subject(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput([Problem(attribute.name, "error.empty_text")], _MAPPING)


@attrs.frozen(kw_only=True)
class Assessment:
    """Scores of a KIM or a stakeholder on the three axes, each from 0 to 1.

    ``subject`` names the KIM or organisation (its registry id or name); it is
    meant for organisations, never for private persons. Scores outside 0..1
    (or not numbers) raise ``InvalidInput`` naming the field.
    """

    subject: str = attrs.field(validator=_subject)
    interest: float = attrs.field(converter=_to_float, validator=_score)
    influence: float = attrs.field(converter=_to_float, validator=_score)
    power: float = attrs.field(converter=_to_float, validator=_score)

    def score(self, axis: MappingAxis) -> float:
        """The score on ``axis``."""
        check_type("axis", axis, MappingAxis)
        value: float = getattr(self, axis.field)
        return value

    @classmethod
    def from_scale(
        cls,
        *,
        subject: str,
        interest: float,
        influence: float,
        power: float,
        low: float = 1,
        high: float = 5,
    ) -> Assessment:
        """Build an assessment from scores on a ``low``..``high`` scale.

        >>> Assessment.from_scale(subject="KIM A", interest=5, influence=3, power=1)
        Assessment(subject='KIM A', interest=1.0, influence=0.5, power=0.0)

        Raises:
            InvalidInput: a score lies outside the scale, or the scale is empty.
        """
        if not (math.isfinite(low) and math.isfinite(high) and low < high):
            raise InvalidInput(
                [Problem("high", "mapping.scale_range", {"low": low, "high": high})],
                _MAPPING,
            )
        scores: dict[str, float] = {}
        problems = []
        for name, raw in (
            ("interest", interest),
            ("influence", influence),
            ("power", power),
        ):
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                problems.append(Problem(name, "mapping.score_range"))
            elif not low <= raw <= high:
                params = {"low": low, "high": high}
                problems.append(Problem(name, "mapping.scale_range", params))
            else:
                scores[name] = (raw - low) / (high - low)
        if problems:
            raise InvalidInput(problems, _MAPPING)
        return cls(subject=subject, **scores)


@attrs.frozen
class Cell:
    """One cell of the grid: a level on each axis."""

    interest: Level
    influence: Level
    power: Level

    @property
    def key(self) -> str:
        """Three letters, ``h`` or ``l`` for interest, influence and power."""
        return "".join(
            level.value[0] for level in (self.interest, self.influence, self.power)
        )

    @property
    def engagement(self) -> Engagement:
        """The engagement kimlib recommends for this cell."""
        return _ENGAGEMENT[self.key]

    def recommendation(self, lang: str = "en") -> str:
        """What to do with a subject in this cell, in ``lang``."""
        return render(f"mapping.cell.{self.key}", lang)

    @classmethod
    def all(cls) -> tuple[Cell, ...]:
        """The eight cells, from all high to all low."""
        levels = (Level.HIGH, Level.LOW)
        return tuple(cls(*combo) for combo in itertools.product(levels, repeat=3))


# kimlib's choice, monotone in every axis: all three high is a key partner;
# interest with influence or power earns involvement; influence or power
# without interest is kept satisfied; interest alone is kept informed.
_ENGAGEMENT: dict[str, Engagement] = {
    "hhh": Engagement.KEY_PARTNER,
    "hhl": Engagement.INVOLVE,
    "hlh": Engagement.INVOLVE,
    "lhh": Engagement.KEEP_SATISFIED,
    "lhl": Engagement.KEEP_SATISFIED,
    "llh": Engagement.KEEP_SATISFIED,
    "hll": Engagement.KEEP_INFORMED,
    "lll": Engagement.MONITOR,
}


def _threshold(_: object, attribute: attrs.Attribute[float], value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not (0.0 < value <= 1.0)
    ):
        raise InvalidInput(
            [Problem(attribute.name, "mapping.threshold_range")], _MAPPING
        )


@attrs.frozen(kw_only=True)
class Placement:
    """Where an assessment falls on a grid, and what that recommends."""

    assessment: Assessment
    cell: Cell

    @property
    def subject(self) -> str:
        """The assessed KIM or organisation."""
        return self.assessment.subject

    @property
    def engagement(self) -> Engagement:
        """The cell's engagement."""
        return self.cell.engagement

    def recommendation(self, lang: str = "en") -> str:
        """The cell's recommendation in ``lang``."""
        return self.cell.recommendation(lang)

    def explain(self, lang: str = "en") -> str:
        """``subject: engagement — recommendation`` in ``lang``."""
        return render(
            "mapping.placement",
            lang,
            subject=self.subject,
            engagement=self.engagement.label(lang),
            recommendation=self.recommendation(lang),
        )


@attrs.frozen(kw_only=True)
class Grid:
    """Thresholds that split each axis into low and high (kimlib's default: 0.5).

    A threshold lies in (0, 1], so both levels can be reached; a score equal to
    the threshold is high. Bad thresholds raise ``InvalidInput`` naming the
    axis' field.
    """

    interest: float = attrs.field(default=0.5, validator=_threshold)
    influence: float = attrs.field(default=0.5, validator=_threshold)
    power: float = attrs.field(default=0.5, validator=_threshold)

    def level(self, axis: MappingAxis, score: float) -> Level:
        """The level of ``score`` on ``axis``."""
        threshold: float = getattr(self, axis.field)
        return Level.HIGH if score >= threshold else Level.LOW

    def place(self, assessment: Assessment) -> Placement:
        """Put ``assessment`` in its cell."""
        check_type("assessment", assessment, Assessment)
        levels = (self.level(axis, assessment.score(axis)) for axis in MappingAxis)
        return Placement(assessment=assessment, cell=Cell(*levels))

    def place_all(self, assessments: Iterable[Assessment]) -> tuple[Placement, ...]:
        """Place every assessment, closest engagement first, then by subject."""
        placements = [self.place(a) for a in assessments]
        return tuple(sorted(placements, key=_closest_first))


def _closest_first(placement: Placement) -> tuple[int, str, float, float, float]:
    a = placement.assessment
    return (-placement.engagement.rank, a.subject, a.interest, a.influence, a.power)


#: kimlib's default grid: every axis split at 0.5.
DEFAULT_GRID = Grid()


_MONTHS = {
    "id": (
        *("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli"),
        *("Agustus", "September", "Oktober", "November", "Desember"),
    ),
    "en": (
        *("January", "February", "March", "April", "May", "June", "July"),
        *("August", "September", "October", "November", "December"),
    ),
}


def _long_date(day: dt.date, lang: str) -> str:
    """``17 April 2025`` (Indonesian or English month names)."""
    return f"{day.day} {_MONTHS[check_lang(lang)][day.month - 1]} {day.year}"


@attrs.frozen(kw_only=True)
class KimPlacement:
    """A KIM placed on a date by its latest mapping assessment on or before it.

    ``assessment`` is the document's assessment used (its scores, day, method
    and organisation); ``placement`` the cell it falls in on the grid.
    """

    kim_id: str | None
    subject: str
    on: dt.date
    assessment: MappingAssessment
    placement: Placement

    @property
    def cell(self) -> Cell:
        """The grid cell."""
        return self.placement.cell

    @property
    def engagement(self) -> Engagement:
        """The cell's engagement (kimlib's choice, see :class:`Engagement`)."""
        return self.placement.engagement

    def recommendation(self, lang: str = "en") -> str:
        """The cell's recommendation in ``lang``."""
        return self.placement.recommendation(lang)

    def explain(self, lang: str = "en") -> str:
        """One sentence: where the KIM stands, what to do, and on whose mapping.

        >>> kim = Kim(name="KIM Maju", region="36.73", members=(), mapping=(
        ...     MappingAssessment(assessed_on=dt.date(2025, 2, 3), interest=0.9,
        ...         influence=0.2, power=0.3, method="kuesioner",
        ...         source="Diskominfo Kota Serang"),))
        >>> for part in placement(kim, "2025-04-17").explain("id").split(" ("):
        ...     print(part)
        KIM Maju pada 17 April 2025: informasikan secara rutin dan undang ke kegiatan
        menurut pemetaan Diskominfo Kota Serang tanggal 3 Februari 2025)
        """
        return render(
            "mapping.kim_placement",
            lang,
            subject=self.subject,
            on=_long_date(self.on, lang),
            recommendation=self.recommendation(lang),
            source=self.assessment.source,
            assessed_on=_long_date(self.assessment.assessed_on, lang),
        )


def placement(kim: Kim, on: object, grid: Grid | None = None) -> KimPlacement | None:
    """Where ``kim`` stands on ``on``: its latest assessment then, on ``grid``.

    The assessment used is the latest of ``kim.mapping`` assessed on or
    before ``on`` (of two on the same day, the one listed last); scores on a
    1..n scale are mapped to 0..1 first (:meth:`MappingAssessment.scores`).
    These are kimlib's choices: the source names the three axes and nothing
    else. The placement does not change eligibility or any finding.

    Args:
        kim: the KIM.
        on: the date (a date or an ISO string).
        grid: the thresholds; :data:`DEFAULT_GRID` (0.5 on each axis) when
            ``None``.

    Returns:
        The placement, or ``None`` when the KIM has no assessment by then.

    Raises:
        InvalidArgument: ``kim`` is not a Kim, ``on`` not a date or ``grid``
            not a Grid.

    >>> kim = Kim(name="KIM Maju", region="36.73", members=(), mapping=(
    ...     MappingAssessment(assessed_on=dt.date(2025, 1, 5), interest=4,
    ...         influence=4, power=4, scale=5, method="kuesioner",
    ...         source="Diskominfo Kota Serang"),))
    >>> placement(kim, "2025-04-17").engagement
    <Engagement.KEY_PARTNER: 'key_partner'>
    >>> placement(kim, "2025-04-17", Grid(power=0.9)).engagement
    <Engagement.INVOLVE: 'involve'>
    >>> placement(kim, "2024-12-31") is None
    True
    """
    check_type("kim", kim, Kim)
    day = check_date("on", on)
    chosen = DEFAULT_GRID if grid is None else grid
    check_type("grid", chosen, Grid)
    latest: MappingAssessment | None = None
    for assessment in kim.mapping or ():
        if assessment.assessed_on <= day and (
            latest is None or assessment.assessed_on >= latest.assessed_on
        ):
            latest = assessment
    if latest is None:
        return None
    interest, influence, power = latest.scores()
    subject = kim.name
    scored = Assessment(
        subject=subject, interest=interest, influence=influence, power=power
    )
    return KimPlacement(
        kim_id=kim.id,
        subject=subject,
        on=day,
        assessment=latest,
        placement=chosen.place(scored),
    )
