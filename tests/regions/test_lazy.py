"""Lazy loading: importing kimlib reads no region data."""

# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

from kimlib import regions
from kimlib.regions import _data


def run(code):
    """Run Python code in a fresh interpreter and return its output."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    return done.stdout.strip()


def test_import_loads_nothing():
    """Importing kimlib.regions parses no level of the data."""
    out = run(
        """
        import kimlib, kimlib.regions
        from kimlib.regions import _data
        print(sorted(_data.loaded_levels()))
        """
    )
    assert "[]" == out


def test_regency_lookup_loads_no_village():
    """Looking up a regency reads neither districts nor villages."""
    out = run(
        """
        from kimlib import regions
        from kimlib.regions import _data
        regions.get("62.71").parent.timezone
        print(sorted(_data.loaded_levels()))
        """
    )
    assert "[1, 2]" == out


def test_tables_load_once_across_threads():
    """Concurrent first use yields one table object per level."""
    seen = []
    threads = [
        threading.Thread(target=lambda: seen.append(id(_data.table(3))))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 1 == len(set(seen))
    assert regions.get("62.71.01") is regions.get("627101")
