"""Strategies of raw JSON for loader tests: any value, near-miss documents."""

from __future__ import annotations

import copy
import functools
from typing import Any

import attrs
from hypothesis import strategies as st

from kimlib.model import (
    Activity,
    ActivityForm,
    Channel,
    Document,
    DocumentKind,
    Gender,
    Issuer,
    Kim,
    Member,
    MemberGroup,
    Role,
    Stage,
)
from kimlib.strategies._kims import kim_documents

__all__ = ["hostile_texts", "json_values", "mutated_kim_documents"]

#: Characters that break naive code: lone surrogates, controls (a newline, an
#: ANSI escape), bidirectional and zero-width marks, unusual spaces, a BOM.
_HOSTILE_CHARACTERS = (
    "\ud800", "\udcff", "\udfff", "\x00", "\n", "\r", "\x1b", "\x1b[2J", "\x7f",
    "\u202e", "\u202d", "\u2066", "\u200b", "\u200f", "\u00a0", "\u2028", "\u3000",
    "\ufeff", "\uffff", "\U0001f600", "{0}", "{}", "%s", "\\", '"',
)  # fmt: skip


def hostile_texts(max_size: int = 24) -> st.SearchStrategy[str]:
    """Text mixing ordinary characters with hostile ones (surrogates included).

    For testing that a reader refuses such text cleanly and never echoes it.

    >>> from hypothesis import given
    >>> @given(hostile_texts())
    ... def test_text(text):
    ...     assert isinstance(text, str)
    """
    pieces = (
        st.sampled_from(_HOSTILE_CHARACTERS)
        | st.text(st.characters(codec=None), max_size=4)
        | st.text(max_size=6)
        | st.from_regex(r"\A[0-9]{16}\Z", fullmatch=True)
    )
    return st.lists(pieces, max_size=max(1, max_size // 4)).map("".join)


# --- raw JSON, for loader tests --------------------------------------------------


@functools.cache
def _field_names() -> tuple[str, ...]:
    names = {
        f.name for cls in (Kim, Member, Document, Activity) for f in attrs.fields(cls)
    }
    return tuple(sorted(names))


@functools.cache
def _vocabulary() -> tuple[str, ...]:
    enums = (Role, Gender, MemberGroup, DocumentKind, Issuer, Stage, ActivityForm)
    return tuple(sorted({str(m.value) for enum in (*enums, Channel) for m in enum}))


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value, nested, with keys and words a KIM document uses.

    Object keys are the document's field names or any text; strings are
    vocabulary values, region-code shapes or any text, so that the values
    reach deep into a loader, not only its first check.

    Returns:
        A strategy of ``None``, bools, ints, finite floats, strings, lists
        and dicts with string keys.

    >>> from hypothesis import given
    >>> from kimlib.errors import KimlibError
    >>> from kimlib.io import load_kim
    >>> @given(json_values())
    ... def test_loader_is_total(value):
    ...     try:
    ...         load_kim(value)
    ...     except KimlibError:
    ...         pass
    """
    keys = (
        st.deferred(lambda: st.sampled_from(_field_names()))
        | st.text(max_size=8)
        | hostile_texts(8)
    )
    strings = (
        st.deferred(lambda: st.sampled_from(_vocabulary()))
        | st.sampled_from(["36.73", "3673", "62.71.01.1001", "2025-01-10", "1"])
        | st.sampled_from(["2025-01-10 09:00", "2025-02-30", "0001-01-01", "tidak"])
        | st.text(max_size=12)
        | hostile_texts(12)
    )
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | strings
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5)
        ),
        max_leaves=20,
    )


def _containers(value: Any, into: list[Any]) -> list[Any]:  # noqa: ANN401
    """Every dict and list inside ``value`` (itself included), outermost first."""
    if isinstance(value, (dict, list)):
        into.append(value)
        for child in value.values() if isinstance(value, dict) else value:
            _containers(child, into)
    return into


@st.composite
def _mutated(draw: st.DrawFn, documents: st.SearchStrategy[dict[str, Any]]) -> Any:  # noqa: ANN401
    document = copy.deepcopy(draw(documents))
    for _ in range(draw(st.integers(1, 3), label="mutations")):
        target = draw(st.sampled_from(_containers(document, [])), label="target")
        if isinstance(target, list):
            if target:
                index = draw(st.integers(0, len(target) - 1), label="index")
                target[index] = draw(json_values(), label="value")
            continue
        action = draw(st.sampled_from(["delete", "set", "add"]), label="action")
        if action == "delete" and target:
            del target[draw(st.sampled_from(sorted(target)), label="key")]
        elif action == "set" and target:
            key = draw(st.sampled_from(sorted(target)), label="key")
            target[key] = draw(json_values(), label="value")
        else:
            key = draw(
                st.text(min_size=1, max_size=8).filter(
                    lambda k: k not in _field_names()
                ),
                label="unknown key",
            )
            target[key] = draw(json_values(), label="value")
    return document


def mutated_kim_documents(
    *, max_members: int = 6, documents: st.SearchStrategy[Any] | None = None
) -> st.SearchStrategy[Any]:
    """KIM documents with one to three mutations; most are invalid.

    Each mutation picks an object or list anywhere in a valid document (from
    :func:`kim_documents`) and deletes a key, sets a key or a list item to
    any JSON value (:func:`json_values`), or adds an unknown key. For testing
    that a loader answers every near-miss with a clear error.

    Args:
        max_members: the most members of the document mutated.
        documents: the documents to mutate instead (e.g. the bundled sample);
            ``max_members`` is then not used.

    Returns:
        A strategy of JSON-ready values (almost always dicts).

    >>> from hypothesis import given
    >>> from kimlib.errors import InvalidInput
    >>> from kimlib.io import load_kim
    >>> @given(mutated_kim_documents())
    ... def test_near_misses(document):
    ...     try:
    ...         load_kim(document)
    ...     except InvalidInput as error:
    ...         assert error.problems
    """
    if documents is None:
        documents = kim_documents(max_members=max_members)
    return _mutated(documents)
