"""Regression tests: each reproducer of the hostile-input review (F1-F10).

F4 (rubric extremes), F5 (profiles) and F8 (damaged region data) belong to the
rubric, profile and region readers and are tested with them.
"""

# ruff: noqa: DTZ001 - naive times are local times of the KIM's region
from __future__ import annotations

import datetime as dt
import io
import json
import pickle
import traceback

import pytest

import kimlib
from kimlib import cli
from kimlib.errors import InvalidArgument, InvalidInput, KimlibError
from kimlib.io import MAX_DOCUMENT_BYTES, dump, load_kim, load_kims
from kimlib.model import kim as kim_module

SECRET_NAME = "Zq7Secret Budiman"  # noqa: S105 - a planted secret
SECRET_NIK = "6271014107900001"  # noqa: S105
BASE = {"name": "KIM", "region": "62.71", "members": []}


def _problems(document, **options):
    with pytest.raises(InvalidInput) as info:
        load_kim(document, **options)
    return info.value


def _carries_nothing(error, *secrets):
    """No secret in the error's text, repr, args, pickle or chained exceptions."""
    texts = [str(error), repr(error), repr(error.args), error.message("id")]
    texts += traceback.format_exception(error)
    texts.append(repr(pickle.dumps(error)))
    link = error
    while link is not None:
        texts.append(repr(link))
        link = link.__cause__ or link.__context__
    for secret in secrets:
        assert all(secret not in text for text in texts)
    assert error.__cause__ is None
    assert error.__context__ is None


# --- F1: lone surrogates ------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "path"),
    [
        pytest.param(json.dumps(BASE) + "\ud800", "", id="after-the-text"),
        pytest.param('{"name": "KIM \ud800", "region": "62.71", "members": []}',
                     "name", id="in-the-text"),
        pytest.param({"\ud800": 1, **BASE}, "<#1>", id="a-key"),
        pytest.param({**BASE, "members": [{"name": "x", "role": "\ud800"}]},
                     "members[0].role", id="an-enum"),
        pytest.param({**BASE, "members": [{"name": "Budi \udcff", "role": "ketua"}]},
                     "members[0].name", id="a-name"),
        pytest.param({**BASE, "founded_on": "2019-\ud800"}, "founded_on", id="a-date"),
        pytest.param({"members": "\ud800"}, "members", id="slow-pass"),
    ],
)  # fmt: skip
def test_lone_surrogates_are_invalid_input_at_their_path(document, path):
    """A lone surrogate anywhere is InvalidInput at its path, never UnicodeError."""
    error = _problems(document)
    assert path in error.paths
    _carries_nothing(error, "\ud800", "\udcff", "Budi")


def test_a_surrogate_line_does_not_stop_a_collecting_stream(tmp_path):
    """A bad byte read with surrogateescape is one bad line; the stream goes on."""
    person = {"name": SECRET_NAME, "role": "ketua", "nik": SECRET_NIK}
    path = tmp_path / "kims.jsonl"
    lines = [json.dumps({**BASE, "members": [person]}).encode()] * 3
    lines[1] = lines[1].replace(b"Budiman", b"Budiman \xff")
    path.write_bytes(b"\n".join(lines) + b"\n")
    with path.open(encoding="utf-8", errors="surrogateescape") as handle:
        results = list(load_kims(handle, errors="collect"))
    assert [True, False, True] == [r.ok for r in results]
    _carries_nothing(results[1].error, SECRET_NAME, SECRET_NIK, "Zq7")
    with path.open(encoding="utf-8", errors="surrogateescape") as handle:
        items = [line.rstrip("\n") for line in handle]
    results = list(load_kims(items, errors="collect"))
    assert [True, False, True] == [r.ok for r in results]
    assert ("members[0].name",) == results[1].error.paths
    _carries_nothing(results[1].error, SECRET_NAME, SECRET_NIK, "Zq7")


def test_every_loaded_kim_dumps_to_json():
    """What loads always encodes: json.dumps and msgspec never fail on a dump."""
    kim = load_kim({**BASE, "members": [{"name": "Sari \u00e9", "role": "ketua"}]})
    assert kim == load_kim(json.dumps(dump(kim)))


# --- F2 and F3: the calendar's edges -----------------------------------------


@pytest.mark.parametrize(
    "at",
    ["0001-01-01T00:00:00", "9999-12-31T23:59:59-14:00", "1899-12-31", "2201-01-01"],
)
def test_activity_times_outside_kimlib_years_are_refused_at_load(at):
    """A time that would overflow in score is refused at its field."""
    document = {**BASE, "activities": [{"form": "sarasehan", "at": at}]}
    error = _problems(document)
    assert [("activities[0].at", "date.year_range")] == [
        (p.path, p.code) for p in error.problems
    ]


@pytest.mark.parametrize(
    "at", ["1900-01-01T00:00:00+14:00", "2200-12-31T23:59:59-14:00", "2200-12-31"]
)
def test_activity_times_at_the_edges_score(at):
    """Inside the range everything scores, whatever the period."""
    kim = load_kim({**BASE, "activities": [{"form": "sarasehan", "at": at}]})
    for period in ("1900", "2200", "1900-01-01/2200-12-31"):
        assert 0 <= kimlib.score(kim, period).total <= 100


@pytest.mark.parametrize("field", ["founded_on"])
@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_dates_outside_kimlib_years_are_refused(field, value):
    """Document dates are in 1900..2200 too."""
    assert (field,) == _problems({**BASE, field: value}).paths


@pytest.mark.parametrize(
    "spec", ["0001", "0001Q1", "0001-01", "0001-01-01/0001-01-01",
             "9999-12-30/9999-12-30", "9999-12"],
)  # fmt: skip
def test_periods_at_the_calendar_edges_are_invalid_argument(spec):
    """Periods outside the range are InvalidArgument, never Overflow/ValueError."""
    kim = load_kim(BASE)
    with pytest.raises(InvalidArgument, match="1900 to 2200"):
        kimlib.score(kim, spec)


@pytest.mark.parametrize("on", ["20250417", "2025-W16-4", "2025-4-17", "0001-01-01"])
def test_on_accepts_only_the_documented_form(on):
    """assess(on=...) reads YYYY-MM-DD only, within the range."""
    with pytest.raises(InvalidArgument):
        kimlib.assess(load_kim(BASE), on=on)


def test_a_date_that_does_not_exist_says_so():
    """In a document and as on=, in both languages."""
    error = _problems({**BASE, "founded_on": "2025-02-30"})
    assert "2025-02-30 does not exist: February 2025 has 28 days" in str(error)
    assert "2025-02-30 tidak ada: Februari 2025 hanya 28 hari" in error.message("id")
    leap = _problems({**BASE, "founded_on": "2023-02-29"})
    assert "February 2023 has 28 days" in str(leap)
    assert "2024-02-29" == str(
        load_kim({**BASE, "founded_on": "2024-02-29"}).founded_on
    )
    with pytest.raises(InvalidArgument) as info:
        kimlib.assess(load_kim(BASE), on="2025-04-31")
    assert "April 2025 has 30 days" in str(info.value)
    assert "April 2025 hanya 30 hari" in info.value.message("id")


def test_a_month_that_does_not_exist_says_so():
    """A thirteenth month is named as such."""
    error = _problems(
        {**BASE, "activities": [{"form": "sarasehan", "at": "2025-13-01"}]}
    )
    assert "a year has 12 months" in str(error)


# --- activity times as people write them --------------------------------------


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        ("2025-01-10T09:00", dt.datetime(2025, 1, 10, 9)),
        ("2025-01-10 09:00", dt.datetime(2025, 1, 10, 9)),
        ("2025-01-10 09:00:30", dt.datetime(2025, 1, 10, 9, 0, 30)),
        ("2025-01-10T09:00:30.5", dt.datetime(2025, 1, 10, 9, 0, 30, 500000)),
        ("2025-01-10T09:00+07:00",
         dt.datetime(2025, 1, 10, 9, tzinfo=dt.timezone(dt.timedelta(hours=7)))),
        ("2025-01-10T02:00Z", dt.datetime(2025, 1, 10, 2, tzinfo=dt.timezone.utc)),
    ],
)  # fmt: skip
def test_activity_times_with_minutes_or_a_space(at, expected):
    """Minutes without seconds and a space instead of T are read."""
    kim = load_kim({**BASE, "activities": [{"form": "sarasehan", "at": at}]})
    assert expected == kim.activities[0].at
    assert expected.utcoffset() == kim.activities[0].at.utcoffset()


def test_a_date_alone_is_the_start_of_the_local_day_and_dumps_as_a_date():
    """A date-only activity is naive local midnight and round-trips as a date."""
    document = {**BASE, "activities": [{"form": "sarasehan", "at": "2025-01-10"}]}
    kim = load_kim(document)
    activity = kim.activities[0]
    assert activity.date_only
    assert activity.at.utcoffset() is None
    assert dt.datetime(2025, 1, 10) == activity.at.replace(tzinfo=None)
    assert "2025-01-10" == dump(kim)["activities"][0]["at"]
    assert kim == load_kim(json.dumps(dump(kim)))
    assert kimlib.score(kim, "2025-01-10/2025-01-10").total > 0
    assert 0 == kimlib.score(kim, "2025-01-09/2025-01-09").total


@pytest.mark.parametrize("at", ["2025-01-10T9:00", "10-01-2025", "2025-01-10T09", "x"])
def test_a_bad_time_lists_what_is_accepted(at):
    """The hint names every accepted form, in both languages."""
    error = _problems({**BASE, "activities": [{"form": "sarasehan", "at": at}]})
    assert "YYYY-MM-DDTHH:MM" in str(error)
    assert "a date alone (YYYY-MM-DD)" in str(error)
    assert "tanggal saja (YYYY-MM-DD)" in error.message("id")


# --- F6: unknown keys are never echoed raw ------------------------------------


def test_unknown_keys_cannot_forge_output_or_leak(tmp_path, capsys):
    """Newlines, terminal escapes, names and NIKs as keys stay out of messages."""
    forged = "x\nfile.jsonl:99: KIM-FAKE KIM Palsu: valid\n"
    document = {**BASE, forged: 1, "\x1b[2J\x1b[31mX\x1b[0m": 2, SECRET_NIK: 3,
                SECRET_NAME: 4, "\u202etxt.exe": 5}  # fmt: skip
    error = _problems(document)
    _carries_nothing(error, "KIM-FAKE", "\x1b", SECRET_NIK, "Zq7", "\u202e")
    assert all("\n" not in path for path in error.paths)
    path = tmp_path / "kims.jsonl"
    path.write_text(json.dumps(document) + "\n", encoding="utf-8")
    assert 1 == cli.main(["validate", str(path)])
    out = capsys.readouterr().out
    assert "KIM-FAKE" not in out
    assert "\x1b" not in out
    assert SECRET_NIK not in out
    assert "Zq7" not in out


def test_a_member_key_that_is_a_name_is_hidden():
    """A key inside a member that holds a person's name is shown by position."""
    member = {"role": "ketua", SECRET_NAME: True}
    error = _problems({**BASE, "members": [member]})
    assert ("members[0].<#2>",) == error.paths
    _carries_nothing(error, SECRET_NAME, "Zq7")


# --- F7: the region-code cache ------------------------------------------------


def test_padded_region_codes_do_not_fill_the_cache():
    """The cache holds dotted codes; a megabyte of padding is refused at once."""
    kim_module._known_code.cache_clear()
    for i in range(50):
        load_kim({**BASE, "region": "62.71" + " " * (1 + i % 10)})
    assert 1 == kim_module._known_code.cache_info().currsize
    assert ("region",) == _problems({**BASE, "region": "62.71" + " " * 2**20}).paths
    assert ("region",) == _problems({**BASE, "region": "62.71" + "x" * 2**20}).paths


# --- F9: load_kims sources ----------------------------------------------------


@pytest.mark.parametrize("source", ["a\x00b", 123, None, {"name": "x"}, 1.5])
def test_a_bad_source_is_invalid_argument(source):
    """A path with a NUL, a number, a mapping ... is InvalidArgument at once."""
    with pytest.raises(InvalidArgument):
        list(load_kims(source))


def test_an_unreadable_path_is_invalid_argument(tmp_path):
    """A missing file is InvalidArgument when the stream starts."""
    with pytest.raises(InvalidArgument):
        list(load_kims(tmp_path / "missing.jsonl"))


def test_a_bad_byte_in_a_text_file_is_one_bad_line(tmp_path):
    """A text file with a bad byte: that line is invalid, the others load."""
    path = tmp_path / "kims.jsonl"
    good = json.dumps(BASE).encode()
    path.write_bytes(good + b"\n" + good.replace(b"KIM", b"KIM \xff") + b"\n" + good)
    with path.open(encoding="utf-8") as handle:
        results = list(load_kims(handle, errors="collect"))
    assert [(1, True), (2, False), (3, True)] == [(r.line, r.ok) for r in results]


# --- F10: smaller items -------------------------------------------------------


def test_a_utf8_bom_is_accepted(tmp_path):
    """Spreadsheet exports start with a BOM; the first line still loads."""
    path = tmp_path / "kims.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(BASE).encode() + b"\n")
    assert 1 == len(list(load_kims(path)))
    assert 1 == len(list(load_kims(["\ufeff" + json.dumps(BASE)])))
    assert load_kim("\ufeff" + json.dumps(BASE)) == load_kim(BASE)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (('{"name":"K","region":"62.71","members":[{"role":"ketua",'
          '"civil_servant":true,"civil_servant":false}]}'), "members[0].civil_servant"),
        ('{"name":"K","region":"62.71","members":[{"role":"raja"}],"members":[]}',
         "members"),
        ('{"name" :"K","name":"L","region":"62.71","members":[]}', "name"),
    ],
)  # fmt: skip
def test_duplicate_keys_are_refused_with_their_path(text, path):
    """A key written twice in one object is an error, not last-one-wins."""
    error = _problems(text)
    assert [(path, "input.duplicate_key")] == [(p.path, p.code) for p in error.problems]


def test_a_huge_integer_is_reported_at_its_field():
    """A 5,000-digit integer is a problem of its field, not of the JSON."""
    text = json.dumps(BASE)[:-1] + ', "schema_version": ' + "9" * 5000 + "}"
    error = _problems(text)
    assert [("schema_version", "input.number_range")] == [
        (p.path, p.code) for p in error.problems
    ]
    assert len(str(error)) < 200


@pytest.mark.parametrize("blank", ["\u00a0", "\u2028", " \u00a0\t\u3000 "])
def test_lines_of_non_ascii_spaces_are_blank(blank, tmp_path):
    """A line of only non-ASCII white space is no document."""
    lines = [json.dumps(BASE), blank, json.dumps(BASE)]
    assert 2 == len(list(load_kims(lines)))
    path = tmp_path / "kims.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert 2 == len(list(load_kims(path)))


@pytest.mark.parametrize(
    "content",
    [
        json.dumps([BASE, BASE], indent=2),
        json.dumps([BASE, BASE]),
        json.dumps(BASE, indent=2),
    ],
)
def test_a_json_array_or_pretty_document_is_named_once(content, tmp_path):
    """Not JSON Lines: one problem saying so, not one per line."""
    path = tmp_path / "kims.json"
    path.write_text(content, encoding="utf-8")
    results = list(load_kims(path, errors="collect"))
    assert 1 == len(results)
    error = results[0].error
    assert [("input.not_json_lines", 1)] == [(p.code, p.line) for p in error.problems]
    assert "kimlib expects JSON Lines (one document per line)" in str(error)
    assert "satu dokumen per baris" in error.message("id")
    with pytest.raises(InvalidInput, match="JSON Lines"):
        list(load_kims(path))


def test_a_json_syntax_error_gives_line_and_column():
    """Within a document: line and column; within a JSON Lines line: column."""
    error = _problems('{\n  "name": "K",\n  "region" "62.71"\n}')
    assert "not valid JSON (line 3, column 12)" in str(error)
    assert "bukan JSON yang sah (baris 3, kolom 12)" in error.message("id")
    results = list(load_kims([json.dumps(BASE), '{"name": "K",, }'], errors="collect"))
    assert "line 2: $: not valid JSON (column 14)" in str(results[1].error)


@pytest.mark.parametrize("content", [b"", b"\n\n", b"  \n\xc2\xa0\n", b"\xef\xbb\xbf"])
def test_an_empty_input_says_so(content, tmp_path):
    """A file or text with no document says that it is empty."""
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    for source in (path, content, io.BytesIO(content)):
        results = list(load_kims(source, errors="collect"))
        assert [["input.empty"]] == [
            [p.code for p in r.error.problems] for r in results
        ]
    with pytest.raises(InvalidInput, match="empty"):
        list(load_kims(path))
    assert [] == list(load_kims([]))  # an empty list of documents is just none


def test_a_document_over_the_limit_is_refused_without_being_read(tmp_path):
    """A line larger than MAX_DOCUMENT_BYTES is one problem; the stream goes on."""
    big = json.dumps({**BASE, "name": "K" * MAX_DOCUMENT_BYTES}).encode()
    path = tmp_path / "kims.jsonl"
    path.write_bytes(
        json.dumps(BASE).encode() + b"\n" + big + b"\n" + json.dumps(BASE).encode()
    )
    results = list(load_kims(path, errors="collect"))
    assert [True, False, True] == [r.ok for r in results]
    assert ["input.too_large"] == [p.code for p in results[1].error.problems]
    assert "1 MiB" in str(results[1].error)
    assert ("",) == _problems(big).paths
    assert ("",) == _problems(big.decode()).paths


def test_errors_are_kimlib_errors_and_name_the_argument():
    """load_kims(errors=...) is checked at once and echoed short."""
    with pytest.raises(InvalidArgument, match="errors='x"):
        load_kims([], errors="x" * 10_000)  # type: ignore[call-overload]
    assert issubclass(InvalidArgument, KimlibError)


@pytest.mark.parametrize("space", [" ", "\t", "\n", "\r\n", "  "])
def test_duplicate_keys_are_found_whatever_the_spacing(space):
    """White space before a colon does not hide a repeated key."""
    text = f'{{"name"{space}:"K","name":"L","region":"62.71","members":[]}}'
    assert ("name",) == _problems(text).paths
    assert ("name",) == _problems(text.encode()).paths


def test_an_ascii_terminal_does_not_crash_on_a_non_ascii_name(tmp_path):
    """With PYTHONIOENCODING=ascii a KIM name like 'KIM Sejahtera é' is escaped."""
    import os  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    path = tmp_path / "kims.jsonl"
    path.write_text(
        json.dumps({**BASE, "name": "KIM Séjahtera \u4e2d"}) + "\n", encoding="utf-8"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-m", "kimlib", "validate", str(path)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        check=False,
    )
    assert 0 == done.returncode
    assert b"Traceback" not in done.stderr
    assert b"KIM S\\xe9jahtera" in done.stdout


def test_a_document_with_endless_problems_reports_the_first_hundred():
    """80,000 bad members: the first 100 problems and one saying there are more."""
    document = {**BASE, "members": [{"role": "x"}] * 80_000}
    error = _problems(document)
    assert 101 == len(error.problems)
    assert "input.more_problems" == error.problems[-1].code
    assert "kimlib reports the first 100" in str(error)


def test_bad_bytes_are_named_as_such():
    """Bytes that are not UTF-8 say so, rather than 'not valid JSON'."""
    error = _problems(json.dumps(BASE).encode().replace(b"KIM", b"K\xff"))
    assert ["input.not_utf8"] == [p.code for p in error.problems]
