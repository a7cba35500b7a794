"""Document: required fields per kind, date order, and in_force_on."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimlib.errors import InvalidInput
from kimlib.model import ACKNOWLEDGERS, Document, DocumentKind, Issuer
from kimlib.strategies import documents

DAY = dt.date(2025, 4, 17)
ONE = dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param(
            {"kind": DocumentKind.SK_PEMBENTUKAN},
            [("issuer", "error.issuer_required")],
            id="decree-without-issuer",
        ),
        pytest.param(
            {"kind": DocumentKind.NOMOR_INDUK},
            [("issuer", "error.issuer_required")],
            id="registration-without-issuer",
        ),
        pytest.param(
            {"kind": DocumentKind.SUSUNAN_PENGURUS},
            [("acknowledged_by", "error.acknowledged_by_required")],
            id="board-list-unacknowledged",
        ),
        pytest.param(
            {"kind": DocumentKind.SUSUNAN_PENGURUS, "acknowledged_by": Issuer.CAMAT},
            [("acknowledged_by", "error.acknowledged_by_value")],
            id="acknowledged-by-camat",
        ),
        pytest.param(
            {"kind": DocumentKind.AD_ART, "issued_on": DAY, "valid_until": DAY - ONE},
            [("valid_until", "error.date_order")],
            id="expires-before-issued",
        ),
        pytest.param(
            {"kind": DocumentKind.LAINNYA, "number": " "},
            [("number", "error.empty_text")],
            id="blank-number",
        ),
    ],
)
def test_invalid_document(fields, expected):
    """Each broken rule is refused at its field."""
    with pytest.raises(InvalidInput) as info:
        Document(**fields)
    assert expected == [(p.path, p.code) for p in info.value.problems]


@pytest.mark.parametrize("issuer", sorted(ACKNOWLEDGERS))
def test_village_heads_acknowledge_the_board(issuer):
    """Seed 001: the board list is acknowledged by the kepala desa or lurah."""
    document = Document(kind=DocumentKind.SUSUNAN_PENGURUS, acknowledged_by=issuer)
    assert issuer is document.acknowledged_by
    assert {Issuer.KEPALA_DESA, Issuer.LURAH} == set(ACKNOWLEDGERS)


@pytest.mark.parametrize(
    ("issued_on", "valid_until", "on", "expected"),
    [
        pytest.param(None, None, DAY, True, id="undated"),
        pytest.param(DAY, None, DAY, True, id="issued-that-day"),
        pytest.param(DAY, None, DAY - ONE, False, id="not-yet-issued"),
        pytest.param(None, DAY, DAY, True, id="last-valid-day"),
        pytest.param(None, DAY, DAY + ONE, False, id="expired"),
        pytest.param(DAY, DAY, DAY, True, id="one-day-document"),
    ],
)
def test_in_force_on_boundaries(issued_on, valid_until, on, expected):
    """Counted from issued_on to valid_until, both inclusive; undated counts."""
    document = Document(
        kind=DocumentKind.AD_ART, issued_on=issued_on, valid_until=valid_until
    )
    assert expected == document.in_force_on(on)


@given(documents(), st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)))
def test_in_force_on_agrees_with_dates(document, on):
    """in_force_on is exactly: issued by ``on`` and not expired before it."""
    expected = (document.issued_on is None or document.issued_on <= on) and (
        document.valid_until is None or on <= document.valid_until
    )
    assert expected == document.in_force_on(on)


@pytest.mark.parametrize("kind", list(DocumentKind))
@given(data=st.data())
def test_strategy_kind(kind, data):
    """documents(kind) draws that kind with the fields the kind needs."""
    document = data.draw(documents(kind))
    assert kind is document.kind
    if kind in (DocumentKind.SK_PEMBENTUKAN, DocumentKind.NOMOR_INDUK):
        assert document.issuer is not None
    if document.acknowledged_by is not None or kind is DocumentKind.SUSUNAN_PENGURUS:
        assert document.acknowledged_by in ACKNOWLEDGERS
