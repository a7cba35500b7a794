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
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from kimlib._validation import check_type
from kimlib.adinda._cycles import TopicCycle, TopicTrack
from kimlib.adinda._periods import Period, bounds_utc, check_timezone, parse_period
from kimlib.adinda._report import AdindaReport, NextAction
from kimlib.adinda._rubric import DEFAULT_RUBRIC, Rubric
from kimlib.errors import InvalidArgument
from kimlib.model import DEFAULT_STAGE, Activity, ActivityForm, Kim, Stage

__all__ = ["SUGGESTED_FORM", "score", "score_activities", "topic_cycles"]

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


def _instant(at: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """``at`` as naive UTC; a naive ``at`` is local time in ``tz``."""
    if at.tzinfo is None or at.utcoffset() is None:
        at = at.replace(tzinfo=tz)
    return at.astimezone(_UTC).replace(tzinfo=None)


@attrs.frozen
class _Tally:
    """Per-stage form weights and counts and per-topic tracks of one period."""

    weights: dict[Stage, list[float]]
    counts: dict[Stage, int]
    tracks: dict[str, TopicTrack]


def _tally(
    activities: Iterable[Activity],
    tz: dt.tzinfo,
    bounds: tuple[dt.datetime, dt.datetime],
    rubric: Rubric,
) -> _Tally:
    first, end = bounds
    weights: dict[Stage, list[float]] = {s: [] for s in Stage}
    counts = dict.fromkeys(Stage, 0)
    tracks: dict[str, TopicTrack] = {}
    form_weights = rubric.form_weights
    try:
        items = iter(activities)
    except TypeError:
        kind = type(activities).__name__
        msg = f"Expected an iterable of Activity but got activities={kind}"
        raise InvalidArgument(msg) from None
    for i, activity in enumerate(items):
        if not isinstance(activity, Activity):
            msg = f"activities[{i}] must be an Activity, not {type(activity).__name__}"
            raise InvalidArgument(msg)
        instant = _instant(activity.at, tz)
        if not first <= instant < end:
            continue
        stage = activity.resolved_stage
        weights[stage].append(form_weights[activity.form])
        counts[stage] += 1
        key = activity.topic_key
        if key is not None:
            track = tracks.get(key)
            if track is None:
                track = tracks[key] = TopicTrack()
            track.add(stage, instant)
    return _Tally(weights, counts, tracks)


def _parts(
    rubric: Rubric, months: float, effective: Mapping[Stage, float], complete: int
) -> tuple[dict[Stage, float], float, float]:
    """Points by stage, cycle points and their total (capped at 100)."""
    caps = rubric.caps
    by_stage = {
        s: caps[s] * min(1.0, effective[s] / rubric.target(s, months)) for s in Stage
    }
    cycle = rubric.cycle_cap * min(1.0, complete / rubric.cycle_target(months))
    total = min(100.0, math.fsum([*by_stage.values(), cycle]))
    return by_stage, cycle, total


def _best_form(stage: Stage, rubric: Rubric) -> ActivityForm:
    forms = _STAGE_FORMS[stage]
    return max(forms, key=lambda f: (rubric.form_weight(f), -forms.index(f)))


def _next_actions(
    tally: _Tally,
    *,
    rubric: Rubric,
    months: float,
    effective: Mapping[Stage, float],
    complete: int,
    total: float,
    bounds: tuple[dt.datetime, dt.datetime],
    zone: dt.tzinfo,
) -> tuple[NextAction, ...]:
    first, last = bounds[0], bounds[1] - _ONE_TICK
    topics = sorted(tally.tracks)
    actions: list[NextAction] = []
    for stage in Stage:
        form = _best_form(stage, rubric)
        topic, moment = None, first
        for key in topics:
            when = tally.tracks[key].completed_by(stage, first, last)
            if when is not None:
                topic, moment = key, when
                break
        more = dict(effective)
        more[stage] = math.fsum([*tally.weights[stage], rubric.form_weight(form)])
        _, _, new_total = _parts(rubric, months, more, complete + (topic is not None))
        gain = new_total - total
        if gain > 0:
            at = moment.replace(tzinfo=_UTC).astimezone(zone)
            activity = Activity(form=form, stage=stage, at=at, topic=topic)
            actions.append(NextAction(activity=activity, gain=gain))
    actions.sort(key=lambda a: (-a.gain, list(Stage).index(a.stage)))
    return tuple(actions)


def _cycles(tally: _Tally) -> tuple[TopicCycle, ...]:
    cycles = [track.cycle(key) for key, track in tally.tracks.items()]
    cycles.sort(key=lambda c: (not c.complete, -len(c.stages_present), c.topic))
    return tuple(cycles)


def _prepare(
    period: object, tz: object, rubric: object
) -> tuple[Period, dt.tzinfo, tuple[dt.datetime, dt.datetime]]:
    check_type("rubric", rubric, Rubric)
    zone = check_timezone("tz", tz)
    span = parse_period(period, zone)
    return span, zone, bounds_utc(span, zone)


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
    rubric: Rubric = DEFAULT_RUBRIC,
) -> AdindaReport:
    """Score ``activities`` over ``period``, reading their times in ``tz``.

    Args:
        activities: any iterable of :class:`~kimlib.model.Activity`; those
            outside the period are ignored.
        period: ``"2025"``, ``"2025Q1"``, ``"2025-03"``, an ISO date interval,
            a pendulum Interval or a :class:`Period` (see :func:`parse_period`).
        tz: the KIM's time zone (a tzinfo, an IANA name, or WIB/WITA/WIT);
            naive activity times are local times in it.
        rubric: the :class:`Rubric`; kimlib's default unless given.

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
    span, zone, bounds = _prepare(period, tz, rubric)
    tally = _tally(activities, zone, bounds, rubric)
    months = span.months
    effective = {s: math.fsum(tally.weights[s]) for s in Stage}
    cycles = _cycles(tally)
    complete = sum(c.complete for c in cycles)
    by_stage, cycle, total = _parts(rubric, months, effective, complete)
    return AdindaReport(
        period=span,
        timezone=_zone_name(zone),
        rubric=rubric,
        total=total,
        by_stage=by_stage,
        cycle=cycle,
        counts=tally.counts,
        effective=effective,
        targets={s: rubric.target(s, months) for s in Stage},
        cycle_target=rubric.cycle_target(months),
        cycles=cycles,
        next_best_actions=_next_actions(
            tally,
            rubric=rubric,
            months=months,
            effective=effective,
            complete=complete,
            total=total,
            bounds=bounds,
            zone=zone,
        ),
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
    kim: Kim, period: object = None, rubric: Rubric = DEFAULT_RUBRIC
) -> AdindaReport:
    """Score a KIM's ADINDA activity over ``period`` in its region's time zone.

    Args:
        kim: the :class:`~kimlib.model.Kim`.
        period: as for :func:`score_activities`; ``None`` means the current
            quarter in the KIM's time zone (the only place kimlib reads the
            clock).
        rubric: the :class:`Rubric`; kimlib's default unless given.

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
