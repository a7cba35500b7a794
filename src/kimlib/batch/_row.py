"""Row: what the batch path says about one document of a registry."""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from kimlib.errors import Problem
from kimlib.model import Stage

if TYPE_CHECKING:
    from kimlib.indicators import Indicator, Trend
    from kimlib.rules import FindingStatus, Outcome
    from kimlib.stakeholders import Engagement

__all__ = ["Row"]


class Row(msgspec.Struct, frozen=True, kw_only=True):
    """One document's verdict and score, or its problems.

    ``line`` is the 1-based number of the document in its source. ``outcome``
    is ``None`` when the document is invalid (``problems`` then says why, with
    the same paths as :func:`kimlib.load_kim`); ``statuses`` maps each rule id
    in force to its :class:`~kimlib.rules.FindingStatus`. ``total``,
    ``by_stage`` and ``cycle`` are ``None`` without a period. ``village`` is
    the document's village code (``None`` when it has none).

    Asked with ``mapping_on``, ``engagement`` and the ``interest``,
    ``influence`` and ``power`` scores (0..1) are those of the KIM's latest
    mapping assessment on or before that date, on the default grid
    (:func:`kimlib.stakeholders.placement`); all four are ``None`` when the
    KIM has no assessment by then or the date was not asked. Asked with
    ``indicators=(before, after)``, ``trends`` maps every
    :class:`~kimlib.indicators.Indicator` to its trend between the two
    periods (``None``: a period without readings), as
    :func:`kimlib.indicators.progress` gives; otherwise ``trends`` is ``None``.

    >>> Row(line=1, kim_id=None, kim_name="KIM Contoh", region="36.73")
    <Row 1 KIM Contoh: invalid>
    """

    line: int
    kim_id: str | None
    kim_name: str | None
    region: str | None
    outcome: Outcome | None = None
    is_kim: bool | None = None
    statuses: dict[str, FindingStatus] = msgspec.field(default_factory=dict)
    total: float | None = None
    by_stage: dict[Stage, float] | None = None
    cycle: float | None = None
    problems: tuple[Problem, ...] = ()
    village: str | None = None
    engagement: Engagement | None = None
    interest: float | None = None
    influence: float | None = None
    power: float | None = None
    trends: dict[Indicator, Trend | None] | None = None

    @property
    def valid(self) -> bool:
        """Whether the document loaded (it has an outcome)."""
        return self.outcome is not None

    def _repr_html_(self) -> str:
        """The row as a one-line HTML table (notebooks)."""
        from kimlib._html import rows_html  # noqa: PLC0415

        return rows_html([self])

    def __repr__(self) -> str:
        """``<Row 3 KIM-3673-0001: ineligible, total 42.5>``; never personal data."""
        who = str(self.kim_id or self.kim_name or self.region or "?")[:40]
        if self.outcome is None:
            return f"<Row {self.line} {who}: invalid>"
        text = f"<Row {self.line} {who}: {self.outcome.value}"
        if self.total is not None:
            text += f", total {self.total:.1f}"
        return text + ">"
