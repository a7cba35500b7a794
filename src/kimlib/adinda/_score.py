"""Scoring: a period's activities, read in the KIM's time zone, to a report.

One pass over the activities: each is localised (a naive time is local time
of the region), kept if it falls inside the period, and added to its stage's
tally and its topic's track. Everything else works on those tallies, so the
cost is linear in the activities plus the sorting of topics (inside the
O(n log n) the design asks); nothing compares activities pairwise. Sums of
form weights use :func:`math.fsum`, which is exact and so independent of
input order.

The next-best actions re-score the tallies with one more activity of each
stage (its best-weighted default form), placed where it helps most: on a
topic it would complete, at a time that keeps Akses before Diskusi before
Implementasi.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

from kimlib._validation import check_type
from kimlib.adinda._cycles import TopicCycle, TopicTrack
from kimlib.adinda._periods import Period, bounds_utc, check_timezone, parse_period
from kimlib.adinda._report import AdindaReport, NextAction, make_report
from kimlib.adinda._rubric import DEFAULT_RUBRIC, Rubric
from kimlib.errors import InvalidArgument
from kimlib.model import DEFAULT_STAGE, Activity, ActivityForm, Kim, Stage, topic_key

__all__ = [
    "SUGGESTED_FORM",
    "Item",
    "Scale",
    "folded_topic",
    "item_of",
    "months_of",
    "period_in",
    "scale_of",
    "score",
    "score_activities",
    "score_parts",
    "tally",
    "topic_cycles",
]

_UTC = dt.timezone.utc
_ONE_TICK = dt.timedelta(microseconds=1)

#: The form kimlib suggests for each stage when form weights tie (its choice).
SUGGESTED_FORM: Mapping[Stage, ActivityForm] = MappingProxyType(
    {
        Stage.AKSES: ActivityForm.BIMBINGAN_TEKNIS,
        Stage.DISKUSI: ActivityForm.FORUM_DISKUSI,
        Stage.IMPLEMENTASI: ActivityForm.WORKSHOP,
        Stage.NETWORKING: ActivityForm.ANJANGSANA,
        Stage.DISEMINASI: ActivityForm.MEDIA_SOSIAL,
        Stage.ASPIRASI: ActivityForm.TEMU_WICARA,
    }
)

#: For each stage, the forms whose default stage it is: the suggested form
#: first, then the others in declaration order (the order ties are broken in).
_STAGE_FORMS: Mapping[Stage, tuple[ActivityForm, ...]] = MappingProxyType(
    {
        stage: (
            SUGGESTED_FORM[stage],
            *(
                f
                for f in ActivityForm
                if DEFAULT_STAGE.get(f) is stage and f is not SUGGESTED_FORM[stage]
            ),
        )
        for stage in Stage
    }
)


_STAGES = tuple(Stage)
_STAGE_INDEX = {stage: i for i, stage in enumerate(_STAGES)}


class Scale:
    """What scoring reads of a rubric over a period, worked out once.

    The stages' caps and targets, the cycle's cap and target, the form
    weights: the same numbers as :attr:`Rubric.caps`, :meth:`Rubric.target`
    and :meth:`Rubric.cycle_target`, computed once per (rubric, months)
    instead of once per KIM.
    """

    __slots__ = ("caps", "cycle_cap", "cycle_target", "form_weights", "targets")

    def __init__(self, rubric: Rubric, months: float) -> None:
        """Read ``rubric`` for a period of ``months``."""
        caps = rubric.caps
        self.caps = tuple(caps[s] for s in _STAGES)
        self.targets = tuple(rubric.target(s, months) for s in _STAGES)
        self.cycle_cap = rubric.cycle_cap
        self.cycle_target = rubric.cycle_target(months)
        self.form_weights = rubric.form_weights

    def parts(
        self, effective: tuple[float, ...], complete: int
    ) -> tuple[tuple[float, ...], float, float]:
        """Points by stage (in stage order), cycle points, their total (<= 100)."""
        by_stage = tuple(
            cap * min(1.0, value / target)
            for cap, value, target in zip(
                self.caps, effective, self.targets, strict=True
            )
        )
        cycle = self.cycle_cap * min(1.0, complete / self.cycle_target)
        return by_stage, cycle, min(100.0, math.fsum([*by_stage, cycle]))


_SCALES: dict[tuple[int, float], tuple[Rubric, Scale]] = {}
_SCALES_LIMIT = 64


def scale_of(rubric: Rubric, months: float) -> Scale:
    """The :class:`Scale` of ``rubric`` over ``months`` (cached by identity)."""
    key = (id(rubric), months)
    found = _SCALES.get(key)
    if found is not None and found[0] is rubric:
        return found[1]
    scale = Scale(rubric, months)
    if len(_SCALES) >= _SCALES_LIMIT:
        _SCALES.clear()
    _SCALES[key] = (rubric, scale)
    return scale


class _Tally:
    """Per-stage form weights and counts and per-topic tracks of one period."""

    __slots__ = ("counts", "tracks", "weights")

    def __init__(self) -> None:
        """Nothing counted yet."""
        self.weights: list[list[float]] = [[] for _ in _STAGES]
        self.counts: list[int] = [0] * len(_STAGES)
        self.tracks: dict[str, TopicTrack] = {}

    def effective(self) -> tuple[float, ...]:
        """The form-weighted count of each stage, in stage order."""
        return tuple(math.fsum(w) if w else 0.0 for w in self.weights)

    def complete(self) -> int:
        """How many topics completed their cycle."""
        return sum(1 for track in self.tracks.values() if track.complete)


#: What scoring reads of one activity: its wall-clock time (naive), its UTC
#: offset (``None``: local time of the region), its form, its stage
#: (resolved) and its folded topic (or ``None``).
Item = tuple[dt.datetime, "dt.timedelta | None", ActivityForm, Stage, "str | None"]


_FORM_STAGE = {form: form.default_stage for form in ActivityForm}
_TOPIC_KEYS: dict[str, str] = {}
_TOPIC_KEYS_LIMIT = 8192


def folded_topic(topic: str) -> str:
    """:func:`~kimlib.model.topic_key` of ``topic``, remembered (topics repeat)."""
    key = _TOPIC_KEYS.get(topic)
    if key is None:
        if len(_TOPIC_KEYS) >= _TOPIC_KEYS_LIMIT:
            _TOPIC_KEYS.clear()
        key = _TOPIC_KEYS[topic] = topic_key(topic)
    return key


def item_of(activity: Activity) -> Item:
    """The scoring item of an :class:`~kimlib.model.Activity`."""
    at = activity.at
    if at.tzinfo is None:
        wall, offset = at, None
    else:
        wall, offset = at.replace(tzinfo=None), at.utcoffset()
    form = activity.form
    topic = activity.topic
    stage = activity.stage or _FORM_STAGE[form]
    assert stage is not None  # noqa: S101 - guaranteed by Activity
    return (wall, offset, form, stage, None if topic is None else folded_topic(topic))


def tally(
    items: Iterable[Item],
    tz: dt.tzinfo,
    bounds: tuple[dt.datetime, dt.datetime],
    form_weights: Mapping[ActivityForm, float],
) -> _Tally:
    """Count the activities inside ``bounds`` (naive UTC), read in ``tz``.

    One tight loop over :data:`Item` tuples, the kernel of both the object
    path (from :class:`~kimlib.model.Activity` values) and :mod:`kimlib.batch`
    (from its light decoded activities). UTC is the wall clock less the
    offset, what ``astimezone`` computes, with no aware value made on the way.
    """
    first, end = bounds
    counted = _Tally()
    weights, counts, tracks = counted.weights, counted.counts, counted.tracks
    index_of = _STAGE_INDEX
    local_offset = tz.utcoffset
    for wall, given, form, stage, key in items:
        offset = local_offset(wall) if given is None else given
        if offset is None:  # pragma: no cover - a tzinfo without offsets
            instant = wall.replace(tzinfo=tz).astimezone(_UTC).replace(tzinfo=None)
        else:
            instant = wall - offset
        if first <= instant < end:
            index = index_of[stage]
            weights[index].append(form_weights[form])
            counts[index] += 1
            if key is not None:
                track = tracks.get(key)
                if track is None:
                    track = tracks[key] = TopicTrack()
                track.add(stage, instant)
    return counted


def _checked(activities: Iterable[Activity]) -> Iterator[Activity]:
    try:
        items = iter(activities)
    except TypeError:
        raise InvalidArgument.of(
            "argument.type",
            name="activities",
            expected="an iterable of Activity",
            got=type(activities).__name__,
        ) from None
    for i, activity in enumerate(items):
        if not isinstance(activity, Activity):
            raise InvalidArgument.of(
                "argument.wrong_type",
                name=f"activities[{i}]",
                expected="Activity",
                actual=type(activity).__name__,
            )
        yield activity


def _tally(
    activities: Iterable[Activity],
    tz: dt.tzinfo,
    bounds: tuple[dt.datetime, dt.datetime],
    rubric: Rubric,
) -> _Tally:
    items = (item_of(a) for a in _checked(activities))
    return tally(items, tz, bounds, rubric.form_weights)


def score_parts(
    items: Iterable[Item],
    tz: dt.tzinfo,
    bounds: tuple[dt.datetime, dt.datetime],
    scale: Scale,
) -> tuple[float, dict[Stage, float], float]:
    """The total, the points by stage and the cycle points, nothing else.

    The kernel both :func:`score` and :mod:`kimlib.batch` call.
    """
    counted = tally(items, tz, bounds, scale.form_weights)
    by_stage, cycle, total = scale.parts(counted.effective(), counted.complete())
    return total, dict(zip(_STAGES, by_stage, strict=True)), cycle


def _best_form(stage: Stage, rubric: Rubric) -> ActivityForm:
    forms = _STAGE_FORMS[stage]
    return max(forms, key=lambda f: (rubric.form_weight(f), -forms.index(f)))


def _next_actions(
    counted: _Tally,
    *,
    rubric: Rubric,
    scale: Scale,
    effective: tuple[float, ...],
    complete: int,
    total: float,
    bounds: tuple[dt.datetime, dt.datetime],
    zone: dt.tzinfo,
) -> tuple[NextAction, ...]:
    first, last = bounds[0], bounds[1] - _ONE_TICK
    topics = sorted(counted.tracks)
    actions: list[NextAction] = []
    for index, stage in enumerate(_STAGES):
        form = _best_form(stage, rubric)
        topic, moment = None, first
        for key in topics:
            when = counted.tracks[key].completed_by(stage, first, last)
            if when is not None:
                topic, moment = key, when
                break
        more = list(effective)
        more[index] = math.fsum([*counted.weights[index], rubric.form_weight(form)])
        _, _, new_total = scale.parts(tuple(more), complete + (topic is not None))
        gain = new_total - total
        if gain > 0:
            at = moment.replace(tzinfo=_UTC).astimezone(zone)
            activity = Activity(form=form, stage=stage, at=at, topic=topic)
            actions.append(NextAction(activity=activity, gain=gain))
    actions.sort(key=lambda a: (-a.gain, _STAGE_INDEX[a.stage]))
    return tuple(actions)


def _cycles(counted: _Tally) -> tuple[TopicCycle, ...]:
    cycles = [track.cycle(key) for key, track in counted.tracks.items()]
    cycles.sort(key=lambda c: (not c.complete, -len(c.stages_present), c.topic))
    return tuple(cycles)


_SPANS: dict[tuple[object, dt.tzinfo], tuple[Period, tuple[dt.datetime, dt.datetime]]]
_SPANS = {}
_SPANS_LIMIT = 256


def period_in(
    period: object, zone: dt.tzinfo
) -> tuple[Period, tuple[dt.datetime, dt.datetime]]:
    """The period and its bounds as naive UTC in ``zone``.

    Cached for periods written as text or as :class:`Period` values (the
    answer depends on the text and the zone only).
    """
    if not isinstance(period, (str, Period)):
        span = parse_period(period, zone)
        return span, bounds_utc(span, zone)
    key = (period, zone)
    found = _SPANS.get(key)
    if found is None:
        span = parse_period(period, zone)
        found = (span, bounds_utc(span, zone))
        if len(_SPANS) >= _SPANS_LIMIT:
            _SPANS.clear()
        _SPANS[key] = found
    return found


_MONTHS: dict[Period, float] = {}


def months_of(span: Period) -> float:
    """``span.months``, worked out once per period (a period is a value)."""
    months = _MONTHS.get(span)
    if months is None:
        if len(_MONTHS) >= _SPANS_LIMIT:
            _MONTHS.clear()
        months = _MONTHS[span] = span.months
    return months


def _prepare(
    period: object, tz: object, rubric: object
) -> tuple[Period, dt.tzinfo, tuple[dt.datetime, dt.datetime]]:
    check_type("rubric", rubric, Rubric)
    zone = check_timezone("tz", tz)
    span, bounds = period_in(period, zone)
    return span, zone, bounds


def topic_cycles(
    activities: Iterable[Activity], *, period: object, tz: dt.tzinfo | str
) -> tuple[TopicCycle, ...]:
    """The topic cycles of ``activities`` inside ``period`` read in ``tz``.

    Complete cycles first, then by how many stages a topic has, then by topic.

    Raises:
        InvalidArgument: a bad period or time zone, or an item not an Activity.
    """
    _, zone, bounds = _prepare(period, tz, DEFAULT_RUBRIC)
    return _cycles(_tally(activities, zone, bounds, DEFAULT_RUBRIC))


def score_activities(
    activities: Iterable[Activity],
    *,
    period: object,
    tz: dt.tzinfo | str,
    rubric: Rubric | None = None,
) -> AdindaReport:
    """Score ``activities`` over ``period``, reading their times in ``tz``.

    Args:
        activities: any iterable of :class:`~kimlib.model.Activity`; those
            outside the period are ignored.
        period: ``"2025"``, ``"2025Q1"``, ``"2025-03"``, an ISO date interval,
            a pendulum Interval or a :class:`Period` (see :func:`parse_period`).
        tz: the KIM's time zone (a tzinfo, an IANA name, or WIB/WITA/WIT);
            naive activity times are local times in it.
        rubric: the :class:`Rubric`; ``None`` (the default) is kimlib's
            :data:`DEFAULT_RUBRIC`.

    Returns:
        The :class:`AdindaReport`.

    Raises:
        InvalidArgument: a bad period, time zone or rubric, or an item of
            ``activities`` that is not an Activity.

    >>> import datetime as dt
    >>> a = Activity(form=ActivityForm.FORUM_DISKUSI, at=dt.datetime(2025, 2, 1, 9))
    >>> report = score_activities([a], period="2025Q1", tz="WIB")
    >>> round(report.total, 2), report.counts[Stage.DISKUSI]
    (4.44, 1)
    """
    if rubric is None:
        rubric = DEFAULT_RUBRIC
    span, zone, bounds = _prepare(period, tz, rubric)
    counted = _tally(activities, zone, bounds, rubric)
    scale = scale_of(rubric, months_of(span))
    effective = counted.effective()
    cycles = _cycles(counted)
    complete = sum(c.complete for c in cycles)
    by_stage, cycle, total = scale.parts(effective, complete)

    def next_best() -> tuple[NextAction, ...]:
        return _next_actions(
            counted,
            rubric=rubric,
            scale=scale,
            effective=effective,
            complete=complete,
            total=total,
            bounds=bounds,
            zone=zone,
        )

    return make_report(
        period=span,
        timezone=_zone_name(zone),
        rubric=rubric,
        total=total,
        by_stage=dict(zip(_STAGES, by_stage, strict=True)),
        cycle=cycle,
        counts=dict(zip(_STAGES, counted.counts, strict=True)),
        effective=dict(zip(_STAGES, effective, strict=True)),
        targets=dict(zip(_STAGES, scale.targets, strict=True)),
        cycle_target=scale.cycle_target,
        cycles=cycles,
        next_best=next_best,
    )


def _zone_name(zone: dt.tzinfo) -> str:
    for attribute in ("name", "key"):
        name = getattr(zone, attribute, None)
        if isinstance(name, str):
            return name
    return str(zone.tzname(None))


def _now(tz: dt.tzinfo) -> dt.datetime:
    """The clock, read only by :func:`score` when no period is given."""
    return dt.datetime.now(tz)


def _current_quarter(tz: dt.tzinfo) -> str:
    today = _now(tz).date()
    return f"{today.year}Q{(today.month - 1) // 3 + 1}"


def score(
    kim: Kim, period: object = None, rubric: Rubric | None = None
) -> AdindaReport:
    """Score a KIM's ADINDA activity over ``period`` in its region's time zone.

    Args:
        kim: the :class:`~kimlib.model.Kim`.
        period: as for :func:`score_activities`; ``None`` means the current
            quarter in the KIM's time zone (the only place kimlib reads the
            clock).
        rubric: the :class:`Rubric`; ``None`` (the default) is kimlib's
            :data:`DEFAULT_RUBRIC`.

    Returns:
        The :class:`AdindaReport`.

    Raises:
        InvalidArgument: ``kim`` is not a Kim, or a bad period or rubric.
    """
    check_type("kim", kim, Kim)
    tz = kim.region_info.timezone
    if period is None:
        period = _current_quarter(tz)
    return score_activities(kim.activities, period=period, tz=tz, rubric=rubric)
