"""The checks of kimlib's own rules: pure functions of (kim, on, parameters).

Each returns an :class:`~kimlib.rules._rule.Evaluation`; the engine turns it
into a finding. Board checks look at the board members active on the date;
legality checks at the documents in force on it.

Each check is a :class:`BuiltinCheck`: called as a :data:`Check` it works out
what it reads of the KIM (:class:`Facts`) itself; the engine works the facts
out once per assessment and hands them to every built-in check.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Collection, Mapping
from typing import NamedTuple

import attrs

from kimlib.errors import InvalidArgument
from kimlib.model import Document, DocumentKind, Issuer, Kim, Member, Role
from kimlib.rules._remedies import Remedy
from kimlib.rules._rule import Check, Evaluation, FindingStatus, Severity

__all__ = [
    "FACTS",
    "Bound",
    "BuiltinCheck",
    "Evaluator",
    "Facts",
    "board_acknowledged",
    "board_fact",
    "facts_of",
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


class Facts(NamedTuple):
    """What the built-in checks read of one KIM on one date.

    ``active`` are the members who count on ``on``, ``board`` those of them
    on the board, ``documents`` the documents in force on ``on`` (``None``
    when the KIM lists none, which makes legality unknown).
    """

    kim: Kim
    on: dt.date
    active: tuple[Member, ...]
    board: tuple[Member, ...]
    documents: tuple[Document, ...] | None


def facts_of(kim: Kim, on: dt.date) -> Facts:
    """The :class:`Facts` of ``kim`` on ``on``, members and documents in order."""
    active = kim.members_on(on)
    board = tuple([m for m in active if m.role is not _ANGGOTA])
    listed = kim.documents
    documents = (
        None if listed is None else tuple([d for d in listed if d.in_force_on(on)])
    )
    return Facts(kim, on, active, board, documents)


#: What a built-in check computes from the facts and the profile's parameters.
Evaluator = Callable[[Facts, Mapping[str, object]], Evaluation]


class BuiltinCheck:
    """A check of kimlib's own rules: a :data:`Check` over shared :class:`Facts`.

    Calling it as ``check(kim, on, params)`` works the facts out; the engine
    calls :attr:`evaluate` with the facts of the whole assessment instead.
    """

    def __init__(self, name: str, evaluate: Evaluator, doc: str | None) -> None:
        """Name the check (as a function would be) and keep its evaluator."""
        self.__name__ = self.__qualname__ = name
        self.__doc__ = doc
        self.evaluate = evaluate

    def __call__(
        self, kim: Kim, on: dt.date, params: Mapping[str, object]
    ) -> Evaluation:
        """Check ``kim`` on ``on`` with the profile's ``params``."""
        return self.evaluate(facts_of(kim, on), params)

    def __repr__(self) -> str:
        """``<kimlib check membership_size>``."""
        return f"<kimlib check {self.__name__}>"


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


def _membership_size(facts: Facts, params: Mapping[str, object]) -> Evaluation:
    low = params["membership.minimum"]
    high = params["membership.maximum"]
    assert isinstance(low, Bound)  # noqa: S101 - guaranteed by the profile
    assert isinstance(high, Bound)  # noqa: S101
    count = len(facts.active)
    required = (low.count, high.count)
    words = _words({"actual": count, "minimum": low.count, "maximum": high.count})
    if count < low.count:
        status = _beyond(low)
        key = "below" if status is _FAIL else "below_recommended"
        remedy = Remedy(
            action="add_members",
            params={"count": low.count - count, "minimum": low.count},
        )
    elif count > high.count:
        status = _beyond(high)
        key = "above" if status is _FAIL else "above_recommended"
        remedy = Remedy(
            action="reduce_members",
            params={"count": count - high.count, "maximum": high.count},
        )
    else:
        return Evaluation(
            _PASS, count, required, (), "finding.membership.within", words
        )
    message = f"finding.membership.{key}"
    return Evaluation(status, count, required, (), message, words, (remedy,))


#: Members active on ``on`` (board included) against the profile's bounds.
membership_size = BuiltinCheck(
    "membership_size",
    _membership_size,
    "Members active on ``on`` (board included) against the profile's bounds.",
)


def _roles(found: Collection[Role]) -> tuple[Role, ...]:
    return tuple(role for role in _ALL_ROLES if role in found)


def board_fact(fact: str) -> Check:
    """The check that no active board member has ``fact`` (one of :data:`FACTS`).

    A fact is ``None`` (unknown), ``False`` (declared not to hold) or
    anything else (holds: ``True``, or an affiliation's name).
    """
    if fact not in FACTS:
        msg = f"fact={fact!r} is not one of {', '.join(FACTS)}"
        raise InvalidArgument(msg)

    def evaluate(facts: Facts, params: Mapping[str, object]) -> Evaluation:
        del params
        board = facts.board
        if not board:
            remedy = Remedy(action="name_board")
            return Evaluation(
                _UNKNOWN, None, 0, (), "finding.board.empty", {}, (remedy,)
            )
        failing: set[Role] = set()
        unknown: set[Role] = set()
        count = 0
        for member in board:
            value = getattr(member, fact)
            if value is None:
                unknown.add(member.role)
            elif value is not False:
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

    return BuiltinCheck(
        f"board_{fact}",
        evaluate,
        f"No active board member has {fact} (unknown if a member has not said).",
    )


@functools.lru_cache(maxsize=4096)
def _seat_kind(code: str) -> str | None:
    from kimlib import regions  # noqa: PLC0415 - region data load lazily

    kind = regions.village_kind(code)
    return None if kind is None else kind.value


_DESA_HEAD = (Issuer.KEPALA_DESA,)
_KELURAHAN_HEAD = (Issuer.LURAH,)
_EITHER_HEAD = (Issuer.KEPALA_DESA, Issuer.LURAH)


def village_heads(kim: Kim) -> tuple[Issuer, ...]:
    """The head of the seat's village: kepala desa, lurah, or either if unknown."""
    kind = _seat_kind(kim.village or kim.region)
    if kind == "desa":
        return _DESA_HEAD
    if kind == "kelurahan":
        return _KELURAHAN_HEAD
    return _EITHER_HEAD


def _document_check(
    kind: DocumentKind,
    allowed_of: Callable[[Kim, Mapping[str, object]], tuple[Issuer, ...]],
    *,
    acknowledged: bool,
) -> BuiltinCheck:
    obtain = "acknowledge_document" if acknowledged else "obtain_document"
    verb = "acknowledged" if acknowledged else "issued"
    wrong = "wrong_acknowledger" if acknowledged else "wrong_issuer"
    document = kind.value

    def evaluate(facts: Facts, params: Mapping[str, object]) -> Evaluation:
        allowed = allowed_of(facts.kim, params)
        names = tuple(i.value for i in allowed)
        documents = facts.documents
        if documents is None:
            remedy = Remedy(
                action="list_document", params={"document": document, "issuers": names}
            )
            words = _words({"document": document})
            return Evaluation(
                _UNKNOWN, None, names, (), "finding.legality.no_list", words, (remedy,)
            )
        by: set[Issuer] = set()
        for doc in documents:
            if doc.kind is kind:
                who = doc.acknowledged_by if acknowledged else doc.issuer
                if who is not None:
                    by.add(who)
        found = tuple(i.value for i in _ALL_ISSUERS if i in by)
        matched = tuple(i.value for i in allowed if i in by)
        if matched:
            words = _words({"document": document, "issuers": matched})
            return Evaluation(
                _PASS, found, names, (), f"finding.legality.{verb}", words
            )
        remedy = Remedy(action=obtain, params={"document": document, "issuers": names})
        if found:
            words = _words({"document": document, "issuers": names})
            message = f"finding.legality.{wrong}"
            return Evaluation(_FAIL, found, names, (), message, words, (remedy,))
        words = _words({"document": document})
        return Evaluation(
            _FAIL, (), names, (), "finding.legality.missing", words, (remedy,)
        )

    doc = f"A {document} document in force, {verb} as allowed."
    return BuiltinCheck(f"document_{document}", evaluate, doc)


def _decree_issuers(kim: Kim, params: Mapping[str, object]) -> tuple[Issuer, ...]:
    others = params.get("legality.formation_decree.other_issuers", ())
    heads = village_heads(kim)
    if not others:
        return heads
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
