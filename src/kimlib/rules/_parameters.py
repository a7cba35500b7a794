"""The parameters kimlib's own rules read, and the kind of value each takes.

A profile sets only parameters some rule of its chain reads (a misspelt name
is refused with the closest known names). For the names below the value's
kind is checked when the profile is built, so that a wrong value never
reaches a check: a :class:`~kimlib.rules.Bound` for the membership bounds, a
tuple of :class:`~kimlib.model.Issuer` for the issuers.

>>> sorted(PARAMETERS)[:2]
['legality.formation_decree.other_issuers', 'legality.registration_number.issuers']
>>> PARAMETERS["membership.minimum"].kind
'bound'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, NamedTuple

from kimlib._validation import shown
from kimlib.errors import InvalidArgument
from kimlib.model import Issuer
from kimlib.rules._checks import Bound

__all__ = ["PARAMETERS", "ParameterKind", "check_value"]


class ParameterKind(NamedTuple):
    """What a parameter holds: ``kind`` and whether a rule needs it set."""

    kind: Literal["bound", "issuers"]
    required: bool
    empty_allowed: bool = True
    description: str = ""


#: Parameter name -> its kind (the names kimlib's own rules read).
PARAMETERS: Mapping[str, ParameterKind] = MappingProxyType(
    {
        "membership.minimum": ParameterKind(
            "bound", required=True, description="the fewest members a KIM may have"
        ),
        "membership.maximum": ParameterKind(
            "bound", required=True, description="the most members a KIM may have"
        ),
        "legality.formation_decree.other_issuers": ParameterKind(
            "issuers",
            required=False,
            description="who may issue the formation decree besides the head of the"
            " seat's village",
        ),
        "legality.registration_number.issuers": ParameterKind(
            "issuers",
            required=True,
            empty_allowed=False,
            description="who issues the community registration number",
        ),
    }
)

_ISSUERS = ", ".join(Issuer.values())


def check_value(name: str, value: object, field: str) -> object:
    """``value`` for parameter ``name``, normalised (issuers as a tuple).

    ``field`` is what an error names (``Profile.parameters['x'][0].value``).
    A name not in :data:`PARAMETERS` (a user's own rule) takes any value.

    >>> check_value("legality.formation_decree.other_issuers", ["camat"], "v")
    (<Issuer.CAMAT: 'camat'>,)
    >>> check_value("membership.minimum", 3, "v")
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: v must be a bound on the number of members ...
    """
    kind = PARAMETERS.get(name)
    if kind is None:
        return value
    if kind.kind == "bound":
        if not isinstance(value, Bound):
            raise InvalidArgument.of(
                "profile.value_bound", field=field, got=type(value).__name__
            )
        return value
    if isinstance(value, (str, bytes)) or not isinstance(value, (tuple, list)):
        raise InvalidArgument.of(
            "profile.value_issuers",
            field=field,
            got=type(value).__name__,
            allowed=_ISSUERS,
        )
    known = Issuer.values()
    for item in value:
        if not isinstance(item, str) or item not in known:
            raise InvalidArgument.of(
                "profile.value_issuers",
                field=field,
                got=shown(item),
                allowed=_ISSUERS,
            )
    issuers = [Issuer(item) for item in value]
    if not issuers and not kind.empty_allowed:
        raise InvalidArgument.of("profile.value_issuers_empty", field=field)
    return tuple(issuers)
