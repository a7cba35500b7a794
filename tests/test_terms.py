"""The sources' terms (kimlib.terms): quotes, translations and links to the model."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import attrs
import pytest

from kimlib import sources
from kimlib.messages import CATALOGUE, LANGS, Text
from kimlib.model import ActivityForm, Channel, Issuer, MediaGroup, Stage
from kimlib.terms import (
    ADINDA,
    ADINDA_TERM,
    CAPACITY_BUILDING,
    FUNCTIONS,
    MEDIA_GROUPS,
    MISSIONS,
    PURPOSES,
    TECHNIQUES,
    VISION,
    GuidanceRole,
    Practice,
    Term,
)

TERM_GROUPS = {
    "functions": FUNCTIONS,
    "vision": (VISION,),
    "missions": MISSIONS,
    "purposes": PURPOSES,
    "techniques": TECHNIQUES,
    "capacity_building": CAPACITY_BUILDING,
    "media_groups": MEDIA_GROUPS,
    "adinda": (ADINDA_TERM,),
}
ALL_TERMS = [term for group in TERM_GROUPS.values() for term in group]


@pytest.mark.parametrize(
    ("group", "count"),
    [
        pytest.param("functions", 4, id="four-functions"),
        pytest.param("missions", 5, id="five-missions"),
        pytest.param("purposes", 5, id="five-purposes"),
        pytest.param("techniques", 12, id="twelve-techniques"),
        pytest.param("capacity_building", 7, id="seven-capacity-forms"),
        pytest.param("media_groups", 3, id="three-media-groups"),
    ],
)
def test_counts(group, count):
    """Each list has as many items as its source names, with distinct keys."""
    terms = TERM_GROUPS[group]
    assert count == len(terms)
    assert count == len({t.key for t in terms})


@pytest.mark.parametrize(
    ("group", "source"),
    [
        pytest.param("functions", sources.SEED_000, id="functions-000"),
        pytest.param("vision", sources.SEED_000, id="vision-000"),
        pytest.param("missions", sources.SEED_000, id="missions-000"),
        pytest.param("purposes", sources.SEED_002, id="purposes-002"),
        pytest.param("techniques", sources.SEED_004, id="techniques-004"),
        pytest.param("capacity_building", sources.SEED_001, id="capacity-001"),
        pytest.param("media_groups", sources.SEED_002, id="media-002"),
        pytest.param("adinda", sources.SEED_000, id="adinda-000"),
    ],
)
def test_terms_cite_their_seed(group, source):
    """Each term cites its seed article; quote and seed read from the citation.

    That every quote is verbatim is checked once for all citations, in
    tests/test_sources.py.
    """
    seed = "seed " + source.file[:3]
    for term in TERM_GROUPS[group]:
        assert source is term.citation.source
        assert (term.citation.quote, seed) == (term.quote, term.seed)


@pytest.mark.parametrize("term", ALL_TERMS, ids=lambda t: f"{t.seed}:{t.key}")
def test_text_in_both_languages(term):
    """Every item has its text in Indonesian and English in the catalogue."""
    assert isinstance(term, Term)
    assert isinstance(term.text, Text)
    assert CATALOGUE[term.message] is term.text
    for lang in LANGS:
        assert term.text.get(lang).strip()


@pytest.mark.parametrize(
    "group", ["functions", "missions", "purposes", "techniques", "capacity_building"]
)
def test_quotes_in_source_order(group, seed_text):
    """Lists keep the order in which the source names their items."""
    terms = TERM_GROUPS[group]
    text = seed_text(terms[0].citation.source)
    positions = [text.index(t.quote) for t in terms]
    assert sorted(positions) == positions


def test_terms_are_frozen():
    """Vocabulary values are immutable."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        VISION.citation = sources.DEFINITION_2010  # type: ignore[misc]


# --- practices and activity forms --------------------------------------------


def test_techniques_map_to_activity_forms():
    """Every technique of seed 004 maps to the activity form of the same name."""
    assert all(isinstance(t, Practice) for t in TECHNIQUES)
    expected = [
        "workshop",
        "temu_wicara",
        "sarasehan",
        "lokakarya",
        "anjangsana",
        "diskusi",
        "dialog",
        "widyawisata",
        "pendidikan_pelatihan",
        "advokasi",
        "mediasi",
        "konsultasi",
    ]
    assert expected == [f.value for t in TECHNIQUES for f in t.forms]
    assert all(isinstance(f, ActivityForm) for t in TECHNIQUES for f in t.forms)


def test_capacity_building_maps_to_activity_forms():
    """Seed 001's capacity-building forms map to activity forms."""
    forms = {t.key: tuple(f.value for f in t.forms) for t in CAPACITY_BUILDING}
    assert ("workshop", "lokakarya") == forms["workshop_lokakarya"]
    assert ("bimbingan_teknis",) == forms["bimbingan_teknis"]
    assert ("tatap_muka",) == forms["tatap_muka"]
    assert all(isinstance(f, ActivityForm) for t in CAPACITY_BUILDING for f in t.forms)
    assert all(t.forms for t in CAPACITY_BUILDING)


def test_practice_wording_matches_form_label():
    """A practice's Indonesian name shares a word with its form's label."""
    for term in TECHNIQUES + CAPACITY_BUILDING:
        words = set(term.text.id.casefold().replace("/", " ").split())
        for form in term.forms:
            label = set(form.label("id").casefold().replace("/", " ").split())
            assert words & label, (term.key, form)


# --- guidance roles ----------------------------------------------------------


@pytest.mark.parametrize("role", list(GuidanceRole))
def test_guidance_roles(role):
    """Each guidance role is quoted from seed 002 and described in id and en."""
    assert sources.SEED_002 is role.citation.source
    assert (role.citation.quote, "seed 002") == (role.quote, role.seed)
    for lang in LANGS:
        assert role.label(lang).strip()
        assert role.description.get(lang).strip()
    assert all(isinstance(i, Issuer) for i in role.issuers)


def test_guidance_role_issuers():
    """The ministry and the provincial and regency/city offices are issuers."""
    assert ("kementerian", "dinas", "unit_pelaksana_teknis") == GuidanceRole.values()
    assert (Issuer.KEMENTERIAN,) == GuidanceRole.KEMENTERIAN.issuers
    assert {Issuer.DINAS_PROVINSI, Issuer.DINAS_KABUPATEN_KOTA} == set(
        GuidanceRole.DINAS.issuers
    )
    assert () == GuidanceRole.UNIT_PELAKSANA_TEKNIS.issuers
    assert "Direktorat Jenderal" in GuidanceRole.KEMENTERIAN.quote
    assert "bimbingan teknis" in GuidanceRole.UNIT_PELAKSANA_TEKNIS.quote


# --- media groups ------------------------------------------------------------


def test_media_groups_agree_with_channels():
    """Each listed channel's media_group is the group that lists it."""
    assert [
        MediaGroup.MEDIA_MASSA,
        MediaGroup.MEDIA_DIGITAL,
        MediaGroup.MEDIA_TRADISIONAL,
    ] == [m.group for m in MEDIA_GROUPS]
    for term in MEDIA_GROUPS:
        assert term.channels
        for channel in term.channels:
            assert isinstance(channel, Channel)
            assert term.group is channel.media_group
            assert channel.label("id").casefold() in term.quote.casefold()


def test_channels_the_source_does_not_list():
    """Only instant messaging and websites are kimlib's additions to a group."""
    listed = {c for term in MEDIA_GROUPS for c in term.channels}
    groups = {term.group for term in MEDIA_GROUPS}
    extra = {c for c in Channel if c.media_group in groups} - listed
    assert {Channel.PESAN_INSTAN, Channel.SITUS_WEB} == extra


# --- ADINDA ------------------------------------------------------------------


def test_adinda_spells_the_stages():
    """ADINDA's letters, words and stages follow seed 000, in cycle order."""
    assert "ADINDA" == "".join(w.letter for w in ADINDA)
    assert tuple(Stage) == tuple(w.stage for w in ADINDA)
    for word in ADINDA:
        assert word.word.startswith(word.letter)
        assert word.word in ADINDA_TERM.quote
        assert word.stage.value in word.word.casefold()
    assert ADINDA_TERM.text.get("en").startswith("ADINDA: Access to information")
