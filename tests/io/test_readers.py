"""The small readers behind the loaders: dates, times, echoes, sources, redact."""

# ruff: noqa: DTZ001 - naive times are local times of the KIM's region
from __future__ import annotations

import datetime as dt
import io
import json
import pickle
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimlib import cli
from kimlib._dates import LOCAL_DAY, BadDate, read_date, read_time
from kimlib._echo import shown
from kimlib._validation import check_date
from kimlib.errors import InvalidArgument, InvalidInput
from kimlib.io import dump, load_kim, load_kims

BASE = {"name": "KIM", "region": "62.71", "members": []}


@pytest.mark.parametrize(
    "text", ["2025-01-10T25:00", "2025-01-10T09:61", "2025-01-10T09:00+24:00",
             "2025-01-10T09:00:60", "2025-01-10T09:00:00.1234567890", " 2025-01-10",
             "2025-01-10T09:00" + " " * 40],
)  # fmt: skip
def test_times_that_do_not_read(text):
    """A clock or offset out of range, or surrounding spaces, is no time."""
    with pytest.raises(BadDate) as info:
        read_time(text)
    assert "time.format" == info.value.code


def test_date_only_marker_is_naive_and_pickles():
    """LOCAL_DAY has no offset, no DST, no name, and pickles as itself."""
    at = read_time("2025-01-10")
    assert at.utcoffset() is None
    assert at.dst() is None
    assert at.tzname() is None
    assert LOCAL_DAY is pickle.loads(pickle.dumps(at)).tzinfo  # noqa: S301 - ours


@pytest.mark.parametrize(
    ("text", "code"),
    [("2025-00-10", "date.no_month"), ("2025-01-00", "date.not_exist.m01"),
     ("1899-12-31", "date.year_range"), ("2025-1-1", "date.format"),
     ("2025-01-01" * 5, "date.format")],
)  # fmt: skip
def test_date_reasons(text, code):
    """Each way a date fails has its own reason."""
    with pytest.raises(BadDate) as info:
        read_date(text)
    assert code == info.value.code


@pytest.mark.parametrize(
    ("value", "expected"),
    [(dt.datetime(2025, 4, 17, 9), dt.date(2025, 4, 17)),
     (dt.date(2025, 4, 17), dt.date(2025, 4, 17)),
     (" 2025-04-17 ", dt.date(2025, 4, 17))],
)  # fmt: skip
def test_check_date_reads_dates_datetimes_and_text(value, expected):
    """on= takes a date, a datetime or YYYY-MM-DD (spaces around allowed)."""
    assert expected == check_date("on", value)


@pytest.mark.parametrize(
    "value", [dt.date(1, 1, 1), dt.datetime(9999, 1, 1), 20250417, None]
)
def test_check_date_refuses_out_of_range_and_other_types(value):
    """Dates outside 1900..2200 and other types are InvalidArgument (id and en)."""
    with pytest.raises(InvalidArgument) as info:
        check_date("on", value)
    assert info.value.message("id") != info.value.message("en")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(object(), "<object>"), (1.5, "1.5"), (None, "None"),
     ("a" * 100, "'" + "a" * 35 + "...'")],
)  # fmt: skip
def test_echoes_are_short(value, expected):
    """An echo is a short repr; objects are named by their type."""
    assert expected == shown(value)


@pytest.mark.parametrize("sign", [1, -1])
def test_huge_integers_are_not_written_out(sign):
    """A 5,000-digit integer is echoed as <int> (writing it would fail)."""
    assert "<int>" == shown(sign * 10**5000)


def test_cross_field_problems_with_date_only_activities():
    """A village outside its region is found although an activity is a date alone."""
    document = {**BASE, "village": "36.73.01.1001",
                "activities": [{"form": "sarasehan", "at": "2025-01-10"}]}  # fmt: skip
    with pytest.raises(InvalidInput) as info:
        load_kim(document)
    assert ("village",) == info.value.paths


def test_non_dict_mappings_load_like_dicts():
    """A mapping that is not a dict is read the same way (date-only times too)."""
    from types import MappingProxyType  # noqa: PLC0415

    document = {**BASE, "activities": [{"form": "sarasehan", "at": "2025-01-10"}]}
    assert load_kim(document) == load_kim(MappingProxyType(document))


def test_memoryview_and_bytearray_text():
    """JSON text as bytearray or memoryview loads like bytes."""
    data = json.dumps(BASE).encode()
    assert load_kim(data) == load_kim(bytearray(data)) == load_kim(memoryview(data))


def test_a_large_non_ascii_text_is_measured_in_bytes():
    """The size limit counts UTF-8 bytes: 300k four-byte characters are too many."""
    text = json.dumps({**BASE, "name": "\U0001f600" * 300_000})
    with pytest.raises(InvalidInput) as info:
        load_kim(text)
    assert ["input.too_large"] == [p.code for p in info.value.problems]


def test_a_repeated_key_with_a_surrogate_key():
    """In the slow reading a surrogate key is its own problem."""
    text = '{"name":"K","name":"L","\ud800":1,"region":"62.71","members":[]}'
    with pytest.raises(InvalidInput) as info:
        load_kim(text)
    assert {"name", "<#3>"} <= set(info.value.paths)


def test_nan_in_json_text_is_not_json():
    """NaN is no JSON, also on the slow path."""
    with pytest.raises(InvalidInput):
        load_kim('{"name":"K","name":"L","region":"62.71","members":[],"x":NaN}')


def test_an_open_binary_file_and_a_raw_file_are_read(tmp_path):
    """Binary files, raw or buffered, are read line by line."""
    path = tmp_path / "kims.jsonl"
    path.write_text(json.dumps(BASE) + "\n" + json.dumps(BASE), encoding="utf-8")
    with path.open("rb", buffering=0) as raw:
        assert 2 == len(list(load_kims(raw)))
    assert 2 == len(list(load_kims(io.BytesIO(path.read_bytes()))))


def test_a_pretty_document_that_is_broken_is_not_json_lines():
    """A first line that opens an object and stops there is a pretty document."""
    results = list(load_kims(["{", '"name": "K"', "}"], errors="collect"))
    assert [["input.not_json_lines"]] == [
        [p.code for p in r.error.problems] for r in results
    ]
    results = list(load_kims(['{"name": 1,,}', json.dumps(BASE)], errors="collect"))
    assert [False, True] == [r.ok for r in results]


def test_redact_to_a_file_from_stdin(tmp_path, monkeypatch, capsys):
    """``kimlib redact - -o OUT`` reads standard input."""
    person = {"name": "Sari", "nik": "6271014107900001", "role": "ketua"}
    data = json.dumps({**BASE, "members": [person]}).encode() + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = tmp_path / "out.jsonl"
    assert 0 == cli.main(["redact", "-", "-o", str(out)])
    assert "Sari" not in out.read_text(encoding="utf-8")
    assert 1 == len(list(load_kims(out)))
    capsys.readouterr()


def test_redact_to_an_unwritable_file(tmp_path, capsys):
    """An output that cannot be opened is a usage error (exit 2)."""
    source = tmp_path / "kims.jsonl"
    source.write_text(json.dumps(BASE) + "\n", encoding="utf-8")
    assert 2 == cli.main(["redact", str(source), "-o", str(tmp_path / "no" / "x")])
    assert "kimlib:" in capsys.readouterr().err


def test_redact_keeps_true_and_false_affiliations():
    """Only names become true; true, false and unknown stay as they are."""
    members = [{"role": "ketua", "party_affiliation": True, "ngo_affiliation": False},
               {"role": "anggota"}]  # fmt: skip
    kim = load_kim({**BASE, "members": members})
    assert [{"groups": [], "ngo_affiliation": False, "party_affiliation": True,
             "role": "ketua"}, {"groups": [], "role": "anggota"}] == (
        dump(kim, redact=True)["members"]
    )  # fmt: skip


@given(
    st.datetimes(dt.datetime(1900, 1, 2), dt.datetime(2200, 12, 30)),
    st.sampled_from(["T", " ", "t"]),
    st.sampled_from(["", "Z", "+07:00", "-0930", "+00:00"]),
    st.integers(0, 9),
)
def test_times_with_seconds_read_as_msgspec_reads_them(at, separator, offset, digits):
    """The fast pass (msgspec) and the slow pass (read_time) agree on every time."""
    import attrs  # noqa: PLC0415
    import msgspec  # noqa: PLC0415

    @attrs.frozen
    class Holder:
        at: dt.datetime

    fraction = f".{at.microsecond:06d}{at.microsecond % 1000:03d}"[: digits + 1]
    text = at.strftime(f"%Y-%m-%d{separator}%H:%M:%S") + (fraction if digits else "")
    text += offset
    assert msgspec.convert({"at": text}, Holder).at == read_time(text)
