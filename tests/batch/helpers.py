"""What the batch tests share: the definition (the object path) and generators."""

from __future__ import annotations

import datetime as dt
import math

import msgspec
import pendulum
from hypothesis import strategies as st

from kimlib.adinda import score
from kimlib.errors import InvalidInput
from kimlib.io import load_kim
from kimlib.rules import assess
from kimlib.strategies import kim_documents, mutated_kim_documents

PERIODS = st.sampled_from(
    [
        None,
        "2025",
        "2024Q3",
        "2025-03",
        "2024-09-01/2024-09-30",
        pendulum.interval(pendulum.date(2024, 1, 1), pendulum.date(2025, 6, 30)),
    ]
)
#: Dates on both sides of 5 September 2024 (the partnership requirements).
DATES = st.one_of(
    st.dates(dt.date(2024, 8, 25), dt.date(2024, 9, 15)),
    st.dates(dt.date(2010, 6, 1), dt.date(2035, 12, 31)),
)
TOPICS = ["harga gabah", "Harga  Gabah", "banjir", "stunting"]


def _plain(document: dict, draw: st.DrawFn) -> dict:
    """Plain text everywhere (the fast path's ground), timestamps as written."""
    document = dict(document)
    # The mapping and indicator readings decide nothing here; with them the
    # document takes the object path (tested by the other strategies).
    document.pop("mapping", None)
    document.pop("indicators", None)
    document["name"] = f"KIM {draw(st.integers(0, 99))}"
    if "id" in document:
        document["id"] = f"KIM-{draw(st.integers(1000, 9999))}"
    members = []
    for i, member in enumerate(document["members"]):
        member = dict(member)  # noqa: PLW2901
        member["name"] = f"Anggota {i}"
        for fact in ("party_affiliation", "ngo_affiliation"):
            if isinstance(member.get(fact), str):
                member[fact] = True  # a name goes to the object path
        members.append(member)
    document["members"] = members
    if document.get("documents"):
        document["documents"] = [
            {**d, "number": "12/2024"} if "number" in d else d
            for d in document["documents"]
        ]
    activities = []
    for activity in document.get("activities", []):
        activity = dict(activity)  # noqa: PLW2901
        if "topic" in activity:
            activity["topic"] = draw(st.sampled_from(TOPICS))
        activity["at"] = _full_time(activity["at"])
        if draw(st.booleans()):  # whole seconds, as portals write them
            activity["at"] = activity["at"][:19] + activity["at"][26:]
        activities.append(activity)
    if activities:
        document["activities"] = activities
    return document


def _full_time(at: str) -> str:
    """``at`` written with seconds and a ``T`` (the fast path's form).

    Date-only and minute forms are valid too but take the object path, which
    the other strategies test.
    """
    at = at.replace(" ", "T", 1)
    if len(at) == 10:  # a date alone
        return at + "T00:00:00.000000"
    if len(at) == 16 or at[16] != ":":  # minutes only, perhaps with an offset
        at = at[:16] + ":00" + at[16:]
    if len(at) == 19 or at[19] != ".":  # whole seconds: add the fraction
        at = at[:19] + ".000000" + at[19:]
    return at


@st.composite
def plain_documents(draw: st.DrawFn, max_members: int = 12) -> dict:
    """Valid documents in plain text (most take the fast path)."""
    return _plain(draw(kim_documents(max_members=max_members)), draw)


#: One line's document: plain valid, any valid, or a near miss (mostly invalid).
DOCUMENTS = st.one_of(
    plain_documents(),
    plain_documents().map(msgspec.json.encode),
    kim_documents(max_members=6),
    mutated_kim_documents(max_members=6),
)


def as_line(document: object) -> bytes:
    """The document as one JSON line (what a registry file holds)."""
    if isinstance(document, bytes):
        return document
    try:
        return msgspec.json.encode(document)
    except (TypeError, UnicodeEncodeError, OverflowError, msgspec.EncodeError):
        return b'{"not": "json"'


def expected_row(line: bytes | object, on, period, **options):
    """What load_kim + assess + score say of one document: the definition."""
    try:
        kim = load_kim(line)
    except InvalidInput as error:
        return None, tuple((p.path, p.code) for p in error.problems)
    verdict = assess(kim, on=on, **options.get("assess", {}))
    statuses = {f.rule_id: f.status for f in verdict.findings}
    scored = None
    if period is not None:
        report = score(kim, period, options.get("rubric"))
        scored = (report.total, dict(report.by_stage), report.cycle)
    return (
        (
            kim.id,
            kim.name,
            kim.region,
            kim.village,
            verdict.outcome,
            verdict.is_kim,
            statuses,
        ),
        scored,
    )


def close(a: float, b: float) -> bool:
    """Equal within 1e-9."""
    return math.isclose(a, b, rel_tol=0.0, abs_tol=1e-9)


def assert_row_matches(row, expected) -> None:
    """The batch row says what the object path says (scores within 1e-9)."""
    head, tail = expected
    if head is None:
        assert row.outcome is None
        assert tail == tuple((p.path, p.code) for p in row.problems)
        return
    assert () == row.problems
    assert head == (
        row.kim_id,
        row.kim_name,
        row.region,
        row.village,
        row.outcome,
        row.is_kim,
        dict(row.statuses),
    )
    if tail is None:
        assert (None, None, None) == (row.total, row.by_stage, row.cycle)
        return
    total, by_stage, cycle = tail
    assert close(total, row.total), (total, row.total)
    assert close(cycle, row.cycle)
    assert by_stage.keys() == row.by_stage.keys()
    for stage, points in by_stage.items():
        assert close(points, row.by_stage[stage]), stage
