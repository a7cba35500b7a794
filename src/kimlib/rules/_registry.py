"""ProfileRegistry: which profile applies to a seat on a date, as a value.

The default registry reads the table of :mod:`kimlib.rules.profiles` and
builds a bundled profile only when a KIM needs it. A user adds a profile by
building a new registry (:meth:`ProfileRegistry.with_profile`), never by
changing the default one.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from kimlib._validation import check_type, shown
from kimlib.errors import InvalidArgument, RuleNotInForce
from kimlib.rules._profile import Profile
from kimlib.rules.profiles import PROFILES, is_bundled, load

__all__ = ["ProfileRegistry", "default_registry", "seat_codes"]

_CACHE_LIMIT = 65_536


def _entries(value: object) -> Mapping[str, tuple[Profile | str, ...]]:
    """Region code -> profiles or bundled profile names, checked item by item."""
    if not isinstance(value, Mapping):
        raise InvalidArgument.of("registry.entries", got=type(value).__name__)
    known = ", ".join(sorted(PROFILES.values()))
    table: dict[str, tuple[Profile | str, ...]] = {}
    from kimlib import regions  # noqa: PLC0415 - region data load lazily

    for key, entry in value.items():
        if not isinstance(key, str) or (key.strip() and not regions.exists(key)):
            raise InvalidArgument.of("registry.code", code=shown(key))
        code = regions.normalize_code(key) if key.strip() else ""
        items = (
            (entry,)
            if isinstance(entry, (Profile, str))
            else tuple(entry)
            if isinstance(entry, (tuple, list))
            else (entry,)
        )
        for item in items:
            if not isinstance(item, Profile) and not is_bundled(item):
                raise InvalidArgument.of(
                    "registry.item", code=shown(code), got=shown(item), known=known
                )
        table[code] = items
    return MappingProxyType(table)


@functools.lru_cache(maxsize=8192)
def seat_codes(code: str) -> tuple[str, ...]:
    """The seat's code and every code above it, most specific first, then ``""``.

    >>> seat_codes("61.06.01.2004")
    ('61.06.01.2004', '61.06.01', '61.06', '61', '')
    """
    parts = code.split(".") if code else []
    return tuple(".".join(parts[:n]) for n in range(len(parts), -1, -1))


@attrs.frozen
class ProfileRegistry:
    """Region code -> profiles (most preferred first); bundled names load lazily.

    ``entries`` maps a Kemendagri code (``""``: the whole country) to a
    :class:`Profile`, the name of a bundled profile (``"banten"``), or a
    tuple of them; anything else raises :class:`~kimlib.errors.InvalidArgument`:

    >>> ProfileRegistry({"": (42,)})
    Traceback (most recent call last):
    ...
    kimlib.errors.InvalidArgument: ProfileRegistry.entries['']: 42 is neither ...
    """

    entries: Mapping[str, tuple[Profile | str, ...]] = attrs.field(converter=_entries)
    _cache: dict[tuple[str, dt.date], Profile] = attrs.field(
        factory=dict, init=False, repr=False, eq=False, hash=False
    )

    def with_profile(self, profile: Profile) -> ProfileRegistry:
        """A new registry where ``profile`` comes first for each of its regions.

        Raises:
            InvalidArgument: ``profile`` is not a :class:`Profile`, or it
                covers no region (it would never apply).
        """
        check_type("profile", profile, Profile)
        if not profile.regions:
            raise InvalidArgument.of("profile.regions_empty")
        entries = dict(self.entries)
        for code in profile.regions:
            entries[code] = (profile, *entries.get(code, ()))
        return ProfileRegistry(entries)

    def profiles(self, code: str = "") -> tuple[Profile, ...]:
        """The profiles registered for exactly ``code`` (``""``: national)."""
        return tuple(
            load(item) if isinstance(item, str) else item
            for item in self.entries.get(code, ())
        )

    def resolve(self, code: str, on: dt.date) -> Profile:
        """The most specific profile in force on ``on`` for a seat ``code``.

        Looks at the seat, then its district, regency/city, province and the
        whole country, in that order.

        Raises:
            RuleNotInForce: no profile applies on ``on``.
        """
        key = (code, on)
        found = self._cache.get(key)
        if found is not None:
            return found
        for candidate in seat_codes(code):
            for profile in self.profiles(candidate):
                if profile.in_force_on(on):
                    if len(self._cache) >= _CACHE_LIMIT:  # pragma: no cover
                        self._cache.clear()
                    self._cache[key] = profile
                    return profile
        raise RuleNotInForce.of("rules.no_profile", date=on, code=shown(code))


@functools.cache
def default_registry() -> ProfileRegistry:
    """Kimlib's registry: the profiles of :data:`kimlib.rules.profiles.PROFILES`."""
    return ProfileRegistry({code: (module,) for code, module in PROFILES.items()})
