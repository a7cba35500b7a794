"""The public modules export exactly their public names, sorted."""

from __future__ import annotations

import ast
import inspect
import re

import pytest

import kimlib
import kimlib.adinda
import kimlib.cli
import kimlib.errors
import kimlib.indicators
import kimlib.io
import kimlib.messages
import kimlib.model
import kimlib.regions
import kimlib.rules
import kimlib.sources
import kimlib.stakeholders
import kimlib.statistics
import kimlib.strategies
import kimlib.terms

MODULES = [
    kimlib.adinda,
    kimlib.cli,
    kimlib.errors,
    kimlib.indicators,
    kimlib.io,
    kimlib.messages,
    kimlib.model,
    kimlib.regions,
    kimlib.rules,
    kimlib.sources,
    kimlib.stakeholders,
    kimlib.statistics,
    kimlib.strategies,
    kimlib.terms,
]


def _isort_key(name):
    """The order of ruff's RUF022: CONSTANTS, Classes, functions; numbers naturally."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    parts = re.split(r"(\d+)", name)
    return kind, [int(p) if p.isdigit() else p for p in parts]


def _own_names(module):
    """Public names the module defines or takes from its own private submodules.

    Names it imports from elsewhere (``Citation`` in the analysis modules,
    ``Stage`` in :mod:`kimlib.adinda`) may be exported too, but need not be.
    """
    tree = ast.parse(inspect.getsource(module))
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            module.__name__ + "._"
        ):
            names.update(a.asname or a.name for a in node.names)
    return {n for n in names if not n.startswith("_")}


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_all_is_sorted_and_complete(module):
    """__all__ is sorted (as ruff sorts it) and holds every name the module owns."""
    assert sorted(module.__all__, key=_isort_key) == list(module.__all__)
    assert _own_names(module) <= set(module.__all__)
    assert all(hasattr(module, name) for name in module.__all__)
