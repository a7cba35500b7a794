"""Messages of the engine and of :mod:`kimlib.batch`: bad arguments."""

from __future__ import annotations

from kimlib.messages._text import Text

__all__ = ["MESSAGES"]

MESSAGES: dict[str, Text] = {
    "batch.kernel": Text(
        id="kernel harus berupa fungsi (facts, params), bukan {kind}",
        en="a kernel must be a function of (facts, params), not {kind}",
    ),
    "batch.source": Text(
        id="source={kind} tidak dapat dibaca: berikan path, bytes, atau iterable"
        " berisi baris atau dict",
        en="source={kind} cannot be read: pass a path, bytes, or an iterable of"
        " lines or dicts",
    ),
    "batch.unreadable": Text(
        id="berkas {path} tidak dapat dibaca: {reason}",
        en="file {path} cannot be read: {reason}",
    ),
    "batch.workers": Text(
        id="workers={value} tidak sah: gunakan None atau bilangan bulat 1 ke atas",
        en="workers={value} is not valid: use None or an integer of 1 or more",
    ),
    "batch.block_size": Text(
        id="block_size={value} tidak sah: gunakan bilangan bulat 1 ke atas",
        en="block_size={value} is not valid: use an integer of 1 or more",
    ),
    "batch.check_result": Text(
        id="pemeriksaan aturan {rule} menghasilkan {kind}, bukan Evaluation",
        en="the check of rule {rule} returned {kind}, not an Evaluation",
    ),
    "batch.indicators": Text(
        id="indicators={value} tidak sah: berikan dua periode (sebelum, sesudah),"
        ' misalnya ("2025Q1", "2025Q2")',
        en="indicators={value} is not valid: pass two periods (before, after),"
        ' e.g. ("2025Q1", "2025Q2")',
    ),
}
