"""The batch path gives, for every line, what load_kim + assess + score give.

The property of DESIGN.md's "Batch": valid and invalid documents, every
bundled profile, dates on both sides of 5 September 2024, periods of every
form, naive and offset times, members who join and leave.
"""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.batch.helpers import (
    DATES,
    DOCUMENTS,
    PERIODS,
    as_line,
    assert_row_matches,
    expected_row,
    plain_documents,
)

from kimlib import batch
from kimlib.batch import _fast
from kimlib.rules.profiles import PROFILES, load


@settings(max_examples=60, deadline=None)
@given(st.lists(DOCUMENTS, min_size=1, max_size=6), DATES, PERIODS)
def test_every_line_matches_the_object_path(documents, on, period):
    """Each row equals load_kim + assess + score of its line; problems alike."""
    lines = [as_line(d) for d in documents]
    rows = list(batch.evaluate(b"\n".join(lines), on=on, period=period))
    assert [i + 1 for i in range(len(lines))] == [r.line for r in rows]
    for row, line in zip(rows, lines, strict=True):
        assert_row_matches(row, expected_row(line, on, period))


@settings(max_examples=30, deadline=None)
@given(
    st.lists(DOCUMENTS, min_size=1, max_size=4),
    DATES,
    PERIODS,
    st.sampled_from(sorted(set(PROFILES.values()))),
)
def test_every_bundled_profile_matches(documents, on, period, module):
    """With profile= a bundled profile, rows still equal the object path."""
    profile = load(module)
    if not profile.in_force_on(on):
        return
    lines = [as_line(d) for d in documents]
    rows = list(batch.evaluate(lines, on=on, period=period, profile=profile))
    for row, line in zip(rows, lines, strict=True):
        expected = expected_row(line, on, period, assess={"profile": profile})
        assert_row_matches(row, expected)


def _encodes(document: dict) -> bool:
    try:
        msgspec.json.encode(document)
    except (TypeError, UnicodeEncodeError, OverflowError, msgspec.EncodeError):
        return False
    return True


@settings(max_examples=30, deadline=None)
@given(st.lists(DOCUMENTS, min_size=1, max_size=4), DATES, PERIODS)
def test_dicts_match_lines(documents, on, period):
    """Parsed dicts give the rows their JSON lines give."""
    # A dict that JSON cannot encode (a lone surrogate) has no line to compare.
    dicts = [d for d in documents if isinstance(d, dict) and _encodes(d)]
    lines = [as_line(d) for d in dicts]
    from_dicts = list(batch.evaluate(dicts, on=on, period=period))
    from_lines = list(batch.evaluate(lines, on=on, period=period))
    assert from_lines == from_dicts


@settings(max_examples=40, deadline=None)
@given(plain_documents())
def test_plain_documents_take_the_fast_path(document):
    """The fast path vouches for plain documents (so the property tests it)."""
    assert _fast.from_mapping(document) is not None


@pytest.mark.parametrize(
    "document",
    [
        {"name": "K", "region": "36.73", "members": [], "schema_version": 2},
        {"name": " ", "region": "36.73", "members": []},
        {"name": "K", "region": "36.73", "village": "36.04.05.2001", "members": []},
        {"name": "K", "region": "36", "members": []},
        {"name": "K", "region": "36.73", "members": [{"role": "ketua"}]},
        {"name": "K", "region": "36.73", "members": [], "extra": 1},
        {
            "name": "K",
            "region": "36.73",
            "members": [
                {
                    "name": "A",
                    "role": "ketua",
                    "joined_on": "2020-02-02",
                    "left_on": "2020-01-01",
                }
            ],
        },
        {
            "name": "K",
            "region": "36.73",
            "members": [],
            "documents": [{"kind": "nomor_induk"}],
        },
        {
            "name": "K",
            "region": "36.73",
            "members": [],
            "activities": [{"form": "lainnya", "at": "2025-01-01T10:00:00"}],
        },
        {
            "name": "K",
            "region": "36.73",
            "members": [],
            "activities": [
                {"form": "sarasehan", "at": "2025-01-01T10:00:00", "participants": -1}
            ],
        },
    ],
)
def test_invalid_documents_report_the_object_paths_problems(document):
    """A document load_kim refuses is refused with the same problem paths."""
    line = as_line(document)
    assert _fast.decode(line) is None
    (row,) = batch.evaluate([line], on="2025-04-17")
    assert_row_matches(row, expected_row(line, "2025-04-17", None))


def _kim(**fields: object) -> dict:
    document = {"name": "KIM E", "region": "36.73", "village": "36.73.01.1001"}
    document["members"] = []
    document.update(fields)
    return document


_MEMBER = {"name": "Anggota", "role": "ketua"}
_NIK_F = "3273014107900001"  # synthetic: female, 1 July 1990
EDGES = [
    _kim(members=[{**_MEMBER, "nik": _NIK_F, "gender": "perempuan"}]),
    _kim(members=[{**_MEMBER, "nik": _NIK_F, "gender": "laki_laki"}]),
    _kim(members=[{**_MEMBER, "nik": "3273013207900001"}]),
    _kim(members=[{**_MEMBER, "name": "  "}]),
    _kim(members=[{**_MEMBER, "joined_on": "1899-12-31"}]),
    _kim(members=[{**_MEMBER, "left_on": "2101-01-01"}]),
    _kim(members=[{**_MEMBER, "joined_on": "2020-01-01", "left_on": "2025-01-01"}]),
    _kim(members=[{**_MEMBER, "party_affiliation": "tidak"}]),
    _kim(members=[{**_MEMBER, "ngo_affiliation": "LSM Contoh"}]),
    _kim(documents=[{"kind": "susunan_pengurus"}]),
    _kim(documents=[{"kind": "susunan_pengurus", "acknowledged_by": "camat"}]),
    _kim(documents=[{"kind": "lainnya", "acknowledged_by": "lurah"}]),
    _kim(documents=[{"kind": "ad_art", "number": " "}]),
    _kim(
        documents=[
            {"kind": "ad_art", "issued_on": "2024-01-02", "valid_until": "2024-01-01"}
        ]
    ),
    _kim(documents=[{"kind": "ad_art", "issued_on": "1800-01-01"}]),
    _kim(documents=[{"kind": "sk_pembentukan", "issuer": "lurah", "number": "1"}]),
    _kim(id=" "),
    _kim(founded_on="1850-01-01"),
    _kim(village="36.73.01.9999"),
    _kim(village="36.04.05.2001"),
    _kim(village="3673011001"),
    _kim(region="3673"),
    _kim(mapping=[]),
    _kim(indicators=None),
    {"name": "KIM E", "region": "36.73", "members": [], "activities": None},
    *(
        _kim(activities=[{"form": "sarasehan", "at": at, "topic": "Banjir"}])
        for at in (
            "2025-01-01T10:00:00",
            "2025-01-01T10:00:00Z",
            "2025-01-01T10:00:00.250000Z",
            "2025-01-01T10:00:00.250000-03:30",
            "2025-01-01T23:30:00+09:00",
            "2025-02-30T10:00:00",
            "2025-01-01T10:00:00+07:60",
            "2025-01-01T10:00:00+15:00",
            "2025-01-01 10:00:00",
            "2025-01-01T10:00",
            "2025-01-01",
            "2025-01-01T10:00:00.1234567",
        )
    ),
    _kim(activities=[{"form": "lainnya", "at": "2025-01-01T10:00:00"}]),
    _kim(
        activities=[
            {"form": "lainnya", "stage": "aspirasi", "at": "2025-01-01T10:00:00"}
        ]
    ),
    _kim(activities=[{"form": "sarasehan", "at": "2025-01-01T10:00:00", "topic": " "}]),
    _kim(
        activities=[
            {"form": "sarasehan", "at": "2025-01-01T10:00:00", "participants": 0}
        ]
    ),
    _kim(name="KIM \u202eE"),
    _kim(name="KIM \\u00e9"),
    _kim(name="KIM é"),
]


@pytest.mark.parametrize("document", EDGES)
@pytest.mark.parametrize("period", [None, "2025Q1"])
def test_edge_documents_match_the_object_path(document, period):
    """Near the edges of the fast path: the rows the object path gives."""
    line = as_line(document)
    if b"\\\\u00e9" in line:
        line = line.replace(b"\\\\u00e9", b"\\u00e9")
    (row,) = batch.evaluate([line], on="2025-04-17", period=period)
    assert_row_matches(row, expected_row(line, "2025-04-17", period))
    (again,) = batch.evaluate([document], on="2025-04-17", period=period)
    assert row.outcome == again.outcome
