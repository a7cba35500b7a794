"""Messages: the one Indonesian/English catalogue behind every user-facing text.

Every sentence kimlib shows a person (an error reason, a rule title, a finding,
a remedy, a label) is a :class:`Text` with an Indonesian (``id``) and an English
(``en``) version. Texts live in small per-area tables (``_errors``, ``_rules``,
``_adinda`` ...) merged here into :data:`CATALOGUE`; a test proves every entry
has both languages with the same placeholders.

>>> from kimlib.messages import render
>>> render("error.missing_field", "en")
'this field is required'
>>> render("error.missing_field", "id")
'kolom ini wajib diisi'
>>> render("error.missing_field", "fr")
Traceback (most recent call last):
...
kimlib.errors.InvalidArgument: lang='fr' is not supported; use one of: 'id', 'en'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from kimlib.errors import InvalidArgument, install_renderer
from kimlib.messages._errors import MESSAGES as _ERRORS
from kimlib.messages._format import format_date, format_period, mid_sentence, shown
from kimlib.messages._text import LANGS, Lang, Text, check_lang

__all__ = [
    "CATALOGUE",
    "LANGS",
    "Lang",
    "Text",
    "check_lang",
    "format_date",
    "format_period",
    "mid_sentence",
    "render",
    "shown",
]


def _merge(*tables: Mapping[str, Text]) -> Mapping[str, Text]:
    merged: dict[str, Text] = {}
    for table in tables:
        for key, text in table.items():
            if key in merged:  # pragma: no cover - guarded by a test
                msg = f"message key {key!r} is defined twice"
                raise RuntimeError(msg)
            merged[key] = text
    return MappingProxyType(merged)


#: The per-area message tables, merged in this order.
_AREAS = (
    "_arguments",
    "_regions",
    "_rules",
    "_adinda",
    "_analysis",
    "_cli",
    "_output",
    "_profiles",
    "_report",
    "_web",
    "_batch",
    "_input",
)


def _tables() -> tuple[Mapping[str, Text], ...]:
    tables: list[Mapping[str, Text]] = [_ERRORS]
    # Each area adds its table in its own module so that areas never edit
    # one shared file; imported here, not at the top, to keep them optional
    # while the package grows.
    from importlib import import_module  # noqa: PLC0415

    for name in _AREAS:
        try:
            module = import_module(f"kimlib.messages.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"kimlib.messages.{name}":  # pragma: no cover
                raise
            continue
        tables.append(module.MESSAGES)
    return tuple(tables)


#: Every message kimlib can show, keyed by a stable dotted id.
CATALOGUE: Mapping[str, Text] = _merge(*_tables())


def render(key: str, lang: str = "en", /, **params: object) -> str:
    """Render the message ``key`` in ``lang`` with its placeholders filled in.

    Args:
        key: a key of :data:`CATALOGUE`.
        lang: ``"id"`` (Indonesian) or ``"en"`` (English).
        **params: values for the ``{placeholders}`` of the text.

    A parameter that is a date is written as a sentence writes it ("17 April
    2025"), and one that is a :class:`Text` in the asked language.

    Returns:
        The text in the asked language.

    Raises:
        InvalidArgument: ``lang`` is not supported or ``key`` is unknown.
    """
    language = check_lang(lang)
    text = CATALOGUE.get(key)
    if text is None:
        raise InvalidArgument.of("error.unknown_key", key=shown(key))
    if any(isinstance(value, (dt.date, Text)) for value in params.values()):
        params = {k: _localised(v, language) for k, v in params.items()}
    worded = _WORDED.get(key)
    if worded is not None:
        name, words = worded
        if isinstance(params.get(name), str):
            params = {**params, name: words(str(params[name]), language)}
    return text.get(language).format(**params)


def _type_words(expected: str, lang: Lang) -> str:
    """A schema type (``bool | null``) in words a form user reads."""
    names = [name.strip() for name in expected.split("|")]
    words = [
        render(f"error.type.{name}", lang)
        if f"error.type.{name}" in CATALOGUE
        else name
        for name in names
        if name != "null"
    ]
    text = words[0] if words else "null"
    for word in words[1:]:
        text = render("error.type.or", lang, first=text, second=word)
    if "null" in names and words:
        text = render("error.type.or_empty", lang, expected=text)
    return text


def _field_words(field: str, lang: Lang) -> str:
    """A field of the document by its name in ``lang`` (and its key)."""
    key = f"error.field.{field}"
    return render(key, lang) if key in CATALOGUE else field


#: Parameters a message words at rendering (they stay plain values in errors).
_WORDED = {
    "error.wrong_type": ("expected", _type_words),
    "error.date_order": ("other", _field_words),
}


def _localised(value: object, lang: Lang) -> object:
    """A date or a Text parameter in ``lang``; any other value as it is."""
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return format_date(value, lang)
    return value


install_renderer(render)
