"""Messages of the regions and of the statistics over them."""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    "region.argument.code": Text(
        id="Region.code harus kode Kemendagri bertitik, bukan {value}",
        en="Region.code must be a dotted Kemendagri code, not {value}",
    ),
    "region.argument.kind": Text(
        id="Region.kind {kind} tidak sesuai dengan kode {code}",
        en="Region.kind {kind} does not fit code {code}",
    ),
    "region.argument.six_digits": Text(
        id="six_digits harus enam angka kode kecamatan (mis. 627101)",
        en="six_digits must be the six digits of a kecamatan code (e.g. 627101)",
    ),
    "region.argument.not_a_code": Text(
        id="code={value} bukan kode wilayah Kemendagri",
        en="code={value} is not a Kemendagri region code",
    ),
    "region.argument.blank_name": Text(
        id="name={value}: nama wilayah tidak boleh kosong",
        en="name={value}: a region name must not be blank",
    ),
    "region.coverage": Text(
        id="{region}: {covered} dari {villages} desa/kelurahan memiliki KIM ({share})",
        en="{region}: {covered} of {villages} villages have a KIM ({share})",
    ),
    "region.kim_count": Text(
        id="{region}: {count} KIM ({kind}), per {as_of}",
        en="{region}: {count} KIM ({kind}), as of {as_of}",
    ),
    "region.date_unknown": Text(id="tanggal tidak diketahui", en="date unknown"),
}
MESSAGES["region.data_damaged"] = Text(
    id="data wilayah kimlib rusak; pasang ulang kimlib ({file})",
    en="kimlib's region data is damaged; reinstall kimlib ({file})",
)
