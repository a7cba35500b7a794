"""Builders of synthetic KIM documents for the rules tests (no real people)."""

from __future__ import annotations

import copy

from kimlib.io import load_kim

#: Real Kemendagri codes, picked from the 2025 decree (never read at run time).
PALANGKA_RAYA = ("62.71", "62.71.01.1001")  # Kota Palangkaraya, Pahandut (kelurahan)
SERUYAN = ("62.07", "62.07.01.1001")  # Kab. Seruyan, Kuala Pembuang I (kelurahan)
SERUYAN_DESA = ("62.07", "62.07.01.2005")  # Kab. Seruyan, Pematang Limau (desa)
KAPUAS_HULU = ("61.06", "61.06.01.2004")  # Kab. Kapuas Hulu, Pala Pulau (desa)
KOTA_SERANG = ("36.73", "36.73.01.1001")  # Kota Serang, Serang (kelurahan)
KAB_TANGERANG = ("36.03", None)  # Kab. Tangerang: desa and kelurahan (kind unknown)

CLEAN = {
    "civil_servant": False,
    "criminal_record": False,
    "party_affiliation": False,
    "ngo_affiliation": False,
}
BOARD_ROLES = ("ketua", "wakil_ketua", "sekretaris", "bendahara")


def document(
    seat=PALANGKA_RAYA,
    *,
    members=12,
    head="lurah",
    documents=True,
    board=BOARD_ROLES,
):
    """A KIM document with every fact declared and the three documents."""
    region, village = seat
    roles = list(board) + ["anggota"] * max(0, members - len(board))
    doc = {
        "id": "KIM-TEST-0001",
        "name": "KIM Uji",
        "region": region,
        "members": [
            {"name": f"Anggota {i}", "role": role, "joined_on": "2019-03-01", **CLEAN}
            for i, role in enumerate(roles[:members])
        ],
    }
    if village is not None:
        doc["village"] = village
    if documents:
        doc["documents"] = [
            {"kind": "sk_pembentukan", "issuer": head, "issued_on": "2019-03-05"},
            {
                "kind": "nomor_induk",
                "issuer": "dinas_kabupaten_kota",
                "issued_on": "2019-04-01",
            },
            {
                "kind": "susunan_pengurus",
                "acknowledged_by": head,
                "issued_on": "2019-03-05",
            },
        ]
    return doc


def kim(seat=PALANGKA_RAYA, **kwargs):
    """The Kim of :func:`document`."""
    return load_kim(document(seat, **kwargs))


def edited(doc, edit):
    """A deep copy of ``doc`` changed by ``edit(doc)``, loaded."""
    doc = copy.deepcopy(doc)
    edit(doc)
    return load_kim(doc)
