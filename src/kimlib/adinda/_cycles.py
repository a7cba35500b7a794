"""Topic cycles: did information a KIM accessed get discussed, used and passed on?

Activities with a topic are grouped by :func:`kimlib.model.topic_key` (case-
and space-insensitive). A topic's cycle is *complete* when, inside the period,
it has activities in all six ADINDA stages and it is *ordered*: some Akses
precedes (strictly earlier instant) some Diskusi that precedes some
Implementasi. Both are existence tests, so adding an activity never breaks a
cycle. kimlib's reading of Diskominfo Kapuas Hulu ("Tentang KIM"), whose
Diskusi is about "Informasi yang telah diperoleh" and whose Implementasi is
about "Informasi yang telah di diskusikan".

Each topic is checked in one pass over its activities: the earliest Akses,
then the earliest Diskusi after it, then whether the latest Implementasi comes
after that (a greedy choice that finds an ordered triple whenever one exists).
"""

from __future__ import annotations

import datetime as dt

import attrs

from kimlib.model import Stage

__all__ = ["TopicCycle", "TopicTrack"]

_ALL = frozenset(Stage)
_ONE_TICK = dt.timedelta(microseconds=1)


@attrs.frozen(kw_only=True)
class TopicCycle:
    """One topic's progress through the ADINDA cycle inside a period.

    ``topic`` is the folded topic key (``topic_key("Harga  Gabah")``);
    ``stages_present`` and ``missing`` are in cycle order; ``ordered`` says
    whether some Akses precedes some Diskusi that precedes some Implementasi;
    ``complete`` is all six stages and ordered.
    """

    topic: str
    stages_present: tuple[Stage, ...]
    missing: tuple[Stage, ...]
    complete: bool
    ordered: bool


class TopicTrack:
    """What one topic needs to decide its cycle (private accumulator).

    Times are naive UTC instants. Only the earliest Akses, every Diskusi and
    the latest Implementasi matter for the order test.
    """

    __slots__ = ("diskusi", "first_akses", "last_implementasi", "stages")

    def __init__(self) -> None:
        """Start with no activity."""
        self.stages: set[Stage] = set()
        self.first_akses: dt.datetime | None = None
        self.diskusi: list[dt.datetime] = []
        self.last_implementasi: dt.datetime | None = None

    def add(self, stage: Stage, instant: dt.datetime) -> None:
        """Count one activity of ``stage`` at ``instant``."""
        self.stages.add(stage)
        if stage is Stage.AKSES:
            if self.first_akses is None or instant < self.first_akses:
                self.first_akses = instant
        elif stage is Stage.DISKUSI:
            self.diskusi.append(instant)
        elif stage is Stage.IMPLEMENTASI and (
            self.last_implementasi is None or instant > self.last_implementasi
        ):
            self.last_implementasi = instant

    @property
    def ordered(self) -> bool:
        """Whether some Akses < some Diskusi < some Implementasi."""
        akses, last = self.first_akses, self.last_implementasi
        if akses is None or last is None:
            return False
        return any(akses < moment < last for moment in self.diskusi)

    @property
    def complete(self) -> bool:
        """All six stages and ordered."""
        return self.stages == _ALL and self.ordered

    def completed_by(
        self, stage: Stage, first: dt.datetime, last: dt.datetime
    ) -> dt.datetime | None:
        """When one more ``stage`` activity would complete an incomplete cycle.

        ``first`` and ``last`` are the period's first and last instants. The
        answer is an instant inside them, or ``None`` if no single activity of
        ``stage`` completes the cycle (or it is already complete).
        """
        if self.complete or (self.stages | {stage}) != _ALL:
            return None
        akses, latest = self.first_akses, self.last_implementasi
        if stage is Stage.AKSES:
            akses = first
            moment = first
        elif stage is Stage.IMPLEMENTASI:
            latest = last
            moment = last
        elif stage is Stage.DISKUSI:
            if akses is None or latest is None or latest - akses <= _ONE_TICK:
                return None
            return akses + _ONE_TICK
        else:
            moment = first
        if akses is None or latest is None:  # pragma: no cover - six stages present
            return None
        if any(akses < d < latest for d in self.diskusi):
            return moment
        return None

    def cycle(self, topic: str) -> TopicCycle:
        """The topic's :class:`TopicCycle`."""
        present = tuple(s for s in Stage if s in self.stages)
        missing = tuple(s for s in Stage if s not in self.stages)
        ordered = self.ordered
        return TopicCycle(
            topic=topic,
            stages_present=present,
            missing=missing,
            complete=not missing and ordered,
            ordered=ordered,
        )
