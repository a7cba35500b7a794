"""The base of kimlib's closed vocabularies: string enums with id/en labels."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import ClassVar, TypeVar

from kimlib.messages import Text, check_lang

__all__ = ["LabelledEnum", "labels"]

E = TypeVar("E", bound="type[LabelledEnum]")


class LabelledEnum(str, enum.Enum):
    """A string enum whose members carry an Indonesian and an English label.

    The value is the JSON value (lower-case snake case Indonesian) and the
    member compares equal to it. Labels are given by :func:`labels`, which
    refuses a vocabulary with a member left unlabelled.

    >>> @labels({"merah": ("Merah", "Red")})
    ... class Colour(LabelledEnum):
    ...     MERAH = "merah"
    >>> Colour.MERAH == "merah", Colour("merah").label("en"), str(Colour.MERAH)
    (True, 'Red', 'merah')
    """

    # Set by :func:`labels`; only annotated here, since a value in an enum's
    # body would make it a member.
    _labels: ClassVar[Mapping[str, Text]]

    def label(self, lang: str = "en") -> str:
        """The member's label in ``lang`` (``"id"`` or ``"en"``)."""
        return self.text.get(check_lang(lang))

    @property
    def text(self) -> Text:
        """The member's label in both languages."""
        return type(self)._labels[str(self.value)]  # noqa: SLF001

    def __str__(self) -> str:
        """The JSON value (``str(Stage.AKSES) == "akses"``)."""
        return str(self.value)

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """Every JSON value of the vocabulary, in declaration order."""
        return tuple(str(m.value) for m in cls)


def labels(table: Mapping[str, tuple[str, str]]) -> Callable[[E], E]:
    """Attach ``{value: (label_id, label_en)}`` to a :class:`LabelledEnum`.

    Raises ``TypeError`` at import time when a member has no label or a label
    names no member, so a vocabulary can never ship half-translated.
    """

    def attach(cls: E) -> E:
        values = {str(m.value) for m in cls}
        if values != set(table):
            missing = sorted(values - set(table))
            extra = sorted(set(table) - values)
            msg = f"{cls.__name__}: labels missing for {missing}, unknown {extra}"
            raise TypeError(msg)
        cls._labels = MappingProxyType(
            {value: Text(id=pair[0], en=pair[1]) for value, pair in table.items()}
        )
        return cls

    return attach
