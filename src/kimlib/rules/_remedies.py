"""Remedy: a concrete action, with its parameters, that would fix a finding.

Actions are stable codes (``add_members``, ``replace_board_member``,
``declare_fact``, ``obtain_document`` ...); their texts are the catalogue's
``remedy.<action>`` entries. A rule defined outside kimlib may give its own
``text``.

>>> Remedy(action="add_members", params={"count": 1, "minimum": 3}).message("en")
'add 1 active member(s) to reach the minimum of 3'
>>> Remedy(action="replace_board_member",
...        params={"role": "ketua", "fact": "civil_servant"}).message("id")
'ketua berstatus ASN: tunjuk ketua lain'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Union

import attrs

from kimlib.errors import InvalidArgument
from kimlib.messages import CATALOGUE, Text, shown
from kimlib.rules._wording import fill

__all__ = ["ACTIONS", "Remedy", "RemedyParam"]

#: A remedy parameter: a count, a value (role, document kind) or several values.
RemedyParam = Union[int, str, tuple[str, ...]]  # noqa: UP007 - runtime alias

#: The actions kimlib's own rules propose (each has a ``remedy.<action>`` text).
ACTIONS = (
    "add_members",
    "reduce_members",
    "name_board",
    "replace_board_member",
    "declare_fact",
    "obtain_document",
    "acknowledge_document",
    "list_document",
    "renew_document",
)


def _freeze(value: Mapping[str, RemedyParam]) -> Mapping[str, RemedyParam]:
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class Remedy:
    """What to do: an ``action`` code and its ``params``, readable in id/en."""

    action: str
    params: Mapping[str, RemedyParam] = attrs.field(factory=dict, converter=_freeze)
    text: Text | None = None

    def __attrs_post_init__(self) -> None:
        """An action without its own text must be one of the catalogue's."""
        if self.text is None and f"remedy.{self.action}" not in CATALOGUE:
            raise InvalidArgument.of("argument.remedy_text", value=shown(self.action))

    def message(self, lang: str = "en") -> str:
        """The action as a sentence in ``lang`` (``"id"`` or ``"en"``)."""
        return fill(self.text or f"remedy.{self.action}", self.params, lang)
