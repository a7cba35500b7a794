"""Strategies for whole KIMs and their JSON documents."""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import strategies as st

from kimlib import regions
from kimlib.errors import InvalidArgument
from kimlib.messages import shown
from kimlib.model import Document, Kim, Member
from kimlib.strategies._analysis import indicator_readings, mapping_assessments
from kimlib.strategies._parts import (
    _ANY_MEMBER,
    _KIM_IDS,
    _OPTIONAL_DATES,
    SEATS,
    _text,
    activities,
    documents,
)

__all__ = ["kim_documents", "kims"]

# --- KIMs ----------------------------------------------------------------------


@functools.cache
def _villages_under(code: str) -> tuple[str, ...]:
    region = regions.get(code)
    if region.level == 4:  # noqa: PLR2004 - a village has no children
        return (region.code,)
    return tuple(
        v for child in regions.children(region) for v in _villages_under(child.code)
    )


def _seat(region: str | None) -> st.SearchStrategy[tuple[str, str | None]]:
    """A (region, village or None) pair, the village inside the region."""
    if region is None:
        # The seat's village, or none (a KIM known only by its regency).
        with_village = st.sampled_from(SEATS)
        without_village = st.sampled_from([(code, None) for code, _ in SEATS])
        return with_village | without_village
    if not isinstance(region, str) or not regions.exists(region):
        raise InvalidArgument.of("argument.region_unknown", value=shown(region))
    code = regions.get(region).code
    if code.count(".") < 1:
        raise InvalidArgument.of("argument.region_province", value=shown(region))
    villages = st.deferred(lambda: st.sampled_from(_villages_under(code)))
    return st.tuples(st.just(code), st.none() | villages)


_DOCUMENT_LISTS = st.lists(documents(), max_size=5).map(tuple)
_ACTIVITY_LISTS = st.lists(activities(), max_size=8).map(tuple)
_KIM_NAMES = _text(60)
_MAPPINGS = st.none() | st.lists(mapping_assessments(), max_size=4).map(tuple)
_READINGS = st.none() | st.lists(indicator_readings(), max_size=6).map(tuple)


@st.composite
def _kim(
    draw: st.DrawFn,
    seats: st.SearchStrategy[tuple[str, str | None]],
    member_lists: st.SearchStrategy[tuple[Member, ...]],
    document_lists: st.SearchStrategy[tuple[Document, ...] | None],
) -> Kim:
    region, village = draw(seats)
    return Kim(
        name=draw(_KIM_NAMES),
        region=region,
        village=village,
        id=draw(_KIM_IDS),
        founded_on=draw(_OPTIONAL_DATES),
        members=draw(member_lists),
        documents=draw(document_lists),
        activities=draw(_ACTIVITY_LISTS),
        mapping=draw(_MAPPINGS),
        indicators=draw(_READINGS),
    )


def kims(
    *,
    min_members: int = 0,
    max_members: int = 40,
    with_documents: bool | None = None,
    region: str | None = None,
) -> st.SearchStrategy[Kim]:
    """Valid KIMs: a real seat (with or without a village), members, documents.

    Args:
        min_members: the fewest members.
        max_members: the most members.
        with_documents: ``True`` for a documents list (possibly empty),
            ``False`` for none (legality unknown), ``None`` for either.
        region: a Kemendagri code (regency/city or deeper) to seat every KIM
            in, its villages drawn from the decree; ``None`` draws a seat from
            :data:`SEATS`.

    Returns:
        A strategy of :class:`~kimlib.model.Kim`.

    Raises:
        InvalidArgument: a bound is negative or the bounds are crossed, or
            ``region`` is not a regency/city (or deeper) of the decree.

    >>> from hypothesis import given
    >>> @given(kims(min_members=1, with_documents=False, region="36.73"))
    ... def test_kota_serang(kim):
    ...     assert kim.region == "36.73" and kim.documents is None
    """
    for name, bound in (("min_members", min_members), ("max_members", max_members)):
        if not isinstance(bound, int) or isinstance(bound, bool) or bound < 0:
            raise InvalidArgument.of("argument.count", name=name, value=shown(bound))
    if min_members > max_members:
        raise InvalidArgument.of(
            "argument.min_above_max", minimum=min_members, maximum=max_members
        )
    if with_documents not in (None, True, False):
        raise InvalidArgument.of(
            "argument.yes_no", name="with_documents", value=shown(with_documents)
        )
    member_lists = st.lists(
        _ANY_MEMBER, min_size=min_members, max_size=max_members
    ).map(tuple)
    document_lists: st.SearchStrategy[tuple[Document, ...] | None]
    if with_documents is None:
        document_lists = st.none() | _DOCUMENT_LISTS
    else:
        document_lists = _DOCUMENT_LISTS if with_documents else st.none()
    return _kim(_seat(region), member_lists, document_lists)


def kim_documents(
    *,
    min_members: int = 0,
    max_members: int = 40,
    with_documents: bool | None = None,
    region: str | None = None,
) -> st.SearchStrategy[dict[str, Any]]:
    """JSON-ready KIM documents (dicts): ``kimlib.io.dump`` of :func:`kims`.

    For loader tests: every document loads, and loads back to the KIM it came
    from. Mutate them to test the loader's errors.

    Args:
        min_members: as for :func:`kims`.
        max_members: as for :func:`kims`.
        with_documents: as for :func:`kims`.
        region: as for :func:`kims`.

    Returns:
        A strategy of dicts in the KIM document format.

    >>> from hypothesis import given
    >>> from kimlib.io import load_kim
    >>> @given(kim_documents(max_members=3))
    ... def test_loads(document):
    ...     assert load_kim(document).name == document["name"]
    """
    from kimlib.io import dump  # noqa: PLC0415 - io is a face; only documents need it

    strategy = kims(
        min_members=min_members,
        max_members=max_members,
        with_documents=with_documents,
        region=region,
    )
    return strategy.map(dump)
