"""kimlib.batch.evaluate and evaluate_block: sources, numbering, arguments."""

from __future__ import annotations

import datetime as dt
import threading

import attrs
import msgspec
import pytest
from tests.batch.helpers import as_line, assert_row_matches, expected_row
from tests.rules.helpers import kim as sample_kim

import kimlib
from kimlib import batch
from kimlib.errors import InvalidArgument, InvalidInput, RuleNotInForce
from kimlib.io import dump, load_kim, sample_path
from kimlib.messages import Text
from kimlib.rules import Evaluation, FindingStatus, Outcome, assess, kernel
from kimlib.rules.profiles import load

ON = "2025-04-17"


def _sample_lines() -> list[bytes]:
    return sample_path().read_bytes().splitlines()


def test_the_sample_registry_matches_the_object_path():
    """Every line of the bundled sample gives the object path's answer."""
    rows = list(batch.evaluate(sample_path(), on=ON, period="2025Q1"))
    lines = _sample_lines()
    assert len(lines) == len(rows)
    for row, line in zip(rows, lines, strict=True):
        assert_row_matches(row, expected_row(line, ON, "2025Q1"))


def test_every_kind_of_source_gives_the_same_rows(tmp_path):
    """A path, bytes, str lines, bytes lines and dicts: the same rows."""
    lines = _sample_lines()
    path = tmp_path / "kims.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    expected = list(batch.evaluate(path, on=ON, period="2025"))
    assert expected == list(batch.evaluate(str(path), on=ON, period="2025"))
    assert expected == list(batch.evaluate(path.read_bytes(), on=ON, period="2025"))
    texts = [line.decode() for line in lines]
    assert expected == list(batch.evaluate(texts, on=ON, period="2025"))
    assert expected == list(batch.evaluate(iter(lines), on=ON, period="2025"))
    dicts = [msgspec.json.decode(line) for line in lines]
    assert expected == list(batch.evaluate(dicts, on=ON, period="2025"))


def test_blank_lines_are_skipped_but_counted():
    """Row.line is the line in the source, blank lines included."""
    good = as_line({"name": "KIM A", "region": "36.73", "members": []})
    data = b"\n" + good + b"\n  \n\r\n" + good + b"\r\n"
    assert [2, 5] == [r.line for r in batch.evaluate(data, on=ON)]


def test_small_blocks_number_lines_across_blocks(monkeypatch):
    """Lines split over many blocks keep their numbers; the last needs no newline."""
    from kimlib.batch import _evaluate  # noqa: PLC0415

    monkeypatch.setattr(_evaluate, "BLOCK_BYTES", 64)
    monkeypatch.setattr(_evaluate, "BLOCK_ITEMS", 2)
    lines = _sample_lines()
    data = b"\n".join(lines)
    rows = list(batch.evaluate(data, on=ON))
    assert list(range(1, len(lines) + 1)) == [r.line for r in rows]
    assert rows == list(batch.evaluate(lines, on=ON))


def test_evaluate_block_is_the_same_as_evaluate():
    """One block of whole lines, numbered from first_line."""
    data = b"\n".join(_sample_lines())
    rows = batch.evaluate_block(data, on=ON, period="2025", first_line=10)
    shifted = [
        attrs_free_shift(r, 9) for r in batch.evaluate(data, on=ON, period="2025")
    ]
    assert shifted == rows
    assert rows == batch.evaluate_block(
        data.decode(), on=ON, period="2025", first_line=10
    )


def attrs_free_shift(row: batch.Row, by: int) -> batch.Row:
    """The row as if its source started ``by`` lines later."""
    problems = tuple(attrs.evolve(p, line=p.line + by) for p in row.problems)
    return msgspec.structs.replace(row, line=row.line + by, problems=problems)


def test_invalid_lines_carry_their_line_and_what_they_say():
    """An invalid line: no outcome, its problems located, id and name if given."""
    line = as_line({"id": "KIM-X", "name": "KIM X", "region": "99.99", "members": []})
    (row,) = batch.evaluate([b"", line], on=ON)
    assert (2, "KIM-X", "KIM X", "99.99", None) == (
        row.line,
        row.kim_id,
        row.kim_name,
        row.region,
        row.outcome,
    )
    assert [("region", 2)] == [(p.path, p.line) for p in row.problems]
    assert not row.valid
    assert "<Row 2 KIM-X: invalid>" == repr(row)


def test_not_json_is_a_problem_of_its_line():
    """A line that is not JSON gets the problem load_kim gives (with its column)."""
    (row,) = batch.evaluate([b"{nope"], on=ON)
    with pytest.raises(InvalidInput) as caught:
        load_kim(b"{nope")
    expected = [(p.path, p.code) for p in caught.value.problems]
    assert [("", "input.json_syntax_column")] == expected
    assert expected == [(p.path, p.code) for p in row.problems]
    assert (None, None, None) == (row.kim_id, row.kim_name, row.region)


def test_a_valid_rows_repr_names_the_kim_and_its_outcome():
    """The repr says line, id, outcome and total; never a member's name."""
    (row,) = batch.evaluate([dump(sample_kim())], on=ON, period="2025")
    assert repr(row).startswith("<Row 1 KIM-TEST-0001: eligible, total ")
    assert row.valid


def test_workers_give_the_rows_of_one_process(monkeypatch):
    """workers=2 (a process pool) streams exactly the rows of one process."""
    from kimlib.batch import _evaluate  # noqa: PLC0415

    monkeypatch.setattr(_evaluate, "BLOCK_BYTES", 512)
    monkeypatch.setattr(_evaluate, "BLOCK_ITEMS", 3)
    lines = _sample_lines() * 3
    data = b"\n".join(lines)
    alone = list(batch.evaluate(data, on=ON, period="2025"))
    assert alone == list(batch.evaluate(data, on=ON, period="2025", workers=2))
    dicts = [msgspec.json.decode(line) for line in lines]
    assert alone == list(batch.evaluate(dicts, on=ON, period="2025", workers=2))


@pytest.mark.parametrize("workers", [0, -1, 1.5, "2", True])
def test_bad_workers_are_refused(workers):
    """Workers must be None or an integer >= 1."""
    with pytest.raises(InvalidArgument) as caught:
        batch.evaluate([], on=ON, workers=workers)
    assert "workers" in caught.value.message("id")


def test_bad_arguments_are_refused_before_reading():
    """A bad date, period, source or profile/registry pair fails at the call."""
    with pytest.raises(InvalidArgument):
        batch.evaluate([], on="17/04/2025")
    with pytest.raises(InvalidArgument):
        batch.evaluate([], on=ON, period="2025Q5")
    with pytest.raises(InvalidArgument) as caught:
        batch.evaluate(42, on=ON)  # type: ignore[arg-type]
    assert "source" in caught.value.message("en")
    national = load("national")
    with pytest.raises(InvalidArgument):
        batch.evaluate(
            [], on=ON, profile=national, registry=kimlib.rules.default_registry()
        )
    with pytest.raises(InvalidArgument):
        batch.evaluate([], on=ON, profile="national")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        batch.evaluate([], on=ON, registry="default")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        batch.evaluate([], on=ON, rubric="strict")  # type: ignore[arg-type]


def test_a_missing_file_is_an_invalid_argument(tmp_path):
    """A path that cannot be read says so, in both languages."""
    rows = batch.evaluate(tmp_path / "nothing.jsonl", on=ON)
    with pytest.raises(InvalidArgument) as caught:
        list(rows)
    assert "nothing.jsonl" in caught.value.message("id")


def test_dates_before_the_definition_raise_as_assess_does():
    """On before 1 June 2010 is RuleNotInForce, with assess's message."""
    with pytest.raises(RuleNotInForce) as caught:
        batch.evaluate([], on="2010-05-31")
    with pytest.raises(RuleNotInForce) as expected:
        assess(sample_kim(), on="2010-05-31")
    assert str(expected.value) == str(caught.value)


def test_a_profile_not_in_force_raises_as_assess_does():
    """profile= a profile not in force on the date: RuleNotInForce."""
    national = load("national")
    late = attrs.evolve(national, effective_from=dt.date(2030, 1, 1))
    with pytest.raises(RuleNotInForce):
        batch.evaluate([], on=ON, profile=late)


def _with_rule(check) -> kimlib.rules.Profile:
    national = load("national")
    rule = attrs.evolve(
        national.rules[0],
        id="members.custom",
        title=Text(id="Uji", en="Test"),
        check=check,
    )
    return attrs.evolve(national, name="Uji", rules=(*national.rules, rule))


def test_a_users_kernel_runs_on_both_paths():
    """A rule whose check is a kernel gives the same status on both paths."""

    @kernel
    def has_ketua(facts, params):
        del params
        roles = {m.role.value for m in facts.board}
        ok = "ketua" in roles
        return Evaluation(FindingStatus.PASS if ok else FindingStatus.FAIL, 1, 1)

    profile = _with_rule(has_ketua)
    kim = sample_kim()
    (row,) = batch.evaluate([dump(kim)], on=ON, profile=profile)
    verdict = assess(kim, on=ON, profile=profile)
    assert verdict.statuses == row.statuses
    assert FindingStatus.PASS == row.statuses["members.custom"]


def test_a_plain_check_sends_the_document_to_the_object_path():
    """A rule with a plain (kim, on, params) check still gets its answer."""
    seen = []

    def check(kim, on, params):
        del on, params
        seen.append(kim.name)
        return Evaluation(FindingStatus.FAIL, 0, 1)

    profile = _with_rule(check)
    (row,) = batch.evaluate([dump(sample_kim())], on=ON, profile=profile)
    assert ["KIM Uji"] == seen
    assert Outcome.INELIGIBLE == row.outcome
    assert FindingStatus.FAIL == row.statuses["members.custom"]


def test_a_user_profile_in_a_registry_is_resolved_like_assess():
    """registry= with a user's regional profile: rows as assess resolves them."""
    national = load("national")
    local = attrs.evolve(
        national, name="Lokal", regions=("36.73",), extends=national, rules=()
    )
    registry = kimlib.rules.default_registry().with_profile(local)
    lines = _sample_lines()
    rows = list(batch.evaluate(lines, on=ON, registry=registry))
    for row, line in zip(rows, lines, strict=True):
        assert_row_matches(
            row, expected_row(line, ON, None, assess={"registry": registry})
        )


def test_eight_threads_share_the_registry_and_get_the_sequential_rows():
    """Eight threads, batch and object paths at once: the sequential results."""
    lines = _sample_lines()
    kims = [kimlib.load_kim(line) for line in lines if b"99.99" not in line]
    expected_rows = list(batch.evaluate(lines, on=ON, period="2025"))
    expected_verdicts = [
        (assess(k, on=ON).statuses, kimlib.score(k, "2025").total) for k in kims
    ]
    results: list[object] = [None] * 8
    barrier = threading.Barrier(8)

    def work(i: int) -> None:
        barrier.wait()
        if i % 2:
            results[i] = list(batch.evaluate(lines, on=ON, period="2025"))
        else:
            results[i] = [
                (assess(k, on=ON).statuses, kimlib.score(k, "2025").total) for k in kims
            ]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for i, result in enumerate(results):
        assert (expected_rows if i % 2 else expected_verdicts) == result


def test_no_profile_for_a_seat_raises_as_assess_does():
    """A registry without a profile for the seat: assess's RuleNotInForce."""
    national = load("national")
    home = sample_kim().region
    local = attrs.evolve(national, name="Lokal", regions=(home,))
    registry = kimlib.rules.ProfileRegistry({home: (local,)})
    elsewhere = attrs.evolve(sample_kim(), region="36.04", village=None)
    with pytest.raises(RuleNotInForce) as expected:
        assess(elsewhere, on=ON, registry=registry)
    with pytest.raises(RuleNotInForce) as caught:
        list(batch.evaluate([dump(elsewhere)], on=ON, registry=registry))
    assert str(expected.value) == str(caught.value)
    (row,) = batch.evaluate([dump(sample_kim())], on=ON, registry=registry)
    assert assess(sample_kim(), on=ON, registry=registry).statuses == row.statuses


def test_a_process_with_threads_starts_workers_afresh():
    """Fork only when no other thread runs (forking threads may deadlock)."""
    from kimlib.batch import _evaluate  # noqa: PLC0415

    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert "fork" != _evaluate._start_method()
        rows = list(batch.evaluate(_sample_lines()[:3], on=ON, workers=2))
    finally:
        release.set()
        thread.join()
    assert rows == list(batch.evaluate(_sample_lines()[:3], on=ON))
