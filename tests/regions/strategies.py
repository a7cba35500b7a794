"""Hypothesis strategies for region codes and names (synthetic only)."""

from __future__ import annotations

from hypothesis import strategies as st

from kimlib.regions import _data


def codes(level: int | None = None) -> st.SearchStrategy[str]:
    """A code of the decree, of ``level`` if given."""
    levels = (1, 2, 3, 4) if level is None else (level,)
    return st.sampled_from(
        [code for depth in levels for code in _data.table(depth).codes]
    )


def mixed_codes() -> st.SearchStrategy[str]:
    """A code at any level, each level equally likely (villages would dominate)."""
    return st.one_of(*(codes(level) for level in (1, 2, 3, 4)))


def undotted(code: str) -> str:
    """The same code without dots."""
    return code.replace(".", "")


def respaced() -> st.SearchStrategy[str]:
    """Whitespace to put around a code."""
    return st.sampled_from(["", " ", "\t", "  ", "\n"])
