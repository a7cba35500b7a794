"""Indicator readings: the measurements of a KIM's success a document carries.

Seed 001 (Banten coordination meeting, 17 April 2025) names five "indikator
keberhasilan dari eksistensi KIM" (indicators of a KIM's success); each is an
:class:`Indicator`. A KIM document may carry ``indicators``, a list of
:class:`IndicatorReading` values (absent = none); :mod:`kimlib.indicators`
compares two periods of them. The sources say nothing about how to measure an
indicator: a reading's ``value`` is on a scale where higher is better
(kimlib's choice; all five indicators are phrased as an increase).

>>> import datetime as dt
>>> reading = IndicatorReading(indicator="kesadaran_isu", value=52,
...     measured_on="2025-03-20", method="survei warga", source="Diskominfo")
>>> reading.indicator, reading.value, reading.measured_on
(<Indicator.KESADARAN_ISU: 'kesadaran_isu'>, 52.0, datetime.date(2025, 3, 20))
>>> IndicatorReading(indicator="kesadaran_isu", value=float("inf"),
...     measured_on="2025-03-20", method="survei", source="Diskominfo")
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (1 problem(s)):
  value: must be a finite number
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated

import attrs
import msgspec

from kimlib import sources
from kimlib._enum import LabelledEnum, labels
from kimlib._validation import check_date
from kimlib.errors import InvalidArgument, InvalidInput, Problem
from kimlib.messages import CATALOGUE, Text
from kimlib.sources import Citation, Cited

__all__ = ["Indicator", "IndicatorReading"]


@labels(
    {
        "kesadaran_isu": ("Kesadaran akan isu penting", "Awareness of key issues"),
        "aksesibilitas_informasi": (
            "Aksesibilitas informasi",
            "Accessibility of information",
        ),
        "partisipasi_keputusan": (
            "Partisipasi dalam pengambilan keputusan",
            "Participation in decision-making",
        ),
        "kualitas_hidup": ("Kualitas hidup", "Quality of life"),
        "kemampuan_informasi": (
            "Kemampuan mengakses dan memanfaatkan informasi",
            "Ability to access and use information",
        ),
    }
)
class Indicator(Cited, LabelledEnum):
    """A success indicator of seed 001, in the source's order."""

    KESADARAN_ISU = "kesadaran_isu"
    AKSESIBILITAS_INFORMASI = "aksesibilitas_informasi"
    PARTISIPASI_KEPUTUSAN = "partisipasi_keputusan"
    KUALITAS_HIDUP = "kualitas_hidup"
    KEMAMPUAN_INFORMASI = "kemampuan_informasi"

    @property
    def citation(self) -> Citation:
        """The source's words for this indicator (seed 001, verbatim)."""
        return _CITATIONS[self]

    @property
    def statement(self) -> Text:
        """The indicator as a full sentence in Indonesian and English."""
        return CATALOGUE[f"indicator.statement.{self.value}"]


# Seed 001: "Adapun indikator keberhasilan dari eksistensi KIM yaitu
# meningkatnya kesadaran masyarakat tentang isu-isu penting, peningkatan
# aksesibilitas informasi, meningkatnya partisipasi masyarakat dalam
# pengambilan keputusan, perbaikan kualitas hidup masyarakat, meningkatnya
# kemampuan masyarakat dalam mengakses dan memanfaatkan informasi."
_CITATIONS: dict[Indicator, Citation] = {
    indicator: Citation(source=sources.SEED_001, quote=quote)
    for indicator, quote in (
        (
            Indicator.KESADARAN_ISU,
            "meningkatnya kesadaran masyarakat tentang isu-isu penting",
        ),
        (Indicator.AKSESIBILITAS_INFORMASI, "peningkatan aksesibilitas informasi"),
        (
            Indicator.PARTISIPASI_KEPUTUSAN,
            "meningkatnya partisipasi masyarakat dalam pengambilan keputusan",
        ),
        (Indicator.KUALITAS_HIDUP, "perbaikan kualitas hidup masyarakat"),
        (
            Indicator.KEMAMPUAN_INFORMASI,
            (
                "meningkatnya kemampuan masyarakat dalam mengakses dan memanfaatkan"
                " informasi"
            ),
        ),
    )
}


#: The title of an indicator reading's problems (it is not a KIM document).
_READING = "error.invalid_reading"


def _to_indicator(value: object) -> Indicator:
    try:
        return Indicator(value)
    except ValueError:
        allowed = ", ".join(Indicator.values())
        problem = Problem(
            "indicator", "indicator.not_an_indicator", {"allowed": allowed}
        )
        raise InvalidInput([problem], _READING) from None


def _to_value(value: object) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        if math.isfinite(number):
            return number
    raise InvalidInput([Problem("value", "indicator.not_finite")], _READING)


def _to_date(value: object) -> dt.date:
    try:
        return check_date("measured_on", value)
    except InvalidArgument:
        raise InvalidInput(
            [Problem("measured_on", "indicator.not_a_date")], _READING
        ) from None


def _text(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput([Problem(attribute.name, "error.empty_text")], _READING)


def _finite(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    # msgspec runs validators, not converters: 1e999 reads as inf.
    if not math.isfinite(value):
        raise InvalidInput([Problem(attribute.name, "indicator.not_finite")], _READING)


_DESCRIPTIONS = {
    "indicator": "the success indicator (seed 001), e.g. kesadaran_isu",
    "value": "the reading, a finite number; higher is better",
    "measured_on": "the day of the measurement (YYYY-MM-DD)",
    "method": "how it was measured, e.g. a survey or a count",
    "source": "who measured it: an organisation (a Dinas, the KIM), never a person",
}


@attrs.frozen(kw_only=True)
class IndicatorReading:
    """One reading of a success indicator: its value, day, method and source.

    ``value`` is on a scale where higher is better; ``method`` says how it was
    measured (a survey, a count ...) and ``source`` who measured it (a Dinas,
    the KIM itself; an organisation, not a person). Bad fields raise
    ``InvalidInput`` naming the field.
    """

    indicator: Annotated[
        Indicator, msgspec.Meta(description=_DESCRIPTIONS["indicator"])
    ] = attrs.field(converter=_to_indicator)
    value: Annotated[float, msgspec.Meta(description=_DESCRIPTIONS["value"])] = (
        attrs.field(converter=_to_value, validator=_finite)
    )
    measured_on: Annotated[
        dt.date, msgspec.Meta(description=_DESCRIPTIONS["measured_on"])
    ] = attrs.field(converter=_to_date)
    method: Annotated[str, msgspec.Meta(description=_DESCRIPTIONS["method"])] = (
        attrs.field(validator=_text)
    )
    source: Annotated[str, msgspec.Meta(description=_DESCRIPTIONS["source"])] = (
        attrs.field(validator=_text)
    )
