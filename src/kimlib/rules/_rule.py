"""Rule: a dated, cited check; the vocabularies of severity, group and status."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple, Union

import attrs

from kimlib._enum import LabelledEnum, labels
from kimlib.errors import InvalidArgument
from kimlib.messages import Text, shown
from kimlib.sources import Citation

if TYPE_CHECKING:
    from kimlib.model import Kim, Role
    from kimlib.rules._remedies import Remedy

__all__ = [
    "Check",
    "Evaluation",
    "FindingStatus",
    "Rule",
    "RuleGroup",
    "Severity",
    "Value",
    "citations",
    "in_period",
]

#: A JSON-friendly value of a finding's ``actual`` or ``required``.
Value = Union[int, str, tuple[Union[int, str], ...], None]  # noqa: UP007 - runtime alias

_EMPTY: Mapping[str, object] = MappingProxyType({})
_RULE_ID = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")


@labels({"required": ("Wajib", "Required"), "recommended": ("Anjuran", "Recommended")})
class Severity(LabelledEnum):
    """How much a rule (or a bound) weighs: required, or only recommended.

    A recommended rule ("idealnya" in the sources) gives an ``advisory``
    instead of a ``fail`` and never changes the outcome.
    """

    REQUIRED = "required"
    RECOMMENDED = "recommended"


@labels(
    {
        "definition": ("Definisi KIM", "KIM definition"),
        "administrative": ("Syarat administratif", "Administrative requirements"),
        "legality": ("Syarat legalitas", "Legality requirements"),
    }
)
class RuleGroup(LabelledEnum):
    """What a rule is about: the KIM definition or a partnership requirement.

    ``administrative`` and ``legality`` are Diskominfosatik Banten's "syarat
    administratif" and "syarat legalitas" for a partnership with the Dinas Kominfo.
    """

    DEFINITION = "definition"
    ADMINISTRATIVE = "administrative"
    LEGALITY = "legality"


@labels(
    {
        "pass": ("memenuhi", "pass"),
        "fail": ("tidak memenuhi", "fail"),
        "unknown": ("belum diketahui", "unknown"),
        "advisory": ("anjuran", "advisory"),
    }
)
class FindingStatus(LabelledEnum):
    """A finding's status; ``unknown`` when the input lacks a fact, never a pass."""

    PASS = "pass"  # noqa: S105 - a status, not a password
    FAIL = "fail"
    UNKNOWN = "unknown"
    ADVISORY = "advisory"


class Evaluation(NamedTuple):
    """What a rule's check returns.

    ``message`` is a key of the message catalogue or a :class:`Text` (for
    rules defined outside kimlib), filled with ``params``; ``subjects`` are
    the board roles concerned; ``remedies`` would turn the finding into a pass.
    """

    status: FindingStatus
    actual: Value
    required: Value
    subjects: tuple[Role, ...] = ()
    message: str | Text = "finding.generic"
    params: Mapping[str, object] = _EMPTY
    remedies: tuple[Remedy, ...] = ()


#: A check: ``(kim, on, parameters) -> Evaluation``; pure, never reads "now".
Check = Callable[["Kim", dt.date, Mapping[str, object]], Evaluation]


def citations(value: Citation | tuple[Citation, ...]) -> tuple[Citation, ...]:
    """One citation or several, as a tuple."""
    return (value,) if isinstance(value, Citation) else tuple(value)


def _check_citations(
    _: object, attribute: attrs.Attribute[tuple[Citation, ...]], value: object
) -> None:
    if not value or not all(isinstance(c, Citation) for c in value):  # type: ignore[attr-defined]
        raise InvalidArgument.of("argument.citations", name=attribute.name)


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _check_id(_: object, __: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _RULE_ID.fullmatch(value):
        raise InvalidArgument.of("argument.rule_id", value=shown(value))


def in_period(on: dt.date, start: dt.date | None, until: dt.date | None) -> bool:
    """Whether ``on`` lies in ``[start, until]`` (both inclusive, ``None`` open)."""
    return (start is None or start <= on) and (until is None or on <= until)


def _check_period(instance: Rule) -> None:
    start, until = instance.effective_from, instance.effective_until
    if start is not None and until is not None and until < start:
        raise InvalidArgument.of(
            "argument.effective_order", what=f"rule {instance.id!r}"
        )


@attrs.frozen(kw_only=True)
class Rule:
    """A rule: a stable id, a bilingual title, a severity, sources, dates, a check.

    ``parameters`` names the profile parameters the check reads (their
    citations join the finding's sources). ``effective_until`` is the last
    day in force (inclusive). A rule whose law changes gets a dated variant
    with the same id; its old variant keeps its dates.
    """

    id: str = attrs.field(validator=_check_id)
    title: Text = attrs.field(validator=attrs.validators.instance_of(Text))
    severity: Severity = attrs.field(converter=Severity)
    group: RuleGroup = attrs.field(converter=RuleGroup)
    source: tuple[Citation, ...] = attrs.field(
        converter=citations, validator=_check_citations
    )
    check: Check = attrs.field(validator=attrs.validators.is_callable())
    parameters: tuple[str, ...] = attrs.field(default=(), converter=_names)
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        """The period is in order."""
        _check_period(self)

    def in_force_on(self, on: dt.date) -> bool:
        """Whether the rule applies on ``on``."""
        return in_period(on, self.effective_from, self.effective_until)
