"""Messages of the rules engine: rule titles, findings, remedies, verdicts.

Keys: ``rule.<rule id>`` (titles), ``rule.parameter.<name>``, ``rule.catalogue.*``,
``finding.*``, ``remedy.<action>`` and ``remedy.fact.<fact>``, ``verdict.*``.
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    # --- rule titles -------------------------------------------------------------
    "rule.membership.size": Text(id="Jumlah anggota", en="Number of members"),
    "rule.board.not_civil_servant": Text(
        id="Pengurus bukan ASN", en="No civil servant on the board"
    ),
    "rule.board.no_criminal_record": Text(
        id="Pengurus tidak terlibat tindakan kriminal",
        en="No criminal record on the board",
    ),
    "rule.board.no_party_affiliation": Text(
        id="Pengurus tidak terafiliasi dengan partai politik",
        en="No political party affiliation on the board",
    ),
    "rule.board.no_ngo_affiliation": Text(
        id="Pengurus tidak berafiliasi dengan LSM",
        en="No NGO (LSM) affiliation on the board",
    ),
    "rule.legality.formation_decree": Text(
        id="SK pembentukan dari kepala desa/lurah",
        en="Formation decree (SK pembentukan) from the village head",
    ),
    "rule.legality.registration_number": Text(
        id="Nomor induk komunitas dari Dinas Kominfo kabupaten/kota",
        en="Community registration number from the regency/city office",
    ),
    "rule.legality.board_acknowledged": Text(
        id="Susunan pengurus diketahui kepala desa/lurah",
        en="Board composition acknowledged by the village head",
    ),
    # --- parameters and the catalogue ------------------------------------------------
    "rule.parameter.membership.minimum": Text(
        id="Jumlah anggota minimal", en="Fewest members"
    ),
    "rule.parameter.membership.maximum": Text(
        id="Jumlah anggota maksimal", en="Most members"
    ),
    "rule.parameter.legality.formation_decree.other_issuers": Text(
        id="Penerbit SK pembentukan selain kepala desa/lurah",
        en="Formation decree issuers besides the village head",
    ),
    "rule.parameter.legality.registration_number.issuers": Text(
        id="Penerbit nomor induk komunitas",
        en="Issuers of the registration number",
    ),
    "rule.catalogue.rule": Text(
        id="{id} ({severity}; {group}): {title}; {period}; profil {profile}",
        en="{id} ({severity}; {group}): {title}; {period}; profile {profile}",
    ),
    "rule.catalogue.parameter": Text(
        id="{id} = {value}: {title}; {period}; profil {profile}",
        en="{id} = {value}: {title}; {period}; profile {profile}",
    ),
    "rule.catalogue.source": Text(
        id="sumber: {source}: \u201c{quote}\u201d",
        en="source: {source}: \u201c{quote}\u201d",
    ),
    "rule.period.always": Text(id="berlaku tanpa batas", en="always in force"),
    "rule.period.from": Text(id="berlaku sejak {start}", en="in force from {start}"),
    "rule.period.until": Text(id="berlaku sampai {until}", en="in force until {until}"),
    "rule.period.between": Text(
        id="berlaku {start} s.d. {until}", en="in force from {start} to {until}"
    ),
    # --- findings ---------------------------------------------------------------
    "finding.generic": Text(id="lihat sumber aturan", en="see the rule's source"),
    "finding.membership.within": Text(
        id="{actual} anggota aktif, dalam batas {minimum}\u2013{maximum}",
        en="{actual} active members, within {minimum}\u2013{maximum}",
    ),
    "finding.membership.below": Text(
        id="{actual} anggota aktif, kurang dari minimal {minimum}",
        en="{actual} active members, fewer than the minimum of {minimum}",
    ),
    "finding.membership.above": Text(
        id="{actual} anggota aktif, lebih dari maksimal {maximum}",
        en="{actual} active members, more than the maximum of {maximum}",
    ),
    "finding.membership.below_recommended": Text(
        id="{actual} anggota aktif, kurang dari {minimum} yang dianjurkan",
        en="{actual} active members, fewer than the recommended {minimum}",
    ),
    "finding.membership.above_recommended": Text(
        id="{actual} anggota aktif, lebih dari {maximum} yang dianjurkan",
        en="{actual} active members, more than the recommended {maximum}",
    ),
    "finding.board.empty": Text(
        id="belum ada pengurus aktif",
        en="the KIM has no active board member (pengurus)",
    ),
    "finding.board.pass": Text(
        id="tidak seorang pun dari {count} pengurus {fact}",
        en="none of the {count} board member(s) {fact}",
    ),
    "finding.board.fail": Text(
        id="{roles} {fact}",
        en="the board includes someone who {fact}: the {roles}",
    ),
    "finding.board.unknown": Text(
        id="belum ada keterangan apakah {roles} {fact}",
        en="not stated whether the {roles} {fact}",
    ),
    "finding.legality.issued": Text(
        id="ada {document} dari {issuers} yang masih berlaku",
        en="a {document} from the {issuers} is in force",
    ),
    "finding.legality.acknowledged": Text(
        id="ada {document} yang diketahui {issuers} dan masih berlaku",
        en="a {document} acknowledged by the {issuers} is in force",
    ),
    "finding.legality.missing": Text(
        id="tidak ada {document} yang berlaku",
        en="no {document} is in force",
    ),
    "finding.legality.wrong_issuer": Text(
        id="{document} yang berlaku bukan dari {issuers}",
        en="the {document} in force is not from the {issuers}",
    ),
    "finding.legality.wrong_acknowledger": Text(
        id="{document} yang berlaku tidak diketahui {issuers}",
        en="the {document} in force is not acknowledged by the {issuers}",
    ),
    "finding.legality.no_list": Text(
        id="daftar dokumen belum diisi sehingga keberadaan {document} belum diketahui",
        en="the documents list is missing, so it is not known whether there is "
        "a {document}",
    ),
    "finding.legality.expired": Text(
        id="{document} sudah habis masa berlakunya ({date})",
        en="the {document} expired on {date}",
    ),
    # --- remedies ---------------------------------------------------------------
    "remedy.add_members": Text(
        id="tambahkan {count} anggota aktif agar mencapai minimal {minimum}",
        en="add {count} active member(s) to reach the minimum of {minimum}",
    ),
    "remedy.reduce_members": Text(
        id="kurangi anggota aktif sebanyak {count} agar paling banyak {maximum}"
        " (misalnya dengan membentuk KIM kedua)",
        en="reduce the active members by {count} to at most {maximum} (for example"
        " by forming a second KIM)",
    ),
    "remedy.name_board": Text(
        id="tetapkan pengurus (ketua, sekretaris, bendahara \u2026) di antara"
        " anggota aktif",
        en="name the board (chair, secretary, treasurer \u2026) among the active"
        " members",
    ),
    "remedy.replace_board_member": Text(
        id="{role} {fact}: tunjuk {role} lain",
        en="the {role} {fact}: appoint another {role}",
    ),
    "remedy.declare_fact": Text(
        id="nyatakan apakah {role} {fact}",
        en="state whether the {role} {fact}",
    ),
    "remedy.obtain_document": Text(
        id="ajukan {document} kepada {issuers}",
        en="obtain a {document} from the {issuers}",
    ),
    "remedy.acknowledge_document": Text(
        id="ajukan {document} kepada {issuers} untuk diketahui",
        en="have the {document} acknowledged by the {issuers}",
    ),
    "remedy.list_document": Text(
        id="lengkapi daftar dokumen: nyatakan apakah KIM memiliki {document}"
        " {issued_by}",
        en="provide the documents list: state whether the KIM has a {document}"
        " {issued_by}",
    ),
    "remedy.renew_document": Text(
        id="perpanjang {document} pada {issuers}",
        en="renew the {document} with the {issuers}",
    ),
    # How remedy.list_document names where a document comes from.
    "remedy.issued_by": Text(id="dari {issuers}", en="from the {issuers}"),
    "remedy.acknowledged_by": Text(
        id="yang diketahui {issuers}", en="acknowledged by the {issuers}"
    ),
    "remedy.fact.civil_servant": Text(id="berstatus ASN", en="is a civil servant"),
    "remedy.fact.criminal_record": Text(
        id="terlibat tindakan kriminal", en="has a criminal record"
    ),
    "remedy.fact.party_affiliation": Text(
        id="terafiliasi dengan partai politik",
        en="is affiliated with a political party",
    ),
    "remedy.fact.ngo_affiliation": Text(
        id="berafiliasi dengan LSM", en="is affiliated with an NGO (LSM)"
    ),
    # --- verdicts and explanations ----------------------------------------------------
    "verdict.word.or": Text(id="atau", en="or"),
    "verdict.word.and": Text(id="dan", en="and"),
    "verdict.header": Text(
        id="{name}: {official_name}, per {as_of} (profil {profile})",
        en="{name}: {official_name}, as of {as_of} (profile {profile})",
    ),
    "verdict.outcome": Text(id="Hasil: {outcome}", en="Outcome: {outcome}"),
    "verdict.is_kim": Text(id="Memenuhi definisi KIM.", en="Meets the KIM definition."),
    "verdict.not_kim": Text(
        id="Tidak memenuhi definisi KIM.", en="Does not meet the KIM definition."
    ),
    "verdict.not_in_force": Text(
        id="Syarat kemitraan dengan Dinas Kominfo berlaku mulai {date}.",
        en="The requirements for a partnership with the Dinas Kominfo apply"
        " from {date}.",
    ),
    "verdict.findings": Text(id="Temuan:", en="Findings:"),
    "verdict.source": Text(id="sumber: {source}", en="source: {source}"),
    "verdict.readings": Text(id="Tafsiran kimlib:", en="kimlib's readings:"),
    "verdict.remedies": Text(id="Saran perbaikan:", en="Remedies:"),
    "verdict.no_remedies": Text(
        id="Tidak ada yang perlu diperbaiki.", en="Nothing to fix."
    ),
}
