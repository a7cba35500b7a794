"""The rubric: how activity turns into an ADINDA score, as one frozen value.

No official ADINDA scoring was found in any public source (seeds 000-004 name
the stages and nothing more), so :data:`DEFAULT_RUBRIC` is kimlib's own,
transparent choice, not an official standard. A Dinas passes its own
:class:`Rubric`; every field is validated and a bad one raises
:class:`InvalidRubric` (an :class:`~kimlib.errors.InvalidArgument`, and an
:class:`~kimlib.errors.InvalidInput` as before) naming it
(``stage_weights.akses``). Numbers are kept in a range where every score is
finite: weights, targets and months per cycle are at most
:data:`LARGEST` (a million), and targets and months per cycle at least
:data:`SMALLEST` (a millionth), so that no sum overflows and no target
becomes zero over a one-day period.

The score of a period (all parts in points out of 100):

- each stage ``s`` may earn at most ``cap_s = 100 * (1 - cycle_share) * w_s``,
  ``w_s`` its weight divided by the sum of the weights;
- its fill is ``min(1, effective_s / target_s)``: ``effective_s`` sums the
  form weights of the stage's activities in the period and ``target_s`` is
  ``monthly_targets[s] * period.months``; the stage earns ``cap_s * fill``;
- topic cycles earn ``100 * cycle_share * min(1, complete / cycle_target)``
  with ``cycle_target = period.months / months_per_cycle``;
- the total is the sum of these parts.

Worked example with the default rubric for a quarter (3 months): one Akses,
one Diskusi, one Implementasi, one Networking, one Diseminasi and one
Aspirasi on one topic, in that order. Each stage's cap is 80 / 6 = 13.33 and
its target 3, so each earns 13.33 * 1/3 = 4.44 (26.67 for the six); the cycle
target is 3 / 3 = 1 and the one complete cycle earns the whole 20; the total is
46.67. Six activities piled on one stage earn at most that stage's 13.33.

>>> quarter = 3.0
>>> cap = DEFAULT_RUBRIC.caps[Stage.AKSES]
>>> round(cap, 2), DEFAULT_RUBRIC.monthly_targets[Stage.AKSES] * quarter
(13.33, 3.0)
>>> round(6 * cap * 1 / 3 + 100 * DEFAULT_RUBRIC.cycle_share, 2)
46.67
>>> Rubric(stage_weights={**DEFAULT_RUBRIC.stage_weights, "akses": -1})
Traceback (most recent call last):
...
kimlib.adinda.InvalidRubric: invalid ADINDA rubric (1 problem(s)):
  stage_weights.akses: must not be negative
>>> Rubric(cycle_share=10**400)
Traceback (most recent call last):
...
kimlib.adinda.InvalidRubric: invalid ADINDA rubric (1 problem(s)):
  cycle_share: too large: at most a million (1e6)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from numbers import Real
from types import MappingProxyType
from typing import TypeVar

import attrs

from kimlib._validation import frozen
from kimlib.errors import InvalidArgument, InvalidInput, Problem
from kimlib.model import ActivityForm, Stage

__all__ = ["DEFAULT_RUBRIC", "LARGEST", "SMALLEST", "InvalidRubric", "Rubric"]

K = TypeVar("K", Stage, ActivityForm)

#: The largest weight, target or months per cycle a rubric accepts.
LARGEST = 1e6
#: The smallest monthly target or months per cycle a rubric accepts.
SMALLEST = 1e-6


class InvalidRubric(InvalidArgument, InvalidInput):
    """A rubric argument with bad fields: every problem, each with its field.

    An :class:`~kimlib.errors.InvalidArgument` (a rubric is an argument), and
    an :class:`~kimlib.errors.InvalidInput` as rubric errors were before.
    """

    def __init__(
        self, problems: Iterable[Problem], header: str = "error.invalid_rubric"
    ) -> None:
        """Collect ``problems`` under the header ``invalid ADINDA rubric``."""
        InvalidInput.__init__(self, problems, header)


def _proxy(value: object) -> object:
    """Freeze a mapping as given; everything else is checked after init."""
    return frozen(value) if isinstance(value, Mapping) else value


def _number(path: str, value: object, problems: list[Problem]) -> float | None:
    """A finite number at most :data:`LARGEST` in size, or ``None`` (a problem)."""
    if isinstance(value, bool) or not isinstance(value, Real):
        problems.append(Problem(path, "adinda.rubric.not_a_number"))
        return None
    try:
        number = float(value)
    except (OverflowError, ValueError, TypeError):  # 10**400, Decimal("sNaN") ...
        text = str(value).strip().lower()
        code = (
            "adinda.rubric.not_finite"
            if "nan" in text
            else "error.negative"
            if text.startswith("-")
            else "rubric.too_large"
        )
        problems.append(Problem(path, code))
        return None
    if not math.isfinite(number):
        problems.append(Problem(path, "adinda.rubric.not_finite"))
        return None
    if number < -LARGEST:  # every field of a rubric is >= 0
        problems.append(Problem(path, "error.negative"))
        return None
    if number > LARGEST:
        problems.append(Problem(path, "rubric.too_large"))
        return None
    return number


def _entry(
    path: str, value: object, problems: list[Problem], *, positive: bool
) -> float | None:
    """One value of a table: a number, > 0 (and not tiny) or >= 0 as asked."""
    number = _number(path, value, problems)
    if number is None:
        return None
    if positive and number <= 0:
        problems.append(Problem(path, "adinda.rubric.not_positive"))
        return None
    if positive and number < SMALLEST:
        problems.append(Problem(path, "rubric.too_small"))
        return None
    if number < 0:
        problems.append(Problem(path, "error.negative"))
        return None
    return number


def _table(
    name: str,
    raw: object,
    vocabulary: type[K],
    problems: list[Problem],
    *,
    positive: bool,
    default: float | None,
) -> dict[K, float]:
    """Check one ``{key: number}`` field and key it by the enum."""
    if not isinstance(raw, Mapping):
        problems.append(Problem(name, "adinda.rubric.not_a_mapping"))
        return {}
    table: dict[K, float] = {}
    for key, value in raw.items():
        try:
            member = vocabulary(key)
        except ValueError:
            allowed = ", ".join(vocabulary.values())
            problems.append(
                Problem(f"{name}.{key}", "error.not_allowed", {"allowed": allowed})
            )
            continue
        number = _entry(f"{name}.{member.value}", value, problems, positive=positive)
        if number is not None:
            table[member] = number
    for member in vocabulary:
        if member in table or f"{name}.{member.value}" in {p.path for p in problems}:
            continue
        if default is None:
            problems.append(Problem(f"{name}.{member.value}", "error.missing_field"))
        else:
            table[member] = default
    return table


def _default_weights() -> Mapping[Stage, float]:
    # kimlib's choice: no source ranks one stage above another.
    return dict.fromkeys(Stage, 1.0)


def _default_targets() -> Mapping[Stage, float]:
    # kimlib's choice: one activity per stage per month fills the stage.
    return dict.fromkeys(Stage, 1.0)


@attrs.frozen(kw_only=True)
class Rubric:
    """Weights and targets that turn a period's activity into points (0-100).

    Args:
        stage_weights: a weight >= 0 for each of the six stages (not all zero);
            normalised to sum to 1, so only their ratios matter.
        monthly_targets: for each stage, the effective number of activities
            per month (> 0) that fills the stage; scaled by the period's months.
        form_weights: how much one activity of a form counts (>= 0); forms
            not named count 1.0.
        cycle_share: the share of the 100 points given to complete topic
            cycles, in [0, 1).
        months_per_cycle: one complete cycle is expected per this many months
            (> 0); the default 3 is one per quarter.
        name: what explanations call the rubric.

    Keys may be enum members or their values (``"akses"``).
    """

    stage_weights: Mapping[Stage, float] = attrs.field(
        factory=_default_weights, converter=_proxy, hash=False
    )
    monthly_targets: Mapping[Stage, float] = attrs.field(
        factory=_default_targets, converter=_proxy, hash=False
    )
    form_weights: Mapping[ActivityForm, float] = attrs.field(
        factory=dict, converter=_proxy, hash=False
    )
    cycle_share: float = 0.2
    months_per_cycle: float = 3.0
    name: str = "custom"

    def __attrs_post_init__(self) -> None:
        """Check every field at once; store the tables keyed by enum members."""
        problems: list[Problem] = []
        weights = _table(
            "stage_weights", self.stage_weights, Stage, problems,
            positive=False, default=None,
        )  # fmt: skip
        if len(weights) == len(Stage) and not any(weights.values()):
            problems.append(Problem("stage_weights", "adinda.rubric.all_zero"))
        targets = _table(
            "monthly_targets", self.monthly_targets, Stage, problems,
            positive=True, default=None,
        )  # fmt: skip
        forms = _table(
            "form_weights", self.form_weights, ActivityForm, problems,
            positive=False, default=1.0,
        )  # fmt: skip
        share = _number("cycle_share", self.cycle_share, problems)
        if share is not None and not 0 <= share < 1:
            problems.append(Problem("cycle_share", "adinda.rubric.share_range"))
        months = _number("months_per_cycle", self.months_per_cycle, problems)
        if months is not None and months <= 0:
            problems.append(Problem("months_per_cycle", "adinda.rubric.not_positive"))
        elif months is not None and months < SMALLEST:
            problems.append(Problem("months_per_cycle", "rubric.too_small"))
        if not isinstance(self.name, str) or not self.name.strip():
            problems.append(Problem("name", "error.empty_text"))
        if problems:
            raise InvalidRubric(problems)
        setattr_ = object.__setattr__
        setattr_(self, "stage_weights", MappingProxyType(weights))
        setattr_(self, "monthly_targets", MappingProxyType(targets))
        setattr_(self, "form_weights", MappingProxyType(forms))
        setattr_(self, "cycle_share", share)
        setattr_(self, "months_per_cycle", months)

    @property
    def caps(self) -> Mapping[Stage, float]:
        """The most points each stage can earn: ``100 * (1 - share) * w_s``."""
        total = math.fsum(self.stage_weights.values())
        stage_part = 100.0 * (1.0 - self.cycle_share)
        return MappingProxyType(
            {s: stage_part * self.stage_weights[s] / total for s in Stage}
        )

    @property
    def cycle_cap(self) -> float:
        """The most points complete topic cycles can earn."""
        return 100.0 * self.cycle_share

    def target(self, stage: Stage, months: float) -> float:
        """The effective activity count that fills ``stage`` over ``months``."""
        return self.monthly_targets[stage] * months

    def cycle_target(self, months: float) -> float:
        """The number of complete cycles expected over ``months``."""
        return months / self.months_per_cycle

    def form_weight(self, form: ActivityForm) -> float:
        """How much one activity of ``form`` counts."""
        return self.form_weights[form]


#: kimlib's own default rubric (not an official standard; none was found):
#: equal stage weights, one activity per stage per month fills a stage, every
#: form counts 1, and 20 points for complete topic cycles, one expected per
#: quarter. See the module docstring and docs/adinda.md for a worked example.
DEFAULT_RUBRIC = Rubric(name="kimlib default")
