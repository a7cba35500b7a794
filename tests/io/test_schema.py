"""json_schema: a Draft 2020-12 schema that agrees with the loader."""

from __future__ import annotations

import jsonschema
import msgspec
import pytest
from hypothesis import given
from tests.conftest import ci_examples

import kimlib.rules
from kimlib import batch
from kimlib.errors import InvalidArgument, InvalidInput
from kimlib.io import RowProblemRecord, RowRecord, _schema, dump, json_schema, load_kim
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


NAMES = ("kim", "verdict", "report", "adinda_report", "problems", "profile", "row")


def _properties(schema, where="$"):
    """Every (path, property schema) under a ``properties`` of ``schema``."""
    if isinstance(schema, dict):
        for name, value in schema.get("properties", {}).items():
            yield f"{where}.{name}", value
        for key, value in schema.items():
            yield from _properties(value, f"{where}.{key}")
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            yield from _properties(value, f"{where}[{i}]")


@pytest.mark.parametrize("name", NAMES)
def test_every_schema_is_draft_2020_12(name):
    """Each published schema declares Draft 2020-12 and is valid under it."""
    schema = json_schema(name)
    assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name", NAMES)
def test_every_property_has_a_description(name):
    """Every property of every published schema says what it means."""
    schema = json_schema(name)
    properties = list(_properties(schema))
    assert properties
    missing = [path for path, value in properties if not value.get("description")]
    assert [] == missing


def test_report_is_the_adinda_report():
    """The names report and adinda_report give the same schema."""
    assert json_schema("adinda_report") == json_schema("report")


def test_unknown_schema_name_in_indonesian():
    """The error lists the known names, in Indonesian too."""
    with pytest.raises(InvalidArgument) as caught:
        json_schema("laporan")
    message = caught.value.message("id")
    assert "bukan nama skema" in message
    for name in NAMES:
        assert repr(name) in message


@pytest.fixture
def fresh_schemas():
    """Forget the built schemas before and after (a test swaps a source in)."""
    _schema._built.cache_clear()
    yield
    _schema._built.cache_clear()


ROW_LINES = [
    '{"id": "KIM-1", "name": "KIM Satu", "region": "36.73", "members": []}',
    '{"name": "KIM Dua", "region": "99.99", "members": []}',
    '{"name": "", "region": "36.73", "members": [{"role": "raja"}], "x": 1}',
]


@pytest.mark.parametrize("period", [None, "2025"])
def test_dumped_batch_rows_fit_the_row_schema(period):
    """dump(row) of every row kimlib.batch gives fits json_schema("row")."""
    validator = jsonschema.Draft202012Validator(json_schema("row"))
    rows = list(batch.evaluate(ROW_LINES, on="2025-04-17", period=period))
    assert [1, 2, 3] == [row.line for row in rows]
    for row in rows:
        data = dump(row)
        assert [] == [e.message for e in validator.iter_errors(data)]
        assert data == dump(msgspec.convert(data, RowRecord))


def test_a_row_record_dumps_as_its_schema_says():
    """A row with problems, written by dump, fits the row schema."""
    row = RowRecord(
        line=2,
        kim_name="KIM Dua",
        problems=(RowProblemRecord(path="region", code="error.region_unknown"),),
    )
    data = dump(row)
    assert {
        "line": 2,
        "kim_name": "KIM Dua",
        "statuses": {},
        "problems": [{"path": "region", "code": "error.region_unknown", "params": {}}],
    } == data
    validator = jsonschema.Draft202012Validator(json_schema("row"))
    assert [] == [e.message for e in validator.iter_errors(data)]


@pytest.mark.usefixtures("fresh_schemas")
def test_profile_schema_comes_from_the_rules(monkeypatch):
    """The profile schema is what kimlib.rules.profile_schema() gives."""
    given_schema = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    monkeypatch.setattr(
        kimlib.rules, "profile_schema", lambda: given_schema, raising=False
    )
    assert given_schema == json_schema("profile")
