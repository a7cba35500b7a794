"""Values as a sentence writes them: dates, periods and short echoes of input.

>>> import datetime
>>> format_date(datetime.date(2025, 4, 17), "id")
'17 April 2025'
>>> format_date(datetime.date(2025, 8, 1), "en")
'1 August 2025'
>>> format_period(datetime.date(2025, 1, 1), datetime.date(2025, 4, 1), "id")
'triwulan I 2025'
>>> format_period(datetime.date(2025, 1, 1), datetime.date(2025, 4, 1), "en")
'2025 Q1'
"""

from __future__ import annotations

import datetime as dt

from kimlib.messages._text import check_lang

__all__ = ["format_date", "format_period", "mid_sentence", "shown"]

_MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

_ROMAN = ("I", "II", "III", "IV")

#: The longest repr an error echoes of an argument (longer ones are cut).
_SHOWN = 40


def shown(value: object) -> str:
    r"""``value`` as a message may echo it: a printable repr of at most 40 characters.

    >>> shown("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."
    >>> shown("a\u202eb")
    "'a\\u202eb'"
    """
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in repr(value))
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def format_date(day: dt.date, lang: str = "en") -> str:
    """``day`` as a sentence writes it: "17 April 2025" in both languages."""
    months = _MONTHS[check_lang(lang)]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _next_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def format_period(start: dt.date, end: dt.date, lang: str = "en") -> str:
    """The days ``[start, end)`` as a sentence names them.

    A calendar year is "2025"; a quarter "triwulan I 2025" / "2025 Q1"; a month
    "Maret 2025" / "March 2025"; anything else its first and last day.

    >>> format_period(dt.date(2025, 3, 1), dt.date(2025, 4, 1), "id")
    'Maret 2025'
    >>> format_period(dt.date(2025, 1, 1), dt.date(2026, 1, 1), "en")
    '2025'
    >>> format_period(dt.date(2025, 1, 5), dt.date(2025, 1, 20), "id")
    '5 Januari 2025 s.d. 19 Januari 2025'
    """
    language = check_lang(lang)
    if start.day == 1:
        if start.month == 1 and end == _next_month(start, 12):
            return str(start.year)
        if start.month % 3 == 1 and end == _next_month(start, 3):
            quarter = _ROMAN[start.month // 3]
            if language == "id":
                return f"triwulan {quarter} {start.year}"
            return f"{start.year} Q{start.month // 3 + 1}"
        if end == _next_month(start, 1):
            return f"{_MONTHS[language][start.month - 1]} {start.year}"
    last = end - dt.timedelta(days=1)
    joint = " s.d. " if language == "id" else " to "
    return format_date(start, language) + joint + format_date(last, language)


#: First words that stay capitalised mid-sentence: names of offices.
_PROPER = frozenset({"Dinas", "Kementerian", "Ministry", "KIM", "SK", "ASN", "LSM"})


def mid_sentence(label: str) -> str:
    """A label as it reads in the middle of a sentence: a lower-case term.

    Names of offices and abbreviations keep their capitals.

    >>> mid_sentence("Kepala desa (atau sebutan lainnya)")
    'kepala desa (atau sebutan lainnya)'
    >>> mid_sentence("Dinas Kominfo kabupaten/kota"), mid_sentence("SK pembentukan")
    ('Dinas Kominfo kabupaten/kota', 'SK pembentukan')
    """
    first = label.split(" ", 1)[0]
    if first in _PROPER or first.isupper():
        return label
    return label[:1].lower() + label[1:]
