"""The bilingual text value and the language check."""

from __future__ import annotations

import string
from typing import Literal

import attrs

__all__ = ["LANGS", "Lang", "Text", "check_lang", "placeholders"]

#: A language kimlib writes in: Indonesian or English.
Lang = Literal["id", "en"]

#: The supported languages, Indonesian first (the sources' language).
LANGS: tuple[Lang, ...] = ("id", "en")


def check_lang(lang: object) -> Lang:
    """Return ``lang`` if kimlib writes in it, else raise ``InvalidArgument``.

    >>> check_lang("id")
    'id'
    """
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    from kimlib.errors import InvalidArgument  # noqa: PLC0415

    supported = ", ".join(repr(x) for x in LANGS)
    msg = f"lang={lang!r} is not supported; use one of: {supported}"
    raise InvalidArgument(msg)


def _non_empty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        msg = f"Text.{attribute.name} must be non-empty text"
        raise ValueError(msg)


def placeholders(template: str) -> frozenset[str]:
    """The ``{names}`` a template expects.

    >>> sorted(placeholders("add {count} member(s) to reach {minimum}"))
    ['count', 'minimum']
    """
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(template) if name
    )


@attrs.frozen
class Text:
    """One message in Indonesian (``id``) and English (``en``).

    >>> Text(id="anggota", en="member").get("id")
    'anggota'
    """

    id: str = attrs.field(validator=_non_empty)
    en: str = attrs.field(validator=_non_empty)

    def get(self, lang: str) -> str:
        """The text in ``lang`` (``"id"`` or ``"en"``)."""
        return self.id if check_lang(lang) == "id" else self.en

    def format(self, lang: str, /, **params: object) -> str:
        """The text in ``lang`` with its placeholders filled in.

        >>> Text(id="{n} anggota", en="{n} members").format("en", n=3)
        '3 members'
        """
        return self.get(lang).format(**params)
