"""The bundled sample registry: fictional KIMs as JSON Lines (package data).

``sample_kims.jsonl`` holds one KIM document per line, seated in real villages
of the places the sources name, with members, documents and a year (2025) of
activities; several break one rule each on purpose. Member names are invented
("Warga Contoh N") and no member has a NIK. ``README.md`` next to this file
lists the KIMs; ``scripts/make_sample.py`` builds the file, and
:func:`kimlib.io.sample_path` finds it.
"""

from __future__ import annotations
