"""Document: a KIM's legality document (decree, registration, board list).

>>> d = Document(kind=DocumentKind.SK_PEMBENTUKAN, issuer=Issuer.LURAH)
>>> d.in_force_on(dt.date(2025, 4, 17))
True
>>> Document(kind=DocumentKind.NOMOR_INDUK)
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (1 problem(s)):
  issuer: the issuer is required for a nomor_induk document
"""

from __future__ import annotations

import datetime as dt

import attrs

from kimlib.model._checks import fail, in_years, non_empty
from kimlib.model._vocabulary import DocumentKind, Issuer

__all__ = ["ACKNOWLEDGERS", "Document"]

#: Who may acknowledge a board composition (seed 001: "diketahui oleh kepala
#: desa/lurah/sebutan lainnya").
ACKNOWLEDGERS = frozenset({Issuer.KEPALA_DESA, Issuer.LURAH})

_NEEDS_ISSUER = frozenset({DocumentKind.SK_PEMBENTUKAN, DocumentKind.NOMOR_INDUK})


@attrs.frozen(kw_only=True)
class Document:
    """One document of a KIM; undated documents count as always valid."""

    kind: DocumentKind
    issuer: Issuer | None = None
    acknowledged_by: Issuer | None = None
    number: str | None = attrs.field(default=None, validator=non_empty)
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        """Each kind's required fields; dates in years and in order."""
        in_years("issued_on", self.issued_on)
        in_years("valid_until", self.valid_until)
        if self.kind in _NEEDS_ISSUER and self.issuer is None:
            raise fail("issuer", "error.issuer_required", kind=self.kind.value)
        if self.kind is DocumentKind.SUSUNAN_PENGURUS and self.acknowledged_by is None:
            raise fail("acknowledged_by", "error.acknowledged_by_required")
        if (
            self.acknowledged_by is not None
            and self.acknowledged_by not in ACKNOWLEDGERS
        ):
            raise fail("acknowledged_by", "error.acknowledged_by_value")
        if (
            self.issued_on is not None
            and self.valid_until is not None
            and self.valid_until < self.issued_on
        ):
            raise fail("valid_until", "error.date_order", other="issued_on")

    def in_force_on(self, on: dt.date) -> bool:
        """Whether the document counts on ``on``.

        Documents issued after ``on`` or expired before it are ignored;
        undated ones count (docs/readings.md, how the rules count).
        """
        if self.issued_on is not None and self.issued_on > on:
            return False
        return self.valid_until is None or self.valid_until >= on
