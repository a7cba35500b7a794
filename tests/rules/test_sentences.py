"""One example per source sentence that gives a rule (each names its seed file)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.rules.helpers import (
    KAB_TANGERANG,
    KAPUAS_HULU,
    PALANGKA_RAYA,
    SERUYAN_DESA,
    document,
    edited,
    kim,
)

from kimlib import sources
from kimlib.rules import FindingStatus, assess

ON = "2025-04-17"
PASS, FAIL, UNKNOWN = FindingStatus.PASS, FindingStatus.FAIL, FindingStatus.UNKNOWN


def _status(k, rule_id, on=ON):
    return assess(k, on=on).finding(rule_id).status


@pytest.mark.parametrize(
    ("members", "status"),
    [
        pytest.param(2, FAIL, id="2-below"),
        pytest.param(3, PASS, id="3-minimum"),
        pytest.param(30, PASS, id="30-maximum"),
        pytest.param(31, FAIL, id="31-above"),
    ],
)
def test_seed_004_three_to_thirty(members, status):
    """Seed 004_7ec71000253a5d70.txt: "beranggotakan 3 sampai 30 orang"."""
    assert status == _status(kim(members=members), "membership.size")


def test_seed_004_cited_by_membership_size():
    """Seed 004: the finding cites the sentence (Central Kalimantan's own words)."""
    finding = assess(kim(), on=ON).finding("membership.size")
    assert sources.MEMBERSHIP_3_30_KALTENG in finding.sources


@pytest.mark.parametrize(
    ("members", "status"),
    [
        pytest.param(2, FAIL, id="2-below-required"),
        pytest.param(8, PASS, id="8-ideal"),
        pytest.param(9, FindingStatus.ADVISORY, id="9-advisory"),
        pytest.param(31, FindingStatus.ADVISORY, id="31-advisory"),
    ],
)
def test_seed_003_ideally_three_to_eight(members, status):
    """Seed 003_b0f22cc12d6a5d1c.txt: "idealnya ... minimal 3 ... maksimal 8"."""
    k = kim(KAPUAS_HULU, members=members, head="kepala_desa")
    assert status == _status(k, "membership.size")


@pytest.mark.parametrize("issuer", ["kepala_desa", "camat", "dinas_kabupaten_kota"])
def test_seed_003_decree_issuers(issuer):
    """Seed 003: "keputusan Kepala desa dan/atau Keputusan Camat / Diskominfo"."""
    doc = document(KAPUAS_HULU, head="kepala_desa")
    k = edited(doc, lambda d: d["documents"][0].update(issuer=issuer))
    assert PASS == _status(k, "legality.formation_decree")


def test_seed_003_camat_not_elsewhere():
    """Seed 003's camat is Kapuas Hulu's: elsewhere a camat's decree fails."""
    doc = document(SERUYAN_DESA, head="kepala_desa")
    k = edited(doc, lambda d: d["documents"][0].update(issuer="camat"))
    assert FAIL == _status(k, "legality.formation_decree")


@pytest.mark.parametrize(
    ("rule_id", "fact"),
    [
        ("board.not_civil_servant", "civil_servant"),
        ("board.no_criminal_record", "criminal_record"),
        ("board.no_party_affiliation", "party_affiliation"),
        ("board.no_ngo_affiliation", "ngo_affiliation"),
    ],
)
@pytest.mark.parametrize(
    ("value", "status"),
    [
        pytest.param(True, FAIL, id="true"),
        pytest.param(False, PASS, id="false"),
        pytest.param(None, UNKNOWN, id="unknown"),
    ],
)
def test_seed_001_board_requirements(rule_id, fact, value, status):
    """Seed 001_7c6d617c5aa7f568.txt: "pengurus KIM bukan ASN, ... LSM"."""
    k = edited(document(), lambda d: d["members"][1].update({fact: value}))
    assert status == _status(k, rule_id)


def test_seed_001_affiliation_by_name():
    """Seed 001: an affiliation given by the party's name counts as affiliated."""
    k = edited(
        document(), lambda d: d["members"][0].update(party_affiliation="Partai X")
    )
    assert FAIL == _status(k, "board.no_party_affiliation")


def test_seed_001_only_the_board_counts():
    """Seed 001 says "pengurus": an ordinary member's facts do not matter."""
    k = edited(document(), lambda d: d["members"][-1].update(civil_servant=True))
    assert PASS == _status(k, "board.not_civil_servant")


def test_seed_001_empty_board_is_unknown():
    """Seed 001's board rules are unknown when the KIM has no board."""
    k = kim(board=())
    assert UNKNOWN == _status(k, "board.not_civil_servant")
    assert ["name_board"] * 4 == [r.action for r in assess(k, on=ON).remedies]


@pytest.mark.parametrize(
    ("seat", "issuer", "status"),
    [
        pytest.param(PALANGKA_RAYA, "lurah", PASS, id="kelurahan-lurah"),
        pytest.param(PALANGKA_RAYA, "kepala_desa", FAIL, id="kelurahan-kades"),
        pytest.param(SERUYAN_DESA, "kepala_desa", PASS, id="desa-kades"),
        pytest.param(SERUYAN_DESA, "lurah", FAIL, id="desa-lurah"),
        pytest.param(KAB_TANGERANG, "lurah", PASS, id="unknown-lurah"),
        pytest.param(KAB_TANGERANG, "kepala_desa", PASS, id="unknown-kades"),
        pytest.param(PALANGKA_RAYA, "camat", FAIL, id="camat"),
    ],
)
def test_seed_001_formation_decree(seat, issuer, status):
    """Seed 001: "surat keputusan dari Kepala Desa" (lurah for a kelurahan)."""
    k = edited(document(seat), lambda d: d["documents"][0].update(issuer=issuer))
    assert status == _status(k, "legality.formation_decree")


@pytest.mark.parametrize(
    ("issuer", "status"),
    [("dinas_kabupaten_kota", PASS), ("dinas_provinsi", FAIL), ("lurah", FAIL)],
)
def test_seed_001_registration_number(issuer, status):
    """Seed 001: "Nomor induk komunitas yang dikeluarkan oleh Dinas Kab/Kota"."""
    k = edited(document(), lambda d: d["documents"][1].update(issuer=issuer))
    assert status == _status(k, "legality.registration_number")


@pytest.mark.parametrize(
    ("seat", "by", "status"),
    [
        pytest.param(PALANGKA_RAYA, "lurah", PASS, id="kelurahan-lurah"),
        pytest.param(PALANGKA_RAYA, "kepala_desa", FAIL, id="kelurahan-kades"),
        pytest.param(SERUYAN_DESA, "kepala_desa", PASS, id="desa-kades"),
    ],
)
def test_seed_001_board_acknowledged(seat, by, status):
    """Seed 001: "susunan pengurus yang diketahui oleh kepala desa/lurah"."""
    k = edited(document(seat), lambda d: d["documents"][2].update(acknowledged_by=by))
    assert status == _status(k, "legality.board_acknowledged")


def test_seed_001_documents_absent_missing_and_late():
    """Seed 001's documents: absent list unknown, missing fail, future ignored."""
    assert UNKNOWN == _status(kim(documents=False), "legality.formation_decree")
    empty = edited(document(), lambda d: d.update(documents=[]))
    assert FAIL == _status(empty, "legality.registration_number")
    late = edited(
        document(), lambda d: d["documents"][0].update(issued_on="2025-05-01")
    )
    assert FAIL == _status(late, "legality.formation_decree")
    expired = edited(
        document(), lambda d: d["documents"][1].update(valid_until="2025-01-01")
    )
    assert FAIL == _status(expired, "legality.registration_number")


def test_seed_001_article_23_date():
    """Seed 001 (Permenkominfo 4/2024 art. 23): partnership rules from 2024-09-05."""
    assert 1 == len(assess(kim(), on="2024-09-04").findings)
    assert 8 == len(assess(kim(), on=dt.date(2024, 9, 5)).findings)


def test_seed_000_definition_date():
    """Seed 000_6eeea9f17c90459e.txt: Permen Kominfo 08/2010 "tanggal 1Juni 2010"."""
    finding = assess(kim(), on="2010-06-01").finding("membership.size")
    assert sources.DEFINITION_2010 == finding.source
