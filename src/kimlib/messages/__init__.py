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

from collections.abc import Mapping
from types import MappingProxyType

from kimlib.messages._errors import MESSAGES as _ERRORS
from kimlib.messages._text import LANGS, Lang, Text, check_lang

__all__ = ["CATALOGUE", "LANGS", "Lang", "Text", "check_lang", "render"]


def _merge(*tables: Mapping[str, Text]) -> Mapping[str, Text]:
    merged: dict[str, Text] = {}
    for table in tables:
        for key, text in table.items():
            if key in merged:  # pragma: no cover - guarded by a test
                msg = f"message key {key!r} is defined twice"
                raise RuntimeError(msg)
            merged[key] = text
    return MappingProxyType(merged)


def _tables() -> tuple[Mapping[str, Text], ...]:
    tables: list[Mapping[str, Text]] = [_ERRORS]
    # Each area adds its table in its own module so that areas never edit
    # one shared file; imported here, not at the top, to keep them optional
    # while the package grows.
    from importlib import import_module  # noqa: PLC0415

    for name in ("_regions", "_rules", "_adinda", "_analysis", "_cli", "_input"):
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

    Returns:
        The text in the asked language.

    Raises:
        InvalidArgument: ``lang`` is not supported or ``key`` is unknown.
    """
    language = check_lang(lang)
    text = CATALOGUE.get(key)
    if text is None:
        from kimlib.errors import InvalidArgument  # noqa: PLC0415

        msg = f"key={key!r} is not a message of the catalogue"
        raise InvalidArgument(msg)
    return text.get(language).format(**params)
