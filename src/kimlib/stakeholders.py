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
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable

import attrs

from kimlib import sources
from kimlib._enum import LabelledEnum, labels
from kimlib._validation import check_type
from kimlib.errors import InvalidInput, Problem
from kimlib.messages import render
from kimlib.sources import Citation, Cited

__all__ = [
    "DEFAULT_GRID",
    "Assessment",
    "Cell",
    "Engagement",
    "Grid",
    "Level",
    "MappingAxis",
    "Placement",
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
