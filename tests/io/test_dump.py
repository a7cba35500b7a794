"""dump: KIM documents out again; load_kim(dump(k)) == k."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from tests.conftest import ci_examples

from kimlib.errors import InvalidArgument
from kimlib.io import dump, load_kim
from kimlib.model import Activity, ActivityForm, Kim, Member, Nik, Role
from kimlib.strategies import kim_documents, kims

#: At least 1,000 examples under the "ci" profile (issue 2's acceptance).
CI_ROUND_TRIPS = ci_examples(1000)


@CI_ROUND_TRIPS
@given(kims())
def test_round_trip(kim):
    """load_kim(dump(k)) == k for any valid KIM, also through JSON text."""
    document = dump(kim)
    assert kim == load_kim(document)
    assert kim == load_kim(json.dumps(document))


@given(kim_documents(max_members=8))
def test_dump_is_json_ready(document):
    """A dump holds only JSON types, no nulls, and is stable under re-dumping."""
    text = json.dumps(document, allow_nan=False)
    assert document == json.loads(text)
    assert None not in _leaves(document)
    assert document == dump(load_kim(document))


def _leaves(value):
    """Every scalar of a JSON tree (dict keys left out)."""
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def test_dump_shape():
    """Codes dotted, dates ISO, NIK as digits, absent facts left out."""
    kim = Kim(
        name="KIM Contoh",
        region="3673",
        members=(
            Member(
                name="Anggota",
                role=Role.KETUA,
                nik=Nik("3673014107900001"),
                party_affiliation=False,
            ),
        ),
        activities=(
            Activity(form=ActivityForm.DIALOG, at=dt.datetime(2025, 1, 10, 9)),  # noqa: DTZ001
        ),
    )
    assert {
        "schema_version": 1,
        "name": "KIM Contoh",
        "region": "36.73",
        "members": [
            {
                "name": "Anggota",
                "role": "ketua",
                "nik": "3673014107900001",
                "groups": [],
                "party_affiliation": False,
            }
        ],
        "activities": [{"form": "dialog", "at": "2025-01-10T09:00:00", "channels": []}],
    } == dump(kim)


def test_documents_absent_and_empty_differ():
    """documents=None (unknown) is left out; an empty list stays."""
    kim = Kim(name="KIM", region="36.73", members=())
    assert "documents" not in dump(kim)
    assert (
        []
        == dump(Kim(name="KIM", region="36.73", members=(), documents=()))["documents"]
    )


@pytest.mark.parametrize(
    "value", [object(), 1j, Nik], ids=["object", "complex", "class"]
)
def test_dump_refuses_what_it_cannot_write(value):
    """Something kimlib cannot dump is an InvalidArgument, not a crash."""
    with pytest.raises(InvalidArgument):
        dump(value)


@given(kims())
def test_round_trip_keeps_date_only_times_and_withheld_names(kim):
    """A date-only activity comes back date-only; a withheld name stays withheld."""
    again = load_kim(json.dumps(dump(kim)))
    assert [a.date_only for a in kim.activities] == [
        a.date_only for a in again.activities
    ]
    assert [m.name for m in kim.members] == [m.name for m in again.members]
    for activity, written in zip(kim.activities, dump(kim)["activities"], strict=True):
        assert activity.date_only == (len(written["at"]) == 10)
