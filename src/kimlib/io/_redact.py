"""A KIM as its document again, optionally without personal data.

:func:`kim_document` is what ``kimlib.dump(kim)`` gives: the document that
loads back to an equal Kim, an activity written as a date alone dumped as a
date. With ``redact=True`` it leaves out what identifies a person, so that a
registry can be shared under UU 27/2022 (Pelindungan Data Pribadi): members'
names and NIKs go, and a party or organisation name becomes ``true``
(affiliated). What the rules read stays, so the redacted document loads and
gets the same verdict; gender, roles, groups and dates stay.

>>> from kimlib.io import load_kim
>>> kim = load_kim({"name": "KIM Maju", "region": "36.73", "members": [
...     {"name": "Sari", "role": "ketua", "party_affiliation": "Partai Contoh"}],
...     "activities": [{"form": "sarasehan", "at": "2025-01-10"}]})
>>> kim_document(kim, redact=True)["members"]
[{'groups': [], 'party_affiliation': True, 'role': 'ketua'}]
>>> kim_document(kim)["activities"][0]["at"]
'2025-01-10'
"""

from __future__ import annotations

from typing import Any

import msgspec

from kimlib.errors import InvalidArgument
from kimlib.io._hooks import enc_hook
from kimlib.model import Kim

__all__ = ["kim_document"]

#: The member fields that name or identify a person.
_IDENTIFYING = ("name", "nik")
#: Board facts whose free text (an organisation's name) becomes ``true``.
_AFFILIATIONS = ("party_affiliation", "ngo_affiliation")


def _drop_none(value: Any) -> Any:  # noqa: ANN401
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_drop_none(v) for v in value]
    return value


def kim_document(kim: object, *, redact: bool = False) -> dict[str, Any]:
    """The KIM document of ``kim``; with ``redact``, without personal data.

    Raises:
        InvalidArgument: ``kim`` is not a :class:`~kimlib.model.Kim`.
    """
    if not isinstance(kim, Kim):
        raise InvalidArgument.of("argument.redact", kind=type(kim).__name__)
    data: dict[str, Any] = _drop_none(msgspec.to_builtins(kim, enc_hook=enc_hook))
    for item, activity in zip(data.get("activities", ()), kim.activities, strict=True):
        if activity.date_only:
            item["at"] = activity.at.date().isoformat()
    if redact:
        for member in data["members"]:
            for field in _IDENTIFYING:
                member.pop(field, None)
            for field in _AFFILIATIONS:
                if isinstance(member.get(field), str):
                    member[field] = True
    return data
