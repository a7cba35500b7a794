"""What each ADINDA stage means, from Diskominfo Kapuas Hulu ("Tentang KIM").

Diskominfo Kota Serang gives the acronym ("ADINDA ini merupakan singkatan dari
Akses informasi, Diskusi, ImplementasI, Networking, Diseminasi, Aspirasi") and
Diskominfosatik Banten (17 April 2025) calls it the KIM's working principle
("prinsip kerja KIM yaitu akses informasi, diskusi, implementasi networking,
diseminasi, aspirasi"). Diskominfo Kapuas Hulu explains each stage; its only
worked example is for Implementasi.

>>> describe(Stage.IMPLEMENTASI).text("en")
'The information discussed is put to use so that it benefits the community ...'
>>> describe(Stage.AKSES).example("en") is None
True
>>> describe("aspirasi").quote[:36]
'Aktifitas aspirasi merupakan peran K'
>>> describe("aspirasi").citation.source.id
'seed_003'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from kimlib import sources
from kimlib.errors import InvalidArgument
from kimlib.messages import render, shown
from kimlib.model import Stage
from kimlib.sources import Citation, Cited

__all__ = ["STAGE_DESCRIPTIONS", "StageDescription", "describe"]


@attrs.frozen(kw_only=True)
class StageDescription(Cited):
    """A stage, what it means (id/en), and the source's sentence it rests on."""

    stage: Stage
    #: The sentence of Diskominfo Kapuas Hulu, verbatim (Indonesian, typos included).
    citation: Citation
    #: Whether Diskominfo Kapuas Hulu gives a worked example for this stage.
    has_example: bool = False

    @property
    def source(self) -> str | None:
        """The file of the quoted article's text: ``citation.source.file``."""
        return self.citation.source.file

    def text(self, lang: str = "en") -> str:
        """What the stage means, in ``lang`` (``"id"`` or ``"en"``)."""
        return render(f"adinda.stage.{self.stage.value}.description", lang)

    def example(self, lang: str = "en") -> str | None:
        """The source's worked example in ``lang``, or ``None`` if none."""
        if not self.has_example:
            return None
        return render(f"adinda.stage.{self.stage.value}.example", lang)


# Diskominfo Kapuas Hulu, one sentence per stage, verbatim (the Akses sentence has a
# space and a no-break space before "(akses)", as in the source).
_QUOTES: dict[Stage, str] = {
    Stage.AKSES: (
        "Kelompok KIM memiliki aktifitas mencari informasi \u00a0(akses) dari berbagai "
        "sumber, baik dari media cetak, elektronik maupun informasi yang bersumber "
        "dari pemerintah daerah/nasional."
    ),
    Stage.DISKUSI: (
        "Informasi yang telah diperoleh oleh anggota KIM, idealnya di diskusikan "
        "kembali bersama anggota maupun masyarakat lain terkait dengan kemanfaatan "
        "informasi tersebut bagi kelompok ataupun masyarakat."
    ),
    Stage.IMPLEMENTASI: (
        "Informasi yang telah di diskusikan oleh anggota KIM ataupun masyarakat "
        "hendaknya diimplemetasikan untuk memberikan manfaat/peningkatan "
        "produktifitas bagi masyarakat."
    ),
    Stage.NETWORKING: (
        "KIM juga harus memiliki jaringan informasi dengan berbagai pihak, salah "
        "satunya adalah Dinas Komunikasi Informatika Statistik Kabupaten Kapuas "
        "Hulu sebagai OPD yang menangani pengelolaan informasi dan pemberdayaan "
        "masyarakat dibidang informasi."
    ),
    Stage.DISEMINASI: (
        "Salah satu aktifitas KIM selanjutnya adalah diseminasi, yang berarti bahwa "
        "KIM memiliki peran untuk mencerdaskan masyarakat dilingkungannya dengan "
        "berbagai literasi media."
    ),
    Stage.ASPIRASI: (
        "Aktifitas aspirasi merupakan peran KIM dalam menyampaikan informasi "
        "kebutuhan masyarakat kepada pengambil kebijakan agar apa yang menjadi "
        "kebutuhan masyarakat diwilayahnya dapat terakomodir oleh pemerintah daerah."
    ),
}

#: One description per stage, in cycle order.
STAGE_DESCRIPTIONS: Mapping[Stage, StageDescription] = MappingProxyType(
    {
        stage: StageDescription(
            stage=stage,
            citation=Citation(source=sources.SEED_003, quote=_QUOTES[stage]),
            has_example=stage is Stage.IMPLEMENTASI,
        )
        for stage in Stage
    }
)


def describe(stage: Stage | str) -> StageDescription:
    """The description of ``stage`` (a :class:`Stage` or its value).

    Raises:
        InvalidArgument: ``stage`` names no ADINDA stage.
    """
    try:
        return STAGE_DESCRIPTIONS[Stage(stage)]
    except ValueError:
        allowed = ", ".join(Stage.values())
        raise InvalidArgument.of(
            "argument.choice", name="stage", value=shown(stage), allowed=allowed
        ) from None
