"""NIK (Nomor Induk Kependudukan, Indonesian population identity number).

A NIK has 16 digits: digits 1-6 are the kecamatan (district) that issued it,
7-12 the holder's birth date as DDMMYY (40 added to the day for women, the year
in either century) and 13-16 a serial number. Codes are renumbered when
regions split, so a NIK is never refused only because its kecamatan is not in
today's table: the check is that digits 1-2 are a province code in use now or
before; whether digits 1-6 are a current kecamatan is reported by
:attr:`Nik.kecamatan_known`, not enforced.

A NIK is personal data: its repr and str are masked and no error message
contains its digits. :meth:`Nik.reveal` returns them on purpose.

More information:

* https://id.wikipedia.org/wiki/Nomor_Induk_Kependudukan

>>> nik = Nik("3273014107900001")   # synthetic: Bandung, female, 1 July 1990
>>> nik
Nik('****************')
>>> nik.gender, [d.isoformat() for d in nik.birth_dates]
(<Gender.PEREMPUAN: 'perempuan'>, ['1990-07-01', '2090-07-01'])
>>> is_valid("3273013207900001")     # day 32 is no date, even for a man
False
>>> Nik("12345")
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (1 problem(s)):
  nik: a NIK must have 16 digits
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from kimlib.errors import InvalidInput
from kimlib.model._checks import fail
from kimlib.model._vocabulary import Gender

__all__ = ["Nik", "is_valid"]

# Province codes no longer in use that a NIK may still carry.
# English: 54 was Timor Timur (East Timor) until 1999.
_FORMER_PROVINCES = frozenset({"54"})


def _province_codes() -> frozenset[str]:
    from kimlib import regions  # noqa: PLC0415 - regions load lazily

    return regions.province_codes() | _FORMER_PROVINCES


def _birth_dates(digits: str) -> tuple[dt.date, ...]:
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:  # noqa: PLR2004 - women's day is offset by 40
        day -= 40
    return tuple(
        dt.date(century + year, month, day)
        for century in (1900, 2000)
        if 1 <= month <= 12  # noqa: PLR2004
        and 1 <= day <= calendar.monthrange(century + year, month)[1]
    )


class Nik:
    """A validated NIK; immutable, hashable, masked in repr and str."""

    __slots__ = ("_digits",)
    _digits: str

    def __init__(self, digits: str) -> None:
        """Validate ``digits`` (16 digits, a province code, a real birth date).

        Raises:
            InvalidInput: at field ``nik``, without echoing the digits.
        """
        if not isinstance(digits, str) or len(digits) != 16 or not digits.isdigit():  # noqa: PLR2004
            raise fail("nik", "error.nik_format")
        if not digits.isascii():
            raise fail("nik", "error.nik_format")
        if digits[:2] not in _province_codes():
            raise fail("nik", "error.nik_province")
        if not _birth_dates(digits):
            raise fail("nik", "error.nik_birth_date")
        object.__setattr__(self, "_digits", digits)

    def __setattr__(self, name: str, value: Any) -> None:  # noqa: ANN401
        """Refuse every change: a NIK is immutable."""
        msg = "Nik is immutable"
        raise AttributeError(msg)

    def __repr__(self) -> str:
        """Masked: ``Nik('****************')``."""
        return "Nik('****************')"

    def __str__(self) -> str:
        """Masked, like the repr."""
        return "****************"

    def __eq__(self, other: object) -> bool:
        """Two NIKs are equal when their digits are."""
        if isinstance(other, Nik):
            return self._digits == other._digits
        return NotImplemented

    def __hash__(self) -> int:
        """Hash of the digits."""
        return hash(("Nik", self._digits))

    def __reduce__(self) -> tuple[type[Nik], tuple[str]]:
        """Pickle by the digits."""
        return (Nik, (self._digits,))

    def reveal(self) -> str:
        """The 16 digits, for storage or transmission (personal data)."""
        return self._digits

    @property
    def gender(self) -> Gender:
        """The gender encoded in the birth day (day + 40 for women)."""
        return Gender.PEREMPUAN if int(self._digits[6:8]) > 40 else Gender.LAKI_LAKI  # noqa: PLR2004

    @property
    def birth_dates(self) -> tuple[dt.date, ...]:
        """The possible birth dates: the two-digit year fits 19xx and/or 20xx."""
        return _birth_dates(self._digits)

    @property
    def province_code(self) -> str:
        """Digits 1-2: the province code."""
        return self._digits[:2]

    @property
    def kecamatan_code(self) -> str:
        """Digits 1-6 as a dotted Kemendagri kecamatan code (``32.73.01``)."""
        d = self._digits
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}"

    @property
    def kecamatan_known(self) -> bool:
        """Whether digits 1-6 are a kecamatan of the current Kemendagri table.

        ``False`` is not an error: the kecamatan may have been renumbered
        since the NIK was issued.
        """
        from kimlib import regions  # noqa: PLC0415

        return regions.exists(self.kecamatan_code)


def is_valid(digits: object) -> bool:
    """Whether ``digits`` is a valid NIK; never raises.

    >>> is_valid("3273014107900001"), is_valid(None)
    (True, False)
    """
    try:
        Nik(digits)  # type: ignore[arg-type]
    except InvalidInput:
        return False
    return True
