"""The regional profiles: one cited module per region, loaded on first use.

:data:`PROFILES` maps a Kemendagri code (``""`` for the whole country) to the
module that defines its profile as ``PROFILE``; a test checks the table
against the modules. To add a region, add a module and a row.

>>> load("kapuas_hulu").regions
('61.06',)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import import_module
from types import MappingProxyType

from kimlib.errors import InvalidArgument
from kimlib.rules._profile import Profile

__all__ = ["PROFILES", "load"]

#: Region code -> profile module.
PROFILES: Mapping[str, str] = MappingProxyType(
    {
        "": "national",
        "36": "banten",  # Provinsi Banten
        "61.06": "kapuas_hulu",  # Kabupaten Kapuas Hulu (Kalimantan Barat)
        "62": "kalimantan_tengah",  # Provinsi Kalimantan Tengah
    }
)


@functools.cache
def load(module: str) -> Profile:
    """The profile defined by module ``module`` of this package.

    Raises:
        InvalidArgument: ``module`` is not in :data:`PROFILES`.
    """
    if module not in PROFILES.values():
        known = ", ".join(sorted(PROFILES.values()))
        msg = f"module={module!r} is not a profile module; use one of: {known}"
        raise InvalidArgument(msg)
    profile: Profile = import_module(f"{__name__}.{module}").PROFILE
    return profile
