"""The message catalogue: complete, bilingual, and covering every code in use."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import attrs
import pytest

import kimlib
import kimlib.model
from kimlib._enum import LabelledEnum
from kimlib.messages import CATALOGUE, LANGS
from kimlib.messages._text import placeholders

SRC = Path(kimlib.__file__).parent
CODE = re.compile(r"""["'](error\.[a-z_]+)["']""")


def _used_error_codes():
    codes = {}
    for path in sorted(SRC.rglob("*.py")):
        for code in CODE.findall(path.read_text(encoding="utf-8")):
            codes.setdefault(code, path.relative_to(SRC).as_posix())
    return codes


def _model_enums():
    """Every LabelledEnum exported by kimlib.model or used by its classes."""
    found = set()
    queue = list(vars(kimlib.model).values())
    while queue:
        value = queue.pop()
        if isinstance(value, type) and issubclass(value, LabelledEnum):
            found.add(value)
        elif isinstance(value, type) and attrs.has(value):
            for hint in typing.get_type_hints(value).values():
                queue.extend(_leaves(hint))
    return sorted(found, key=lambda e: e.__name__)


def _leaves(hint):
    args = typing.get_args(hint)
    return [leaf for arg in args for leaf in _leaves(arg)] if args else [hint]


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_both_languages_with_the_same_placeholders(key):
    """Every text is in id and en, non-empty, with identical placeholders."""
    text = CATALOGUE[key]
    assert all(text.get(lang).strip() for lang in LANGS)
    assert placeholders(text.id) == placeholders(text.en)


def test_keys_are_dotted_lower_case():
    """Keys are stable dotted ids (``area.name``)."""
    assert [] == [k for k in CATALOGUE if not re.fullmatch(r"[a-z]+(\.[a-z0-9_]+)+", k)]


def test_every_error_code_in_the_source_is_in_the_catalogue():
    """A code raised anywhere in src/kimlib has its text in both languages."""
    used = _used_error_codes()
    assert used, "the scan found no codes: the pattern is broken"
    assert {} == {code: where for code, where in used.items() if code not in CATALOGUE}


def test_model_enums_are_found():
    """The scan reaches the vocabularies of the model (guards the next test)."""
    names = {enum.__name__ for enum in _model_enums()}
    assert {"Role", "Gender", "Stage", "ActivityForm", "Channel", "Issuer"} <= names


@pytest.mark.parametrize("enum", _model_enums(), ids=lambda e: e.__name__)
def test_every_model_enum_member_has_both_labels(enum):
    """Each member of each vocabulary has an Indonesian and an English label."""
    for member in enum:
        assert member.label("id").strip()
        assert member.label("en").strip()
