"""Errors: one hierarchy rooted at :class:`KimlibError`.

Every error kimlib raises on purpose is a :class:`KimlibError`; loaders raise
nothing else. Messages name the field path and the reason and never contain
personal data (names, NIKs, board facts): a reason says what is wrong with a
field, never what it held.

>>> from kimlib.errors import InvalidInput, Problem
>>> error = InvalidInput([Problem("members[3].role", "error.missing_field")])
>>> print(error)
invalid KIM document (1 problem(s)):
  members[3].role: this field is required
>>> print(error.message("id"))
dokumen KIM tidak sesuai format (1 masalah):
  members[3].role: kolom ini wajib diisi
>>> isinstance(error, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = [
    "InvalidArgument",
    "InvalidInput",
    "KimlibError",
    "Problem",
    "Renderer",
    "RuleNotInForce",
    "UnknownRegion",
    "install_renderer",
]


#: Renders a catalogue entry: ``(key, lang, **params) -> text``. Installed by
#: :mod:`kimlib.messages` (which imports this module, never the other way
#: round); errors keep only their key and parameters.
Renderer = Callable[..., str]


def _unrendered(key: str, lang: str, /, **params: object) -> str:
    """The stand-in before :mod:`kimlib.messages` is imported: key and params."""
    del lang
    shown = ", ".join(f"{name}={value!r}" for name, value in sorted(params.items()))
    return f"{key}({shown})"


_renderer: list[Renderer] = [_unrendered]


def install_renderer(renderer: Renderer) -> None:
    """Make ``renderer`` the function that turns keys into sentences.

    :mod:`kimlib.messages` calls this when it is imported (importing
    :mod:`kimlib` always imports it); nothing else needs to.
    """
    _renderer[0] = renderer


def _render(key: str, lang: str, /, **params: object) -> str:
    return _renderer[0](key, lang, **params)


class KimlibError(Exception):
    """The root of every error kimlib raises on purpose.

    Catch this to handle any kimlib failure; the subclasses also derive from
    the matching builtin (``ValueError``, ``LookupError``) so that code which
    does not know kimlib still handles them.

    Build an error from a catalogue entry with :meth:`of`, so that it reads in
    both languages:

    >>> error = InvalidArgument.of("argument.lang", value="'fr'")
    >>> print(error)
    lang='fr' is not supported; use one of: 'id', 'en'
    >>> print(error.message("id"))
    lang='fr' tidak didukung; gunakan salah satu dari: 'id', 'en'
    """

    #: The catalogue key of the message, when the error was built by :meth:`of`.
    key: str | None = None
    #: The values that fill the message's placeholders (never personal data).
    params: Mapping[str, object] = MappingProxyType({})

    @classmethod
    def of(cls, key: str, /, **params: object) -> Self:
        """The error whose message is the catalogue entry ``key``.

        ``params`` fill its placeholders; they must never hold personal data.
        """
        error = cls(_render(key, "en", **params))
        error.key = key
        error.params = MappingProxyType(params)
        return error

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the key and plain params (a mappingproxy does not pickle)."""
        state = {**self.__dict__, "params": dict(self.params)}
        return (type(self), self.args, state)

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        """Restore the key and params of a pickled error."""
        saved = dict(state or {})
        params = saved.pop("params", {})
        self.__dict__.update(saved)
        self.params = MappingProxyType(dict(params))

    def message(self, lang: str = "en") -> str:
        """The message in ``lang`` (a language code or a locale tag)."""
        if self.key is not None:
            return _render(self.key, lang, **self.params)
        # An error built from a plain string: the lang is still checked.
        return _render("error.unkeyed", lang, text=str(self))


def _freeze(params: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(params))


@attrs.frozen
class Problem:
    """One thing wrong with a document: where (``path``) and why (``code``).

    ``path`` uses the document's field names, e.g. ``members[3].role``;
    ``line`` is the JSON Lines line number when the document came from a file.
    ``code`` is a key of :data:`kimlib.messages.CATALOGUE`; ``params`` fill its
    placeholders and never hold input values.

    >>> Problem("region", "error.region_unknown").reason("en")
    'this region code is not in the Kemendagri decree'
    """

    path: str
    code: str
    params: Mapping[str, object] = attrs.field(
        factory=dict, converter=_freeze, eq=False
    )
    line: int | None = None

    def reason(self, lang: str = "en") -> str:
        """Why the field is refused, in ``lang``."""
        return _render(self.code, lang, **self.params)

    def describe(self, lang: str = "en") -> str:
        """``path: reason``, prefixed by the line number when known."""
        where = self.path or "$"
        if self.line is not None:
            where = f"{_render('error.line', lang, line=self.line)}: {where}"
        return f"{where}: {self.reason(lang)}"

    def __reduce__(
        self,
    ) -> tuple[type[Problem], tuple[str, str, dict[str, object], int | None]]:
        """Pickle with plain params (a mappingproxy does not pickle)."""
        return (type(self), (self.path, self.code, dict(self.params), self.line))


class InvalidInput(KimlibError, ValueError):
    """A document (or argument data) breaks the KIM document format.

    Carries every problem found at once in :attr:`problems`, each with its
    field path. The message lists them all.
    """

    problems: tuple[Problem, ...]
    header: str

    def __init__(
        self, problems: Iterable[Problem], header: str = "error.invalid_input"
    ) -> None:
        """Collect ``problems``; ``header`` is the catalogue key of the title.

        The default title speaks of a KIM document; values that are not
        documents (a rubric, a reading) use ``"error.invalid_data"``.
        """
        self.problems = tuple(problems)
        self.header = header
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        """Every problem, one per line, in ``lang``."""
        head = _render(self.header, lang, count=len(self.problems))
        lines = [f"  {p.describe(lang)}" for p in self.problems]
        return "\n".join([f"{head}:", *lines])

    @property
    def paths(self) -> tuple[str, ...]:
        """The field paths of the problems, in order."""
        return tuple(p.path for p in self.problems)

    def __reduce__(
        self,
    ) -> tuple[type[InvalidInput], tuple[tuple[Problem, ...], str]]:
        """Pickle with the problems (exceptions pickle their args by default)."""
        return (type(self), (self.problems, self.header))


#: The longest query an error echoes (longer ones are cut).
_SHOWN = 40


class UnknownRegion(KimlibError, LookupError):
    """No region has this code or name; ``suggestions`` lists close ones."""

    def __init__(self, query: str, suggestions: Iterable[str] = ()) -> None:
        """Remember the ``query`` and up to five ``suggestions``."""
        self.query = query
        self.suggestions = tuple(suggestions)[:5]
        shown = repr(query) if len(query) <= _SHOWN else repr(query[:_SHOWN]) + "..."
        if self.suggestions:
            self.key = "error.unknown_region_suggest"
            self.params = MappingProxyType(
                {"query": shown, "suggestions": ", ".join(self.suggestions)}
            )
        else:
            self.key = "error.unknown_region"
            self.params = MappingProxyType({"query": shown})
        super().__init__(_render(self.key, "en", **self.params))

    def __str__(self) -> str:
        """The message (LookupError would otherwise quote it like a key)."""
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[UnknownRegion], tuple[str, tuple[str, ...]]]:
        """Pickle with the query and suggestions."""
        return (type(self), (self.query, self.suggestions))


class RuleNotInForce(KimlibError):
    """Asked for a date on which no rule that answers the question applies."""


class InvalidArgument(KimlibError, ValueError, TypeError):
    """A function was called with a bad argument (``lang="fr"``, ``period="Q5"``).

    Distinct from :class:`InvalidInput`, which is about a document's content.
    The message names the argument and the values it accepts.
    """
