"""kimlib: rules-as-code for Indonesia's community information groups (KIM).

A KIM (Komunitas Informasi Masyarakat, until 2024 Kelompok Informasi
Masyarakat: a community information group) is formed by, from and for the
community to manage information through the ADINDA cycle: Akses, Diskusi,
Implementasi, Networking, Diseminasi, Aspirasi. kimlib models a KIM, checks it
against the cited rules in force for its region on a date, scores its ADINDA
activity and knows Indonesia's Kemendagri regions.

>>> import kimlib
>>> kim = kimlib.load_kim({"name": "KIM Contoh", "region": "36.73", "members": []})
>>> kim.region_info.name
'Kota Serang'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the names are; they load on first use (below)
    from kimlib import batch, regions
    from kimlib.adinda import score
    from kimlib.errors import (
        InvalidArgument,
        InvalidInput,
        KimlibError,
        Problem,
        RuleNotInForce,
        UnknownRegion,
    )
    from kimlib.io import dump, load_kim, load_kims
    from kimlib.model import Kim
    from kimlib.rules import assess

__all__ = [
    "InvalidArgument",
    "InvalidInput",
    "Kim",
    "KimlibError",
    "Problem",
    "RuleNotInForce",
    "UnknownRegion",
    "__version__",
    "assess",
    "batch",
    "dump",
    "load_kim",
    "load_kims",
    "regions",
    "score",
]

__version__ = "0.1.0"

#: Where each public name lives; ``import kimlib`` loads none of them, the
#: first use of a name loads its module (module ``__getattr__``, PEP 562).
_HOMES = {
    "InvalidArgument": "kimlib.errors",
    "InvalidInput": "kimlib.errors",
    "KimlibError": "kimlib.errors",
    "Problem": "kimlib.errors",
    "RuleNotInForce": "kimlib.errors",
    "UnknownRegion": "kimlib.errors",
    "Kim": "kimlib.model",
    "assess": "kimlib.rules",
    "dump": "kimlib.io",
    "load_kim": "kimlib.io",
    "load_kims": "kimlib.io",
    "score": "kimlib.adinda",
}
_MODULES = frozenset({"batch", "regions"})


def __getattr__(name: str) -> Any:  # noqa: ANN401 - any public name
    """Load a public name on first use."""
    if name in _MODULES:
        value: Any = importlib.import_module(f"kimlib.{name}")
    elif name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name]), name)
    else:
        msg = f"module 'kimlib' has no attribute {name!r}"
        raise AttributeError(msg)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, loaded or not."""
    return sorted({*globals(), *__all__})
