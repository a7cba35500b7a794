"""Damaged region data raises RegionDataDamaged, never a foreign exception.

Each test copies the shipped data into a temporary folder, damages the copy
and points kimlib.regions at it (the real files are never touched).
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
from importlib import resources
from pathlib import Path

import pytest

from kimlib import regions
from kimlib.errors import KimlibError
from kimlib.model import kim as kim_module
from kimlib.regions import RegionDataDamaged, _data, _region

FILES = ("provinces.csv.gz", "regencies.csv.gz", "districts.csv.gz", "villages.csv.gz")
LEVEL = {name: level for level, name in enumerate(FILES, 1)}


@pytest.fixture
def copy(tmp_path, monkeypatch):
    """A copy of the data folder that kimlib.regions reads from, nothing loaded."""
    source = resources.files("kimlib.regions") / "data"
    for name in (*FILES, "MANIFEST.sha256"):
        (tmp_path / name).write_bytes((source / name).read_bytes())
    monkeypatch.setattr(_data, "_folder", tmp_path)
    monkeypatch.setattr(_data, "_tables", {})
    monkeypatch.setattr(_data, "_hashes", {})
    return tmp_path


def text_of(folder: Path, name: str) -> str:
    """The CSV text of a data file."""
    return gzip.decompress((folder / name).read_bytes()).decode("utf-8")


def rewrite(folder: Path, name: str, text: str, *, sign: bool) -> None:
    """Write ``text`` as the data file; with ``sign`` also update the manifest."""
    data = gzip.compress(text.encode("utf-8"), mtime=0)
    (folder / name).write_bytes(data)
    if sign:
        resign(folder, name)


def resign(folder: Path, name: str) -> None:
    """Put the file's current hash into the manifest (a consistent edit)."""
    digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
    lines = [
        f"{digest}  {name}" if line.endswith(f"  {name}") else line
        for line in (folder / "MANIFEST.sha256").read_text().splitlines()
    ]
    (folder / "MANIFEST.sha256").write_text("\n".join(lines) + "\n")


def assert_damaged(name: str) -> None:
    """Reading the file's level raises RegionDataDamaged naming the file."""
    with pytest.raises(RegionDataDamaged) as caught:
        _data.table(LEVEL.get(name, 1))
    assert name in str(caught.value)
    assert "reinstall" in str(caught.value)
    assert "pasang ulang" in caught.value.message("id")
    assert caught.value.__cause__ is None


def test_intact_copy_loads(copy):  # noqa: ARG001 - the fixture redirects the data
    """The untouched copy loads every level (the fixture itself is sound)."""
    assert [38, 514, 7285, 83762] == [len(_data.table(n).rows) for n in (1, 2, 3, 4)]


@pytest.mark.parametrize("name", FILES)
def test_truncated(copy, name):
    """A file cut in half is damaged."""
    data = (copy / name).read_bytes()
    (copy / name).write_bytes(data[: len(data) // 2])
    assert_damaged(name)


@pytest.mark.parametrize("name", FILES)
def test_flipped_byte(copy, name):
    """One flipped byte in the middle is damaged."""
    data = bytearray((copy / name).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / name).write_bytes(bytes(data))
    assert_damaged(name)


@pytest.mark.parametrize("name", FILES)
def test_emptied(copy, name):
    """An empty file is damaged."""
    (copy / name).write_bytes(b"")
    assert_damaged(name)


@pytest.mark.parametrize("name", FILES)
def test_missing(copy, name):
    """A deleted file is damaged."""
    (copy / name).unlink()
    assert_damaged(name)


def test_kelurahan_edited_into_desa(copy):
    """A village edited from kelurahan to desa (a change of meaning) is refused."""
    text = text_of(copy, "villages.csv.gz")
    edited = text.replace("36.73.01.1001,Serang,kelurahan", "36.73.01.1001,Serang,desa")
    assert edited != text
    rewrite(copy, "villages.csv.gz", edited, sign=False)
    assert_damaged("villages.csv.gz")


def test_time_zone_edited(copy):
    """A province moved to another time zone is refused."""
    text = text_of(copy, "provinces.csv.gz").replace("Asia/Pontianak", "Asia/Jakarta")
    rewrite(copy, "provinces.csv.gz", text, sign=False)
    assert_damaged("provinces.csv.gz")


def test_damage_reaches_lookups_as_kimlib_error(copy, monkeypatch):
    """regions.get and load_kim raise the same error, a KimlibError."""
    import kimlib  # noqa: PLC0415

    monkeypatch.setattr(_region, "_lookup", _region._lookup.__wrapped__)
    monkeypatch.setattr(kim_module, "_known_code", kim_module._known_code.__wrapped__)
    (copy / "regencies.csv.gz").write_bytes(b"\x1f\x8b broken")
    with pytest.raises(RegionDataDamaged):
        regions.get("62.71")
    with pytest.raises(KimlibError, match="damaged"):
        kimlib.load_kim({"name": "KIM Uji", "region": "62.71", "members": []})


@pytest.mark.parametrize(
    "manifest",
    [
        pytest.param(None, id="missing"),
        pytest.param(b"", id="empty-lists-no-file"),
        pytest.param(b"not a manifest\n", id="garbled"),
        pytest.param("\u00e9".encode(), id="not-ascii"),
    ],
)
def test_manifest_damaged(copy, manifest):
    """A missing, empty, garbled or non-ASCII manifest is damage too."""
    path = copy / "MANIFEST.sha256"
    if manifest is None:
        path.unlink()
    else:
        path.write_bytes(manifest)
    with pytest.raises(RegionDataDamaged):
        _data.table(1)


@pytest.mark.parametrize(
    ("name", "edit"),
    [
        pytest.param(
            "villages.csv.gz",
            lambda t: t.replace(",kelurahan\n", ",lurah\n"),
            id="kind",
        ),
        pytest.param(
            "provinces.csv.gz",
            lambda t: t.replace("Asia/Jakarta", "America/New_York"),
            id="foreign-zone",
        ),
        pytest.param(
            "districts.csv.gz",
            lambda t: t.replace("code,name\n", "kode,nama\n"),
            id="header",
        ),
        pytest.param(
            "regencies.csv.gz",
            lambda t: t.replace(",kota\n", ",kota,extra\n", 1),
            id="extra-column",
        ),
        pytest.param(
            "districts.csv.gz", lambda t: t[: t.index("code,name\n") + 10], id="no-rows"
        ),
    ],
)
def test_consistent_edit_still_refused(copy, name, edit):
    """Even with the manifest updated to match, an unreadable table is damage."""
    rewrite(copy, name, edit(text_of(copy, name)), sign=True)
    assert_damaged(name)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"plain bytes", id="not-gzip"),
        pytest.param(gzip.compress(b"x" * 100)[:30], id="truncated-gzip"),
        pytest.param(gzip.compress(b"\xff\xfe code"), id="not-utf8"),
    ],
)
def test_consistent_garbage_refused(copy, data):
    """Bytes that are not a gzip UTF-8 CSV are damage even when signed."""
    (copy / "provinces.csv.gz").write_bytes(data)
    resign(copy, "provinces.csv.gz")
    assert_damaged("provinces.csv.gz")


def test_shipped_manifest_matches_shipped_files():
    """The manifest in the package lists the hash of every shipped data file."""
    folder = resources.files("kimlib.regions") / "data"
    lines = (folder / "MANIFEST.sha256").read_text().splitlines()
    expected = [
        f"{hashlib.sha256((folder / name).read_bytes()).hexdigest()}  {name}"
        for name in FILES
    ]
    assert expected == lines
    assert shutil.which  # the manifest is also `sha256sum -c` input
