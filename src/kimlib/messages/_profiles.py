"""Messages of profiles, profile files, the shared argument checks and rubrics.

Keys: ``argument.*`` (the checks of :mod:`kimlib._validation`), ``profile.*``
(building a profile), ``registry.*``, ``profile.file.*`` (reading a profile
file), ``rule.members.*``/``finding.members.*``/``remedy.*`` (the rule
``members.not_civil_servant``), ``verdict.no_definition`` and
``verdict.nothing_checked``, ``rubric.*``. Values echoed in a message are
short reprs of arguments (never a member's name or NIK).
"""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    # --- shared argument checks -------------------------------------------------------
    "argument.type": Text(
        id="{name} harus berupa {expected}, bukan {got}",
        en="Expected {expected} but got {name}={got}",
    ),
    "argument.date": Text(
        id="{name} harus berupa tanggal (datetime.date) atau None, bukan {got}",
        en="{name} must be a date (datetime.date) or None, not {got}",
    ),
    "argument.period_order": Text(
        id="{name}.effective_until ({until}) lebih awal dari"
        " {name}.effective_from ({start})",
        en="{name}.effective_until ({until}) is before {name}.effective_from ({start})",
    ),
    # --- building a profile -----------------------------------------------------------
    "profile.no_rules": Text(
        id="profil {profile} tidak memperluas profil lain dan tidak memuat aturan,"
        " jadi tidak ada yang akan diperiksa; isi Profile.extends (misalnya profil"
        " nasional) atau Profile.rules",
        en="profile {profile} neither extends another profile nor has rules, so"
        " nothing would be checked; set Profile.extends (e.g. the national profile)"
        " or Profile.rules",
    ),
    "profile.extends": Text(
        id="Profile.extends harus berupa Profile atau None, bukan {got}",
        en="Profile.extends must be a Profile or None, not {got}",
    ),
    "profile.regions": Text(
        id="Profile.regions harus berupa kode wilayah (teks) atau daftar kode"
        " wilayah, bukan {got}",
        en="Profile.regions must be a region code (text) or a list of region codes,"
        " not {got}",
    ),
    "profile.regions_empty": Text(
        id="Profile.regions kosong, jadi profil ini tidak berlaku di wilayah mana"
        ' pun; isi paling sedikit satu kode wilayah ("" untuk seluruh Indonesia)',
        en="Profile.regions is empty, so the profile would apply nowhere; give at"
        ' least one region code ("" for the whole country)',
    ),
    "profile.region_unknown": Text(
        id="Profile.regions[{index}]: {code} bukan kode wilayah dalam keputusan"
        " Kemendagri",
        en="Profile.regions[{index}]: {code} is not a region code of the Kemendagri"
        " decree",
    ),
    "profile.rules": Text(
        id="{field} harus berupa aturan (kimlib.rules.Rule), bukan {got}",
        en="{field} must be a rule (kimlib.rules.Rule), not {got}",
    ),
    "profile.parameters": Text(
        id="Profile.parameters harus berupa pemetaan nama parameter ke Parameter,"
        " bukan {got}",
        en="Profile.parameters must be a mapping of parameter name to Parameter,"
        " not {got}",
    ),
    "profile.parameter_entry": Text(
        id="Profile.parameters[{parameter}] harus berupa satu atau beberapa Parameter",
        en="Profile.parameters[{parameter}] must be one or more Parameter values",
    ),
    "profile.unknown_parameter": Text(
        id="Profile.parameters[{parameter}]: tidak ada aturan profil ini yang"
        " memakai parameter ini; nama terdekat yang dikenal: {closest}",
        en="Profile.parameters[{parameter}]: no rule of this profile reads this"
        " parameter; the closest known names: {closest}",
    ),
    "profile.value_bound": Text(
        id="{field} harus berupa batas jumlah anggota (kimlib.rules.Bound),"
        " bukan {got}",
        en="{field} must be a bound on the number of members (kimlib.rules.Bound),"
        " not {got}",
    ),
    "profile.value_issuers": Text(
        id="{field} harus berupa daftar penerbit (kimlib.model.Issuer); {got}"
        " bukan penerbit; pilihan: {allowed}",
        en="{field} must be a list of issuers (kimlib.model.Issuer); {got} is not"
        " one; choose from: {allowed}",
    ),
    "profile.value_issuers_empty": Text(
        id="{field} harus memuat paling sedikit satu penerbit",
        en="{field} must name at least one issuer",
    ),
    "profile.bounds_order": Text(
        id="profil {profile}: membership.minimum ({minimum}) lebih besar dari"
        " membership.maximum ({maximum}) mulai {on}",
        en="profile {profile}: membership.minimum ({minimum}) is above"
        " membership.maximum ({maximum}) from {on}",
    ),
    "profile.missing_parameter": Text(
        id="profil {profile}: aturan {rule} memerlukan parameter {parameter} mulai"
        " {on}, tetapi tidak ada profil dalam rantainya yang mengisinya",
        en="profile {profile}: rule {rule} needs parameter {parameter} from {on},"
        " but no profile of its chain sets it",
    ),
    "profile.citation": Text(
        id="{field} harus berupa kutipan (kimlib.sources.Citation), bukan {got}",
        en="{field} must be a citation (kimlib.sources.Citation), not {got}",
    ),
    "profile.bundled_unknown": Text(
        id="{name} bukan profil bawaan kimlib; gunakan salah satu dari: {known}",
        en="{name} is not a bundled profile; use one of: {known}",
    ),
    # --- registries -------------------------------------------------------------------
    "registry.entries": Text(
        id="ProfileRegistry.entries harus berupa pemetaan kode wilayah ke profil,"
        " bukan {got}",
        en="ProfileRegistry.entries must be a mapping of region code to profiles,"
        " not {got}",
    ),
    "registry.code": Text(
        id="ProfileRegistry.entries: kunci {code} bukan kode wilayah dalam"
        " keputusan Kemendagri",
        en="ProfileRegistry.entries: the key {code} is not a region code of the"
        " Kemendagri decree",
    ),
    "registry.item": Text(
        id="ProfileRegistry.entries[{code}]: {got} bukan Profile dan bukan nama"
        " profil bawaan ({known})",
        en="ProfileRegistry.entries[{code}]: {got} is neither a Profile nor the name"
        " of a bundled profile ({known})",
    ),
    # --- reading a profile file -------------------------------------------------------
    "profile.file.missing": Text(
        id="berkas profil {path} tidak ada", en="the profile file {path} does not exist"
    ),
    "profile.file.not_found": Text(
        id="berkas profil {path} tidak dapat dibaca",
        en="cannot read the profile file {path}",
    ),
    "profile.file.too_large": Text(
        id="berkas profil {path} lebih besar dari {limit} bita",
        en="the profile file {path} is larger than {limit} bytes",
    ),
    "profile.file.text_too_large": Text(
        id="teks profil lebih panjang dari {limit} karakter",
        en="the profile text is longer than {limit} characters",
    ),
    "profile.file.argument": Text(
        id="load_profile memerlukan path berkas atau teks TOML/YAML, bukan {got}",
        en="load_profile takes a file path or TOML/YAML text, not {got}",
    ),
    "profile.file.format": Text(
        id="syntax={syntax} tidak didukung; gunakan 'toml' atau 'yaml'",
        en="syntax={syntax} is not supported; use 'toml' or 'yaml'",
    ),
    "profile.file.syntax": Text(
        id="berkas profil bukan {syntax} yang sah",
        en="the profile file is not valid {syntax}",
    ),
    "profile.file.syntax_at": Text(
        id="berkas profil bukan {syntax} yang sah (baris {line}, kolom {column})",
        en="the profile file is not valid {syntax} (line {line}, column {column})",
    ),
    "profile.file.yaml_alias": Text(
        id="berkas profil YAML tidak boleh memakai alias (*nama) (baris {line},"
        " kolom {column}): tulis nilainya lengkap",
        en="a YAML profile file may not use aliases (*name) (line {line}, column"
        " {column}): write the value out in full",
    ),
    "profile.file.yaml_missing": Text(
        id="membaca profil YAML memerlukan PyYAML: pasang kimlib[yaml], atau tulis"
        " profil dalam TOML",
        en="reading a YAML profile needs PyYAML: install kimlib[yaml], or write the"
        " profile in TOML",
    ),
    "profile.file.toml_missing": Text(
        id="membaca profil TOML di Python 3.10 memerlukan tomli: pasang ulang"
        " kimlib (pip install kimlib) atau pasang tomli",
        en="reading a TOML profile on Python 3.10 needs tomli: reinstall kimlib"
        " (pip install kimlib) or install tomli",
    ),
    "profile.file.wrong_type": Text(
        id="berkas profil, {path}: jenis nilai salah: harus {expected}",
        en="profile file, {path}: wrong kind of value: expected {expected}",
    ),
    "profile.file.missing_field": Text(
        id="berkas profil, {path}: kolom ini wajib diisi",
        en="profile file, {path}: this field is required",
    ),
    "profile.file.unknown_field": Text(
        id="berkas profil, {path}: kolom ini tidak dikenal; kolom yang dikenal:"
        " {known}",
        en="profile file, {path}: this field is not known; the known fields: {known}",
    ),
    "profile.file.invalid": Text(
        id="berkas profil, {path}: nilai tidak sah",
        en="profile file, {path}: invalid value",
    ),
    "profile.file.unknown_parameter": Text(
        id="berkas profil, {path}: tidak ada aturan profil ini yang"
        " memakai parameter ini; nama terdekat yang dikenal: {closest}",
        en="profile file, {path}: no rule of this profile reads this"
        " parameter; the closest known names: {closest}",
    ),
    "profile.file.unknown_rule": Text(
        id="berkas profil, {path}: {rule} bukan aturan yang dikenal kimlib; aturan"
        " terdekat: {closest}",
        en="profile file, {path}: {rule} is not a rule kimlib knows; the closest"
        " rules: {closest}",
    ),
    "profile.file.bound": Text(
        id="berkas profil, {path}: harus berupa bilangan bulat >= 0 atau"
        ' {{count = ..., severity = "required"|"recommended"}}',
        en="profile file, {path}: must be an integer >= 0 or"
        ' {{count = ..., severity = "required"|"recommended"}}',
    ),
    "profile.file.issuers": Text(
        id="berkas profil, {path}: harus berupa daftar penerbit; pilihan: {allowed}",
        en="profile file, {path}: must be a list of issuers; choose from: {allowed}",
    ),
    "profile.file.citation_source": Text(
        id="berkas profil, {path}: isi salah satu dari source (sumber bawaan kimlib)"
        " atau instrument (judul peraturan), tidak keduanya",
        en="profile file, {path}: give either source (a source kimlib holds) or"
        " instrument (the regulation's title), not both",
    ),
    "profile.file.source_unknown": Text(
        id="berkas profil, {path}: {source} bukan sumber yang dikenal kimlib;"
        " gunakan salah satu dari: {known}",
        en="profile file, {path}: {source} is not a source kimlib holds; use one"
        " of: {known}",
    ),
    "profile.file.source_fields": Text(
        id="berkas profil, {path}: issuer, date dan url hanya diisi bersama"
        " instrument (sumber bawaan sudah memuatnya)",
        en="profile file, {path}: issuer, date and url go with instrument only (a"
        " source kimlib holds has them already)",
    ),
    # --- the rule members.not_civil_servant -------------------------------------------
    "rule.members.not_civil_servant": Text(
        id="Seluruh anggota bukan ASN", en="No civil servant among the members"
    ),
    "finding.members.civil_servant.pass": Text(
        id="tidak seorang pun dari {count} anggota aktif berstatus ASN",
        en="none of the {count} active members is a civil servant",
    ),
    "finding.members.civil_servant.fail": Text(
        id="{count} anggota aktif berstatus ASN",
        en="{count} active member(s) are civil servants",
    ),
    "finding.members.civil_servant.unknown": Text(
        id="belum ada keterangan apakah {count} anggota aktif berstatus ASN",
        en="not stated, for {count} active member(s), whether they are civil servants",
    ),
    "finding.members.civil_servant.empty": Text(
        id="belum ada anggota aktif", en="the KIM has no active member"
    ),
    "remedy.replace_civil_servant_members": Text(
        id="ganti {count} anggota yang berstatus ASN",
        en="replace the {count} member(s) who are civil servants",
    ),
    "remedy.declare_civil_servant_members": Text(
        id="nyatakan apakah {count} anggota berstatus ASN (civil_servant)",
        en="state whether {count} member(s) are civil servants (civil_servant)",
    ),
    # --- verdicts that checked little or nothing --------------------------------------
    "verdict.no_definition": Text(
        id="Definisi KIM tidak diperiksa: tidak ada aturan definisi yang berlaku"
        " pada tanggal ini menurut profil ini.",
        en="The KIM definition was not checked: no definition rule of this profile"
        " is in force on this date.",
    ),
    "verdict.nothing_checked": Text(
        id="Tidak ada yang diperiksa: tidak ada aturan profil ini yang berlaku pada"
        " tanggal ini.",
        en="Nothing was checked: no rule of this profile is in force on this date.",
    ),
    # --- the command line ------------------------------------------------------------
    "cli.arg.profile": Text(
        id="berkas profil (TOML atau YAML) yang berlaku bagi KIM di wilayahnya",
        en="a profile file (TOML or YAML) that applies to the KIMs in its regions",
    ),
    # --- rubrics at their extremes ----------------------------------------------------
    "rubric.too_large": Text(
        id="terlalu besar: paling besar satu juta (1e6)",
        en="too large: at most a million (1e6)",
    ),
    "rubric.too_small": Text(
        id="terlalu kecil: paling kecil sepersejuta (1e-6)",
        en="too small: at least a millionth (1e-6)",
    ),
}
