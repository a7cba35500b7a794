"""Profile files: the bundled TOML files, load_profile, the schema, the CLI flag.

The bundled regional profiles were Python modules; here their Python
definitions are kept as the reference the files must equal, value for value
and finding for finding.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path

import attrs
import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from tests.rules.helpers import (
    KAPUAS_HULU,
    KOTA_SERANG,
    PALANGKA_RAYA,
    SERUYAN,
    document,
    kim,
)

import kimlib.rules.profiles as profiles_package
from kimlib import sources
from kimlib.cli import main
from kimlib.errors import InvalidArgument
from kimlib.messages import LANGS
from kimlib.model import Issuer
from kimlib.rules import (
    Bound,
    FindingStatus,
    Outcome,
    Parameter,
    Profile,
    RuleGroup,
    Severity,
    assess,
    default_registry,
    load_profile,
    profile_schema,
)
from kimlib.rules._dates import PARTNERSHIP_FROM
from kimlib.rules.profiles import PROFILES, load, national
from kimlib.rules.profiles._library import members_not_civil_servant

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "perbup-contoh.toml"
ON = dt.date(2025, 8, 1)


# --- the Python definitions the files replace -----------------------------------


def _kalimantan_tengah():
    return Profile(
        name="Kalimantan Tengah",
        regions=("62",),
        extends=national.PROFILE,
        parameters={
            "membership.minimum": Parameter(
                value=Bound(3), citation=sources.MEMBERSHIP_3_30_KALTENG
            ),
            "membership.maximum": Parameter(
                value=Bound(30), citation=sources.MEMBERSHIP_3_30_KALTENG
            ),
        },
    )


def _kapuas_hulu():
    return Profile(
        name="Kapuas Hulu",
        regions=("61.06",),
        extends=national.PROFILE,
        parameters={
            "membership.minimum": Parameter(
                value=Bound(3, Severity.REQUIRED), citation=sources.MEMBERSHIP_3_8
            ),
            "membership.maximum": Parameter(
                value=Bound(8, Severity.RECOMMENDED), citation=sources.MEMBERSHIP_3_8
            ),
            "legality.formation_decree.other_issuers": Parameter(
                value=(Issuer.CAMAT, Issuer.DINAS_KABUPATEN_KOTA),
                citation=sources.FORMATION_DECREE_KAPUAS_HULU,
                effective_from=PARTNERSHIP_FROM,
            ),
        },
    )


_BANTEN_WORDS = {
    "board.not_civil_servant": sources.BOARD_REQUIREMENTS_BANTEN,
    "board.no_criminal_record": sources.BOARD_REQUIREMENTS_BANTEN,
    "board.no_party_affiliation": sources.BOARD_REQUIREMENTS_BANTEN,
    "board.no_ngo_affiliation": sources.BOARD_REQUIREMENTS_BANTEN,
    "legality.formation_decree": sources.FORMATION_DECREE_BANTEN,
    "legality.registration_number": sources.REGISTRATION_NUMBER_BANTEN,
    "legality.board_acknowledged": sources.BOARD_ACKNOWLEDGED_BANTEN,
}


def _banten():
    return Profile(
        name="Banten",
        regions=("36",),
        extends=national.PROFILE,
        rules=tuple(
            attrs.evolve(rule, source=(_BANTEN_WORDS[rule.id], sources.ARTICLE_23))
            for rule in national.RULES
            if rule.group is not RuleGroup.DEFINITION
        ),
    )


PYTHON = {
    "kalimantan_tengah": (_kalimantan_tengah, PALANGKA_RAYA),
    "kapuas_hulu": (_kapuas_hulu, KAPUAS_HULU),
    "banten": (_banten, KOTA_SERANG),
}


@pytest.mark.parametrize("name", sorted(PYTHON))
def test_each_file_equals_its_python_definition(name):
    """File -> Profile gives the very value the Python module defined."""
    make, _ = PYTHON[name]
    assert make() == load(name)


@pytest.mark.parametrize("name", sorted(PYTHON))
@pytest.mark.parametrize("members", [2, 3, 9, 12, 31])
@pytest.mark.parametrize("on", ["2024-01-01", "2025-04-17"])
def test_each_file_gives_the_findings_of_its_python_definition(name, members, on):
    """The same KIMs get the same findings, sources and outcome under both."""
    make, seat = PYTHON[name]
    k = kim(
        seat, members=members, head="kepala_desa" if seat is KAPUAS_HULU else "lurah"
    )
    expected = assess(k, on=on, profile=make())
    actual = assess(k, on=on, profile=load(name))
    assert [
        (f.rule_id, f.status, f.sources, f.message("id")) for f in expected.findings
    ] == [(f.rule_id, f.status, f.sources, f.message("id")) for f in actual.findings]
    assert expected.outcome == actual.outcome


def test_table_and_files_agree():
    """Every bundled file is in the table and every table entry loads (drift test)."""
    package = resources.files(profiles_package)
    files = sorted(p.name for p in package.iterdir() if p.name.endswith(".toml"))
    assert sorted(f"{n}.toml" for n in PROFILES.values() if n != "national") == files


@pytest.mark.parametrize("name", sorted(PYTHON))
def test_bundled_quotes_are_verbatim(name, seed_text):
    """Every sentence a bundled file quotes is in its source article, word for word."""
    for profile in load(name).chain[:1]:
        citations = [
            c for vs in profile.parameters.values() for v in vs for c in [v.citation]
        ]
        citations += [c for rule in profile.rules for c in rule.source]
        assert citations
        for citation in citations:
            assert citation.quote in seed_text(citation.source)


# --- the Perbup example ---------------------------------------------------------


def _perbup():
    return load_profile(EXAMPLE)


def test_the_perbup_example_loads_with_its_citations():
    """The made-up Perbup: at least 10 members, no civil servant among all members."""
    perbup = _perbup()
    minimum = perbup.parameters["membership.minimum"][0]
    assert Bound(10) == minimum.value
    assert "Pasal 5 ayat (1)" == minimum.citation.article
    assert dt.date(2025, 6, 16) == minimum.citation.source.date
    assert ["members.not_civil_servant"] == [r.id for r in perbup.rules]
    assert "Kalimantan Tengah" == perbup.extends.name


def _with_member(k, index, **changes):
    members = list(k.members)
    members[index] = attrs.evolve(members[index], **changes)
    return attrs.evolve(k, members=tuple(members))


def test_the_perbup_rules_apply_from_its_date_in_its_regions():
    """From 1 July 2025 Seruyan needs 10 members and no civil servant at all."""
    registry = default_registry().with_profile(_perbup())
    nine = kim(SERUYAN, members=9)
    assert Outcome.INELIGIBLE == assess(nine, on=ON, registry=registry).outcome
    assert Outcome.ELIGIBLE == assess(nine, on="2025-06-30", registry=registry).outcome
    assert (
        Outcome.ELIGIBLE
        == assess(kim(PALANGKA_RAYA, members=9), on=ON, registry=registry).outcome
    )
    member = _with_member(kim(SERUYAN, members=12), -1, civil_servant=True)
    verdict = assess(member, on=ON, registry=registry)
    finding = verdict.finding("members.not_civil_servant")
    assert FindingStatus.FAIL == finding.status
    assert "1 anggota aktif berstatus ASN" == finding.message("id").split(": ", 1)[1]
    assert FindingStatus.PASS == verdict.finding("board.not_civil_servant").status
    assert ["replace_civil_servant_members"] == [r.action for r in verdict.remedies]


def test_members_not_civil_servant_unknown_and_pass():
    """An undeclared member makes the new rule unknown; all declared: a pass."""
    registry = default_registry().with_profile(_perbup())
    k = kim(SERUYAN, members=12)
    assert (
        FindingStatus.PASS
        == assess(k, on=ON, registry=registry)
        .finding("members.not_civil_servant")
        .status
    )
    unknown = _with_member(k, -1, civil_servant=None)
    verdict = assess(unknown, on=ON, registry=registry)
    assert FindingStatus.UNKNOWN == verdict.finding("members.not_civil_servant").status
    assert Outcome.INCOMPLETE == verdict.outcome


def test_members_not_civil_servant_without_members():
    """No active member: the rule cannot say, so it is unknown."""
    k = attrs.evolve(kim(SERUYAN, members=3), members=())
    assert FindingStatus.UNKNOWN == members_not_civil_servant(k, ON, {}).status


def test_kimlib_assess_with_profile(tmp_path, capsys):
    """``kimlib assess --profile FILE`` assesses the file's regions under it."""
    registry = tmp_path / "registry.jsonl"
    registry.write_text(
        json.dumps(document(SERUYAN, members=9)) + "\n", encoding="utf-8"
    )
    assert 0 == main(["assess", str(registry), "--on", "2025-08-01"])
    capsys.readouterr()
    assert 3 == main(
        ["assess", str(registry), "--on", "2025-08-01", "--profile", str(EXAMPLE)]
    )
    out = capsys.readouterr().out
    assert "ineligible" in out
    assert "minimum of 10" in out
    assert 2 == main(
        ["assess", str(registry), "--profile", str(tmp_path / "none.toml")]
    )
    assert "does not exist" in capsys.readouterr().err


# --- YAML, text, schema ---------------------------------------------------------

YAML = """
name: Kabupaten Seruyan (Perbup Contoh)
regions: ["62.07"]
extends: kalimantan_tengah
effective_from: 2025-07-01
parameters:
  membership.minimum:
    value: 10
    citation:
      instrument: Peraturan Bupati Contoh Nomor 12 Tahun 2025
      issuer: Bupati Contoh
      article: Pasal 5 ayat (1)
      date: 2025-06-16
      quote: KIM beranggotakan paling sedikit 10 (sepuluh) orang.
      url: https://jdih.example.go.id/perbup-12-2025
rules:
  - id: members.not_civil_servant
    citations:
      - instrument: Peraturan Bupati Contoh Nomor 12 Tahun 2025
        issuer: Bupati Contoh
        article: Pasal 5 ayat (2)
        date: 2025-06-16
        quote: Seluruh anggota KIM bukan aparatur sipil negara.
"""


def test_yaml_and_toml_give_the_same_profile(tmp_path):
    """The YAML text, a .yaml file and the TOML example are one profile."""
    path = tmp_path / "perbup.yaml"
    path.write_text(YAML, encoding="utf-8")
    assert (
        _perbup() == load_profile(YAML) == load_profile(path) == load_profile(str(path))
    )
    assert _perbup() == load_profile(EXAMPLE.read_bytes(), syntax="toml")


def test_yaml_tags_run_no_code():
    """The safe loader refuses Python tags: no object is built, no code runs."""
    evil = "name: !!python/object/apply:os.system ['echo hacked']\nregions: ['']\n"
    with pytest.raises(InvalidArgument, match="not valid YAML"):
        load_profile(evil)


def test_yaml_aliases_are_refused_before_they_expand():
    """A "billion laughs" document is refused at its first alias, not expanded."""
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n"
        for i in range(9)
    )
    with pytest.raises(InvalidArgument, match=r"aliases \(\*name\) \(line 2, column"):
        load_profile(laughs, syntax="yaml")


def test_the_schema_describes_every_property_and_validates_the_example():
    """Every property has a description; the example's data fits the schema."""
    schema = profile_schema()
    for name, definition in schema["$defs"].items():
        for field, spec in definition["properties"].items():
            assert spec.get("description"), f"{name}.{field}"
    data = json.loads(json.dumps(yaml.safe_load(YAML), default=str))
    jsonschema.validate(data, schema)
    assert {"name", "regions"} == set(schema["$defs"]["ProfileFile"]["required"])


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param("name = [", "not valid TOML", id="toml-syntax"),
        pytest.param("name: [", "not valid YAML", id="yaml-syntax"),
        pytest.param(
            'name = "x"\nregions = ["62"]\neffective_from = "2025-13-01"',
            "'effective_from': invalid value",
            id="bad-date",
        ),
        pytest.param(
            'regions = ["62"]', "'name': this field is required", id="missing"
        ),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextend = "nasional"', "extend", id="unknown"
        ),
        pytest.param('name = "x"\nregions = "62"', "'regions': wrong kind", id="type"),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "atlantis"',
            "'atlantis'",
            id="parent",
        ),
        pytest.param(
            'name = "x"\nregions = ["99.99"]\nextends = "nasional"',
            "Profile.regions[0]",
            id="region",
        ),
        pytest.param('name = "x"\nregions = ["62"]', "neither extends", id="no-rules"),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
            '[parameters."membership.maxium"]\nvalue = 3',
            "'membership.maximum'",
            id="misspelt",
        ),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
            '[parameters."membership.minimum"]\nvalue = 3',
            "'parameters.membership.minimum.citation': this field is required",
            id="uncited",
        ),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
            '[[parameters."membership.minimum"]]\nvalue = -3\n'
            '[parameters."membership.minimum".citation]\n'
            'source = "seed_004"\nquote = "q"',
            "'parameters.membership.minimum[0].value': must be an integer >= 0",
            id="negative",
        ),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
            '[parameters."legality.formation_decree.other_issuers"]\n'
            'value = ["bupati"]\n'
            '[parameters."legality.formation_decree.other_issuers".citation]\n'
            'source = "seed_004"\nquote = "q"',
            "must be a list of issuers",
            id="issuer",
        ),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
            '[parameters."membership.minimum"]\nvalue = 3\n'
            '[parameters."membership.minimum".citation]\nquote = "q"',
            "either source",
            id="no-source",
        ),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
            '[parameters."membership.minimum"]\nvalue = 3\n'
            '[parameters."membership.minimum".citation]\n'
            'source = "seed_9"\nquote = "q"',
            "'seed_9' is not a source",
            id="bad-source",
        ),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
            '[parameters."membership.minimum"]\nvalue = 3\n'
            '[parameters."membership.minimum".citation]\nsource = "seed_004"\n'
            'quote = "q"\ndate = 2020-01-01',
            "go with instrument only",
            id="source-date",
        ),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
            '[[rules]]\nid = "members.not_civil_servnt"',
            "'members.not_civil_servant'",
            id="rule-typo",
        ),
        pytest.param(
            'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
            '[[rules]]\nid = "members.not_civil_servant"',
            "'rules[0].citations': this field is required",
            id="rule-uncited",
        ),
    ],
)
def test_file_errors_name_the_path_in_the_file(text, fragment):
    """Each mistake in a file is InvalidArgument naming where, in both languages."""
    syntax = "yaml" if "YAML" in fragment else None
    with pytest.raises(InvalidArgument) as caught:
        load_profile(text, syntax=syntax)
    assert fragment in str(caught.value)
    assert all(caught.value.message(lang) for lang in LANGS)


@pytest.mark.parametrize(
    "source",
    [
        42,
        None,
        b"\xff\xfe",
        "x" * 2_000_000,
        "nosuch.yaml",
        Path("/nonexistent"),
        "a\x00b.toml",
    ],
)
def test_bad_sources_are_invalid_arguments(source):
    """Not a text or path, undecodable, too long, missing: InvalidArgument."""
    with pytest.raises(InvalidArgument):
        load_profile(source)


def test_odd_files_are_invalid_arguments(tmp_path):
    """A directory, a file over the size limit, a lone surrogate: InvalidArgument."""
    folder = tmp_path / "profile.toml"
    folder.mkdir()
    with pytest.raises(InvalidArgument, match="cannot read"):
        load_profile(folder)
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * 1_000_001)
    with pytest.raises(InvalidArgument, match="larger than 1000000 bytes"):
        load_profile(big)
    with pytest.raises(InvalidArgument, match="not valid TOML") as caught:
        load_profile('name = "\ud800"\nregions = [""]')
    assert "\ud800" not in repr(caught.value)


def test_an_unknown_syntax_is_refused():
    """``syntax`` is "toml" or "yaml"."""
    with pytest.raises(InvalidArgument, match="syntax='json'"):
        load_profile("name = 'x'", syntax="json")


def test_a_file_may_re_date_and_re_weigh_an_inherited_rule():
    """A rule by id with new dates and severity: a variant of the inherited rule."""
    profile = load_profile(
        'name = "x"\nregions = ["62"]\nextends = "nasional"\n'
        '[[rules]]\nid = "legality.board_acknowledged"\nseverity = "recommended"\n'
        "effective_from = 2025-01-01\neffective_until = 2025-12-31\n"
    )
    (rule,) = profile.rules
    assert Severity.RECOMMENDED == rule.severity
    assert (dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == (
        rule.effective_from,
        rule.effective_until,
    )
    assert rule.source == load("national").rules[-1].source


_TEXT = st.one_of(
    st.text(max_size=200),
    st.builds(
        "\n".join,
        st.lists(
            st.sampled_from(
                [
                    'name = "x"',
                    'regions = ["62"]',
                    'regions = ["99.99"]',
                    'extends = "nasional"',
                    "extends = 3",
                    '[parameters."membership.minimum"]',
                    "value = 3",
                    'value = ["camat"]',
                    'value = { count = 3, severity = "never" }',
                    '[parameters."membership.minimum".citation]',
                    'source = "seed_004"',
                    'instrument = "Perbup"',
                    'quote = "q"',
                    "[[rules]]",
                    'id = "members.not_civil_servant"',
                    "effective_from = 2025-01-01",
                    "effective_until = 2024-01-01",
                    "- a",
                    "name: x",
                ]
            ),
            max_size=12,
        ),
    ),
)


@given(text=_TEXT)
def test_any_profile_text_gives_a_profile_or_invalid_argument(text):
    """Fuzzed profile texts: a Profile, or InvalidArgument with a catalogue key."""
    try:
        result: object = load_profile(text)
    except InvalidArgument as error:
        result = error
    assert isinstance(result, Profile) or result.key is not None
