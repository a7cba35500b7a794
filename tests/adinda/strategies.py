"""Hypothesis strategies for ADINDA scoring: activities near a period, rubrics.

Times cluster around 2025Q1 (a week either side) so that many activities fall
inside the period and many near its edges; they come naive (local time), in
UTC, with an Indonesian offset or in a pendulum zone.
"""

from __future__ import annotations

import datetime as dt

import pendulum
from hypothesis import strategies as st

from kimlib.adinda import Activity, ActivityForm, Rubric, Stage

PERIOD = "2025Q1"
PERIOD_START = dt.datetime(2025, 1, 1)  # noqa: DTZ001 - local midnight
PERIOD_END = dt.datetime(2025, 4, 1)  # noqa: DTZ001

ZONE_NAMES = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")
ZONES = tuple(pendulum.timezone(name) for name in ZONE_NAMES)

_OFFSETS: tuple[dt.tzinfo | None, ...] = (
    None,
    dt.timezone.utc,
    *(dt.timezone(dt.timedelta(hours=h)) for h in (7, 8, 9)),
    *ZONES,
)

# Topics in several spellings of the same few subjects (case and spaces).
TOPICS = (
    "harga gabah",
    "Harga  Gabah",
    " HARGA GABAH ",
    "air bersih",
    "Air Bersih",
    "stunting",
)

_NEAR = st.datetimes(
    dt.datetime(2024, 12, 24),  # noqa: DTZ001
    dt.datetime(2025, 4, 8),  # noqa: DTZ001
)
_EDGES = st.sampled_from(
    (PERIOD_START, PERIOD_END, dt.datetime(2025, 2, 15))  # noqa: DTZ001
).flatmap(
    lambda day: st.integers(-15 * 3600, 15 * 3600).map(
        lambda s: day + dt.timedelta(seconds=s)
    )
)


_TICK = dt.timedelta(microseconds=1)
_INSIDE = st.datetimes(PERIOD_START, PERIOD_END - _TICK)
_OUTSIDE = st.datetimes(
    dt.datetime(2024, 12, 1),  # noqa: DTZ001
    PERIOD_START - _TICK,
) | st.datetimes(PERIOD_END, dt.datetime(2025, 5, 1))  # noqa: DTZ001


def times(
    *, where: str = "around", tz: dt.tzinfo | None = None
) -> st.SearchStrategy[dt.datetime]:
    """Instants around 2025Q1, half of them within 15 hours of an edge.

    With ``where="inside"`` (or ``"outside"``) the local wall time in ``tz``
    (the zone the scoring uses) lies inside (outside) 2025Q1, whatever
    offset the value is written in.
    """
    if where in {"inside", "outside"}:
        if tz is None:
            msg = "inside/outside needs tz"
            raise ValueError(msg)
        local = _INSIDE if where == "inside" else _OUTSIDE
        return st.tuples(local, st.sampled_from(_OFFSETS)).map(
            lambda pair: _express(pair[0], tz, pair[1])
        )
    return st.tuples(_NEAR | _EDGES, st.sampled_from(_OFFSETS)).map(
        lambda pair: pair[0].replace(tzinfo=pair[1])
    )


def _express(
    local: dt.datetime, tz: dt.tzinfo, offset: dt.tzinfo | None
) -> dt.datetime:
    """The instant of local wall time ``local`` in ``tz``, shown in ``offset``."""
    aware = local.replace(tzinfo=tz)
    if offset is None:
        return local
    return aware.astimezone(offset)


@st.composite
def activities(
    draw: st.DrawFn, *, where: str = "around", tz: dt.tzinfo | None = None
) -> Activity:
    """An activity around 2025Q1 with a form, maybe a stage and a topic.

    ``where`` and ``tz`` are as for :func:`times`.
    """
    form = draw(st.sampled_from(ActivityForm))
    stages = st.sampled_from(Stage)
    stage = draw(stages if form.default_stage is None else st.none() | stages)
    return Activity(
        form=form,
        stage=stage,
        at=draw(times(where=where, tz=tz)),
        topic=draw(st.none() | st.sampled_from(TOPICS)),
    )


def activity_lists(max_size: int = 25) -> st.SearchStrategy[list[Activity]]:
    """Lists of activities around 2025Q1."""
    return st.lists(activities(), max_size=max_size)


_WEIGHT = st.floats(0, 10, allow_nan=False)
_POSITIVE = st.floats(0.05, 10, allow_nan=False)


@st.composite
def rubrics(draw: st.DrawFn) -> Rubric:
    """Valid rubrics: any weights (not all zero), targets, share and cadence."""
    weights = {s: draw(_WEIGHT) for s in Stage}
    if not any(weights.values()):
        weights[draw(st.sampled_from(Stage))] = 1.0
    forms = draw(st.dictionaries(st.sampled_from(ActivityForm), _WEIGHT, max_size=6))
    return Rubric(
        stage_weights=weights,
        monthly_targets={s: draw(_POSITIVE) for s in Stage},
        form_weights=forms,
        cycle_share=draw(st.floats(0, 0.99)),
        months_per_cycle=draw(st.floats(0.25, 24)),
        name="drawn",
    )
