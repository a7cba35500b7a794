"""The bundled profiles: national in Python, each region one cited data file.

:data:`PROFILES` maps a Kemendagri code (``""`` for the whole country) to the
name of its profile; :func:`load` builds a profile on first use. The
national profile (:mod:`kimlib.rules.profiles.national`) holds the rules'
checks, so it is Python; every regional profile is a TOML file of this
package (``banten.toml`` ...), read by :func:`kimlib.rules.load_profile`. A
test checks the table against the files. To add a region, add one file and
one row. :data:`OPTIONAL` holds the rules no bundled profile uses that a
profile may add by id (``members.not_civil_servant``); :data:`PARAMETERS`
the parameters kimlib's rules read, with the kind of value each takes.

>>> load("kapuas_hulu").regions
('61.06',)
>>> load("nasional") is load("national")
True
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from kimlib._validation import shown
from kimlib.errors import InvalidArgument
from kimlib.rules._parameters import PARAMETERS
from kimlib.rules._profile import Profile
from kimlib.rules.profiles._library import OPTIONAL

__all__ = ["ALIASES", "OPTIONAL", "PARAMETERS", "PROFILES", "is_bundled", "load"]

#: Region code -> bundled profile name (``national``: Python; others: ``NAME.toml``).
PROFILES: Mapping[str, str] = MappingProxyType(
    {
        "": "national",
        "36": "banten",  # Provinsi Banten
        "61.06": "kapuas_hulu",  # Kabupaten Kapuas Hulu (Kalimantan Barat)
        "62": "kalimantan_tengah",  # Provinsi Kalimantan Tengah
    }
)

#: Other names a profile file's ``extends`` may use.
ALIASES: Mapping[str, str] = MappingProxyType({"nasional": "national"})


def is_bundled(name: object) -> bool:
    """Whether ``name`` names a bundled profile (or an alias of one).

    >>> is_bundled("banten"), is_bundled("atlantis"), is_bundled(42)
    (True, False, False)
    """
    return isinstance(name, str) and ALIASES.get(name, name) in PROFILES.values()


def load(name: str) -> Profile:
    """The bundled profile ``name`` (a value of :data:`PROFILES` or an alias).

    Raises:
        InvalidArgument: ``name`` names no bundled profile.
    """
    if not is_bundled(name):
        known = ", ".join(sorted({*PROFILES.values(), *ALIASES}))
        raise InvalidArgument.of(
            "profile.bundled_unknown", name=shown(name), known=known
        )
    return _load(ALIASES.get(name, name))


@functools.cache
def _load(name: str) -> Profile:
    if name == "national":
        from kimlib.rules.profiles import national  # noqa: PLC0415 - lazily

        return national.PROFILE
    from kimlib.rules._profile_file import load_profile  # noqa: PLC0415

    text = resources.files(__name__).joinpath(f"{name}.toml").read_text("utf-8")
    return load_profile(text, syntax="toml")
