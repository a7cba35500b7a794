"""Member: one person of a KIM, with the facts the board rules need.

A member's name, NIK and board facts (civil servant, criminal record,
affiliations) are personal data: they are left out of the repr and never
appear in messages. Facts are three-valued: ``True``, ``False`` or ``None``
(unknown), and an unknown fact never counts as a pass.

>>> import datetime as dt
>>> m = Member(name="Sari", role=Role.SEKRETARIS, civil_servant=False)
>>> m
<Member sekretaris>
>>> m.is_board, m.active_on(dt.date(2025, 1, 1))
(True, True)
>>> Member(role=Role.ANGGOTA).name is None  # a registry may withhold names
True
>>> Member(role=Role.KETUA, party_affiliation="tidak")
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (1 problem(s)):
  party_affiliation: write false (not affiliated), true (affiliated, ...
>>> Member(name=" ", role=Role.ANGGOTA)
Traceback (most recent call last):
...
kimlib.errors.InvalidInput: invalid KIM document (1 problem(s)):
  name: must not be empty
"""

from __future__ import annotations

import datetime as dt

import attrs

from kimlib.model._checks import fail, has_surrogate, in_years, non_empty
from kimlib.model._vocabulary import Gender, MemberGroup, Role
from kimlib.model.nik import Nik

__all__ = ["Affiliation", "Member", "is_yes_no_word"]

#: An affiliation fact: a name or ``True`` (affiliated), ``False`` (declared
#: none), ``None`` (unknown).
Affiliation = str | bool | None


#: Words that answer yes or no (or stand for "nothing") rather than name a
#: party or organisation, compared casefolded with spaces and dots removed.
_YES_NO_WORDS = frozenset(
    {
        "", "-", "--", "---", "–", "—", "_", "?", "0", "1", "x",
        "tidak", "tidakada", "tdk", "tdkada", "t", "bukan", "belum", "belumada",
        "tanpa", "kosong", "nihil", "nil", "nol", "null", "none", "no", "n",
        "n/a", "na", "nothing", "false", "tidakberafiliasi", "takada", "gak",
        "ga", "nggak", "enggak", "tidaktahu", "tidakdiketahui", "unknown",
        "ya", "yes", "y", "iya", "ada", "true", "benar",
    }
)  # fmt: skip


#: Longer than any of those words: such text is a name.
_LONGEST_WORD = 40


def is_yes_no_word(text: str) -> bool:
    """Whether ``text`` says yes, no or nothing instead of naming an organisation.

    >>> is_yes_no_word(" Tidak  Ada "), is_yes_no_word("n/a"), is_yes_no_word("PKK")
    (True, True, False)
    """
    if len(text) > _LONGEST_WORD:
        return False
    return "".join(text.split()).replace(".", "").casefold() in _YES_NO_WORDS


def _affiliation(
    _: object, attribute: attrs.Attribute[Affiliation], value: Affiliation
) -> None:
    if isinstance(value, str):
        if is_yes_no_word(value):
            raise fail(attribute.name, "input.affiliation_word")
        if has_surrogate(value):
            raise fail(attribute.name, "input.surrogate")


@attrs.frozen(kw_only=True)
class Member:
    """One member of a KIM; the board (pengurus) is every non-``anggota``."""

    name: str | None = attrs.field(default=None, repr=False, validator=non_empty)
    role: Role
    nik: Nik | None = attrs.field(default=None, repr=False)
    gender: Gender | None = attrs.field(default=None, repr=False)
    groups: tuple[MemberGroup, ...] = ()
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    civil_servant: bool | None = attrs.field(default=None, repr=False)
    criminal_record: bool | None = attrs.field(default=None, repr=False)
    party_affiliation: Affiliation = attrs.field(
        default=None, repr=False, validator=_affiliation
    )
    ngo_affiliation: Affiliation = attrs.field(
        default=None, repr=False, validator=_affiliation
    )

    def __attrs_post_init__(self) -> None:
        """Cross-field checks: gender agrees with the NIK, dates in order."""
        in_years("joined_on", self.joined_on)
        in_years("left_on", self.left_on)
        if (
            self.nik is not None
            and self.gender is not None
            and self.nik.gender is not self.gender
        ):
            raise fail("gender", "error.gender_nik")
        if (
            self.joined_on is not None
            and self.left_on is not None
            and self.left_on < self.joined_on
        ):
            raise fail("left_on", "error.date_order", other="joined_on")

    @property
    def is_board(self) -> bool:
        """Whether the member is on the board (pengurus)."""
        return self.role.is_board

    def active_on(self, on: dt.date) -> bool:
        """Whether the member counts on ``on``.

        A member with a ``left_on`` before the assessment date, or a
        ``joined_on`` after it, does not count; both days themselves count
        (a member who leaves on ``on`` is still a member that day). Unknown
        dates count as "always".
        """
        if self.joined_on is not None and self.joined_on > on:
            return False
        return self.left_on is None or self.left_on >= on

    def __repr__(self) -> str:
        """The role, the groups and the dates: never a name, a NIK or a fact.

        >>> Member(name="Sari", role=Role.KETUA, groups=(MemberGroup.PEMUDA,),
        ...        joined_on=dt.date(2019, 3, 1))
        <Member ketua (pemuda) joined 2019-03-01>
        """
        parts = [f"<Member {self.role.value}"]
        if self.groups:
            parts.append(f"({', '.join(g.value for g in self.groups)})")
        if self.joined_on is not None:
            parts.append(f"joined {self.joined_on.isoformat()}")
        if self.left_on is not None:
            parts.append(f"left {self.left_on.isoformat()}")
        return " ".join(parts) + ">"
