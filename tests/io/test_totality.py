"""Loader totality: for any input, load_kim returns a Kim or raises a KimlibError."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import ci_examples

from kimlib.errors import InvalidInput, KimlibError
from kimlib.io import load_kim
from kimlib.model import Kim
from kimlib.strategies import json_values, kim_documents, mutated_kim_documents

#: At least 1,000 examples under the "ci" profile (issue 2's acceptance).
CI_EXAMPLES = ci_examples(1000)


def _load(value, **options):
    """load_kim's answer: the Kim, or the KimlibError it raised (nothing else)."""
    try:
        answer = load_kim(value, **options)
    except KimlibError as error:
        answer = error
    if isinstance(answer, KimlibError):
        assert isinstance(answer, InvalidInput)
        assert answer.problems
        assert str(answer)
        assert answer.message("id")
    else:
        assert isinstance(answer, Kim)
    return answer


@CI_EXAMPLES
@given(json_values())
def test_any_json_value(value):
    """Any JSON value: a Kim or InvalidInput, never another exception."""
    _load(value)


@CI_EXAMPLES
@given(mutated_kim_documents(max_members=4))
def test_any_near_miss(document):
    """Valid documents with keys deleted, replaced or added: never a crash."""
    _load(document)
    _load(document, ignore_unknown=True)


@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats()
        | st.text()
        | st.binary(max_size=8)
        | st.sampled_from([math.inf, -math.inf, object(), 1j, ...]),
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.tuples(inner)
            | st.dictionaries(st.integers() | st.text(max_size=5) | st.none(), inner)
        ),
        max_leaves=12,
    )
)
def test_any_python_value(value):
    """Not only JSON: any Python value is answered with a KimlibError at worst."""
    _load(value)


@given(st.text(max_size=60) | st.binary(max_size=60))
def test_any_text(text):
    """Any str or bytes is JSON text to parse: a Kim or InvalidInput."""
    _load(text)


@given(kim_documents(max_members=4), st.integers(1, 60))
def test_deeply_nested_values(document, depth):
    """A deeply nested value where a field belongs is refused, not a crash."""
    nested = []
    for _ in range(depth * 20):
        nested = [nested]
    document["members"] = nested
    assert "members" in _load(document).paths[0]
