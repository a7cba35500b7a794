"""kimlib: rules-as-code for Indonesia's community information groups (KIM)."""

from __future__ import annotations
