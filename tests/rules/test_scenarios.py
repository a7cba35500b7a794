"""The "Done when" scenarios of issue 4, end to end through load_kim."""

from __future__ import annotations

import pytest
from tests.rules.helpers import KAPUAS_HULU, KOTA_SERANG, SERUYAN, document, edited, kim

import kimlib
from kimlib.rules import FindingStatus, Outcome, assess


def test_palangka_raya_kelurahan_is_eligible():
    """12 members in a Palangka Raya kelurahan, all facts, lurah and Dinas documents."""
    verdict = assess(kim(), on="2025-04-17")
    assert Outcome.ELIGIBLE == verdict.outcome
    assert verdict.is_kim
    assert verdict.eligible
    assert () == verdict.remedies
    assert [FindingStatus.PASS] * 8 == [f.status for f in verdict.findings]
    assert "Kalimantan Tengah" == verdict.profile.name


def test_31_members_in_seruyan_is_not_a_kim():
    """31 members in Seruyan (62.07): not a KIM and ineligible."""
    verdict = assess(kim(SERUYAN, members=31), on="2025-04-17")
    assert not verdict.is_kim
    assert Outcome.INELIGIBLE == verdict.outcome
    size = verdict.finding("membership.size")
    assert (FindingStatus.FAIL, 31, (3, 30)) == (
        size.status,
        size.actual,
        size.required,
    )
    assert ["reduce_members"] == [r.action for r in verdict.remedies]
    assert {"count": 1, "maximum": 30} == dict(verdict.remedies[0].params)


def test_9_members_in_kapuas_hulu_is_an_advisory():
    """9 members in Kapuas Hulu (61.06): a KIM, membership.size advisory, eligible."""
    verdict = assess(kim(KAPUAS_HULU, members=9, head="kepala_desa"), on="2025-04-17")
    assert verdict.is_kim
    assert FindingStatus.ADVISORY == verdict.finding("membership.size").status
    assert Outcome.ELIGIBLE == verdict.outcome
    assert "Kapuas Hulu" == verdict.profile.name


def test_kota_serang_civil_servant_ketua():
    """A Kota Serang KIM whose ketua is a civil servant: a KIM, ineligible, a remedy."""
    doc = document(KOTA_SERANG)
    verdict = assess(
        edited(doc, lambda d: d["members"][0].update(civil_servant=True)),
        on="2025-04-17",
    )
    assert verdict.is_kim
    assert Outcome.INELIGIBLE == verdict.outcome
    finding = verdict.finding("board.not_civil_servant")
    assert (kimlib.model.Role.KETUA,) == finding.subjects
    assert ["the chair is a civil servant: appoint another chair"] == [
        r.message("en") for r in verdict.remedies
    ]
    assert "Banten" == verdict.profile.name


def test_criminal_record_left_out_is_incomplete():
    """A board member's criminal-record fact left out: incomplete, with a remedy."""
    doc = document()
    verdict = assess(
        edited(doc, lambda d: d["members"][2].pop("criminal_record")), on="2025-04-17"
    )
    assert Outcome.INCOMPLETE == verdict.outcome
    assert FindingStatus.UNKNOWN == verdict.finding("board.no_criminal_record").status
    assert ["state whether the secretary has a criminal record"] == [
        r.message("en") for r in verdict.remedies
    ]


def test_same_kim_in_2023_is_not_in_force():
    """Before 5 September 2024 only the definition applies: not_in_force."""
    verdict = assess(kim(), on="2023-01-01")
    assert Outcome.NOT_IN_FORCE == verdict.outcome
    assert ["membership.size"] == [f.rule_id for f in verdict.findings]
    assert "Kelompok Informasi Masyarakat" == verdict.official_name
    assert "from 5 September 2024." in verdict.explain("en")


def test_before_june_2010_raises():
    """Before 1 June 2010 no KIM rule is in force."""
    with pytest.raises(kimlib.RuleNotInForce):
        assess(kim(), on="2010-05-31")
    verdict = assess(kim(), on="2010-06-01")  # members joined in 2019: none yet
    assert (Outcome.INELIGIBLE, 0) == (
        verdict.outcome,
        verdict.finding("membership.size").actual,
    )


def test_top_level_names():
    """The DESIGN.md spelling kimlib.assess works once kimlib exports it, else rules."""
    entry = getattr(kimlib, "assess", assess)
    assert (
        Outcome.ELIGIBLE == entry(kimlib.load_kim(document()), on="2025-04-17").outcome
    )


def _expired_registration(doc):
    doc["documents"][1]["valid_until"] = "2025-01-31"


def test_an_expired_registration_number_says_so_and_asks_to_renew():
    """Seed 001's nomor induk: one whose validity ran out is named expired.

    The remedy is to renew it (perpanjang) with the Dinas, not to obtain one.
    """
    expired = edited(document(), _expired_registration)
    verdict = assess(expired, on="2025-04-17")
    finding = verdict.finding("legality.registration_number")
    assert FindingStatus.FAIL == finding.status
    assert Outcome.INELIGIBLE == verdict.outcome
    assert finding.message("en").endswith("expired on 31 January 2025")
    assert finding.message("id").endswith(
        "sudah habis masa berlakunya (31 Januari 2025)"
    )
    (remedy,) = [r for r in verdict.remedies if r.action == "renew_document"]
    assert remedy.message("id").startswith("perpanjang nomor induk")
    assert remedy.message("en").startswith("renew the community registration number")


def test_an_expired_registration_number_is_the_same_in_batch():
    """kimlib.batch reads the expired document as assess does."""
    from kimlib import batch, dump  # noqa: PLC0415

    expired = edited(document(), _expired_registration)
    (row,) = batch.evaluate([dump(expired)], on="2025-04-17")
    assert assess(expired, on="2025-04-17").statuses == row.statuses


def test_a_document_still_in_force_is_not_expired():
    """Before its valid_until the registration number passes."""
    expired = edited(document(), _expired_registration)
    finding = assess(expired, on="2025-01-31").finding("legality.registration_number")
    assert FindingStatus.PASS == finding.status
