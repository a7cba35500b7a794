"""One block of documents to rows: the fast path, and the object path behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import msgspec

from kimlib._validation import check_date, check_type
from kimlib.adinda import Rubric, score
from kimlib.adinda._rubric import DEFAULT_RUBRIC
from kimlib.adinda._score import Scale, months_of, period_in, scale_of, score_parts
from kimlib.batch._fast import Light, decode, from_mapping
from kimlib.batch._row import Row
from kimlib.errors import InvalidArgument, InvalidInput, RuleNotInForce
from kimlib.indicators import Indicator, Trend, period_days, progress
from kimlib.io import load_kim
from kimlib.messages import shown
from kimlib.model import Kim
from kimlib.rules import DEFINITION_FROM, Profile, ProfileRegistry, assess
from kimlib.rules import default_registry as _default_registry
from kimlib.rules._checks import facts_from
from kimlib.rules._engine import evaluate_steps, registered_code, resolve
from kimlib.rules._verdict import decide_statuses, is_kim_of
from kimlib.stakeholders import placement

__all__ = ["Context", "lines_of", "placement_fields", "row_of", "rows_of"]

_BLANK = b" \t\r\n"


class Context:
    """What every document of a run shares, worked out once per process.

    The date, the profile or registry, the period and rubric; per seat the
    profile in force (keyed by the most specific registered code above the
    seat, not by the seat), per region the time zone and the period's bounds.
    """

    def __init__(
        self,
        on: object,
        *,
        period: object = None,
        profile: Profile | None = None,
        registry: ProfileRegistry | None = None,
        rubric: Rubric | None = None,
        mapping_on: object = None,
        indicators: object = None,
    ) -> None:
        """Check the arguments as ``assess`` and ``score`` would."""
        day = check_date("on", on)
        self.mapping_on = (
            None if mapping_on is None else check_date("mapping_on", mapping_on)
        )
        self.indicators = _periods(indicators)
        if day < DEFINITION_FROM:
            assess_date_error(day)
        if profile is not None:
            if registry is not None:
                raise InvalidArgument.of("argument.profile_or_registry")
            check_type("profile", profile, Profile)
            if not profile.in_force_on(day):
                raise RuleNotInForce.of(
                    "rules.profile_not_in_force", name=shown(profile.name), date=day
                )
        elif registry is None:
            registry = _default_registry()
        else:
            check_type("registry", registry, ProfileRegistry)
        if rubric is not None:
            check_type("rubric", rubric, Rubric)
        self.on = day
        self.period = period
        self.profile = profile
        self.registry = registry
        self.rubric = DEFAULT_RUBRIC if rubric is None else rubric
        self._profiles: dict[str, Profile] = {}
        self._zones: dict[
            str, tuple[dt.tzinfo, tuple[dt.datetime, dt.datetime], Scale]
        ] = {}
        if period is not None:  # a bad period fails now, not on every line
            from kimlib.adinda import check_timezone  # noqa: PLC0415

            period_in(period, check_timezone("tz", "WIB"))

    def profile_for(self, seat: str) -> Profile | None:
        """The profile ``assess`` would resolve for ``seat`` (``None``: none)."""
        if self.profile is not None:
            return self.profile
        registry = self.registry
        assert registry is not None  # noqa: S101 - one or the other
        key = registered_code(registry, seat)
        found = self._profiles.get(key)
        if found is None:
            try:
                found = resolve(registry, key, self.on)
            except RuleNotInForce:  # the object path raises it, naming the seat
                return None
            self._profiles[key] = found
        return found

    def zone(
        self, region: str
    ) -> tuple[dt.tzinfo, tuple[dt.datetime, dt.datetime], Scale]:
        """The region's time zone, the period's bounds in it and the scale."""
        found = self._zones.get(region)
        if found is None:
            from kimlib import regions  # noqa: PLC0415 - region data load lazily

            tz = regions.get(region).timezone
            span, bounds = period_in(self.period, tz)
            found = self._zones[region] = (
                tz,
                bounds,
                scale_of(self.rubric, months_of(span)),
            )
        return found


def _periods(indicators: object) -> tuple[object, object] | None:
    """``(before, after)``, two periods :func:`~kimlib.indicators.progress` takes."""
    if indicators is None:
        return None
    if (
        not isinstance(indicators, (tuple, list)) or len(indicators) != 2  # noqa: PLR2004 - a pair
    ):
        raise InvalidArgument.of("batch.indicators", value=repr(indicators)[:40])
    before, after = indicators
    period_days("before", before)
    period_days("after", after)
    return before, after


#: The trends of a document without readings (every indicator: no data).
_NO_TRENDS: dict[Indicator, Trend | None] = dict.fromkeys(Indicator)


def placement_fields(kim: Kim, on: dt.date) -> dict[str, Any]:
    """A row's placement fields: ``kim``'s latest assessment by ``on``, placed.

    Empty when the KIM has no assessment on or before ``on``.
    """
    found = placement(kim, on)
    if found is None:
        return {}
    scored = found.placement.assessment
    return {
        "engagement": found.engagement,
        "interest": scored.interest,
        "influence": scored.influence,
        "power": scored.power,
    }


def _picture(context: Context, kim: Kim | None) -> dict[str, Any]:
    """The placement and trend fields of a row, as the object path gives them."""
    fields: dict[str, Any] = {}
    if context.mapping_on is not None and kim is not None:
        fields.update(placement_fields(kim, context.mapping_on))
    if context.indicators is not None:
        if kim is None:
            fields["trends"] = dict(_NO_TRENDS)
        else:
            moved = progress(kim, *context.indicators)
            fields["trends"] = {key: item.trend for key, item in moved.items()}
    return fields


def assess_date_error(day: dt.date) -> None:
    """Raise what ``assess`` raises for a date before the KIM definition."""
    raise RuleNotInForce.of("rules.before_definition", date=day)


def _fast_row(context: Context, line: int, light: Light) -> Row | None:
    seat = light.village or light.region
    profile = context.profile_for(seat)
    if profile is None or not profile.in_force_on(context.on):
        return None  # the object path raises what assess raises
    compiled = profile.compile(context.on)
    facts = facts_from(
        context.on, light.region, light.village, light.members, light.documents
    )
    evaluated = evaluate_steps(compiled.steps, compiled.values, facts, None)
    if evaluated is None:
        return None
    total = by_stage = cycle = None
    if context.period is not None:
        tz, bounds, scale = context.zone(light.region)
        total, by_stage, cycle = score_parts(light.activities, tz, bounds, scale)
    return Row(
        line=line,
        kim_id=light.kim_id,
        kim_name=light.name,
        region=light.region,
        outcome=decide_statuses(evaluated, partnership=compiled.partnership),
        is_kim=is_kim_of(evaluated),
        statuses={item.step.rule.id: item.status for item in evaluated},
        total=total,
        by_stage=by_stage,
        cycle=cycle,
        village=light.village,
        **_picture(context, None),
    )


def _text(document: object, key: str) -> str | None:
    value = document.get(key) if isinstance(document, Mapping) else None
    return value if isinstance(value, str) else None


def _slow_row(context: Context, line: int, item: Any) -> Row:  # noqa: ANN401
    """The object path: ``load_kim``, ``assess`` and ``score``, the definition."""
    try:
        kim = load_kim(item)
    except InvalidInput as error:
        document = item
        if not isinstance(item, Mapping):
            try:
                document = msgspec.json.decode(item)
            except (msgspec.DecodeError, RecursionError, TypeError):
                document = None
        return Row(
            line=line,
            kim_id=_text(document, "id"),
            kim_name=_text(document, "name"),
            region=_text(document, "region"),
            problems=tuple(attrs.evolve(p, line=line) for p in error.problems),
            village=_text(document, "village"),
        )
    if context.profile is not None:
        verdict = assess(kim, on=context.on, profile=context.profile)
    else:
        verdict = assess(kim, on=context.on, registry=context.registry)
    total = by_stage = cycle = None
    if context.period is not None:
        report = score(kim, context.period, context.rubric)
        total, by_stage, cycle = report.total, dict(report.by_stage), report.cycle
    return Row(
        line=line,
        kim_id=kim.id,
        kim_name=kim.name,
        region=kim.region,
        outcome=verdict.outcome,
        is_kim=verdict.is_kim,
        statuses=verdict.statuses,
        total=total,
        by_stage=by_stage,
        cycle=cycle,
        village=kim.village,
        **_picture(context, kim),
    )


def row_of(context: Context, line: int, item: object) -> Row:
    """One document (JSON bytes or text, or a parsed mapping) to its row."""
    if isinstance(item, (bytes, bytearray, memoryview)):
        light = decode(bytes(item))
    elif isinstance(item, str):
        try:
            light = decode(item.encode())
        except UnicodeEncodeError:  # a lone surrogate: the object path decides
            light = None
    elif type(item) is dict:
        light = from_mapping(item)
    else:
        light = None
    if light is not None:
        row = _fast_row(context, line, light)
        if row is not None:
            return row
    return _slow_row(context, line, item)


def _blank(item: object) -> bool:
    return isinstance(item, (str, bytes, bytearray)) and not item.strip()


def rows_of(context: Context, items: Iterable[tuple[int, object]]) -> list[Row]:
    """The rows of numbered documents; blank lines are skipped."""
    return [row_of(context, line, item) for line, item in items if not _blank(item)]


def lines_of(data: bytes, first_line: int) -> Iterable[tuple[int, bytes]]:
    """The numbered lines of a block of whole lines."""
    return enumerate(data.split(b"\n"), start=first_line)
