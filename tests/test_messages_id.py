"""Indonesian everywhere: every message in both languages, no English in Indonesian."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from pathlib import Path

import pytest

import kimlib
from kimlib import cli
from kimlib.adinda import Stage
from kimlib.errors import InvalidArgument, KimlibError
from kimlib.io import sample_path
from kimlib.messages import (
    CATALOGUE,
    format_date,
    format_period,
    mid_sentence,
    render,
    shown,
)
from kimlib.messages._text import placeholders
from kimlib.rules import FindingStatus, Outcome

SRC = Path(kimlib.__file__).parent
KEY_OF = re.compile(r"""\.of\(\s*["']([a-z0-9_.]+)["']""")

#: English status words that must never appear in an Indonesian text.
STATUS_WORDS = re.compile(
    r"\b(eligible|ineligible|incomplete|pass|passed|fail|failed|unknown|advisory"
    r"|valid|invalid|not in force|yes|no|true|false|error|warning)\b",
    re.IGNORECASE,
)
#: Codes a text may name: field names, enum values, placeholders, quoted
#: values, options of the command line and Python's literals are not words.
CODE = re.compile(
    r"[A-Za-z]+(?:[_.][A-Za-z0-9]+)+|\{[^}]*\}|'[^']*'|\b(?:True|False|None)\b"
    r"|(?<![\w-])--?[a-z][a-z-]*"
)


def _keys_raised():
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        for key in KEY_OF.findall(path.read_text(encoding="utf-8")):
            found.setdefault(key, path.relative_to(SRC).as_posix())
    return found


def test_every_key_raised_is_in_the_catalogue():
    """Each ``Error.of("key")`` in src/kimlib names a message of the catalogue."""
    raised = _keys_raised()
    assert len(raised) > 20, "the scan found too few keys: the pattern is broken"
    assert {} == {key: where for key, where in raised.items() if key not in CATALOGUE}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_no_english_status_word_in_indonesian(key):
    """No Indonesian text holds eligible, fail, unknown, valid ... (codes aside)."""
    text = CATALOGUE[key]
    if key.startswith("cli.argparse."):  # argparse's msgids are English by design
        assert STATUS_WORDS.sub("", CODE.sub("", text.id)) == CODE.sub("", text.id)
    words = CODE.sub(" ", text.id)
    assert [] == STATUS_WORDS.findall(words.replace("true/false", ""))
    assert placeholders(text.id) == placeholders(text.en)


@pytest.mark.parametrize("enum", [Outcome, FindingStatus, Stage])
def test_status_labels_are_indonesian(enum):
    """Outcomes, finding statuses and stages have Indonesian labels."""
    for member in enum:
        assert [] == STATUS_WORDS.findall(member.label("id"))


def test_raise_sites_carry_no_english_strings():
    """No kimlib error anywhere in the package is raised from an English string.

    Each is built with ``.of(key, ...)`` from the catalogue, so that it reads
    in Indonesian as well as English.
    """
    plain = re.compile(
        r"raise (InvalidArgument|InvalidInput|RuleNotInForce|UnknownRegion"
        r"|KimlibError)\((msg|f?\")"
    )
    offenders = [
        str(path.relative_to(SRC))
        for path in sorted(SRC.rglob("*.py"))
        if plain.search(path.read_text("utf-8"))
    ]
    assert [] == offenders


def test_argument_errors_read_in_both_languages():
    """An argument error built from a key reads in Indonesian and English."""
    with pytest.raises(InvalidArgument) as caught:
        kimlib.sources.get("nope")
    assert caught.value.message("en").startswith("source_id='nope' is not known")
    assert caught.value.message("id").startswith("source_id='nope' tidak dikenal")


def test_every_error_of_a_key_pickles_its_key():
    """The key and parameters of an error are what message(lang) renders."""
    error = KimlibError.of("argument.count", name="n", value="-1")
    assert "n=-1 harus bilangan bulat 0 atau lebih" == error.message("id")
    assert "n=-1 must be a whole number of 0 or more" == str(error)


def test_dates_in_sentences():
    """A date in a sentence reads "17 April 2025" in both languages."""
    day = dt.date(2025, 4, 17)
    assert "17 April 2025" == format_date(day, "id") == format_date(day, "en")
    assert "1 Agustus 2025" == format_date(dt.date(2025, 8, 1), "id")
    assert "berlaku sejak 17 April 2025" == render("rule.period.from", "id", start=day)
    assert "in force from 17 April 2025" == render("rule.period.from", "en", start=day)


@pytest.mark.parametrize(
    ("start", "end", "indonesian", "english"),
    [
        ((2025, 1, 1), (2025, 4, 1), "triwulan I 2025", "2025 Q1"),
        ((2025, 10, 1), (2026, 1, 1), "triwulan IV 2025", "2025 Q4"),
        ((2025, 1, 1), (2026, 1, 1), "2025", "2025"),
        ((2025, 3, 1), (2025, 4, 1), "Maret 2025", "March 2025"),
        ((2025, 2, 1), (2025, 5, 1), "1 Februari 2025 s.d. 30 April 2025", None),
        ((2025, 1, 1), (2025, 1, 2), "1 Januari 2025 s.d. 1 Januari 2025", None),
    ],
)
def test_periods_in_sentences(start, end, indonesian, english):
    """A period reads "triwulan I 2025" / "2025 Q1", "Maret 2025", or its days."""
    first, after = dt.date(*start), dt.date(*end)
    assert indonesian == format_period(first, after, "id")
    if english is not None:
        assert english == format_period(first, after, "en")


def test_type_errors_in_words():
    """A wrong type reads as a form user understands it, never ``bool | null``."""
    assert "harus diisi ya/tidak (true/false) atau dikosongkan" == render(
        "error.wrong_type", "id", expected="bool | null"
    )
    assert "must be a date (YYYY-MM-DD) or left empty" == render(
        "error.wrong_type", "en", expected="date | null"
    )
    assert "harus diisi Foo" == render("error.wrong_type", "id", expected="Foo")
    assert "harus diisi null" == render("error.wrong_type", "id", expected="null")


def test_terms_mid_sentence_are_lower_case():
    """Labels lose their capital mid-sentence; names of offices keep it."""
    assert "kepala desa" == mid_sentence("Kepala desa")
    assert "Dinas Kominfo provinsi" == mid_sentence("Dinas Kominfo provinsi")
    assert "NIK" == mid_sentence("NIK")


def test_shown_echoes_short_and_printable():
    """An echoed argument is a repr of at most 40 characters, without controls."""
    assert 40 == len(shown("x" * 1000))
    assert "\x1b" not in shown("\x1b[2J")


def _english_words():
    """Words kimlib writes in English and never in Indonesian."""
    words = set()
    indonesian = set()
    for text in CATALOGUE.values():
        words |= set(re.findall(r"[a-z]{3,}", CODE.sub(" ", text.en).lower()))
        indonesian |= set(re.findall(r"[a-z]{3,}", CODE.sub(" ", text.id).lower()))
    for kind in (Outcome, FindingStatus, Stage):
        for member in kind:
            words |= set(re.findall(r"[a-z]{3,}", member.label("en").lower()))
            indonesian |= set(re.findall(r"[a-z]{3,}", member.label("id").lower()))
    return words - indonesian


def _run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(argv)
    return status, out.getvalue() + err.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ["assess", "--lang", "id", "--on", "2025-04-17"],
        ["assess", "--lang", "id", "--on", "2023-01-01"],
        ["validate", "--lang", "id"],
        ["score", "--lang", "id", "--period", "2025Q1"],
        ["--lang", "id", "assess", "--help"],
    ],
)
def test_the_sample_in_indonesian_has_no_english_word(argv):
    """``kimlib ... --lang id`` on the bundled sample: no English word kimlib wrote.

    The words checked are every word of the catalogue's English texts and
    labels that its Indonesian texts never use; the sample's own names and
    the quoted sources are input, not kimlib's words.
    """
    english = _english_words()
    assert {"eligible", "remedy", "member", "village"} <= english
    _, output = _run(argv)
    quoted = re.sub(r"\u201c[^\u201d]*\u201d", " ", output)
    sample = sample_path().read_text(encoding="utf-8").lower()
    words = set(re.findall(r"[a-z]{3,}", CODE.sub(" ", quoted).lower()))
    assert set() == {w for w in words & english if w not in sample}


def test_errors_not_about_a_document_do_not_say_so():
    """A bad rubric, grid or reading is not an "invalid KIM document"."""
    from kimlib.adinda import Rubric  # noqa: PLC0415
    from kimlib.errors import InvalidInput  # noqa: PLC0415
    from kimlib.indicators import IndicatorReading  # noqa: PLC0415
    from kimlib.stakeholders import Grid  # noqa: PLC0415

    attempts = [
        (lambda: Rubric(cycle_share=1), "invalid ADINDA rubric", "rubrik ADINDA"),
        (lambda: Grid(power=0), "invalid stakeholder mapping", "pemetaan"),
        (
            lambda: IndicatorReading(
                indicator="kesadaran_isu",
                value=float("nan"),
                measured_on="2025-01-10",
                method="survei",
                source="Diskominfo",
            ),
            "invalid indicator reading",
            "pembacaan indikator",
        ),
    ]
    for attempt, english, indonesian in attempts:
        with pytest.raises(InvalidInput) as caught:
            attempt()
        assert caught.value.message("en").startswith(english)
        assert caught.value.message("id").startswith(indonesian)
        assert "KIM" not in caught.value.message("en").splitlines()[0]


def test_render_refuses_an_unknown_key_in_both_languages():
    """A key that is not in the catalogue is InvalidArgument, echoed short."""
    with pytest.raises(InvalidArgument) as caught:
        render("no.such.key" + "x" * 100, "id")
    assert caught.value.message("id").startswith("key='no.such.keyxxx")
    assert len(caught.value.message("en")) < 90


def test_text_and_time_parameters_follow_the_language():
    """A Text parameter renders in the asked language; a time keeps ISO minutes."""
    from kimlib.messages import Text  # noqa: PLC0415

    word = Text(id="ketua", en="chair")
    assert "berlaku sejak ketua" == render("rule.period.from", "id", start=word)
    moment = dt.datetime(2025, 4, 17, 9, 30, 12, tzinfo=dt.timezone.utc)
    assert "in force from 2025-04-17T09:30+00:00" == render(
        "rule.period.from", "en", start=moment
    )


def test_an_error_before_the_catalogue_shows_its_key():
    """Without the renderer (never after importing kimlib) a key shows itself."""
    from kimlib import errors  # noqa: PLC0415

    assert "argument.count(name='n', value=1)" == errors._unrendered(
        "argument.count", "en", value=1, name="n"
    )


def test_write_escapes_what_the_stream_cannot_encode():
    """A stream that cannot encode a character gets an escape, not a crash."""
    from kimlib.cli import _output  # noqa: PLC0415

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    _output.write("KIM D\u00e9sa \ua9b1", stream)
    stream.flush()
    assert b"KIM D\\xe9sa \\ua9b1\n" == raw.getvalue()
