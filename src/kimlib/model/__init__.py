"""The KIM domain model: frozen attrs values for everything a KIM document holds.

Kim, Member, Document and Activity are immutable and validated on creation;
their vocabularies are string enums with Indonesian and English labels. The
model knows nothing of JSON: :mod:`kimlib.io` turns documents into these values.

>>> from kimlib.model import Member, Role
>>> Member(name="Budi", role=Role.KETUA).is_board
True
"""

from __future__ import annotations

from kimlib.model._vocabulary import (
    DEFAULT_STAGE,
    ActivityForm,
    Channel,
    DocumentKind,
    Gender,
    Issuer,
    MediaGroup,
    MemberGroup,
    Role,
    Stage,
)
from kimlib.model.activity import Activity, topic_key
from kimlib.model.document import ACKNOWLEDGERS, Document
from kimlib.model.kim import SCHEMA_VERSION, Kim
from kimlib.model.mapping import MappingAssessment
from kimlib.model.member import Affiliation, Member
from kimlib.model.nik import Nik
from kimlib.model.reading import Indicator, IndicatorReading

__all__ = [
    "ACKNOWLEDGERS",
    "DEFAULT_STAGE",
    "SCHEMA_VERSION",
    "Activity",
    "ActivityForm",
    "Affiliation",
    "Channel",
    "Document",
    "DocumentKind",
    "Gender",
    "Indicator",
    "IndicatorReading",
    "Issuer",
    "Kim",
    "MappingAssessment",
    "MediaGroup",
    "Member",
    "MemberGroup",
    "Nik",
    "Role",
    "Stage",
    "topic_key",
]
