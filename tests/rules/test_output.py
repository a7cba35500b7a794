"""Explanations, the message catalogue, the record, the catalogue, the API."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest
from tests.rules.helpers import document, edited, kim

import kimlib
import kimlib.rules
from kimlib.errors import InvalidArgument
from kimlib.io import VerdictRecord
from kimlib.messages import CATALOGUE, LANGS
from kimlib.model import Role
from kimlib.rules import (
    FindingStatus,
    Outcome,
    assess,
    catalogue,
    official_name,
)
from kimlib.rules._checks import FACTS
from kimlib.rules._remedies import ACTIONS
from kimlib.rules.profiles import PROFILES, load

ON = "2025-04-17"


def _worst():
    doc = document()

    def edit(d):
        d["members"] = d["members"][:2]
        d["members"][0].update(civil_servant=True, party_affiliation="Partai")
        d["members"][1].pop("criminal_record")
        d["documents"] = [{"kind": "nomor_induk", "issuer": "camat"}]

    return edited(doc, edit)


@pytest.mark.parametrize("lang", LANGS)
def test_explain_in_both_languages(lang):
    """Explain reads in id and en with every finding and every remedy."""
    verdict = assess(_worst(), on=ON)
    text = verdict.explain(lang)
    for finding in verdict.findings:
        assert finding.message(lang) in text
    for remedy in verdict.remedies:
        assert remedy.message(lang) in text
    assert "Anggota 0" not in text  # never a member's name


@pytest.mark.parametrize("lang", ["fr", "", None, "de-ID", "indonesia"])
def test_explain_rejects_other_languages(lang):
    """Any other language is an InvalidArgument naming the supported ones."""
    with pytest.raises(InvalidArgument, match="'id', 'en'"):
        assess(kim(), on=ON).explain(lang)


def test_every_rule_finding_and_remedy_text_exists_in_both_languages():
    """Titles, finding details, remedy actions and facts are in the catalogue."""
    rule_ids = {r.id for m in set(PROFILES.values()) for r in load(m).rules}
    keys = {f"rule.{i}" for i in rule_ids}
    keys |= {f"remedy.{a}" for a in ACTIONS} | {f"remedy.fact.{f}" for f in FACTS}
    for k in (kim(), _worst(), kim(board=()), kim(members=40, documents=False)):
        for finding in assess(k, on=ON).findings:
            if isinstance(finding.detail, str):
                keys.add(finding.detail)
    missing = sorted(k for k in keys if k not in CATALOGUE)
    assert [] == missing
    for key in keys:
        assert all(CATALOGUE[key].get(lang).strip() for lang in LANGS)


def test_remedies_list_every_change():
    """Several problems give several concrete remedies."""
    actions = [(r.action, dict(r.params)) for r in assess(_worst(), on=ON).remedies]
    assert ("add_members", {"count": 1, "minimum": 3}) in actions
    assert (
        "replace_board_member",
        {"role": "ketua", "fact": "civil_servant"},
    ) in actions
    assert (
        "declare_fact",
        {"role": "wakil_ketua", "fact": "criminal_record"},
    ) in actions
    assert (
        "obtain_document",
        {"document": "sk_pembentukan", "issuers": ("lurah",)},
    ) in (actions)
    assert (
        "obtain_document",
        {"document": "nomor_induk", "issuers": ("dinas_kabupaten_kota",)},
    ) in actions


def test_absent_documents_ask_for_the_list():
    """Documents absent: each legality rule is unknown and asks for the list."""
    verdict = assess(kim(documents=False), on=ON)
    assert Outcome.INCOMPLETE == verdict.outcome
    assert ["list_document"] * 3 == [r.action for r in verdict.remedies]
    assert verdict.remedies[0].message("en").startswith("provide the documents list")


def test_record_is_plain_json_without_personal_data():
    """dump(verdict) gives plain data that decodes into the verdict's record."""
    verdict = assess(_worst(), on=ON)
    data = kimlib.dump(verdict)
    text = msgspec.json.encode(data).decode()
    assert "Anggota" not in text
    assert "ineligible" == data["outcome"]
    assert ["ketua"] == data["findings"][1]["subjects"]
    first = data["findings"][0]["sources"][0]
    assert data["sources"][first]["quote"]
    assert data == kimlib.dump(msgspec.convert(data, VerdictRecord))


def test_subjects_are_roles():
    """Subjects are Role values, never names."""
    finding = assess(_worst(), on=ON).finding("board.not_civil_servant")
    assert (Role.KETUA,) == finding.subjects
    assert FindingStatus.FAIL == finding.status == "fail"


def test_official_name_by_date():
    """Kelompok before 5 September 2024, Komunitas from it."""
    assert "Kelompok Informasi Masyarakat" == official_name(dt.date(2024, 9, 4))
    assert "Komunitas Informasi Masyarakat" == official_name("2024-09-05")
    with pytest.raises(InvalidArgument):
        official_name("kemarin")


def test_today_is_the_default():
    """on=None assesses today in the KIM's time zone (a date after 2024)."""
    assert assess(kim()).as_of >= dt.date(2025, 1, 1)


def test_catalogue_in_force_and_all_periods():
    """Catalogue lists rules then parameters, with citations and periods."""
    entries = catalogue(ON, "61.06")
    ids = [e.id for e in entries]
    assert ids[:8] == [f.rule_id for f in assess(kim(), on=ON).findings]
    maximum = next(e for e in entries if e.id == "membership.maximum")
    assert "Kapuas Hulu" == maximum.profile
    early = [e.id for e in catalogue("2020-01-01") if e.kind == "rule"]
    assert ["membership.size"] == early
    every = catalogue()
    assert 8 == sum(1 for e in every if e.kind == "rule")
    for lang in LANGS:
        assert all(e.describe(lang) for e in every)
    with pytest.raises(kimlib.UnknownRegion):
        catalogue(ON, "99.99")
    with pytest.raises(InvalidArgument):
        catalogue(ON, 62)  # type: ignore[arg-type]


def _isort_key(name):
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def test_all_is_sorted_and_complete():
    """kimlib.rules exports its public names, sorted as ruff sorts them."""
    module = kimlib.rules
    assert sorted(module.__all__, key=_isort_key) == list(module.__all__)
    assert all(hasattr(module, name) for name in module.__all__)
    for name in (
        "assess",
        "catalogue",
        "official_name",
        "Rule",
        "Finding",
        "FindingStatus",
        "Verdict",
        "Outcome",
        "Remedy",
        "Profile",
        "Parameter",
        "ProfileRegistry",
        "default_registry",
        "Severity",
    ):
        assert name in module.__all__
    for name in ("ACTIONS", "FACTS", "VerdictRecord", "FindingRecord"):
        assert name not in module.__all__
