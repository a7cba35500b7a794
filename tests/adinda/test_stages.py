# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.
from __future__ import annotations

import pytest

from kimlib import sources
from kimlib.adinda import (
    DEFAULT_STAGE,
    STAGE_DESCRIPTIONS,
    SUGGESTED_FORM,
    ActivityForm,
    Stage,
    describe,
)
from kimlib.errors import InvalidArgument

# A word of each stage's sentence in seed 003 (the quote must be about it).
KEYWORDS = {
    Stage.AKSES: "(akses)",
    Stage.DISKUSI: "di diskusikan",
    Stage.IMPLEMENTASI: "diimplemetasikan",
    Stage.NETWORKING: "jaringan informasi",
    Stage.DISEMINASI: "diseminasi",
    Stage.ASPIRASI: "aspirasi",
}


def test_every_stage_has_a_description_in_cycle_order():
    """The six stages are described, in ADINDA order."""
    assert list(Stage) == list(STAGE_DESCRIPTIONS)


@pytest.mark.parametrize("stage", list(Stage), ids=lambda s: s.value)
def test_description_quotes_seed_003(stage):
    """Each description quotes its stage's sentence of seed 003."""
    description = describe(stage)
    assert sources.SEED_003 is description.citation.source
    assert description.citation.quote == description.quote
    assert "003_b0f22cc12d6a5d1c.txt" == description.source
    assert KEYWORDS[stage] in description.quote


@pytest.mark.parametrize("stage", list(Stage), ids=lambda s: s.value)
def test_description_reads_in_both_languages(stage):
    """The meaning reads in Indonesian and English, and they differ."""
    description = describe(stage)
    indonesian, english = description.text("id"), description.text("en")
    assert indonesian
    assert english
    assert indonesian != english


def test_only_implementasi_has_the_worked_example():
    """Seed 003's one worked example (farmers) is for Implementasi."""
    examples = {s: describe(s).example("en") for s in Stage}
    assert [Stage.IMPLEMENTASI] == [s for s, e in examples.items() if e is not None]
    assert "farm" in (examples[Stage.IMPLEMENTASI] or "")
    assert "petani" in (describe(Stage.IMPLEMENTASI).example("id") or "")


def test_describe_accepts_values():
    """A stage's JSON value works as well as the member."""
    assert describe(Stage.DISKUSI) == describe("diskusi")


@pytest.mark.parametrize(
    "value",
    [pytest.param("sosialisasi", id="unknown"), pytest.param(3, id="int")],
)
def test_describe_rejects_other_values(value):
    """Anything but a stage is an InvalidArgument listing the stages."""
    with pytest.raises(InvalidArgument, match="akses, diskusi"):
        describe(value)


def test_description_rejects_other_languages():
    """A language other than id/en is refused."""
    with pytest.raises(InvalidArgument, match="lang='fr'"):
        describe(Stage.AKSES).text("fr")


@pytest.mark.parametrize(
    ("form", "stage"),
    [
        pytest.param(ActivityForm.FORUM_DISKUSI, Stage.DISKUSI, id="forum_diskusi"),
        pytest.param(ActivityForm.SARASEHAN, Stage.DISKUSI, id="sarasehan"),
        pytest.param(ActivityForm.MEDIA_SOSIAL, Stage.DISEMINASI, id="media_sosial"),
        pytest.param(ActivityForm.TEMU_WICARA, Stage.ASPIRASI, id="temu_wicara"),
    ],
)
def test_default_stages_named_in_the_issue(form, stage):
    """The default stages issue 5 names are kimlib's documented choice."""
    assert stage == form.default_stage == DEFAULT_STAGE[form]


def test_every_stage_has_a_default_form_and_a_suggested_one():
    """Each stage is some form's default, and its suggested form is one of them."""
    for stage in Stage:
        assert DEFAULT_STAGE[SUGGESTED_FORM[stage]] is stage
