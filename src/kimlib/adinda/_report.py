"""The ADINDA report: a period's score, how it decomposes and what would raise it.

:class:`AdindaReport` is the Python value; :func:`kimlib.io.dump` writes it as
JSON (the record that ``kimlib.io.json_schema("report")`` describes).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from kimlib.adinda._cycles import TopicCycle
from kimlib.adinda._periods import Period
from kimlib.adinda._rubric import DEFAULT_RUBRIC, Rubric
from kimlib.messages import check_lang, format_period, mid_sentence, render
from kimlib.model import Activity, ActivityForm, Stage

__all__ = ["AdindaReport", "NextAction"]

_SHOWN_ACTIONS = 3


def _freeze(value: Mapping[Stage, float]) -> Mapping[Stage, float]:
    return MappingProxyType(dict(value))


def _freeze_counts(value: Mapping[Stage, int]) -> Mapping[Stage, int]:
    return MappingProxyType(dict(value))


def _number(value: float, lang: str, digits: int = 2) -> str:
    """``value`` rounded, trailing zeros dropped, decimal comma in Indonesian."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    text = "0" if text == "-0" else text
    return text.replace(".", ",") if lang == "id" else text


@attrs.frozen(kw_only=True)
class NextAction:
    """One more activity that would raise the score, and by how many points.

    ``activity`` is the activity kimlib assumed (form, stage, topic and an
    instant inside the period); adding it to the scored activities raises the
    total by ``gain``.
    """

    activity: Activity
    gain: float

    @property
    def stage(self) -> Stage:
        """The stage the activity is for."""
        return self.activity.resolved_stage

    @property
    def form(self) -> ActivityForm:
        """The suggested form (the stage's default form with the most weight)."""
        return self.activity.form

    @property
    def topic(self) -> str | None:
        """The topic whose cycle the activity would complete, if any."""
        return self.activity.topic

    @property
    def completes_cycle(self) -> bool:
        """Whether the activity completes a topic cycle."""
        return self.activity.topic is not None

    def describe(self, lang: str = "en") -> str:
        """One line saying what to do and what it gains, in ``lang``."""
        params: dict[str, object] = {
            "form": mid_sentence(self.form.label(lang)),
            "stage": mid_sentence(self.stage.label(lang)),
            "gain": _number(self.gain, lang, 1),
        }
        if self.topic is None:
            return render("adinda.explain.next", lang, **params)
        return render("adinda.explain.next_cycle", lang, topic=self.topic, **params)


@attrs.frozen(kw_only=True)
class AdindaReport:
    """A period's ADINDA score and how it decomposes.

    ``total`` (0-100) is ``sum(by_stage.values()) + cycle``: each stage's
    points plus the points of complete topic cycles. ``counts`` and
    ``effective`` are the stage's activities in the period, plain and weighted
    by form; ``targets`` the effective counts that fill each stage.
    """

    period: Period
    timezone: str
    rubric: Rubric
    total: float
    by_stage: Mapping[Stage, float] = attrs.field(converter=_freeze, hash=False)
    cycle: float
    counts: Mapping[Stage, int] = attrs.field(converter=_freeze_counts, hash=False)
    effective: Mapping[Stage, float] = attrs.field(converter=_freeze, hash=False)
    targets: Mapping[Stage, float] = attrs.field(converter=_freeze, hash=False)
    cycle_target: float
    cycles: tuple[TopicCycle, ...]
    next_best_actions: tuple[NextAction, ...]

    @property
    def complete_cycles(self) -> int:
        """How many topics completed their cycle in the period."""
        return sum(c.complete for c in self.cycles)

    @property
    def missing(self) -> tuple[Stage, ...]:
        """The stages without any activity in the period, in cycle order."""
        return tuple(s for s in Stage if self.counts[s] == 0)

    def explain(self, lang: str = "en") -> str:
        """The score, each part and the next steps, in ``lang`` (``"id"``/``"en"``).

        Raises:
            InvalidArgument: ``lang`` is neither ``"id"`` nor ``"en"``.
        """
        lang = check_lang(lang)
        caps = self.rubric.caps
        lines = [
            render(
                "adinda.explain.title",
                lang,
                period=format_period(self.period.start, self.period.end, lang),
                total=_number(self.total, lang, 1),
            ),
            render("adinda.explain.rubric_default", lang)
            if self.rubric == DEFAULT_RUBRIC
            else render("adinda.explain.rubric_custom", lang, name=self.rubric.name),
        ]
        if not any(self.counts.values()):
            lines.append(render("adinda.explain.no_activity", lang))
        lines.extend(
            render(
                "adinda.explain.stage",
                lang,
                stage=stage.label(lang),
                count=self.counts[stage],
                effective=_number(self.effective[stage], lang),
                target=_number(self.targets[stage], lang),
                points=_number(self.by_stage[stage], lang, 1),
                cap=_number(caps[stage], lang, 1),
            )
            for stage in Stage
        )
        lines.append(
            render(
                "adinda.explain.cycles",
                lang,
                complete=self.complete_cycles,
                target=_number(self.cycle_target, lang),
                points=_number(self.cycle, lang, 1),
                cap=_number(self.rubric.cycle_cap, lang, 1),
            )
        )
        lines.extend(self._cycle_lines(lang))
        if self.missing:
            stages = ", ".join(s.label(lang) for s in self.missing)
            lines.append(render("adinda.explain.missing", lang, stages=stages))
        if self.next_best_actions:
            lines.append(render("adinda.explain.next_title", lang))
            lines.extend(
                a.describe(lang) for a in self.next_best_actions[:_SHOWN_ACTIONS]
            )
        return "\n".join(lines)

    def _cycle_lines(self, lang: str) -> list[str]:
        lines = []
        for cycle in self.cycles:
            if cycle.complete:
                continue
            if cycle.missing:
                missing = ", ".join(s.label(lang) for s in cycle.missing)
                key = "adinda.explain.partial_cycle"
                lines.append(render(key, lang, topic=cycle.topic, missing=missing))
            else:
                key = "adinda.explain.unordered_cycle"
                lines.append(render(key, lang, topic=cycle.topic))
        return lines
