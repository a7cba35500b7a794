"""load_kim: valid documents, every problem at once with its path, no personal data."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimlib.errors import InvalidInput, KimlibError
from kimlib.io import load_kim
from kimlib.model import Gender, Kim, Role, Stage
from kimlib.strategies import kim_documents, niks

# A valid document in the shape of DESIGN.md's example (synthetic people).
VALID = {
    "schema_version": 1,
    "id": "KIM-6106-0042",
    "name": "KIM Maju Bersama",
    "region": "61.06",
    "village": "61.06.01.1001",
    "founded_on": "2019-03-01",
    "members": [
        {
            "name": "Anggota Satu",
            "nik": "6106014107900001",
            "gender": "perempuan",
            "role": "ketua",
            "groups": ["pemuda", "petani"],
            "joined_on": "2019-03-01",
            "civil_servant": False,
            "criminal_record": False,
            "party_affiliation": None,
            "ngo_affiliation": None,
        },
        {"name": "Anggota Dua", "role": "sekretaris", "nik": "6106010101850002"},
        {"name": "Anggota Tiga", "role": "bendahara", "ngo_affiliation": "LSM Fiktif"},
        {"name": "Anggota Empat", "role": "anggota", "left_on": "2024-12-31"},
        {"name": "Anggota Lima", "role": "anggota", "party_affiliation": False},
    ],
    "documents": [
        {
            "kind": "sk_pembentukan",
            "issuer": "lurah",
            "number": "01/2019",
            "issued_on": "2019-03-05",
            "valid_until": None,
        },
        {
            "kind": "nomor_induk",
            "issuer": "dinas_kabupaten_kota",
            "number": "KIM.6106.42",
            "issued_on": "2019-04-01",
        },
        {
            "kind": "susunan_pengurus",
            "acknowledged_by": "lurah",
            "issued_on": "2019-03-05",
        },
    ],
    "activities": [
        {
            "stage": "akses",
            "form": "forum_diskusi",
            "at": "2025-01-10T09:00:00+07:00",
            "topic": "harga gabah",
            "participants": 14,
            "channels": ["tatap_muka"],
        },
        {"form": "siaran", "at": "2025-02-01T19:30:00", "participants": 40},
    ],
}


def _with(*changes):
    """A deep copy of VALID with (path, value) changes; value DELETE drops the key."""
    document = copy.deepcopy(VALID)
    for path, value in changes:
        *parents, last = path
        target = document
        for key in parents:
            target = target[key]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return document


DELETE = object()


def test_valid_document_loads():
    """The example document loads with every field in place."""
    kim = load_kim(VALID)
    assert isinstance(kim, Kim)
    assert ("KIM-6106-0042", "61.06.01.1001") == (kim.id, kim.village)
    assert dt.date(2019, 3, 1) == kim.founded_on
    assert (Role.KETUA, Role.SEKRETARIS, Role.BENDAHARA) == tuple(
        m.role for m in kim.board
    )
    assert Gender.PEREMPUAN is kim.members[0].gender
    assert "LSM Fiktif" == kim.members[2].ngo_affiliation
    assert kim.members[4].party_affiliation is False
    assert Stage.DISEMINASI is kim.activities[1].resolved_stage
    assert kim.activities[1].at.tzinfo is None
    assert dt.timedelta(hours=7) == kim.activities[0].at.utcoffset()


@pytest.mark.parametrize("encode", [json.dumps, lambda d: json.dumps(d).encode()])
def test_json_text_loads(encode):
    """JSON text (str or bytes) loads like the parsed dict."""
    assert load_kim(VALID) == load_kim(encode(VALID))


def test_minimal_document():
    """Only name, region and members are required; documents absent = unknown."""
    kim = load_kim({"name": "KIM Kecil", "region": "3673", "members": []})
    assert ("36.73", None, ()) == (kim.region, kim.documents, kim.activities)
    assert () == load_kim({**VALID, "documents": []}).documents
    assert load_kim({**VALID, "documents": None}).documents is None


CASES = [
    pytest.param(_with((("name",), DELETE)), {"name"}, id="missing-name"),
    pytest.param(_with((("name",), "  ")), {"name"}, id="blank-name"),
    pytest.param(_with((("members",), DELETE)), {"members"}, id="missing-members"),
    pytest.param(_with((("members",), {"a": 1})), {"members"}, id="members-not-list"),
    pytest.param(
        _with((("members", 3, "role"), "raja")), {"members[3].role"}, id="bad-role"
    ),
    pytest.param(
        _with((("members", 3, "role"), DELETE)), {"members[3].role"}, id="missing-role"
    ),
    pytest.param(
        _with((("members", 0, "nama"), "Anggota Satu")),
        {"members[0].nama"},
        id="unknown-key-nama",
    ),
    pytest.param(
        _with((("members", 0, "nama"), "X"), (("members", 0, "name"), DELETE)),
        {"members[0].nama"},  # a name may be withheld: nama is only unknown
        id="nama-instead-of-name",
    ),
    pytest.param(
        _with((("members", 2), "Anggota Tiga")), {"members[2]"}, id="member-not-object"
    ),
    pytest.param(
        _with((("activities", 1, "participants"), "banyak")),
        {"activities[1].participants"},
        id="participants-text",
    ),
    pytest.param(
        _with((("activities", 1, "participants"), -3)),
        {"activities[1].participants"},
        id="participants-negative",
    ),
    pytest.param(
        _with(
            (("activities", 0, "form"), "lainnya"), (("activities", 0, "stage"), DELETE)
        ),
        {"activities[0].stage"},
        id="lainnya-without-stage",
    ),
    pytest.param(
        _with((("activities", 0, "at"), "10/01/2025")),
        {"activities[0].at"},
        id="bad-datetime",
    ),
    pytest.param(
        _with((("activities", 0, "channels"), ["radio", "koran"])),
        {"activities[0].channels[1]"},
        id="bad-channel",
    ),
    pytest.param(_with((("region",), "99.99")), {"region"}, id="bad-region"),
    pytest.param(_with((("region",), "61")), {"region"}, id="region-a-province"),
    pytest.param(_with((("region",), 6106)), {"region"}, id="region-a-number"),
    pytest.param(
        _with((("village",), "36.73.01.1001")), {"village"}, id="village-outside-region"
    ),
    pytest.param(
        _with((("members", 1, "gender"), "perempuan")),
        {"members[1].gender"},
        id="nik-gender-disagree",
    ),
    pytest.param(
        _with((("members", 1, "nik"), "6106013207850002")),
        {"members[1].nik"},
        id="nik-no-birth-date",
    ),
    pytest.param(
        _with((("members", 1, "nik"), 6106010101850002)),
        {"members[1].nik"},
        id="nik-a-number",
    ),
    pytest.param(
        _with((("members", 3, "joined_on"), "2025-01-01")),
        {"members[3].left_on"},
        id="left-before-joined",
    ),
    pytest.param(
        _with((("founded_on",), "2019-02-30")), {"founded_on"}, id="no-such-date"
    ),
    pytest.param(_with((("schema_version",), 2)), {"schema_version"}, id="version-2"),
    pytest.param(
        _with((("schema_version",), "1")), {"schema_version"}, id="version-text"
    ),
    pytest.param(
        _with((("documents", 0, "issuer"), DELETE)),
        {"documents[0].issuer"},
        id="decree-without-issuer",
    ),
    pytest.param(
        _with((("documents", 2, "acknowledged_by"), "camat")),
        {"documents[2].acknowledged_by"},
        id="acknowledged-by-camat",
    ),
    pytest.param(
        _with((("documents",), "lengkap")), {"documents"}, id="documents-not-list"
    ),
    pytest.param(
        _with((("civil_servant",), False)), {"civil_servant"}, id="member-key-on-kim"
    ),
    pytest.param(
        _with(
            (("name",), DELETE),
            (("members", 3, "role"), "raja"),
            (("members", 0, "nama"), "X"),
            (("activities", 1, "participants"), "banyak"),
            (("members", 1, "gender"), "perempuan"),
            (("documents", 0, "issuer"), "bupati"),
            (("region",), "99.99"),
            (("extra",), True),
        ),
        {
            "name",
            "members[3].role",
            "members[0].nama",
            "activities[1].participants",
            "members[1].gender",
            "documents[0].issuer",
            "region",
            "<#9>",  # an unknown key that is no typo is shown by its position
        },
        id="eight-problems-at-once",
    ),
    pytest.param("{not json", {""}, id="not-json"),
    pytest.param(b"\xff\xfe", {""}, id="not-utf8"),
    pytest.param("", {""}, id="empty-text"),
    pytest.param([VALID], {""}, id="a-list"),
    pytest.param(json.dumps([VALID]), {""}, id="a-json-list"),
    pytest.param(None, {""}, id="none"),
    pytest.param(42, {""}, id="a-number"),
]


@pytest.mark.parametrize(("document", "paths"), CASES)
def test_every_problem_with_its_path(document, paths):
    """InvalidInput lists every problem of the document, each at its path."""
    with pytest.raises(InvalidInput) as info:
        load_kim(document)
    error = info.value
    assert paths == set(error.paths)
    assert len(paths) == len(error.problems)
    for problem in error.problems:
        assert (problem.path or "$") in str(error)
        assert problem.reason("id")
        assert problem.reason("en")


@pytest.mark.parametrize(
    ("document", "code"),
    [
        pytest.param("{not json", "input.json_syntax_column", id="not-json"),
        pytest.param([VALID], "error.not_object", id="a-list"),
        pytest.param(_with((("nama",), 1)), "error.unknown_field", id="typo"),
        pytest.param(_with((("extra",), 1)), "input.unknown_key_hidden", id="unknown"),
        pytest.param(_with((("name",), DELETE)), "error.missing_field", id="missing"),
        pytest.param(
            _with((("members", 3, "role"), "raja")), "error.not_allowed", id="enum"
        ),
        pytest.param(
            _with((("region",), "99.99")), "error.region_unknown", id="region"
        ),
        pytest.param(
            _with((("village",), "36.73.01.1001")),
            "error.village_outside_region",
            id="village",
        ),
        pytest.param(_with((("schema_version",), 2)), "error.schema_version", id="v2"),
    ],
)
def test_reason_codes(document, code):
    """The reason names what is wrong, in both languages."""
    with pytest.raises(InvalidInput) as info:
        load_kim(document)
    assert [code] == [p.code for p in info.value.problems]


def test_allowed_values_are_listed():
    """A value outside a vocabulary is answered with the values allowed."""
    with pytest.raises(InvalidInput) as info:
        load_kim(_with((("members", 3, "role"), "raja")))
    assert "ketua, wakil_ketua, sekretaris, bendahara, koordinator, anggota" in str(
        info.value
    )
    assert "raja" not in str(info.value)


def test_error_is_a_value_error_and_pickles():
    """InvalidInput is a KimlibError and a ValueError, and pickles whole."""
    with pytest.raises(InvalidInput) as info:
        load_kim(_with((("name",), DELETE), (("region",), "99.99")))
    error = info.value
    assert isinstance(error, KimlibError)
    assert isinstance(error, ValueError)
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own data
    assert error.problems == again.problems
    assert str(error) == str(again)


def test_unknown_keys_everywhere_unless_ignored():
    """Unknown keys at every level are errors; ignore_unknown=True drops them."""
    document = _with(
        (("nama",), "x"),
        (("members", 0, "nam"), "ketua"),
        (("documents", 1, "issued"), "2019-04-01"),
        (("activities", 1, "topik"), "balai desa"),
    )
    with pytest.raises(InvalidInput) as info:
        load_kim(document)
    assert {
        "nama",
        "members[0].nam",
        "documents[1].issued",
        "activities[1].topik",
    } == set(info.value.paths)
    assert {"error.unknown_field"} == {p.code for p in info.value.problems}
    assert load_kim(VALID) == load_kim(document, ignore_unknown=True)


def test_ignore_unknown_still_reports_other_problems():
    """ignore_unknown only forgives unknown keys."""
    document = _with((("nama",), "x"), (("members", 3, "role"), "raja"))
    with pytest.raises(InvalidInput) as info:
        load_kim(document, ignore_unknown=True)
    assert ("members[3].role",) == info.value.paths


# --- personal data never in messages ------------------------------------------

DEFECTS = {
    "bad-role": lambda m: m.update(role="raja"),
    "unknown-key": lambda m: m.update(jabatan="x"),
    "gender-against-nik": lambda m: m.update(
        gender="laki_laki" if m["nik"][6] >= "4" else "perempuan"
    ),
    "bad-nik-date": lambda m: m.update(nik=m["nik"][:6] + "32" + m["nik"][8:]),
    "nik-letters": lambda m: m.update(nik=m["nik"][:15] + "x"),
    "left-before-joined": lambda m: m.update(
        joined_on="2030-01-02", left_on="2030-01-01"
    ),
    "blank-party": lambda m: m.update(party_affiliation=" "),
    "no-role": lambda m: m.pop("role"),
}
NAMES = st.text(
    st.characters(whitelist_categories=["Lu", "Ll"]), min_size=8, max_size=20
).map(lambda s: f"Zq {s} Xv")


@given(
    kim_documents(min_members=1, max_members=6),
    st.data(),
    niks(),
    NAMES,
    st.sampled_from(sorted(DEFECTS)),
)
def test_messages_never_contain_names_or_niks(document, data, nik, name, defect):
    """A member's name and NIK digits appear in no message, in either language."""
    index = data.draw(st.integers(0, len(document["members"]) - 1), label="member")
    member = document["members"][index]
    member.update(name=name, nik=nik.reveal())
    member.pop("gender", None)
    DEFECTS[defect](member)
    with pytest.raises(InvalidInput) as info:
        load_kim(document)
    error = info.value
    digits = nik.reveal()
    for text in (str(error), repr(error), error.message("id"), error.message("en")):
        assert name not in text
        assert all(digits[i : i + 8] not in text for i in range(9))
        assert member.get("nik", digits) not in text
    assert any(p.path.startswith(f"members[{index}]") for p in error.problems)
