"""The checks of kimlib's own rules: pure functions of (kim, on, parameters).

Each returns an :class:`~kimlib.rules._rule.Evaluation`; the engine turns it
into a finding. Board checks look at the board members active on the date;
legality checks at the documents in force on it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Collection, Mapping

import attrs

from kimlib.errors import InvalidArgument
from kimlib.model import DocumentKind, Issuer, Kim, Member, Role
from kimlib.rules._remedies import Remedy
from kimlib.rules._rule import Check, Evaluation, FindingStatus, Severity

__all__ = [
    "FACTS",
    "Bound",
    "active_board",
    "board_acknowledged",
    "board_fact",
    "formation_decree",
    "membership_size",
    "registration_number",
    "village_heads",
]

#: The board facts the administrative requirements of seed 001 name.
FACTS = ("civil_servant", "criminal_record", "party_affiliation", "ngo_affiliation")

_PASS, _FAIL, _UNKNOWN = FindingStatus.PASS, FindingStatus.FAIL, FindingStatus.UNKNOWN
_ALL_ROLES = tuple(Role)
_ALL_ISSUERS = tuple(Issuer)
_ANGGOTA = Role.ANGGOTA


def active_board(kim: Kim, on: dt.date) -> tuple[Member, ...]:
    """The board members (every role but ``anggota``) active on ``on``."""
    return tuple(m for m in kim.members if m.role is not _ANGGOTA and m.active_on(on))


def _count(_: object, __: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        msg = f"Bound.count must be an integer >= 0, not {value!r}"
        raise InvalidArgument(msg)


@attrs.frozen
class Bound:
    """A bound on the number of members and how much it weighs."""

    count: int = attrs.field(validator=_count)
    severity: Severity = attrs.field(default=Severity.REQUIRED, converter=Severity)

    def __str__(self) -> str:
        """``3 (required)``."""
        return f"{self.count} ({self.severity.value})"


def _words(params: dict[str, object]) -> dict[str, object]:
    """A message's parameters (typed loosely: counts, values, tuples)."""
    return params


def _beyond(bound: Bound) -> FindingStatus:
    return _FAIL if bound.severity is Severity.REQUIRED else FindingStatus.ADVISORY


def membership_size(kim: Kim, on: dt.date, params: Mapping[str, object]) -> Evaluation:
    """Members active on ``on`` (board included) against the profile's bounds."""
    low = params["membership.minimum"]
    high = params["membership.maximum"]
    assert isinstance(low, Bound)  # noqa: S101 - guaranteed by the profile
    assert isinstance(high, Bound)  # noqa: S101
    count = sum(1 for m in kim.members if m.active_on(on))
    required = (low.count, high.count)
    words = _words({"actual": count, "minimum": low.count, "maximum": high.count})
    if count < low.count:
        status = _beyond(low)
        key = "below" if status is _FAIL else "below_recommended"
        remedy = Remedy(
            action="add_members",
            params={"count": low.count - count, "minimum": low.count},
        )
        return Evaluation(
            status, count, required, (), f"finding.membership.{key}", words, (remedy,)
        )
    if count > high.count:
        status = _beyond(high)
        key = "above" if status is _FAIL else "above_recommended"
        remedy = Remedy(
            action="reduce_members",
            params={"count": count - high.count, "maximum": high.count},
        )
        return Evaluation(
            status, count, required, (), f"finding.membership.{key}", words, (remedy,)
        )
    return Evaluation(_PASS, count, required, (), "finding.membership.within", words)


def _holds(value: object) -> bool | None:
    """A fact's truth: ``None`` unknown; an affiliation's name counts as true."""
    if value is None:
        return None
    return value is not False


def _roles(found: Collection[Role]) -> tuple[Role, ...]:
    return tuple(role for role in _ALL_ROLES if role in found)


def board_fact(fact: str) -> Check:
    """The check that no active board member has ``fact`` (one of :data:`FACTS`)."""
    if fact not in FACTS:
        msg = f"fact={fact!r} is not one of {', '.join(FACTS)}"
        raise InvalidArgument(msg)

    def check(kim: Kim, on: dt.date, params: Mapping[str, object]) -> Evaluation:
        del params
        board = active_board(kim, on)
        if not board:
            remedy = Remedy(action="name_board")
            return Evaluation(
                _UNKNOWN, None, 0, (), "finding.board.empty", {}, (remedy,)
            )
        failing: set[Role] = set()
        unknown: set[Role] = set()
        count = 0
        for member in board:
            holds = _holds(getattr(member, fact))
            if holds is None:
                unknown.add(member.role)
            elif holds:
                failing.add(member.role)
                count += 1
        if failing:
            roles = _roles(failing)
            remedies = tuple(
                Remedy(
                    action="replace_board_member",
                    params={"role": r.value, "fact": fact},
                )
                for r in roles
            )
            words = _words({"fact": fact, "roles": tuple(r.value for r in roles)})
            return Evaluation(
                _FAIL, count, 0, roles, "finding.board.fail", words, remedies
            )
        if unknown:
            roles = _roles(unknown)
            remedies = tuple(
                Remedy(action="declare_fact", params={"role": r.value, "fact": fact})
                for r in roles
            )
            words = _words({"fact": fact, "roles": tuple(r.value for r in roles)})
            return Evaluation(
                _UNKNOWN, None, 0, roles, "finding.board.unknown", words, remedies
            )
        words = _words({"fact": fact, "count": len(board)})
        return Evaluation(_PASS, 0, 0, (), "finding.board.pass", words)

    check.__name__ = check.__qualname__ = f"board_{fact}"
    return check


@functools.lru_cache(maxsize=4096)
def _seat_kind(code: str) -> str | None:
    from kimlib import regions  # noqa: PLC0415 - region data load lazily

    kind = regions.village_kind(code)
    return None if kind is None else kind.value


def village_heads(kim: Kim) -> tuple[Issuer, ...]:
    """The head of the seat's village: kepala desa, lurah, or either if unknown."""
    kind = _seat_kind(kim.village or kim.region)
    if kind == "desa":
        return (Issuer.KEPALA_DESA,)
    if kind == "kelurahan":
        return (Issuer.LURAH,)
    return (Issuer.KEPALA_DESA, Issuer.LURAH)


def _document_check(
    kind: DocumentKind,
    allowed_of: Callable[[Kim, Mapping[str, object]], tuple[Issuer, ...]],
    *,
    acknowledged: bool,
) -> Check:
    obtain = "acknowledge_document" if acknowledged else "obtain_document"
    present = "acknowledged" if acknowledged else "issued"
    wrong = "wrong_acknowledger" if acknowledged else "wrong_issuer"

    def check(kim: Kim, on: dt.date, params: Mapping[str, object]) -> Evaluation:
        allowed = allowed_of(kim, params)
        names = tuple(i.value for i in allowed)
        if kim.documents is None:
            remedy = Remedy(
                action="list_document",
                params={"document": kind.value, "issuers": names},
            )
            words = _words({"document": kind.value})
            return Evaluation(
                _UNKNOWN, None, names, (), "finding.legality.no_list", words, (remedy,)
            )
        by: set[Issuer] = set()
        for doc in kim.documents:
            if doc.kind is kind and doc.in_force_on(on):
                who = doc.acknowledged_by if acknowledged else doc.issuer
                if who is not None:
                    by.add(who)
        found = tuple(i.value for i in _ALL_ISSUERS if i in by)
        matched = tuple(i.value for i in allowed if i in by)
        if matched:
            words = _words({"document": kind.value, "issuers": matched})
            return Evaluation(
                _PASS, found, names, (), f"finding.legality.{present}", words
            )
        remedy = Remedy(
            action=obtain, params={"document": kind.value, "issuers": names}
        )
        if found:
            words = _words({"document": kind.value, "issuers": names})
            return Evaluation(
                _FAIL, found, names, (), f"finding.legality.{wrong}", words, (remedy,)
            )
        words = _words({"document": kind.value})
        return Evaluation(
            _FAIL, (), names, (), "finding.legality.missing", words, (remedy,)
        )

    check.__name__ = check.__qualname__ = f"document_{kind.value}"
    return check


def _decree_issuers(kim: Kim, params: Mapping[str, object]) -> tuple[Issuer, ...]:
    others = params.get("legality.formation_decree.other_issuers", ())
    heads = village_heads(kim)
    extra = tuple(i for i in others if i not in heads)  # type: ignore[attr-defined]
    return heads + extra


def _registration_issuers(kim: Kim, params: Mapping[str, object]) -> tuple[Issuer, ...]:
    del kim
    issuers = params["legality.registration_number.issuers"]
    assert isinstance(issuers, tuple)  # noqa: S101 - guaranteed by the profile
    return issuers


def _acknowledgers(kim: Kim, params: Mapping[str, object]) -> tuple[Issuer, ...]:
    del params
    return village_heads(kim)


#: An SK pembentukan from the village head (or another issuer the profile allows).
formation_decree = _document_check(
    DocumentKind.SK_PEMBENTUKAN, _decree_issuers, acknowledged=False
)
#: A nomor induk from the issuers the profile names (the regency/city Dinas).
registration_number = _document_check(
    DocumentKind.NOMOR_INDUK, _registration_issuers, acknowledged=False
)
#: A susunan pengurus acknowledged by the village head.
board_acknowledged = _document_check(
    DocumentKind.SUSUNAN_PENGURUS, _acknowledgers, acknowledged=True
)
