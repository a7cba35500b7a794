"""Turn a finding's or remedy's parameters into words of one language.

Parameters hold plain values (role and issuer values, counts); their labels
are looked up only when a message is shown, so records stay language-free.
"""

from __future__ import annotations

from collections.abc import Mapping

from kimlib.messages import Text, mid_sentence, render
from kimlib.model import DocumentKind, Issuer, Role

__all__ = ["fill", "join", "role_label"]


def role_label(role: str, lang: str) -> str:
    """A role's label in lower case, for the middle of a sentence."""
    return Role(role).label(lang).lower()


def join(words: list[str], lang: str, *, final: str = "or") -> str:
    """``a, b or c`` (``atau``/``dan`` in Indonesian)."""
    if len(words) <= 1:
        return "".join(words)
    last = render(f"verdict.word.{final}", lang)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def _word(key: str, value: object, lang: str) -> object:
    if key == "role":
        return role_label(str(value), lang)
    if key == "roles":
        return join([role_label(str(v), lang) for v in value], lang, final="and")  # type: ignore[attr-defined]
    if key == "document":
        return mid_sentence(DocumentKind(value).label(lang))
    if key == "issuers":
        issuers = [mid_sentence(Issuer(v).label(lang)) for v in value]  # type: ignore[attr-defined]
        return join(issuers, lang)
    if key == "fact":
        return render(f"remedy.fact.{value}", lang)
    return value


def fill(message: str | Text, params: Mapping[str, object], lang: str) -> str:
    """Render ``message`` (a catalogue key or a Text) with worded ``params``."""
    words = {key: _word(key, value, lang) for key, value in params.items()}
    if "document" in params and "issuers" in params:
        # A board composition is acknowledged by the issuers, not issued.
        acknowledged = params["document"] == DocumentKind.SUSUNAN_PENGURUS.value
        how = "remedy.acknowledged_by" if acknowledged else "remedy.issued_by"
        words["issued_by"] = render(how, lang, issuers=words["issuers"])
    if isinstance(message, Text):
        return message.format(lang, **words)
    return render(message, lang, **words)
