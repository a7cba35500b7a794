r"""Showing a piece of outside input in a message: short, one line, harmless.

A message may echo a bad argument (``period='Q5'``) so that a person sees what
was refused, but never in full: control characters (a newline that forges an
output line, an ANSI escape) and bidirectional marks are dropped, and the text
is cut *before* it is cleaned, so a megabyte of input costs nothing.

>>> shown("Q5")
"'Q5'"
>>> shown("x\n\x1b[2Jy\u202e")  # the escape character is gone
"'x[2Jy'"
>>> shown("9" * 100)
"'99999999999999999999999999999999999...'"
>>> shown(12)
'12'
"""

from __future__ import annotations

import unicodedata

__all__ = ["clean", "shown"]

#: The longest echo, quotes and ellipsis included.
_WIDTH = 40
#: Integers from here on are not written out (a 5,000-digit one would be).
_BIG = 10**30


def clean(text: str, width: int = _WIDTH) -> str:
    """``text`` cut to about ``width`` and without control or format characters.

    Drops categories Cc, Cf (bidirectional marks, zero-width characters), Cs
    (lone surrogates), Co, Cn and the line and paragraph separators.
    """
    head = text[: width * 2]
    return "".join(
        c
        for c in head
        if c.isprintable()
        and unicodedata.category(c) not in {"Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
    )


def shown(value: object) -> str:
    """``value`` as an error may echo it: a short, clean repr (at most 40)."""
    if isinstance(value, str):
        text = repr(clean(value))
    elif isinstance(value, (int, float, bool)) or value is None:
        text = (
            repr(value) if not isinstance(value, int) or abs(value) < _BIG else "<int>"
        )
    else:
        text = f"<{type(value).__name__}>"
    if len(text) <= _WIDTH:
        return text
    return text[: _WIDTH - 4] + "..." + text[-1]
