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

__all__ = ["Finding"]

_EMPTY: Mapping[str, object] = MappingProxyType({})


@attrs.frozen(kw_only=True)
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
