"""Profiles: the registry table, resolution, user profiles, values and dates."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import attrs
import pytest
from tests.rules.helpers import KAPUAS_HULU, KOTA_SERANG, SERUYAN, kim

import kimlib.rules.profiles as profiles_package
from kimlib import sources
from kimlib.errors import InvalidArgument, RuleNotInForce
from kimlib.messages import Text
from kimlib.rules import (
    Bound,
    Evaluation,
    FindingStatus,
    Outcome,
    Parameter,
    Profile,
    ProfileRegistry,
    Remedy,
    Rule,
    RuleGroup,
    Severity,
    assess,
    default_registry,
)
from kimlib.rules.profiles import PROFILES, load

ON = dt.date(2025, 4, 17)


def test_table_matches_the_files():
    """The table names exactly the bundled files (and national), each for its code."""
    package = resources.files(profiles_package)
    files = {
        p.name[: -len(".toml")] for p in package.iterdir() if p.name.endswith(".toml")
    }
    assert files | {"national"} == set(PROFILES.values())
    for code, name in PROFILES.items():
        assert code in load(name).regions


@pytest.mark.parametrize(
    ("seat", "name"),
    [
        pytest.param("62.71.01.1001", "Kalimantan Tengah", id="kalteng-village"),
        pytest.param("61.06.01.2004", "Kapuas Hulu", id="kapuas-hulu-village"),
        pytest.param("61.01", "Nasional", id="west-kalimantan-other"),
        pytest.param("36.73.01.1001", "Banten", id="kota-serang"),
        pytest.param("91.71", "Nasional", id="papua"),
    ],
)
def test_resolution_picks_the_most_specific(seat, name):
    """Village -> district -> regency -> province -> national."""
    assert name == default_registry().resolve(seat, ON).name


def test_load_rejects_unknown_modules():
    """Only the table's modules load."""
    with pytest.raises(InvalidArgument, match="use one of"):
        load("atlantis")


def _all_members_not_civil_servant(k, on, params):
    """A Perbup-style rule: no civil servant among ALL active members."""
    del params
    count = sum(1 for m in k.members if m.active_on(on) and m.civil_servant)
    if count:
        remedy = Remedy(
            action="replace_civil_servants",
            params={"count": count},
            text=Text(
                id="ganti {count} anggota berstatus ASN",
                en="replace {count} member(s) who are civil servants",
            ),
        )
        text = Text(id="{count} anggota ASN", en="{count} civil servant member(s)")
        return Evaluation(
            FindingStatus.FAIL, count, 0, (), text, {"count": count}, (remedy,)
        )
    return Evaluation(FindingStatus.PASS, 0, 0, (), Text(id="tidak ada", en="none"))


PERBUP = sources.Citation(
    source=sources.Source(
        id="perbup_seruyan_contoh",
        title="Peraturan Bupati (contoh)",
        issuer="Bupati Seruyan",
        kind=sources.SourceKind.REGULATION,
    ),
    quote="anggota KIM paling sedikit 10 orang dan bukan ASN",
)


def _user_profile():
    return Profile(
        name="Seruyan (Perbup)",
        regions=("62.07",),
        extends=load("kalimantan_tengah"),
        parameters={"membership.minimum": Parameter(value=Bound(10), citation=PERBUP)},
        rules=(
            Rule(
                id="members.not_civil_servant",
                title=Text(id="Anggota bukan ASN", en="No civil servant member"),
                severity=Severity.REQUIRED,
                group=RuleGroup.ADMINISTRATIVE,
                source=PERBUP,
                check=_all_members_not_civil_servant,
                effective_from=dt.date(2025, 1, 1),
            ),
        ),
    )


def test_a_user_profile_via_registry_without_mutating_the_default():
    """A Dinas's Perbup: 10 members minimum and no civil servant among all members."""
    registry = default_registry().with_profile(_user_profile())
    small = kim(SERUYAN, members=9)
    verdict = assess(small, on=ON, registry=registry)
    assert Outcome.INELIGIBLE == verdict.outcome
    assert ["add_members"] == [r.action for r in verdict.remedies]
    assert "members.not_civil_servant" == verdict.findings[-1].rule_id
    assert PERBUP in verdict.finding("membership.size").sources
    assert Outcome.ELIGIBLE == assess(small, on=ON).outcome  # default untouched
    assert "Kalimantan Tengah" == default_registry().resolve("62.07", ON).name


def test_a_user_rule_with_its_own_texts():
    """The new rule's finding and remedy read from the texts the user gave."""
    k = kim(SERUYAN, members=12)
    members = list(k.members)
    members[-1] = attrs.evolve(members[-1], civil_servant=True)
    k = attrs.evolve(k, members=tuple(members))
    verdict = assess(k, on=ON, profile=_user_profile())
    finding = verdict.finding("members.not_civil_servant")
    assert FindingStatus.FAIL == finding.status
    assert "Anggota bukan ASN: 1 anggota ASN" == finding.message("id")
    assert ["replace 1 member(s) who are civil servants"] == [
        r.message("en") for r in verdict.remedies
    ]
    before = assess(k, on=dt.date(2024, 12, 31), profile=_user_profile())
    assert before.finding("members.not_civil_servant") is None


def test_assess_argument_errors():
    """Bad arguments are InvalidArgument naming the argument."""
    k = kim()
    with pytest.raises(InvalidArgument, match="not both"):
        assess(k, on=ON, profile=load("national"), registry=default_registry())
    with pytest.raises(InvalidArgument, match="kim="):
        assess({"name": "x"}, on=ON)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="on="):
        assess(k, on="17/04/2025")
    with pytest.raises(InvalidArgument, match="profile="):
        assess(k, on=ON, profile="national")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="registry="):
        assess(k, on=ON, registry={})  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        default_registry().with_profile("x")  # type: ignore[arg-type]


def test_profile_not_in_force():
    """A profile passed directly must be in force on the date."""
    late = Profile(
        name="Later",
        regions=("62",),
        extends=load("national"),
        effective_from=dt.date(2030, 1, 1),
    )
    with pytest.raises(RuleNotInForce):
        assess(kim(), on=ON, profile=late)
    registry = ProfileRegistry({"62": (late,)})
    with pytest.raises(RuleNotInForce):
        registry.resolve("62.71", ON)


@pytest.mark.parametrize(
    ("make", "match"),
    [
        pytest.param(lambda: Bound(-1), "Bound.count", id="bound"),
        pytest.param(
            lambda: Profile(name="x", regions=(), parameters={"a": 1}),
            "parameters",
            id="parameter",
        ),
        pytest.param(
            lambda: Profile(name="x", regions=(), rules=(1,)), "rules", id="rule"
        ),
        pytest.param(
            lambda: Profile(name="x", regions=(), extends="national"),
            "extends",
            id="extends",
        ),
        pytest.param(
            lambda: Profile(
                name="x",
                regions=(),
                effective_from=dt.date(2025, 1, 2),
                effective_until=dt.date(2025, 1, 1),
            ),
            "effective_until",
            id="period",
        ),
        pytest.param(
            lambda: Remedy(action="dance"), "no remedy text", id="remedy-action"
        ),
    ],
)
def test_invalid_values(make, match):
    """Profiles, bounds and remedies refuse bad values with InvalidArgument."""
    with pytest.raises(InvalidArgument, match=match):
        make()


def test_kapuas_hulu_advisory_needs_no_remedy():
    """An advisory (above the recommended 8) is listed but asks for no remedy."""
    verdict = assess(kim(KAPUAS_HULU, members=12, head="kepala_desa"), on=ON)
    assert () == verdict.remedies
    assert "more than the recommended 8" in verdict.explain("en")


def test_kota_serang_decree_remedy_names_the_lurah():
    """Kota Serang is all kelurahan: the remedy asks for the lurah's decree."""
    k = kim(KOTA_SERANG, head="kepala_desa")
    messages = [r.message("en") for r in assess(k, on=ON).remedies]
    assert "obtain a formation decree from the head of kelurahan (lurah)" in messages
