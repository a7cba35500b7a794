"""The bundled sample registry: it loads, it is fictional, it breaks what it says.

The rule checks here are a small independent reading of DESIGN.md's rule
semantics (national profile, Kapuas Hulu's recommended maximum of 8), written
to prove that each sample KIM breaks exactly the rule its README names. They
are not kimlib's rules engine.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from pathlib import Path

import pytest

from kimlib import regions
from kimlib.io import dump, load_kim, load_kims, sample_path
from kimlib.model import DocumentKind, Issuer, Kim, Stage
from kimlib.regions import RegionKind

ROOT = Path(__file__).resolve().parent.parent
LINES = sample_path().read_text(encoding="utf-8").splitlines()
DOCUMENTS = [json.loads(line) for line in LINES]
KIMS = {kim.id: kim for kim in load_kims(sample_path())}

#: The day the partnership requirements are checked here (seed 001's meeting).
ON = dt.date(2025, 4, 17)
#: Permenkominfo 4/2024 was promulgated on this day (DESIGN.md).
PARTNERSHIP_FROM = dt.date(2024, 9, 5)

#: What each sample KIM is meant to break (README.md); every other rule passes.
INTENDED: dict[str, dict[str, str]] = {
    "KIM-3673-0001": {},
    "KIM-3673-0002": {"board.not_civil_servant": "fail"},
    "KIM-3604-0001": {},
    "KIM-6271-0001": {},
    "KIM-6207-0001": {"membership.size": "fail"},
    "KIM-6203-0001": {},
    "KIM-6212-0001": {"board.no_criminal_record": "unknown"},
    "KIM-6211-0001": {"legality.formation_decree": "fail"},
    "KIM-6202-0001": {
        "legality.formation_decree": "unknown",
        "legality.registration_number": "unknown",
        "legality.board_acknowledged": "unknown",
    },
    "KIM-6201-0001": {"membership.size": "fail"},
    "KIM-6106-0001": {"membership.size": "advisory"},
    "KIM-6106-0002": {},
    "KIM-9171-0001": {},
    "KIM-6371-0001": {},
}

#: Complete ADINDA topic cycles in 2025 per KIM (README.md).
CYCLES: dict[str, int] = {
    "KIM-3673-0001": 3,
    "KIM-3673-0002": 1,
    "KIM-3604-0001": 2,
    "KIM-6271-0001": 3,
    "KIM-6207-0001": 1,
    "KIM-6203-0001": 1,
    "KIM-6212-0001": 0,
    "KIM-6211-0001": 0,
    "KIM-6202-0001": 1,
    "KIM-6201-0001": 0,
    "KIM-6106-0001": 2,
    "KIM-6106-0002": 1,
    "KIM-9171-0001": 1,
    "KIM-6371-0001": 1,
}


# --- a small reference reading of the rules --------------------------------------


def _size(kim: Kim) -> str:
    count = len(kim.members_on(ON))
    if not 3 <= count <= 30:
        return "fail"
    kapuas_hulu_ideal = 8  # seed 003: "idealnya ... maksimal 8 (delapan) orang"
    if kim.region == "61.06" and count > kapuas_hulu_ideal:
        return "advisory"
    return "pass"


def _board(kim: Kim, fact: str) -> str:
    values = [getattr(m, fact) for m in kim.board if m.active_on(ON)]
    if any(v not in (None, False) for v in values):
        return "fail"
    if not values or None in values:
        return "unknown"
    return "pass"


def _has(kim: Kim, kind: DocumentKind, allowed: frozenset[Issuer]) -> str:
    if kim.documents is None:
        return "unknown"
    found = any(
        d.kind is kind
        and (d.issuer in allowed or d.acknowledged_by in allowed)
        and d.in_force_on(ON)
        for d in kim.documents
    )
    return "pass" if found else "fail"


def _statuses(kim: Kim) -> dict[str, str]:
    head = (
        Issuer.LURAH if kim.village_kind is RegionKind.KELURAHAN else Issuer.KEPALA_DESA
    )
    decree = {head} | ({Issuer.CAMAT} if kim.region == "61.06" else set())
    return {
        "membership.size": _size(kim),
        "board.not_civil_servant": _board(kim, "civil_servant"),
        "board.no_criminal_record": _board(kim, "criminal_record"),
        "board.no_party_affiliation": _board(kim, "party_affiliation"),
        "board.no_ngo_affiliation": _board(kim, "ngo_affiliation"),
        "legality.formation_decree": _has(
            kim, DocumentKind.SK_PEMBENTUKAN, frozenset(decree)
        ),
        "legality.registration_number": _has(
            kim, DocumentKind.NOMOR_INDUK, frozenset({Issuer.DINAS_KABUPATEN_KOTA})
        ),
        "legality.board_acknowledged": _has(
            kim, DocumentKind.SUSUNAN_PENGURUS, frozenset({head})
        ),
    }


def _local(kim: Kim, at: dt.datetime) -> dt.datetime:
    zone = kim.region_info.timezone
    return at.replace(tzinfo=zone) if at.tzinfo is None else at.astimezone(zone)


def _complete_cycles(kim: Kim) -> int:
    """Topics with all six stages and some akses < diskusi < implementasi."""
    by_topic: dict[str, dict[Stage, list[dt.datetime]]] = {}
    for activity in kim.activities:
        if activity.topic_key is not None:
            stages = by_topic.setdefault(activity.topic_key, {})
            stages.setdefault(activity.resolved_stage, []).append(
                _local(kim, activity.at)
            )
    complete = 0
    for stages in by_topic.values():
        if set(stages) != set(Stage):
            continue
        first_akses = min(stages[Stage.AKSES])
        diskusi = [t for t in stages[Stage.DISKUSI] if t > first_akses]
        if diskusi and any(t > min(diskusi) for t in stages[Stage.IMPLEMENTASI]):
            complete += 1
    return complete


# --- tests -------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "document"), list(enumerate(DOCUMENTS, start=1)))
def test_every_document_loads(line, document):
    """Each line is a KIM document that ``load_kim`` accepts, unknown keys refused."""
    kim = load_kim(document)
    assert kim.id == document["id"], line


def test_the_sample_has_the_documented_kims():
    """The file holds exactly the KIMs the README table lists, ids unique."""
    readme = (sample_path().parent / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| \d+ \| (KIM-\d{4}-\d{4}) \|", readme, re.MULTILINE)
    assert [d["id"] for d in DOCUMENTS] == listed
    assert sorted(INTENDED) == sorted(KIMS)
    assert len(KIMS) == len(DOCUMENTS)


def test_readme_member_counts_match():
    """The README's member column gives each KIM's number of members."""
    readme = (sample_path().parent / "README.md").read_text(encoding="utf-8")
    rows = re.findall(
        r"^\| \d+ \| (KIM-\d{4}-\d{4}) \| [^|]+ \| [^|]+ \| (\d+)", readme, re.MULTILINE
    )
    assert {kim_id: len(KIMS[kim_id].members) for kim_id, _ in rows} == {
        kim_id: int(count) for kim_id, count in rows
    }


def test_the_file_is_what_the_generator_writes():
    """``scripts/make_sample.py`` rebuilds the bundled file byte for byte."""
    spec = importlib.util.spec_from_file_location(
        "make_sample", ROOT / "scripts" / "make_sample.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert sample_path().read_text(encoding="utf-8") == module.render(module.build())


def test_one_compact_document_per_line():
    """JSON Lines: no blank line, each line compact JSON ending in a newline."""
    text = sample_path().read_text(encoding="utf-8")
    assert text.endswith("\n")
    for line, document in zip(LINES, DOCUMENTS, strict=True):
        assert json.dumps(document, ensure_ascii=False, separators=(",", ":")) == line


def test_no_nik_and_only_invented_names():
    """No member has a NIK, no 16-digit run appears, names are "Warga Contoh N"."""
    text = sample_path().read_text(encoding="utf-8")
    assert re.search(r"\d{16}", text) is None
    for kim in KIMS.values():
        assert all(m.nik is None for m in kim.members)
    names = {m["name"] for d in DOCUMENTS for m in d["members"]}
    assert all(re.fullmatch(r"Warga Contoh \d+", name) for name in names)


def test_members_within_bounds_and_roles():
    """3 to 31 members (2 for the KIM that tests the minimum), board roles present."""
    for kim in KIMS.values():
        roles = {m.role.value for m in kim.members}
        minimum = 2 if kim.id == "KIM-6201-0001" else 3
        assert minimum <= len(kim.members) <= 31
        assert {"ketua", "sekretaris"} <= roles
        if len(kim.members) > 2:
            assert {"bendahara", "anggota"} <= roles


def test_seats_are_real_villages_inside_their_region():
    """Every KIM names a real desa/kelurahan of its regency or city."""
    for kim in KIMS.values():
        assert kim.village is not None
        village = regions.get(kim.village)
        assert village.level == 4
        assert kim.village.startswith(kim.region + ".")
        assert kim.village_kind in (RegionKind.DESA, RegionKind.KELURAHAN)


def test_all_three_time_zones_and_local_offsets():
    """Aware timestamps carry the seat's offset (bar one UTC edge case)."""
    zones = {kim.region_info.zone for kim in KIMS.values()}
    assert zones == {"WIB", "WITA", "WIT"}
    naive = 0
    for kim in KIMS.values():
        for activity in kim.activities:
            local = _local(kim, activity.at)
            assert local.year == 2025, kim.id
            if activity.at.tzinfo is None:
                naive += 1
            elif activity.at.utcoffset() != dt.timedelta(0):
                assert activity.at.utcoffset() == local.utcoffset(), kim.id
    assert naive >= 3


def test_utc_edge_falls_in_the_next_quarter_locally():
    """The 15:30 UTC activity of 30 June is on 1 July in Jayapura."""
    fajar = KIMS["KIM-9171-0001"]
    utc = [a for a in fajar.activities if a.at.utcoffset() == dt.timedelta(0)]
    assert len(utc) == 1
    assert dt.date(2025, 7, 1) == _local(fajar, utc[0].at).date()


def test_documents_predate_the_partnership_rules():
    """Every document is dated before 5 September 2024, so 2025 assessments see it."""
    for kim in KIMS.values():
        for document in kim.documents or ():
            assert document.issued_on is not None
            assert document.issued_on < PARTNERSHIP_FROM


@pytest.mark.parametrize("kim_id", sorted(INTENDED))
def test_each_kim_breaks_only_its_intended_rule(kim_id):
    """Under the reference reading, only the README's finding is not a pass."""
    statuses = _statuses(KIMS[kim_id])
    broken = {rule: status for rule, status in statuses.items() if status != "pass"}
    assert INTENDED[kim_id] == broken


def test_every_kind_of_break_is_present():
    """The sample covers fail, unknown and advisory findings."""
    kinds = {status for statuses in INTENDED.values() for status in statuses.values()}
    assert kinds == {"fail", "unknown", "advisory"}


@pytest.mark.parametrize("kim_id", sorted(CYCLES))
def test_complete_cycles(kim_id):
    """Each KIM has the number of complete topic cycles the README gives."""
    assert CYCLES[kim_id] == _complete_cycles(KIMS[kim_id])


def test_activity_vocabulary_varies():
    """The sample uses many forms, every stage and several media groups."""
    activities = [a for kim in KIMS.values() for a in kim.activities]
    assert len({a.form for a in activities}) >= 15
    assert {a.resolved_stage for a in activities} == set(Stage)
    groups = {c.media_group.value for a in activities for c in a.channels}
    assert {"media_massa", "media_digital", "media_tradisional", "tatap_muka"} <= groups


@pytest.mark.parametrize("kim_id", sorted(KIMS))
def test_round_trip(kim_id):
    """``load_kim(dump(kim)) == kim`` for every sample KIM."""
    kim = KIMS[kim_id]
    assert kim == load_kim(dump(kim))
