"""ADINDA: periods, topic cycles, the rubric and the score of a KIM's activity.

ADINDA (Akses, Diskusi, Implementasi, Networking, Diseminasi, Aspirasi) is how
a KIM works (Diskominfo Kota Serang, Diskominfosatik Banten, Diskominfo
Kapuas Hulu). This package reads a KIM's activities in its
region's time zone, groups them by period and topic, and scores them with a
documented, configurable :class:`Rubric`. :data:`DEFAULT_RUBRIC` is kimlib's
own choice, not an official standard: no official scoring was found in any
public source.

>>> import datetime as dt
>>> from kimlib.adinda import Activity, ActivityForm, Stage, score_activities
>>> late = Activity(form=ActivityForm.SARASEHAN, at=dt.datetime(2025, 3, 31, 16,
...                 tzinfo=dt.timezone.utc))  # 01:00 on 1 April in Jayapura
>>> score_activities([late], period="2025Q1", tz="Asia/Jayapura").total
0.0
>>> round(score_activities([late], period="2025Q2", tz="WIT").total, 2)
4.44
"""

from __future__ import annotations

from kimlib.adinda._cycles import TopicCycle
from kimlib.adinda._periods import ZONES, Period, check_timezone, parse_period
from kimlib.adinda._report import AdindaReport, NextAction
from kimlib.adinda._rubric import DEFAULT_RUBRIC, InvalidRubric, Rubric
from kimlib.adinda._score import (
    SUGGESTED_FORM,
    score,
    score_activities,
    topic_cycles,
)
from kimlib.adinda._stages import STAGE_DESCRIPTIONS, StageDescription, describe
from kimlib.model import DEFAULT_STAGE, Activity, ActivityForm, Channel, Stage

__all__ = [
    "DEFAULT_RUBRIC",
    "DEFAULT_STAGE",
    "STAGE_DESCRIPTIONS",
    "SUGGESTED_FORM",
    "ZONES",
    "Activity",
    "ActivityForm",
    "AdindaReport",
    "Channel",
    "InvalidRubric",
    "NextAction",
    "Period",
    "Rubric",
    "Stage",
    "StageDescription",
    "TopicCycle",
    "check_timezone",
    "describe",
    "parse_period",
    "score",
    "score_activities",
    "topic_cycles",
]
