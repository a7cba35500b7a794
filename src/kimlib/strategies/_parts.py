"""Strategies for the parts of a KIM: NIKs, members, documents, activities."""

from __future__ import annotations

import datetime as dt
import functools

from hypothesis import strategies as st

from kimlib import regions
from kimlib._dates import LOCAL_DAY
from kimlib.errors import InvalidArgument
from kimlib.messages import shown
from kimlib.model import ACKNOWLEDGERS as _VILLAGE_HEADS
from kimlib.model import (
    Activity,
    ActivityForm,
    Channel,
    Document,
    DocumentKind,
    Gender,
    Issuer,
    Member,
    MemberGroup,
    Nik,
    Role,
    Stage,
)
from kimlib.model.member import is_yes_no_word

__all__ = ["SEATS", "activities", "documents", "members", "niks"]

#: Real (regency/city, village) code pairs of the Kemendagri decree, chosen in
#: the places the sources name (Kota Serang, Kota Palangka Raya, Seruyan,
#: Kapuas, Murung Raya, Pulang Pisau, Kapuas Hulu, Kabupaten Serang) and a few
#: more for the other time zones (Badung: WITA, Kota Jayapura: WIT) and for
#: desa as well as kelurahan. A test checks that each exists and nests.
SEATS: tuple[tuple[str, str], ...] = (
    ("36.73", "36.73.01.1001"),  # Kota Serang, Serang (kelurahan)
    ("62.71", "62.71.01.1001"),  # Kota Palangkaraya, Pahandut (kelurahan)
    ("62.07", "62.07.01.1001"),  # Kab. Seruyan, Kuala Pembuang I (kelurahan)
    ("62.03", "62.03.01.1006"),  # Kab. Kapuas, Murung Keramat (kelurahan)
    ("62.12", "62.12.01.1012"),  # Kab. Murung Raya, Puruk Cahu (kelurahan)
    ("62.11", "62.11.01.2001"),  # Kab. Pulang Pisau, Dandang (desa)
    ("61.06", "61.06.01.1001"),  # Kab. Kapuas Hulu, Putussibau Kota (kelurahan)
    ("36.04", "36.04.05.2001"),  # Kab. Serang, Kramatwatu (desa)
    ("13.06", "13.06.01.2001"),  # Kab. Agam, Tiku Selatan (desa)
    ("51.03", "51.03.01.1001"),  # Kab. Badung, Tuban (kelurahan; WITA)
    ("91.71", "91.71.01.1001"),  # Kota Jayapura, Gurabesi (kelurahan; WIT)
)

# English: Indonesian standard time offsets (WIB, WITA, WIT).
_INDONESIAN_OFFSETS = tuple(
    dt.timezone(dt.timedelta(hours=hours)) for hours in (7, 8, 9)
)
_BIRTH_DATES = st.dates(dt.date(1930, 1, 1), dt.date(2012, 12, 31))
_DATES = st.dates(dt.date(2005, 1, 1), dt.date(2035, 12, 31))
_TIMES = st.datetimes(dt.datetime(2010, 1, 1), dt.datetime(2035, 12, 31))  # noqa: DTZ001


def _text(max_size: int = 30) -> st.SearchStrategy[str]:
    """Text with at least one non-space character (what the model needs)."""
    return st.text(min_size=1, max_size=max_size).filter(str.strip)


def _check_enum(name: str, value: object, enum: type) -> None:
    if value is not None and not isinstance(value, enum):
        raise InvalidArgument.of(
            "argument.enum_or_none",
            name=name,
            value=shown(value),
            expected=enum.__name__,
        )


def _in_order(
    pair: tuple[dt.date | None, dt.date | None],
) -> tuple[dt.date | None, dt.date | None]:
    first, second = pair
    if first is not None and second is not None and second < first:
        return second, first
    return first, second


def _ordered(
    dates: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[tuple[dt.date | None, dt.date | None]]:
    """Two optional dates, the second never before the first."""
    return st.tuples(st.none() | dates, st.none() | dates).map(_in_order)


# --- NIK ---------------------------------------------------------------------


@functools.cache
def _kecamatan_pool() -> tuple[str, ...]:
    """Six-digit codes of the current kecamatan of the :data:`SEATS` regencies."""
    return tuple(
        district.code.replace(".", "")
        for regency, _ in SEATS
        for district in regions.children(regency)
    )


def _kecamatan_digits() -> st.SearchStrategy[str]:
    real = st.deferred(lambda: st.sampled_from(_kecamatan_pool()))
    provinces = st.deferred(lambda: st.sampled_from(sorted(regions.province_codes())))
    # Codes are renumbered when regions split: a NIK may carry a kecamatan
    # that is no longer in the table, and it is still a valid NIK.
    other = st.builds(
        str.__add__, provinces, st.from_regex(r"\A[0-9]{4}\Z", fullmatch=True)
    )
    return real | other


def niks(gender: Gender | None = None) -> st.SearchStrategy[Nik]:
    """Valid synthetic NIKs: a province code, a real birth date, a serial.

    The kecamatan digits are a current kecamatan or random digits after a
    current province code; the birth day has 40 added for women.

    Args:
        gender: the gender the NIK encodes; ``None`` for either.

    Returns:
        A strategy of :class:`~kimlib.model.Nik`.

    Raises:
        InvalidArgument: ``gender`` is not a Gender.

    >>> strategy = niks(Gender.PEREMPUAN)
    >>> from hypothesis import given
    >>> @given(strategy)
    ... def test_nik_encodes_women(nik):
    ...     assert nik.gender is Gender.PEREMPUAN
    """
    _check_enum("gender", gender, Gender)
    genders = st.sampled_from(Gender) if gender is None else st.just(gender)
    return st.builds(
        _make_nik,
        _kecamatan_digits(),
        _BIRTH_DATES,
        genders,
        st.integers(1, 9999),
    )


def _make_nik(kecamatan: str, born: dt.date, gender: Gender, serial: int) -> Nik:
    day = born.day + (40 if gender is Gender.PEREMPUAN else 0)
    return Nik(f"{kecamatan}{day:02d}{born:%m%y}{serial:04d}")


# --- members, documents, activities --------------------------------------------


# Built once: making strategies inside a draw is what makes generation slow.
_BOARD_ROLES = tuple(role for role in Role if role.is_board)
_NAMES = st.none() | _text()  # a registry may withhold names
_OPTIONAL_TEXT = st.none() | _text()
_FACTS = st.none() | st.booleans()
_AFFILIATIONS = (
    st.none() | st.booleans() | _text().filter(lambda t: not is_yes_no_word(t))
)
_OPTIONAL_NIKS = st.none() | niks()
_OPTIONAL_GENDERS = st.none() | st.sampled_from(Gender)
_DATE_PAIRS = _ordered(_DATES)
_GROUPS = st.lists(st.sampled_from(MemberGroup), max_size=3, unique=True).map(tuple)
_CHANNELS = st.lists(st.sampled_from(Channel), max_size=3, unique=True).map(tuple)
_ISSUERS = st.sampled_from(Issuer)
_OPTIONAL_ISSUERS = st.none() | _ISSUERS
_ACKNOWLEDGERS = st.sampled_from(sorted(_VILLAGE_HEADS))
_OPTIONAL_ACKNOWLEDGERS = st.none() | _ACKNOWLEDGERS
_FORMS = st.sampled_from(ActivityForm)
_STAGES = st.sampled_from(Stage)
_OPTIONAL_STAGES = st.none() | _STAGES
_ZONES = st.none() | st.sampled_from(_INDONESIAN_OFFSETS)
_PARTICIPANTS = st.none() | st.integers(0, 500)
_KIM_IDS = st.none() | st.from_regex(r"\AKIM-[0-9]{4}-[0-9]{4}\Z", fullmatch=True)
_OPTIONAL_DATES = st.none() | _DATES


@st.composite
def _member(draw: st.DrawFn, roles: st.SearchStrategy[Role]) -> Member:
    nik = draw(_OPTIONAL_NIKS)
    gender = draw(_OPTIONAL_GENDERS)
    if nik is not None and gender is not None:
        gender = nik.gender
    joined_on, left_on = draw(_DATE_PAIRS)
    return Member(
        name=draw(_NAMES),
        role=draw(roles),
        nik=nik,
        gender=gender,
        groups=draw(_GROUPS),
        joined_on=joined_on,
        left_on=left_on,
        civil_servant=draw(_FACTS),
        criminal_record=draw(_FACTS),
        party_affiliation=draw(_AFFILIATIONS),
        ngo_affiliation=draw(_AFFILIATIONS),
    )


def members(*, board: bool | None = None) -> st.SearchStrategy[Member]:
    """Valid members with synthetic names, with or without NIK and facts.

    Args:
        board: ``True`` for board members only (any role but ``anggota``),
            ``False`` for ``anggota`` only, ``None`` for any role.

    Returns:
        A strategy of :class:`~kimlib.model.Member`.

    Raises:
        InvalidArgument: ``board`` is not a bool or None.

    >>> from hypothesis import given
    >>> @given(members(board=True))
    ... def test_board_member(member):
    ...     assert member.is_board
    """
    if board is None:
        roles = st.sampled_from(Role)
    elif board is True:
        roles = st.sampled_from(_BOARD_ROLES)
    elif board is False:
        roles = st.just(Role.ANGGOTA)
    else:
        raise InvalidArgument.of("argument.yes_no", name="board", value=shown(board))
    return _member(roles)


_ANY_MEMBER = members()


@st.composite
def _document(draw: st.DrawFn, kinds: st.SearchStrategy[DocumentKind]) -> Document:
    kind = draw(kinds)
    needs_issuer = kind in (DocumentKind.SK_PEMBENTUKAN, DocumentKind.NOMOR_INDUK)
    issued_on, valid_until = draw(_DATE_PAIRS)
    return Document(
        kind=kind,
        issuer=draw(_ISSUERS if needs_issuer else _OPTIONAL_ISSUERS),
        acknowledged_by=draw(
            _ACKNOWLEDGERS
            if kind is DocumentKind.SUSUNAN_PENGURUS
            else _OPTIONAL_ACKNOWLEDGERS
        ),
        number=draw(_OPTIONAL_TEXT),
        issued_on=issued_on,
        valid_until=valid_until,
    )


def documents(kind: DocumentKind | None = None) -> st.SearchStrategy[Document]:
    """Valid documents: an issuer where the kind needs one, dates in order.

    Args:
        kind: the document kind; ``None`` for any.

    Returns:
        A strategy of :class:`~kimlib.model.Document`.

    Raises:
        InvalidArgument: ``kind`` is not a DocumentKind.

    >>> from hypothesis import given
    >>> @given(documents(DocumentKind.SK_PEMBENTUKAN))
    ... def test_decree_has_issuer(document):
    ...     assert document.issuer is not None
    """
    _check_enum("kind", kind, DocumentKind)
    return _document(st.sampled_from(DocumentKind) if kind is None else st.just(kind))


@st.composite
def _activity(draw: st.DrawFn, tz: dt.tzinfo | None) -> Activity:
    form = draw(_FORMS)
    at = draw(_TIMES).replace(tzinfo=draw(_ZONES) if tz is None else tz)
    if tz is None and draw(st.integers(0, 4)) == 0:  # a date alone
        at = dt.datetime.combine(at.date(), dt.time(0), tzinfo=LOCAL_DAY)
    return Activity(
        form=form,
        at=at,
        stage=draw(_STAGES if form.default_stage is None else _OPTIONAL_STAGES),
        topic=draw(_OPTIONAL_TEXT),
        participants=draw(_PARTICIPANTS),
        channels=draw(_CHANNELS),
    )


def activities(tz: dt.tzinfo | None = None) -> st.SearchStrategy[Activity]:
    """Valid activities between 2010 and 2035; a stage wherever one is needed.

    Args:
        tz: the time zone of ``at``; ``None`` mixes naive local times, dates
            alone (:attr:`~kimlib.model.Activity.date_only`) and the
            Indonesian offsets (+07:00 WIB, +08:00 WITA, +09:00 WIT).

    Returns:
        A strategy of :class:`~kimlib.model.Activity`.

    Raises:
        InvalidArgument: ``tz`` is not a ``datetime.tzinfo``.

    >>> import datetime as dt
    >>> from hypothesis import given
    >>> @given(activities(tz=dt.timezone.utc))
    ... def test_aware(activity):
    ...     assert activity.at.tzinfo is not None
    """
    if tz is not None and not isinstance(tz, dt.tzinfo):
        raise InvalidArgument.of(
            "argument.enum_or_none",
            name="tz",
            value=shown(tz),
            expected="datetime.tzinfo",
        )
    return _activity(tz)
