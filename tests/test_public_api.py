"""The public modules export exactly their public names, sorted."""

from __future__ import annotations
import __future__

import inspect
import types

import pytest

import kimlib.io
import kimlib.model
import kimlib.strategies


def _isort_key(name):
    """The order of ruff's RUF022: CONSTANTS, then Classes, then functions."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def _public_names(module):
    """Names a user may import: defined in the module (or its package), not private."""
    names = set()
    for name, value in vars(module).items():
        if name.startswith("_") or isinstance(
            value, (types.ModuleType, __future__._Feature)
        ):
            continue
        # Classes and functions say where they come from; any other value
        # (a constant, a type alias) is the module's own unless private.
        if getattr(value, "__module__", None) == "typing":
            continue  # typing's special forms (Literal, Any) are imported
        own = not inspect.isclass(value) and not inspect.isroutine(value)
        if own or value.__module__.startswith(module.__name__):
            names.add(name)
    return names


@pytest.mark.parametrize(
    "module", [kimlib.model, kimlib.io, kimlib.strategies], ids=lambda m: m.__name__
)
def test_all_is_sorted_and_complete(module):
    """__all__ is sorted (as ruff sorts it) and equals the module's public names."""
    assert sorted(module.__all__, key=_isort_key) == list(module.__all__)
    assert _public_names(module) == set(module.__all__)
    assert all(hasattr(module, name) for name in module.__all__)
