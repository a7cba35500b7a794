"""The fast path: documents decoded straight into light msgspec structs.

A struct here mirrors a model class field for field, with the same types and
no more freedom: what decodes must be a document :func:`kimlib.load_kim`
accepts too. The fast path is conservative on purpose: it only takes the
plain shape of a document (no escapes in the text, no affiliation given as
text, dates in ``YYYY-MM-DD`` from 1900 to 2100, activity times as
``YYYY-MM-DDTHH:MM:SS[.ffffff]`` with an optional offset) and hands anything
else to the object path, which is the definition. The semantic checks the
structs cannot express call the model's own functions (the seat codes, the
NIK) or restate its cross-field rules exactly (a test proves the two paths
agree on generated registries).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, NamedTuple

import msgspec

from kimlib.adinda._score import _TOPIC_KEYS, Item, folded_topic
from kimlib.errors import KimlibError
from kimlib.model import (
    ActivityForm,
    Channel,
    DocumentKind,
    Gender,
    Issuer,
    MemberGroup,
    Nik,
    Role,
    Stage,
)
from kimlib.model.document import ACKNOWLEDGERS
from kimlib.model.kim import _seat_code

__all__ = ["Light", "decode", "from_mapping"]

_FIRST_YEAR, _LAST_YEAR = 1900, 2100
#: Text the fast path leaves to the object path: any escape, raw bidi or
#: invisible format characters, C1 controls, a byte-order mark.
_UNUSUAL = re.compile(
    rb"\\|\xe2\x80[\x8b-\x8f\xa8-\xae]|\xe2\x81[\xa0-\xaf]|\xef\xbb\xbf|\xc2[\x80-\x9f]"
)
_LARGEST = 256 * 1024
_NEEDS_ISSUER = (DocumentKind.SK_PEMBENTUKAN, DocumentKind.NOMOR_INDUK)
_SUSUNAN = DocumentKind.SUSUNAN_PENGURUS


#: ``YYYY-MM-DDTHH:MM:SS[.ffffff][Z|+HH:MM]``, years 1900 to 2100, real
#: offsets (up to 14 hours): the plain form of an activity's time. Other forms
#: the format allows (minutes only, a space, a date alone) go to the object
#: path, which is the definition.
AT_PATTERN = (
    r"^(?:19[0-9][0-9]|20[0-9][0-9]|2100)-[0-9][0-9]-[0-9][0-9]"
    r"T[0-9][0-9]:[0-9][0-9]:[0-9][0-9](?:\.[0-9]{6})?"
    r"(?:Z|[+-](?:0[0-9]|1[0-4]):[0-5][0-9])?$"
)
_FORM_STAGE = {form: form.default_stage for form in ActivityForm}
_WITH_MICROSECONDS = 26


class _Offsets(dict[str, dt.timedelta]):
    """``"+07:00"`` -> 7 hours (what the pattern lets through), made once each."""

    def __missing__(self, text: str) -> dt.timedelta:
        if text == "Z":
            offset = dt.timedelta(0)
        else:
            sign = -1 if text[0] == "-" else 1
            offset = sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[4:6]))
        self[text] = offset
        return offset


_OFFSETS = _Offsets()


class _Member(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    name: str
    role: Role
    nik: str | None = None
    gender: Gender | None = None
    groups: tuple[MemberGroup, ...] = ()
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    civil_servant: bool | None = None
    criminal_record: bool | None = None
    party_affiliation: bool | None = None
    ngo_affiliation: bool | None = None


class _Document(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    kind: DocumentKind
    issuer: Issuer | None = None
    acknowledged_by: Issuer | None = None
    number: str | None = None
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None


class _Activity(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    form: ActivityForm
    at: Annotated[str, msgspec.Meta(pattern=AT_PATTERN)]
    stage: Stage | None = None
    topic: str | None = None
    participants: Annotated[int, msgspec.Meta(ge=0)] | None = None
    channels: tuple[Channel, ...] = ()


_Empty = Annotated[list[None], msgspec.Meta(max_length=0)]


class _Kim(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    region: str
    members: list[_Member]
    schema_version: Literal[1] = 1
    id: str | None = None
    village: str | None = None
    founded_on: dt.date | None = None
    documents: list[_Document] | None = None
    activities: list[_Activity] = []
    # The Dinas's mapping and the indicator readings decide no verdict and no
    # score: the fast path takes them only empty, anything else is the object
    # path's to judge.
    mapping: _Empty = []
    indicators: _Empty = []


_DECODER = msgspec.json.Decoder(_Kim)
_ENCODER = msgspec.json.Encoder()


class Light(NamedTuple):
    """A document that passed the fast path, in what the kernels read."""

    kim_id: str | None
    name: str
    region: str
    village: str | None
    members: list[_Member]
    documents: list[_Document] | None
    activities: tuple[Item, ...]


def _date_ok(day: dt.date | None) -> bool:
    return day is None or _FIRST_YEAR <= day.year <= _LAST_YEAR


def _members_ok(members: list[_Member]) -> bool:
    first, last = _FIRST_YEAR, _LAST_YEAR
    for member in members:
        if not member.name.strip():
            return False
        joined, left = member.joined_on, member.left_on
        if joined is not None:
            if not first <= joined.year <= last:
                return False
            if left is not None and left < joined:
                return False
        if left is not None and not first <= left.year <= last:
            return False
        if member.nik is not None and not _nik_ok(member):
            return False
    return True


def _nik_ok(member: _Member) -> bool:
    try:
        nik = Nik(member.nik)  # type: ignore[arg-type] # checked by the caller
    except KimlibError:
        return False
    return member.gender is None or nik.gender is member.gender


def _document_ok(document: _Document) -> bool:
    kind, issued, until = document.kind, document.issued_on, document.valid_until
    acknowledged = document.acknowledged_by
    if kind in _NEEDS_ISSUER and document.issuer is None:
        return False
    if kind is _SUSUNAN and acknowledged is None:
        return False
    if acknowledged is not None and acknowledged not in ACKNOWLEDGERS:
        return False
    if issued is not None and until is not None and until < issued:
        return False
    number = document.number
    if number is not None and not number.strip():
        return False
    return _date_ok(issued) and _date_ok(until)


def _activities(items: list[_Activity]) -> tuple[Item, ...] | None:
    """The activities as scoring items, or ``None`` if one is not plain."""
    made: list[Item] = []
    append = made.append
    parse = dt.datetime.fromisoformat
    keys = _TOPIC_KEYS
    forms = _FORM_STAGE
    offsets = _OFFSETS
    for item in items:
        text = item.at
        size = len(text)
        cut = 19 if size < _WITH_MICROSECONDS else 26
        try:
            wall = parse(text[:cut] if size != cut else text)
        except ValueError:  # an impossible date or time
            return None
        offset = offsets[text[cut:]] if size != cut else None
        form = item.form
        stage = item.stage or forms[form]
        topic = item.topic
        if stage is None:
            return None
        if topic is not None:
            key = keys.get(topic)
            if key is None:
                if not topic.strip():
                    return None
                key = folded_topic(topic)
            append((wall, offset, form, stage, key))
        else:
            append((wall, offset, form, stage, None))
    return tuple(made)


def _seat_ok(kim: _Kim) -> str | None:
    """The dotted region code if the seat is one the model takes, else None."""
    try:
        region = _seat_code("region", kim.region)
    except KimlibError:
        return None
    village = kim.village
    if village is not None:
        from kimlib.regions import _data  # noqa: PLC0415 - loaded once, lazily

        if village not in _data.table(4).rows or not village.startswith(region + "."):
            return None
    return region


def _checked(kim: _Kim) -> Light | None:
    kim_id = kim.id
    if (
        not kim.name.strip()
        or (kim_id is not None and not kim_id.strip())
        or not _date_ok(kim.founded_on)
    ):
        return None
    region = _seat_ok(kim)
    documents = kim.documents
    if (
        region is None
        or not _members_ok(kim.members)
        or (documents is not None and not all(_document_ok(d) for d in documents))
    ):
        return None
    activities = _activities(kim.activities)
    if activities is None:
        return None
    return Light(
        kim.id, kim.name, region, kim.village, kim.members, documents, activities
    )


def decode(line: bytes) -> Light | None:
    """The document on ``line`` if the fast path can vouch for it, else ``None``."""
    if (
        len(line) > _LARGEST
        or b"\\" in line
        or (not line.isascii() and _UNUSUAL.search(line) is not None)
    ):
        return None
    try:
        kim = _DECODER.decode(line)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    return _checked(kim)


def from_mapping(document: object) -> Light | None:
    """A parsed document (a dict) on the fast path, else ``None``.

    Written back as JSON first, so that the text checks of :func:`decode`
    apply to it as well (a lone surrogate does not even encode).
    """
    try:
        line = _ENCODER.encode(document)
    except Exception:  # noqa: BLE001 - whatever fails, the object path decides
        return None
    return decode(line)
