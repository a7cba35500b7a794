"""The closed vocabularies: values as in DESIGN.md, names, labels, groupings."""

from __future__ import annotations

import pytest

from kimlib._enum import LabelledEnum
from kimlib.errors import InvalidArgument
from kimlib.model import (
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

# The values of the document table in DESIGN.md ("The KIM document").
DESIGN_VALUES = {
    Role: "ketua wakil_ketua sekretaris bendahara koordinator anggota",
    Gender: "laki_laki perempuan",
    DocumentKind: "sk_pembentukan nomor_induk susunan_pengurus ad_art lainnya",
    Issuer: "kepala_desa lurah camat dinas_kabupaten_kota dinas_provinsi kementerian",
    Stage: "akses diskusi implementasi networking diseminasi aspirasi",
    ActivityForm: (
        "forum_diskusi sarasehan diskusi dialog temu_wicara bimbingan_teknis "
        "workshop lokakarya pendidikan_pelatihan tatap_muka anjangsana "
        "widyawisata advokasi mediasi konsultasi media_sosial pesan_instan "
        "siaran pertunjukan lainnya"
    ),
    Channel: (
        "tatap_muka surat_kabar majalah tabloid radio televisi media_online "
        "media_sosial pesan_instan situs_web kesenian_rakyat pentas_budaya "
        "pertunjukan_rakyat lainnya"
    ),
}
VOCABULARIES = [*DESIGN_VALUES, MemberGroup, MediaGroup]


@pytest.mark.parametrize("enum", list(DESIGN_VALUES), ids=lambda e: e.__name__)
def test_values_are_those_of_the_design(enum):
    """Each vocabulary has exactly the JSON values of DESIGN.md, in order."""
    assert tuple(DESIGN_VALUES[enum].split()) == enum.values()


@pytest.mark.parametrize("enum", VOCABULARIES, ids=lambda e: e.__name__)
def test_members_named_after_values_with_both_labels(enum):
    """``Role.KETUA == "ketua"``; every member has an id and an en label."""
    assert issubclass(enum, LabelledEnum)
    for member in enum:
        assert member.value.upper() == member.name
        assert member.value == member
        assert member.value == str(member)
        assert member is enum(member.value)
        assert member.label("id").strip()
        assert member.label("en").strip()


def test_member_groups_from_the_seeds():
    """Seed 004's groups and seed 000's participant groups are all there."""
    seed_004 = {"remaja", "orang_tua", "pelajar", "mahasiswa", "pedagang", "petani"}
    seed_004 |= {"nelayan"}
    seed_000 = {"pemuda", "petani", "nelayan", "pgri", "kader_kb", "pkk"}
    seed_000 |= {"insan_pers", "orsos", "umkm", "pedagang", "wirausaha", "mahasiswa"}
    seed_000 |= {"guru_paud"}
    assert seed_004 | seed_000 <= set(MemberGroup.values())


def test_stage_order_is_the_adinda_cycle():
    """A-D-I-N-D-A: Akses, Diskusi, Implementasi, Networking, Diseminasi, Aspirasi."""
    assert "ADINDA" == "".join(stage.value[0].upper() for stage in Stage)


def test_board_roles():
    """Every role but anggota is a board role."""
    assert {Role.ANGGOTA} == {role for role in Role if not role.is_board}


@pytest.mark.parametrize(
    ("channel", "group"),
    [
        (Channel.SURAT_KABAR, MediaGroup.MEDIA_MASSA),
        (Channel.RADIO, MediaGroup.MEDIA_MASSA),
        (Channel.TELEVISI, MediaGroup.MEDIA_MASSA),
        (Channel.MEDIA_ONLINE, MediaGroup.MEDIA_DIGITAL),
        (Channel.MEDIA_SOSIAL, MediaGroup.MEDIA_DIGITAL),
        (Channel.KESENIAN_RAKYAT, MediaGroup.MEDIA_TRADISIONAL),
        (Channel.PERTUNJUKAN_RAKYAT, MediaGroup.MEDIA_TRADISIONAL),
        (Channel.TATAP_MUKA, MediaGroup.TATAP_MUKA),
    ],
)
def test_media_groups_of_seed_002(channel, group):
    """Seed 002 groups media into mass, digital and traditional media."""
    assert group is channel.media_group


def test_every_channel_has_a_media_group():
    """No channel is left without a group."""
    assert all(isinstance(channel.media_group, MediaGroup) for channel in Channel)


@pytest.mark.parametrize("lang", ["fr", "", None, "de-ID", "indonesia"])
def test_label_in_an_unsupported_language(lang):
    """Only "id" and "en" are supported; anything else is an InvalidArgument."""
    with pytest.raises(InvalidArgument):
        Role.KETUA.label(lang)


def test_unknown_value_is_refused():
    """Looking up a value a vocabulary lacks fails (the loader reports it)."""
    with pytest.raises(ValueError, match="raja"):
        Role("raja")
