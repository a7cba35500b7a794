"""Mapping assessments: the Dinas's scores of a KIM's interest, influence, power.

Seed 001 (Banten coordination meeting, 17 April 2025) lists "Pemetaan KIM
untuk mengetahui ketertarikan, pengaruh, kekuatan" (KIM mapping, to learn
interest, influence and power). A KIM document may carry ``mapping``, a list
of :class:`MappingAssessment` values (absent = none), each a dated scoring
of the three axes by an organisation. Scores are on 0..1, or on 1..``scale``
when the assessment declares a scale (a 1..5 questionnaire);
:meth:`MappingAssessment.scores` gives them on 0..1 either way.
:func:`kimlib.stakeholders.placement` places a KIM by its latest assessment.

>>> a = MappingAssessment(assessed_on=dt.date(2025, 3, 1), interest=5,
...     influence=3, power=1, scale=5, method="kuesioner", source="Diskominfo")
>>> a.scores()
(1.0, 0.5, 0.0)
>>> MappingAssessment(assessed_on=dt.date(2025, 3, 1), interest=1.5,
...     influence=0.5, power=0.5, method="kuesioner", source="Diskominfo")
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (1 problem(s)):
  interest: must be a number between 0 and 1
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated

import attrs
import msgspec

from kimlib.model._checks import fail

__all__ = ["MappingAssessment"]

_AXES = ("interest", "influence", "power")
_MAX_SCALE = 100  # a scale of more than 100 points is a mistake, not a survey


def _number(value: object) -> object:
    # Whole numbers become floats (as msgspec reads them); the rest is checked.
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _score(_: object, attribute: attrs.Attribute[float], value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, float)
        or not math.isfinite(value)
    ):
        raise fail(attribute.name, "mapping.score_range")


def _scale(_: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not 2 <= value <= _MAX_SCALE  # noqa: PLR2004
    ):
        raise fail(attribute.name, "mapping.scale_invalid", most=_MAX_SCALE)


def _text(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise fail(attribute.name, "error.empty_text")


def _to_date(value: object) -> object:
    # An ISO string is read as a date (as msgspec reads one); the rest is checked.
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _date(_: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise fail(attribute.name, "error.invalid_date")


_DESCRIPTIONS = {
    "assessed_on": "the day of the assessment (YYYY-MM-DD)",
    "interest": "ketertarikan: 0..1, or 1..scale when scale is given",
    "influence": "pengaruh: 0..1, or 1..scale when scale is given",
    "power": "kekuatan: 0..1, or 1..scale when scale is given",
    "scale": "the top of a 1..scale questionnaire (2 to 100); absent: scores on 0..1",
    "method": "how the Dinas assessed, e.g. a questionnaire or a field visit",
    "source": "who assessed: an organisation (a Dinas), never a person",
}


def _meta(name: str) -> msgspec.Meta:
    return msgspec.Meta(description=_DESCRIPTIONS[name])


@attrs.frozen(kw_only=True)
class MappingAssessment:
    """One mapping of a KIM by the Dinas: interest, influence and power on a day.

    Bad fields raise ``InvalidInput`` naming the field; a score outside its
    scale names the score.
    """

    assessed_on: Annotated[dt.date, _meta("assessed_on")] = attrs.field(
        converter=_to_date, validator=_date
    )
    interest: Annotated[float, _meta("interest")] = attrs.field(
        converter=_number, validator=_score
    )
    influence: Annotated[float, _meta("influence")] = attrs.field(
        converter=_number, validator=_score
    )
    power: Annotated[float, _meta("power")] = attrs.field(
        converter=_number, validator=_score
    )
    method: Annotated[str, _meta("method")] = attrs.field(validator=_text)
    source: Annotated[str, _meta("source")] = attrs.field(validator=_text)
    scale: Annotated[
        Annotated[int, msgspec.Meta(ge=2, le=_MAX_SCALE)] | None, _meta("scale")
    ] = attrs.field(default=None, validator=_scale)

    def __attrs_post_init__(self) -> None:
        """Each score lies on the declared scale (0..1 without one)."""
        low, high = (0.0, 1.0) if self.scale is None else (1.0, float(self.scale))
        for name in _AXES:
            if not low <= getattr(self, name) <= high:
                if self.scale is None:
                    raise fail(name, "mapping.score_range")
                raise fail(name, "mapping.scale_range", low=1, high=self.scale)

    def scores(self) -> tuple[float, float, float]:
        """Interest, influence and power on 0..1 (a 1..n score mapped linearly)."""
        values = tuple(getattr(self, name) for name in _AXES)
        if self.scale is not None:
            values = tuple((v - 1.0) / (self.scale - 1.0) for v in values)
        return values[0], values[1], values[2]
