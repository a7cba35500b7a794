"""The kernels of kimlib's own rules: pure functions of (facts, parameters).

Each rule's check is one kernel over the KIM's :class:`Facts` on a date,
returning a compact :class:`~kimlib.rules.Evaluation` (a status, the actual
and required values, the roles concerned, a message key with its parameters
and the remedies as action codes); the words are made only when a finding is
read. ``assess`` works the facts out of a :class:`~kimlib.model.Kim`;
:mod:`kimlib.batch` works them out of its own light decoded documents, without
a Kim, and calls the very same kernels.

A user's own rule gets both paths by being a kernel too (:func:`kernel`):

>>> from kimlib.rules import Evaluation, FindingStatus, kernel
>>> @kernel
... def has_ketua(facts, params):
...     roles = {m.role.value for m in facts.board}
...     status = FindingStatus.PASS if "ketua" in roles else FindingStatus.FAIL
...     return Evaluation(status, len(facts.board), 1)
>>> has_ketua
<kimlib check has_ketua>
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Collection, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple, Protocol

import attrs

from kimlib.errors import InvalidArgument
from kimlib.messages import shown
from kimlib.model import DocumentKind, Issuer, Role
from kimlib.rules._remedies import Remedy, RemedyParam
from kimlib.rules._rule import Check, Evaluation, FindingStatus, RemedySpec, Severity

if TYPE_CHECKING:
    from kimlib.model import Affiliation, Kim

__all__ = [
    "FACTS",
    "Bound",
    "BuiltinCheck",
    "DocumentFacts",
    "Evaluator",
    "Facts",
    "MemberFacts",
    "board_acknowledged",
    "board_fact",
    "facts_from",
    "facts_of",
    "formation_decree",
    "kernel",
    "membership_size",
    "registration_number",
    "remedy_of",
    "seat_heads",
    "village_heads",
]

#: The board facts the administrative requirements of seed 001 name.
FACTS = ("civil_servant", "criminal_record", "party_affiliation", "ngo_affiliation")

_PASS, _FAIL, _UNKNOWN = FindingStatus.PASS, FindingStatus.FAIL, FindingStatus.UNKNOWN
_ALL_ROLES = tuple(Role)
_ALL_ISSUERS = tuple(Issuer)
_ANGGOTA = Role.ANGGOTA


class MemberFacts(Protocol):
    """What a kernel may read of a member.

    A :class:`~kimlib.model.Member`, or the batch path's lighter value with
    the same attributes.
    """

    @property
    def role(self) -> Role:
        """The member's role."""

    @property
    def joined_on(self) -> dt.date | None:
        """When the member joined."""

    @property
    def left_on(self) -> dt.date | None:
        """When the member left."""

    @property
    def civil_servant(self) -> bool | None:
        """Whether the member is a civil servant (``None``: unknown)."""

    @property
    def criminal_record(self) -> bool | None:
        """Whether the member has a criminal record (``None``: unknown)."""

    @property
    def party_affiliation(self) -> Affiliation:
        """A party affiliation (a name, ``True``, ``False`` or ``None``)."""

    @property
    def ngo_affiliation(self) -> Affiliation:
        """An NGO affiliation (a name, ``True``, ``False`` or ``None``)."""


class DocumentFacts(Protocol):
    """What a kernel may read of a document."""

    @property
    def kind(self) -> DocumentKind:
        """The document's kind."""

    @property
    def issuer(self) -> Issuer | None:
        """Who issued it."""

    @property
    def acknowledged_by(self) -> Issuer | None:
        """Who acknowledged it."""

    @property
    def issued_on(self) -> dt.date | None:
        """When it was issued."""

    @property
    def valid_until(self) -> dt.date | None:
        """Its last valid day."""


class Facts(NamedTuple):
    """What the kernels read of one KIM on one date.

    ``on`` is the assessment date; ``region`` and ``village`` the seat's
    dotted codes; ``active`` the members who count on ``on`` (board
    included), ``board`` those of them on the board, ``documents`` the
    documents in force on ``on`` (``None`` when the KIM lists none, which
    makes legality unknown). Members and documents are read through their
    attributes only (:class:`MemberFacts`, :class:`DocumentFacts`). ``kim``
    is the :class:`~kimlib.model.Kim` on the object path and ``None`` on the
    batch path: a kernel meant for both never reads it.
    """

    on: dt.date
    region: str
    village: str | None
    active: tuple[MemberFacts, ...]
    board: tuple[MemberFacts, ...]
    documents: tuple[DocumentFacts, ...] | None
    kim: Kim | None = None
    #: The documents issued by ``on`` whose ``valid_until`` is before it.
    expired: tuple[DocumentFacts, ...] = ()

    @property
    def seat(self) -> str:
        """The most precise seat code: the village if known, else the region."""
        return self.village or self.region


def facts_from(  # noqa: PLR0917 - the facts, each named
    on: dt.date,
    region: str,
    village: str | None,
    members: Collection[MemberFacts],
    documents: Collection[DocumentFacts] | None,
    kim: Kim | None = None,
) -> Facts:
    """The :class:`Facts` on ``on`` of a seat, its members and documents.

    Members count when they joined by ``on`` and had not left before it;
    documents when issued by ``on`` and not expired before it (undated ones
    always). The same rules as :meth:`~kimlib.model.Member.active_on` and
    :meth:`~kimlib.model.Document.in_force_on`, over any values with those
    attributes.
    """
    active = tuple(
        [
            m
            for m in members
            if ((joined := m.joined_on) is None or joined <= on)
            and ((left := m.left_on) is None or left >= on)
        ]
    )
    board = tuple([m for m in active if m.role is not _ANGGOTA])
    in_force = (
        None
        if documents is None
        else tuple(
            [
                d
                for d in documents
                if ((issued := d.issued_on) is None or issued <= on)
                and ((until := d.valid_until) is None or until >= on)
            ]
        )
    )
    expired = (
        ()
        if documents is None
        else tuple(
            [
                d
                for d in documents
                if ((issued := d.issued_on) is None or issued <= on)
                and (until := d.valid_until) is not None
                and until < on
            ]
        )
    )
    return Facts(on, region, village, active, board, in_force, kim, expired)


def facts_of(kim: Kim, on: dt.date) -> Facts:
    """The :class:`Facts` of ``kim`` on ``on``, members and documents in order."""
    return facts_from(on, kim.region, kim.village, kim.members, kim.documents, kim)


#: A kernel: the facts and the profile's parameter values to an evaluation.
Evaluator = Callable[[Facts, Mapping[str, object]], Evaluation]


class BuiltinCheck:
    """A rule's kernel, usable as a :data:`~kimlib.rules.Check` too.

    ``assess`` and :mod:`kimlib.batch` call :attr:`evaluate` with the facts
    of the whole assessment; calling it as ``check(kim, on, params)`` works
    the facts out of the Kim first.
    """

    def __init__(self, name: str, evaluate: Evaluator, doc: str | None) -> None:
        """Name the check (as a function would be) and keep its kernel."""
        self.__name__ = self.__qualname__ = name
        self.__doc__ = doc
        self.evaluate = evaluate

    def __call__(
        self, kim: Kim, on: dt.date, params: Mapping[str, object]
    ) -> Evaluation:
        """Check ``kim`` on ``on`` with the profile's ``params``."""
        return as_check_result(self.evaluate(facts_of(kim, on), params))

    def __repr__(self) -> str:
        """``<kimlib check membership_size>``."""
        return f"<kimlib check {self.__name__}>"


def kernel(function: Evaluator) -> BuiltinCheck:
    """Make ``function(facts, params) -> Evaluation`` a rule's check.

    A rule whose check is a kernel runs on both paths, ``assess`` and
    :mod:`kimlib.batch`; a plain :data:`~kimlib.rules.Check` of
    ``(kim, on, params)`` runs on the object path only (the batch path then
    builds the Kim for that document).

    Raises:
        InvalidArgument: ``function`` is not callable.
    """
    if not callable(function):
        raise InvalidArgument.of("batch.kernel", kind=type(function).__name__)
    name = getattr(function, "__name__", "kernel")
    return BuiltinCheck(name, function, getattr(function, "__doc__", None))


_NEW = object.__new__
_SET_ACTION = Remedy.__dict__["action"].__set__
_SET_PARAMS = Remedy.__dict__["params"].__set__
_SET_TEXT = Remedy.__dict__["text"].__set__


def _remedy(action: str, params: Mapping[str, RemedyParam] | None = None) -> RemedySpec:
    """A remedy as the kernels return it: its action and parameters only.

    It becomes a :class:`Remedy` when a finding is read (:func:`remedy_of`).
    """
    return (action, _NO_PARAMS if params is None else params)


_NO_PARAMS: Mapping[str, RemedyParam] = MappingProxyType({})


def remedy_of(item: Remedy | RemedySpec) -> Remedy:
    """The :class:`Remedy` of a kernel's ``(action, params)``, or ``item`` itself.

    The action is one of :data:`~kimlib.rules.ACTIONS` (a test pins every one
    the kernels use), so ``Remedy``'s own check has nothing to find; the
    value is the one ``Remedy(action=..., params=...)`` gives.
    """
    if isinstance(item, Remedy):
        return item
    action, params = item
    remedy: Remedy = _NEW(Remedy)
    _SET_ACTION(remedy, action)
    _SET_PARAMS(remedy, MappingProxyType(dict(params)))
    _SET_TEXT(remedy, None)
    return remedy


def as_check_result(evaluation: Evaluation) -> Evaluation:
    """``evaluation`` with every remedy a :class:`Remedy` (what a Check returns)."""
    remedies = evaluation.remedies
    if not remedies or all(isinstance(r, Remedy) for r in remedies):
        return evaluation
    return evaluation._replace(remedies=tuple(remedy_of(r) for r in remedies))


def _count(_: object, __: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidArgument.of(
            "argument.count", name="Bound.count", value=shown(value)
        )


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
        remedy = _remedy(
            "add_members",
            {"count": low.count - count, "minimum": low.count},
        )
    elif count > high.count:
        status = _beyond(high)
        key = "above" if status is _FAIL else "above_recommended"
        remedy = _remedy(
            "reduce_members",
            {"count": count - high.count, "maximum": high.count},
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
        raise InvalidArgument.of(
            "argument.choice", name="fact", value=shown(fact), allowed=", ".join(FACTS)
        )

    def evaluate(facts: Facts, params: Mapping[str, object]) -> Evaluation:
        del params
        board = facts.board
        if not board:
            remedy = _remedy("name_board")
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
                _remedy(
                    "replace_board_member",
                    {"role": r.value, "fact": fact},
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
                _remedy("declare_fact", {"role": r.value, "fact": fact}) for r in roles
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


_DESA_HEAD = (Issuer.KEPALA_DESA,)
_KELURAHAN_HEAD = (Issuer.LURAH,)
_EITHER_HEAD = (Issuer.KEPALA_DESA, Issuer.LURAH)
_VILLAGE_DOTS = 3


def _heads(kind: object) -> tuple[Issuer, ...]:
    value = getattr(kind, "value", None)
    if value == "desa":
        return _DESA_HEAD
    if value == "kelurahan":
        return _KELURAHAN_HEAD
    return _EITHER_HEAD


@functools.lru_cache(maxsize=1024)
def _region_heads(code: str) -> tuple[Issuer, ...]:
    """The heads for a seat above village level (at most one per regency)."""
    from kimlib import regions  # noqa: PLC0415 - region data load lazily

    return _heads(regions.village_kind(code))


def seat_heads(code: str) -> tuple[Issuer, ...]:
    """The head of the village at seat ``code``: kepala desa, lurah, or either.

    A village's kind is read from the table each time (a lookup, not worth a
    cache keyed by 83,762 codes); a larger seat's answer is cached per code.

    >>> seat_heads("36.73.01.1001"), seat_heads("36.73")
    ((<Issuer.LURAH: 'lurah'>,), (<Issuer.LURAH: 'lurah'>,))
    """
    if code.count(".") >= _VILLAGE_DOTS:
        row = _village_rows().get(code)
        return _EITHER_HEAD if row is None else _heads(row[1])
    return _region_heads(code)


@functools.cache
def _village_rows() -> Mapping[str, tuple[str, object]]:
    from kimlib.regions import _data  # noqa: PLC0415 - region data load lazily

    return _data.table(4).rows


def village_heads(kim: Kim) -> tuple[Issuer, ...]:
    """The head of the seat's village: kepala desa, lurah, or either if unknown."""
    return seat_heads(kim.village or kim.region)


_VALUES: dict[tuple[Issuer, ...], tuple[str, ...]] = {}
_ORDERED: dict[frozenset[Issuer], tuple[str, ...]] = {}


def _values(issuers: tuple[Issuer, ...]) -> tuple[str, ...]:
    """The issuers' values (cached: a few distinct tuples per profile)."""
    found = _VALUES.get(issuers)
    if found is None:
        found = _VALUES[issuers] = tuple(i.value for i in issuers)
    return found


_VALUE = {issuer: issuer.value for issuer in Issuer}
_SINGLE = {issuer: (issuer.value,) for issuer in Issuer}


def _in_order(issuers: set[Issuer]) -> tuple[str, ...]:
    """The values of ``issuers`` in the vocabulary's order."""
    if not issuers:
        return ()
    if len(issuers) == 1:
        return _SINGLE[next(iter(issuers))]
    key = frozenset(issuers)
    found = _ORDERED.get(key)
    if found is None:
        found = _ORDERED[key] = tuple(i.value for i in _ALL_ISSUERS if i in key)
    return found


def _document_check(
    kind: DocumentKind,
    allowed_of: Callable[[Facts, Mapping[str, object]], tuple[Issuer, ...]],
    *,
    acknowledged: bool,
) -> BuiltinCheck:
    obtain = "acknowledge_document" if acknowledged else "obtain_document"
    verb = "acknowledged" if acknowledged else "issued"
    wrong = "wrong_acknowledger" if acknowledged else "wrong_issuer"
    document = kind.value

    passed = f"finding.legality.{verb}"
    wrong_message = f"finding.legality.{wrong}"
    attribute = "acknowledged_by" if acknowledged else "issuer"

    def evaluate(facts: Facts, params: Mapping[str, object]) -> Evaluation:
        allowed = allowed_of(facts, params)
        names = _values(allowed)
        documents = facts.documents
        if documents is None:
            remedy = _remedy("list_document", {"document": document, "issuers": names})
            words = _words({"document": document})
            return Evaluation(
                _UNKNOWN, None, names, (), "finding.legality.no_list", words, (remedy,)
            )
        by = {
            who
            for doc in documents
            if doc.kind is kind and (who := getattr(doc, attribute)) is not None
        }
        found = _in_order(by)
        matched = tuple([_VALUE[i] for i in allowed if i in by]) if by else ()
        if matched:
            words = _words({"document": document, "issuers": matched})
            return Evaluation(_PASS, found, names, (), passed, words)
        remedy = _remedy(obtain, {"document": document, "issuers": names})
        if found:
            words = _words({"document": document, "issuers": names})
            return Evaluation(_FAIL, found, names, (), wrong_message, words, (remedy,))
        lapsed = [
            until
            for d in facts.expired
            if d.kind is kind
            and getattr(d, attribute) in allowed
            and (until := d.valid_until) is not None
        ]
        if lapsed:  # the right document, but its validity ran out: renew it
            renew = _remedy("renew_document", {"document": document, "issuers": names})
            words = _words({"document": document, "date": max(lapsed)})
            return Evaluation(
                _FAIL, (), names, (), "finding.legality.expired", words, (renew,)
            )
        words = _words({"document": document})
        return Evaluation(
            _FAIL, (), names, (), "finding.legality.missing", words, (remedy,)
        )

    doc = f"A {document} document in force, {verb} as allowed."
    return BuiltinCheck(f"document_{document}", evaluate, doc)


def _decree_issuers(facts: Facts, params: Mapping[str, object]) -> tuple[Issuer, ...]:
    others = params.get("legality.formation_decree.other_issuers", ())
    heads = seat_heads(facts.seat)
    if not others:
        return heads
    extra = tuple(i for i in others if i not in heads)  # type: ignore[attr-defined]
    return heads + extra


def _registration_issuers(
    facts: Facts, params: Mapping[str, object]
) -> tuple[Issuer, ...]:
    del facts
    issuers = params["legality.registration_number.issuers"]
    assert isinstance(issuers, tuple)  # noqa: S101 - guaranteed by the profile
    return issuers


def _acknowledgers(facts: Facts, params: Mapping[str, object]) -> tuple[Issuer, ...]:
    del params
    return seat_heads(facts.seat)


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
