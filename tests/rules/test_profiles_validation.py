"""Profiles, parameters and registries refuse junk at construction, naming the field.

The reproducers of the reviews (a profile without rules or parent, a misspelt
parameter, a wrong value, a region that does not exist, junk arguments) and
the property that any junk argument gives InvalidArgument and nothing else.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.rules.helpers import KOTA_SERANG, kim

from kimlib import sources
from kimlib.errors import InvalidArgument
from kimlib.messages import LANGS
from kimlib.model import Issuer
from kimlib.rules import (
    Bound,
    Outcome,
    Parameter,
    Profile,
    ProfileRegistry,
    RuleGroup,
    assess,
    default_registry,
)
from kimlib.rules.profiles import load

ON = dt.date(2025, 4, 17)
CITED = sources.MEMBERSHIP_3_30


def _refused(make, *fragments):
    """``make()`` raises InvalidArgument from the catalogue, in both languages."""
    with pytest.raises(InvalidArgument) as caught:
        make()
    error = caught.value
    assert error.key is not None
    for lang in LANGS:
        assert error.message(lang)
    for fragment in fragments:
        assert fragment in str(error)
    return error


def test_a_profile_without_parent_or_rules_is_refused():
    """ux.md 1: leaving out extends= no longer turns every rule off silently."""
    error = _refused(
        lambda: Profile(
            name="Kota Serang",
            regions=("36.73",),
            parameters={
                "membership.maximum": Parameter(value=Bound(20), citation=CITED)
            },
        ),
        "neither extends",
    )
    assert "Profile.extends" in error.message("id")


def test_a_misspelt_parameter_names_the_closest_known_ones():
    """ux.md 1: "membership.maxium" is refused with the names meant."""
    error = _refused(
        lambda: Profile(
            name="Kota Serang",
            regions=("36.73",),
            extends=load("banten"),
            parameters={
                "membership.maxium": Parameter(value=Bound(20), citation=CITED)
            },
        ),
        "Profile.parameters['membership.maxium']",
        "'membership.maximum'",
    )
    assert "'membership.maximum'" in error.message("id")


@pytest.mark.parametrize(
    ("name", "value", "fragment"),
    [
        pytest.param("membership.minimum", 10, "kimlib.rules.Bound", id="int-bound"),
        pytest.param("membership.maximum", "30", "kimlib.rules.Bound", id="str-bound"),
        pytest.param(
            "legality.formation_decree.other_issuers", "camat", "issuers", id="str"
        ),
        pytest.param(
            "legality.formation_decree.other_issuers", ("bupati",), "'bupati'", id="who"
        ),
        pytest.param(
            "legality.registration_number.issuers", (), "at least one", id="empty"
        ),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused(name, value, fragment):
    """reliability.md F5: a wrong value fails when built, not as AssertionError."""
    _refused(
        lambda: Profile(
            name="x",
            regions=("62",),
            extends=load("national"),
            parameters={name: Parameter(value=value, citation=CITED)},
        ),
        f"Profile.parameters[{name!r}][0].value",
        fragment,
    )


def test_issuers_given_as_text_become_issuers():
    """Issuer values as their codes are accepted and stored as Issuer members."""
    profile = Profile(
        name="x",
        regions=("62",),
        extends=load("national"),
        parameters={
            "legality.formation_decree.other_issuers": Parameter(
                value=["camat"], citation=CITED
            )
        },
    )
    parameter = profile.parameters["legality.formation_decree.other_issuers"][0]
    assert (Issuer.CAMAT,) == parameter.value


def test_a_minimum_above_the_maximum_is_refused():
    """Bounds that no KIM could meet are refused, with the date they clash."""
    _refused(
        lambda: Profile(
            name="x",
            regions=("62",),
            extends=load("national"),
            parameters={
                "membership.minimum": Parameter(value=Bound(31), citation=CITED)
            },
        ),
        "membership.minimum (31) is above membership.maximum (30)",
    )


def test_a_rule_whose_parameter_nothing_sets_is_refused():
    """A root profile with the size rule but no bounds cannot be built."""
    size = load("national").rules[0]
    _refused(
        lambda: Profile(name="x", regions=("",), rules=(size,)),
        "membership.minimum",
    )


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        pytest.param({"regions": 123}, "Profile.regions", id="regions-int"),
        pytest.param({"regions": ["99.99"]}, "Profile.regions[0]", id="no-region"),
        pytest.param({"regions": ["36", 7]}, "Profile.regions", id="regions-item"),
        pytest.param({"regions": [""], "rules": None}, "Profile.rules", id="none"),
        pytest.param({"regions": [""], "rules": (1,)}, "Profile.rules[0]", id="item"),
        pytest.param(
            {"regions": [""], "effective_from": "2025-01-01"},
            "Profile.effective_from",
            id="str-date",
        ),
        pytest.param(
            {"regions": [""], "effective_until": dt.datetime(2026, 1, 1)},  # noqa: DTZ001
            "Profile.effective_until",
            id="datetime",
        ),
        pytest.param({"regions": [""], "name": " "}, "Profile.name", id="name"),
        pytest.param(
            {"regions": [""], "extends": "nasional"}, "Profile.extends", id="ext"
        ),
        pytest.param(
            {"regions": [""], "parameters": None}, "Profile.parameters", id="p"
        ),
    ],
)
def test_junk_profile_arguments(kwargs, fragment):
    """reliability.md F5: each is InvalidArgument naming the field."""
    arguments = {"name": "x", "extends": load("national"), **kwargs}
    _refused(lambda: Profile(**arguments), fragment)


def test_a_string_effective_from_with_a_date_until():
    """reliability.md F5: the mixed period is refused, not a TypeError."""
    _refused(
        lambda: Profile(
            name="x",
            regions=[""],
            extends=load("national"),
            effective_from="2025-01-01",
            effective_until=dt.date(2026, 1, 1),
        ),
        "Profile.effective_from",
    )


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        pytest.param(lambda: Parameter(value=1, citation=None), "Parameter.citation"),
        pytest.param(
            lambda: Parameter(value=1, citation=CITED, effective_from="2025-01-01"),
            "Parameter.effective_from",
        ),
        pytest.param(
            lambda: Parameter(
                value=1,
                citation=CITED,
                effective_from=dt.date(2025, 2, 1),
                effective_until=dt.date(2025, 1, 1),
            ),
            "Parameter.effective_until",
        ),
        pytest.param(lambda: ProfileRegistry(None), "ProfileRegistry.entries"),
        pytest.param(
            lambda: ProfileRegistry({"": (42,)}), "ProfileRegistry.entries['']"
        ),
        pytest.param(lambda: ProfileRegistry({"": "atlantis"}), "'atlantis'"),
        pytest.param(lambda: ProfileRegistry({3: ("national",)}), "the key 3"),
        pytest.param(lambda: ProfileRegistry({"99.99": ("national",)}), "'99.99'"),
        pytest.param(
            lambda: default_registry().with_profile(
                Profile(name="x", regions=(), extends=load("national"))
            ),
            "Profile.regions is empty",
        ),
    ],
)
def test_junk_parameter_and_registry_arguments(make, fragment):
    """reliability.md F5: Parameter and ProfileRegistry refuse junk by field."""
    _refused(make, fragment)


def test_a_registry_of_bundled_names_and_profiles():
    """Names of bundled profiles (and one profile, not in a tuple) are accepted."""
    registry = ProfileRegistry({"": "national", " 3673 ": load("banten")})
    assert "Banten" == registry.resolve(KOTA_SERANG[1], ON).name
    assert ("", "36.73") == tuple(registry.entries)


def test_the_checks_hold_under_python_dash_o():
    """Validation uses no assert: the refusal is the same under ``python -O``."""
    code = (
        "from kimlib.rules import Profile, Parameter, Bound\n"
        "from kimlib.rules.profiles import load\n"
        "from kimlib import sources, InvalidArgument\n"
        "try:\n"
        "    Profile(name='x', regions=['62'], extends=load('national'),\n"
        "            parameters={'membership.minimum': Parameter(value=10,\n"
        "                        citation=sources.MEMBERSHIP_3_30)})\n"
        "except InvalidArgument as error:\n"
        "    print(type(error).__name__)\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-O", "-c", code], capture_output=True, text=True, check=True
    )
    assert "InvalidArgument\n" == done.stdout


# --- verdicts that checked nothing ---------------------------------------------


def _partnership_only():
    board = [r for r in load("national").rules if r.group is not RuleGroup.DEFINITION]
    return Profile(name="Tanpa definisi", regions=("",), rules=tuple(board[:1]))


def test_no_definition_rule_means_not_a_kim_and_says_so():
    """ux.md 1: no definition rule in force: is_kim is False, explain says so."""
    verdict = assess(kim(), on=ON, profile=_partnership_only())
    assert verdict.finding("membership.size") is None
    assert verdict.is_kim is False
    assert "The KIM definition was not checked" in verdict.explain("en")
    assert "Definisi KIM tidak diperiksa" in verdict.explain("id")
    assert "Meets the KIM definition" not in verdict.explain("en")


def test_no_rule_in_force_says_nothing_was_checked():
    """A profile whose only rule is not yet in force checks nothing, and says so."""
    rule = attrs.evolve(load("national").rules[1], effective_from=dt.date(2030, 1, 1))
    later = Profile(name="Nanti", regions=("",), rules=(rule,))
    verdict = assess(kim(), on=ON, profile=later)
    assert () == verdict.findings
    assert verdict.is_kim is False
    assert Outcome.NOT_IN_FORCE == verdict.outcome
    assert "Nothing was checked" in verdict.explain("en")
    assert "Tidak ada yang diperiksa" in verdict.explain("id")


# --- properties ----------------------------------------------------------------


def _refusal(make):
    """The InvalidArgument ``make()`` raises, or None if it builds a value."""
    try:
        make()
    except InvalidArgument as error:
        return error
    return None


_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.binary(max_size=4),
    st.lists(st.one_of(st.integers(), st.text(max_size=6), st.none()), max_size=3),
    st.dictionaries(
        st.text(max_size=6), st.one_of(st.integers(), st.none()), max_size=2
    ),
    st.just(dt.datetime(2025, 1, 1)),  # noqa: DTZ001
    st.dates(),
    st.sampled_from([dt.date.min, dt.date.max]),
    st.just("2025-01-01"),
    st.just(("99.99",)),
)


@given(
    field=st.sampled_from(
        [
            "name",
            "regions",
            "extends",
            "parameters",
            "rules",
            "effective_from",
            "effective_until",
        ]
    ),
    value=_JUNK,
)
def test_any_junk_profile_argument_is_invalid_argument(field, value):
    """Junk in one field of a valid profile: a Profile or InvalidArgument only."""
    arguments = {
        "name": "x",
        "regions": ("62",),
        "extends": load("national"),
        field: value,
    }
    error = _refusal(lambda: Profile(**arguments))
    assert error is None or error.key is not None


@given(
    field=st.sampled_from(["value", "citation", "effective_from", "effective_until"]),
    value=_JUNK,
)
def test_any_junk_parameter_argument_is_invalid_argument(field, value):
    """Junk in one field of a Parameter used in a profile: InvalidArgument only."""
    arguments = {"value": Bound(5), "citation": CITED, field: value}
    error = _refusal(
        lambda: Profile(
            name="x",
            regions=("62",),
            extends=load("national"),
            parameters={"membership.minimum": Parameter(**arguments)},
        )
    )
    assert error is None or error.key is not None


@given(
    entries=st.one_of(
        _JUNK,
        st.dictionaries(
            st.one_of(st.text(max_size=4), st.integers()), _JUNK, max_size=3
        ),
    )
)
def test_any_junk_registry_is_invalid_argument(entries):
    """Any junk registry table gives a registry or InvalidArgument, never else."""
    error = _refusal(lambda: ProfileRegistry(entries))
    assert error is None or error.key is not None
