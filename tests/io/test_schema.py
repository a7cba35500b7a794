"""json_schema: a Draft 2020-12 schema that agrees with the loader."""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import given
from tests.conftest import ci_examples

from kimlib.errors import InvalidArgument, InvalidInput
from kimlib.io import json_schema, load_kim
from kimlib.strategies import kim_documents, mutated_kim_documents

#: More examples under the "ci" profile (the 1,000 of the issue are for the
#: round-trip and totality properties; this one shares their generator).
CI_EXAMPLES = ci_examples(300)

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
# The same schema with "format" asserted (date), which validators may skip.
STRICT = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def test_is_a_draft_2020_12_schema():
    """The schema declares Draft 2020-12 and is valid under its meta-schema."""
    assert "https://json-schema.org/draft/2020-12/schema" == SCHEMA["$schema"]
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert (
        jsonschema.validators.validator_for(SCHEMA) is jsonschema.Draft202012Validator
    )


def test_required_fields_and_closed_objects():
    """name, region and members are required; unknown keys are refused."""
    kim = SCHEMA["$defs"]["Kim"]
    assert {"name", "region", "members"} == set(kim["required"])
    assert all(
        definition.get("additionalProperties") is False
        for definition in SCHEMA["$defs"].values()
        if definition.get("type") == "object"
    )


def test_a_fresh_copy_each_time():
    """Changing the returned schema does not change the next one."""
    schema = json_schema()
    schema["$defs"].clear()
    assert SCHEMA == json_schema("kim")


@pytest.mark.parametrize("of", ["verdict?", "", None, "KIM"])
def test_unknown_schema_name(of):
    """A name that is no schema is an InvalidArgument naming the known ones."""
    with pytest.raises(InvalidArgument, match="'kim'"):
        json_schema(of)


@given(kim_documents(max_members=8))
def test_schema_accepts_every_valid_document(document):
    """Every document the loader accepts (generated valid) is schema-valid."""
    load_kim(document)
    assert [] == [e.message for e in STRICT.iter_errors(document)]


@CI_EXAMPLES
@given(mutated_kim_documents(max_members=4))
def test_schema_and_loader_agree(document):
    """Schema rejects => loader rejects; schema accepts => loads or InvalidInput."""
    try:
        load_kim(document)
    except InvalidInput:
        loaded = False
    else:
        loaded = True
    if not VALIDATOR.is_valid(document) or not STRICT.is_valid(document):
        assert not loaded
