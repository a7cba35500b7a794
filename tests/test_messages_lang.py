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


def test_errors_module_imports_nothing_from_kimlib():
    """errors.py stands below messages: no import of kimlib in it (no circle)."""
    import ast  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    import kimlib.errors  # noqa: PLC0415

    tree = ast.parse(Path(kimlib.errors.__file__).read_text(encoding="utf-8"))
    imported = [
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ] + [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert [] == [name for name in imported if name.startswith("kimlib")]


def test_unknown_region_reads_in_both_languages():
    """UnknownRegion has an Indonesian message, suggestions included."""
    from kimlib.errors import UnknownRegion  # noqa: PLC0415

    error = UnknownRegion("Bandungg", ["32.73", "32.04"])
    assert "no region matches 'Bandungg'; did you mean: 32.73, 32.04" == str(error)
    assert (
        "tidak ada wilayah yang cocok dengan 'Bandungg'; mungkin maksudnya: "
        "32.73, 32.04"
    ) == error.message("id")
    assert "tidak ada wilayah yang cocok dengan 'x'" == UnknownRegion("x").message("id")


def test_an_error_of_plain_text_still_checks_lang():
    """An error built from a plain string refuses an unsupported lang."""
    from kimlib.errors import KimlibError  # noqa: PLC0415

    assert "boom" == KimlibError("boom").message("id")
    with pytest.raises(InvalidArgument):
        KimlibError("boom").message("fr")


def test_ci_examples_follows_the_profile():
    """ci_examples gives 1,000 examples under "ci" and the default otherwise."""
    from hypothesis import settings  # noqa: PLC0415
    from tests.conftest import ci_examples  # noqa: PLC0415

    current = settings.get_current_profile_name()
    try:
        settings.load_profile("ci")
        assert 1000 == ci_examples(1000).max_examples
        assert 100 == ci_examples(10).max_examples
        settings.load_profile("fast")
        assert 20 == ci_examples(1000).max_examples
    finally:
        settings.load_profile(current)


def test_errors_of_a_key_pickle():
    """An error built from a key crosses a process boundary and still reads in id."""
    import pickle  # noqa: PLC0415

    error = InvalidArgument.of("argument.count", name="n", value="-1")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert "n=-1 harus bilangan bulat 0 atau lebih" == copy.message("id")
    assert "argument.count" == copy.key
    assert {"name": "n", "value": "-1"} == dict(copy.params)
