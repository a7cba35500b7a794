"""Which language an answer is written in: ``lang``, then ``Accept-Language``."""

from __future__ import annotations

from kimlib.errors import InvalidArgument
from kimlib.messages import Lang, check_lang

__all__ = ["from_header", "negotiate"]

#: The language of an answer when the request names none kimlib writes.
DEFAULT: Lang = "id"

#: A header longer than this is not read (a real one is a few dozen bytes).
_MAX_HEADER = 512


def _quality(parameters: list[str]) -> float:
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                return 0.0
            return quality if 0.0 <= quality <= 1.0 else 0.0
    return 1.0


def from_header(header: str | None) -> Lang:
    """The language an ``Accept-Language`` header prefers, Indonesian by default.

    Tags are tried by falling quality (``q``), in their order for equal
    qualities; the first that kimlib writes wins. ``*`` and a header naming
    no language kimlib writes give Indonesian.

    >>> from_header("en-US,en;q=0.9,id;q=0.8")
    'en'
    >>> from_header("fr-FR, id;q=0.5, en;q=0.4")
    'id'
    >>> from_header("fr, de;q=0.5"), from_header(None), from_header("en;q=0")
    ('id', 'id', 'id')
    """
    if not header or len(header) > _MAX_HEADER:
        return DEFAULT
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(header.split(",")):
        tag, *parameters = item.split(";")
        quality = _quality(parameters)
        if quality > 0.0:
            ranked.append((-quality, position, tag.strip()))
    for _, _, tag in sorted(ranked):
        if tag == "*":
            return DEFAULT
        try:
            return check_lang(tag)
        except InvalidArgument:
            continue
    return DEFAULT


def negotiate(lang: str | None, header: str | None) -> Lang:
    """The language of an answer: the ``lang`` parameter, else the header's.

    Raises:
        InvalidArgument: ``lang`` is given and names no language kimlib writes.

    >>> negotiate("en-GB", "id"), negotiate(None, "en"), negotiate(None, None)
    ('en', 'en', 'id')
    """
    if lang is not None:
        return check_lang(lang)
    return from_header(header)
