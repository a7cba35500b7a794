"""The bilingual text value and the language check."""

from __future__ import annotations

import string
from typing import Literal

import attrs

from kimlib.errors import InvalidArgument

__all__ = ["LANGS", "Lang", "Text", "check_lang", "placeholders"]

#: A language kimlib writes in: Indonesian or English.
Lang = Literal["id", "en"]

#: The supported languages, Indonesian first (the sources' language).
LANGS: tuple[Lang, ...] = ("id", "en")


def check_lang(lang: object) -> Lang:
    """Return the language of ``lang``, a language code or a locale tag.

    Accepts, in any case, ``id``, ``in`` (the old ISO code for Indonesian),
    ``en`` and locale tags of them with ``-`` or ``_`` (``id-ID``, ``id_ID``,
    ``en-US``, ``en_GB`` ...); anything else raises ``InvalidArgument``.

    >>> check_lang("id")
    'id'
    >>> check_lang("id-ID"), check_lang("in"), check_lang("EN_gb")
    ('id', 'id', 'en')
    """
    if lang == "id" or lang == "en":  # noqa: PLR1714 - the fast path, no lower()
        return lang
    if isinstance(lang, str) and len(lang) <= _MAX_TAG:
        primary = lang.strip().replace("_", "-").split("-", 1)[0].lower()
        if primary in {"id", "in"}:
            return "id"
        if primary == "en":
            return "en"
    raise InvalidArgument.of("argument.lang", value=_short(lang))


#: The longest locale tag accepted (BCP 47 tags of this shape are short).
_MAX_TAG = 35


def _short(value: object) -> str:
    """``value`` as an argument error may echo it: a short repr, at most 40."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."  # noqa: PLR2004


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
