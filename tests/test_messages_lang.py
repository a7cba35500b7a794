"""Locale tags are accepted wherever ``lang`` is; errors read in both languages."""

from __future__ import annotations

import pytest

from kimlib.errors import InvalidArgument
from kimlib.messages import check_lang


@pytest.mark.parametrize(
    ("tag", "lang"),
    [
        ("id", "id"),
        ("in", "id"),
        ("id-ID", "id"),
        ("id_ID", "id"),
        ("ID", "id"),
        (" id-id ", "id"),
        ("en", "en"),
        ("en-US", "en"),
        ("en_GB", "en"),
        ("EN", "en"),
    ],
)
def test_locale_tags_name_a_language(tag, lang):
    """A locale tag is read by its primary language, in any case."""
    assert lang == check_lang(tag)


@pytest.mark.parametrize("tag", ["fr", "", None, 3, "de-ID", "indonesia", "x" * 1000])
def test_other_tags_are_refused_in_both_languages(tag):
    """Anything else is InvalidArgument, in Indonesian and English, echoed short."""
    with pytest.raises(InvalidArgument) as caught:
        check_lang(tag)
    error = caught.value
    assert "use one of: 'id', 'en'" in error.message("en")
    assert "gunakan salah satu dari: 'id', 'en'" in error.message("id")
    assert len(error.message("en")) < 120
