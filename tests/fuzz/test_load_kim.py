"""Fuzzing load_kim: any input gives a Kim or InvalidInput naming the field.

Inputs: arbitrary JSON values, JSON text, arbitrary (hostile) text, and one- to
three-field mutations of the bundled sample documents and of generated ones,
with a planted member name and NIK. Whatever happens, nothing but a
KimlibError escapes, every problem has a path that is a field of the format
(or ``$``, or a hidden key ``<#n>``), and no string kimlib makes from the
input holds the planted name or NIK.
"""

from __future__ import annotations

import functools
import json
import re

from hypothesis import given
from hypothesis import strategies as st
from tests.fuzz.budget import (
    SECRET_NAME,
    SECRET_NIK,
    assert_no_secret,
    error_strings,
    examples,
    result_strings,
)

from kimlib.errors import InvalidInput
from kimlib.io import dump, load_kim, sample_path
from kimlib.strategies import hostile_texts, json_values, mutated_kim_documents

#: A path names fields, list items and hidden keys only: ``members[3].<#2>``.
PATH = re.compile(r"(?:[a-z_]+|<#\d+>|\[\d+\])(?:\.[a-z_]+|\.<#\d+>|\[\d+\])*")


def _check(document: object) -> None:
    """load_kim is total and leaks nothing; a loaded KIM's outputs neither."""
    refused: InvalidInput | None = None
    try:
        kim = load_kim(document)
    except InvalidInput as error:
        refused = error
    if refused is not None:
        _check_refusal(refused)
        return
    assert_no_secret(list(result_strings(kim)))
    again = dump(kim)
    json.dumps(again)  # what loads always encodes
    assert kim == load_kim(again)


def _check_refusal(error: InvalidInput) -> None:
    """Problems at field paths, in both languages, carrying nothing."""
    assert error.problems
    for problem in error.problems:
        assert problem.path == "" or PATH.fullmatch(problem.path), problem.path
        assert problem.reason("id")
        assert problem.reason("en")
    assert error.__cause__ is None
    assert error.__context__ is None
    assert_no_secret(list(error_strings(error)))


@examples(1200)
@given(json_values())
def test_any_json_value(value):
    """Arbitrary JSON values (hostile strings and keys included)."""
    _check(value)


@examples(800)
@given(json_values(), st.booleans())
def test_any_json_text(value, ascii_only):
    r"""The same values as JSON text (with \u escapes or raw characters)."""
    text = json.dumps(value, ensure_ascii=ascii_only)
    _check(text)
    _check(text.encode("utf-8", "surrogatepass"))


@examples(1000)
@given(hostile_texts(64) | st.binary(max_size=64))
def test_any_text(text):
    """Arbitrary text or bytes: surrogates, controls, bidi marks, bad UTF-8."""
    _check(text)


@functools.cache
def _samples() -> tuple[dict[str, object], ...]:
    """The bundled sample documents, each member given the planted secrets."""
    documents = []
    for line in sample_path().read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        for member in document["members"]:
            member["name"] = SECRET_NAME
        if document["members"]:
            document["members"][0]["nik"] = SECRET_NIK
            document["members"][0].pop("gender", None)
        documents.append(document)
    return tuple(documents)


_SECRETS = st.sampled_from(
    [SECRET_NAME, SECRET_NIK, f"{SECRET_NAME}\n", f"x{SECRET_NIK}", SECRET_NIK[:15]]
)


@st.composite
def _planted(draw: st.DrawFn, documents: st.SearchStrategy[object]) -> object:
    """A document with a secret put where personal data must never surface."""
    document = draw(documents)
    if not isinstance(document, dict) or draw(st.booleans()):
        return document
    members = document.get("members")
    secret = draw(_SECRETS)
    where = draw(st.sampled_from(["key", "member_key", "member_value", "seat"]))
    if where == "seat":
        document[draw(st.sampled_from(["region", "village"]))] = secret
    elif isinstance(members, list) and members and isinstance(members[0], dict):
        member = members[draw(st.integers(0, len(members) - 1))]
        if isinstance(member, dict) and where == "member_key":
            member[secret] = draw(json_values())
        elif isinstance(member, dict):
            field = draw(st.sampled_from(
                ["role", "gender", "joined_on", "left_on", "nik", "groups",
                 "civil_servant", "party_affiliation"]
            ))  # fmt: skip
            member[field] = secret
    else:
        document[secret] = 1
    return document


@examples(500)
@given(
    _planted(mutated_kim_documents(documents=st.sampled_from(_samples()))),
    st.booleans(),
)
def test_mutations_of_the_samples(document, as_text):
    """One to three mutations of a sample document holding planted secrets."""
    _check(json.dumps(document) if as_text else document)


@examples(300)
@given(_planted(mutated_kim_documents(max_members=4)))
def test_mutations_of_generated_documents(document):
    """Mutations of generated documents: every field, every vocabulary."""
    _check(document)
