"""Activity: one event of a KIM's ADINDA cycle.

``at`` is kept as given: aware (with its offset) or naive, meaning local time
in the KIM's region; it is localised when scoring, so a document round-trips
exactly. A time written as a date alone (``"2025-01-10"``) is the start of that
local day: a naive midnight marked :data:`~kimlib._dates.LOCAL_DAY`
(:attr:`Activity.date_only`), which the writer dumps back as a date. Times lie
in the years 1900 to 2200.

>>> import datetime as dt
>>> a = Activity(form=ActivityForm.SARASEHAN, at=dt.datetime(2025, 1, 10, 9))
>>> a.resolved_stage
<Stage.DISKUSI: 'diskusi'>
>>> Activity(form=ActivityForm.LAINNYA, at=dt.datetime(2025, 1, 10, 9))
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (1 problem(s)):
  stage: this field is required
"""

from __future__ import annotations

import datetime as dt

import attrs

from kimlib._dates import is_date_only
from kimlib.model._checks import fail, in_years, non_empty, non_negative
from kimlib.model._vocabulary import ActivityForm, Channel, Stage

__all__ = ["Activity", "topic_key"]


def topic_key(topic: str) -> str:
    """A topic folded for matching: case- and space-insensitive.

    >>> topic_key("  Harga   GABAH ") == topic_key("harga gabah")
    True
    """
    return " ".join(topic.split()).casefold()


@attrs.frozen(kw_only=True)
class Activity:
    """One activity: its form, stage (or the form's default), time and reach."""

    form: ActivityForm
    at: dt.datetime
    stage: Stage | None = None
    topic: str | None = attrs.field(default=None, validator=non_empty)
    participants: int | None = attrs.field(default=None, validator=non_negative)
    channels: tuple[Channel, ...] = ()

    def __attrs_post_init__(self) -> None:
        """An activity must resolve to a stage; its time lies in kimlib's years."""
        in_years("at", self.at)
        if self.stage is None and self.form.default_stage is None:
            raise fail("stage", "error.missing_field")

    @property
    def resolved_stage(self) -> Stage:
        """The stage given, or the form's default stage."""
        stage = self.stage or self.form.default_stage
        assert stage is not None  # noqa: S101 - guaranteed by __attrs_post_init__
        return stage

    @property
    def date_only(self) -> bool:
        """Whether ``at`` was written as a date alone (the start of that day)."""
        return is_date_only(self.at)

    @property
    def topic_key(self) -> str | None:
        """The topic folded for cycle matching, or ``None``."""
        return None if self.topic is None else topic_key(self.topic)
