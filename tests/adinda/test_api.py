from __future__ import annotations

import kimlib.adinda
import kimlib.model
from kimlib.messages import CATALOGUE
from kimlib.messages._adinda import MESSAGES
from kimlib.messages._text import placeholders


def _isort_style(name):
    """Ruff's RUF022 order: CONSTANTS, then Classes, then functions."""
    return (not name.isupper(), not name[0].isupper(), name)


def test_all_is_sorted_and_complete():
    """__all__ is sorted and names every public object of the package."""
    public = {
        name
        for name in vars(kimlib.adinda)
        if not name.startswith("_") and name != "annotations"
    }
    modules = {
        name
        for name in public
        if type(getattr(kimlib.adinda, name)).__name__ == "module"
    }
    assert sorted(kimlib.adinda.__all__, key=_isort_style) == kimlib.adinda.__all__
    assert public - modules == set(kimlib.adinda.__all__)


def test_model_vocabulary_is_re_exported():
    """Stage, Activity, ActivityForm and Channel are the model's own classes."""
    for name in ("Stage", "Activity", "ActivityForm", "Channel", "DEFAULT_STAGE"):
        assert getattr(kimlib.model, name) is getattr(kimlib.adinda, name)


def test_messages_are_prefixed_merged_and_bilingual():
    """Every adinda message is in the catalogue with matching placeholders."""
    for key, text in MESSAGES.items():
        assert key.startswith("adinda.")
        assert text == CATALOGUE[key]
        assert placeholders(text.id) == placeholders(text.en)
