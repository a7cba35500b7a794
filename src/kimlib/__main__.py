"""``python -m kimlib``: the ``kimlib`` command line (see :mod:`kimlib.cli`)."""

from __future__ import annotations

import sys

from kimlib.cli import main

if __name__ == "__main__":
    sys.exit(main())
