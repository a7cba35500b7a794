"""Finding: what one rule says about one KIM on one date."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from kimlib.messages import Text, check_lang
from kimlib.model import Role
from kimlib.rules._remedies import Remedy
from kimlib.rules._rule import FindingStatus, Rule, RuleGroup, Severity, Value
from kimlib.rules._wording import fill
from kimlib.sources import Citation

__all__ = ["Finding", "make_finding"]

_EMPTY: Mapping[str, object] = MappingProxyType({})
_REPR_LIMIT = 196


@attrs.frozen(kw_only=True, repr=False)
class Finding:
    """One rule's finding: status, the actual and required values, subjects.

    ``subjects`` are the board roles concerned, never names; ``sources`` are
    the rule's citations followed by those of the parameters it read;
    ``remedies`` would turn a failing or unknown finding into a pass.
    """

    rule_id: str
    status: FindingStatus
    actual: Value
    required: Value
    sources: tuple[Citation, ...]
    subjects: tuple[Role, ...] = ()
    remedies: tuple[Remedy, ...] = ()
    rule: Rule = attrs.field(repr=False, eq=False)
    detail: str | Text = attrs.field(default="finding.generic", repr=False)
    params: Mapping[str, object] = attrs.field(default=_EMPTY, repr=False)

    def __repr__(self) -> str:
        """``<Finding membership.size fail: actual 2, required (3, 30)>``.

        Values and roles only: a finding never holds a person's data.
        """
        text = (
            f"<Finding {self.rule_id} {self.status.value}: actual {self.actual!r},"
            f" required {self.required!r}"
        )
        if len(text) > _REPR_LIMIT:
            text = text[: _REPR_LIMIT - 3] + "..."
        return text + ">"

    @property
    def source(self) -> Citation:
        """The rule's first citation (``sources`` has them all)."""
        return self.sources[0]

    @property
    def severity(self) -> Severity:
        """The rule's severity."""
        return self.rule.severity

    @property
    def group(self) -> RuleGroup:
        """The rule's group (definition, administrative, legality)."""
        return self.rule.group

    @property
    def title(self) -> Text:
        """The rule's title."""
        return self.rule.title

    @property
    def blocks(self) -> bool:
        """Whether the finding stands in the way: a required rule failing or unknown."""
        return self.rule.severity is Severity.REQUIRED and self.status in (
            FindingStatus.FAIL,
            FindingStatus.UNKNOWN,
        )

    def message(self, lang: str = "en") -> str:
        """``title: detail`` in ``lang`` (``"id"`` or ``"en"``)."""
        language = check_lang(lang)
        detail = fill(self.detail, self.params, language)
        return f"{self.rule.title.get(language)}: {detail}"


_NEW = object.__new__
#: The fields of a finding in the order :func:`make_finding` takes them.
FIELDS = (
    "rule_id",
    "status",
    "actual",
    "required",
    "sources",
    "subjects",
    "remedies",
    "rule",
    "detail",
    "params",
)
(
    _SET_RULE_ID,
    _SET_STATUS,
    _SET_ACTUAL,
    _SET_REQUIRED,
    _SET_SOURCES,
    _SET_SUBJECTS,
    _SET_REMEDIES,
    _SET_RULE,
    _SET_DETAIL,
    _SET_PARAMS,
) = (Finding.__dict__[name].__set__ for name in FIELDS)


def make_finding(  # noqa: PLR0917 - positional, for speed
    rule_id: str,
    status: FindingStatus,
    actual: Value,
    required: Value,
    sources: tuple[Citation, ...],
    subjects: tuple[Role, ...],
    remedies: tuple[Remedy, ...],
    rule: Rule,
    detail: str | Text,
    params: Mapping[str, object],
) -> Finding:
    """``Finding(...)`` for the engine: the same value, about twice as fast.

    A finding has no validators or converters, so setting its slots directly
    gives exactly what ``__init__`` would; the engine makes one per rule per
    assessment.
    """
    finding: Finding = _NEW(Finding)
    _SET_RULE_ID(finding, rule_id)
    _SET_STATUS(finding, status)
    _SET_ACTUAL(finding, actual)
    _SET_REQUIRED(finding, required)
    _SET_SOURCES(finding, sources)
    _SET_SUBJECTS(finding, subjects)
    _SET_REMEDIES(finding, remedies)
    _SET_RULE(finding, rule)
    _SET_DETAIL(finding, detail)
    _SET_PARAMS(finding, params)
    return finding
