"""Write a seeded synthetic national registry as JSON Lines.

Every KIM is fictional: seats drawn from the bundled Kemendagri villages
(a third of them in the regions with their own profile: Central Kalimantan,
Kapuas Hulu, Banten), about 10 members (board facts mostly declared, some
unknown, a few failing; some members who joined late or left), legality
documents, 16 activities around 2025 (naive and offset times, shared topics)
and a few invalid documents (about 1 in 200: a bad region, a missing role,
a mistyped key). Names and numbers are made up; no NIK is written.

    PYTHONPATH=src python benchmarks/registry.py [COUNT] [PATH] [--seed N]

Default: 100,000 KIMs to ``registry.jsonl`` in the current directory.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from kimlib.model import ActivityForm, Channel, Stage
from kimlib.regions import _data

ROLES = ["ketua", "wakil_ketua", "sekretaris", "bendahara", "koordinator"]
GROUPS = ["pemuda", "petani", "nelayan", "pkk", "umkm", "pelajar"]
TOPICS = [f"topik {i}" for i in range(30)]
OFFSETS = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}
FOCUS = ("62.", "61.06.", "36.")


def _villages(rng: random.Random) -> tuple[list[str], list[str]]:
    codes = list(_data.table(4).rows)
    focus = [c for c in codes if c.startswith(FOCUS)]
    rng.shuffle(codes)
    return codes[:20_000], focus


def _fact(rng: random.Random) -> bool | None:
    roll = rng.random()
    return None if roll < 0.04 else roll < 0.07


def _date(rng: random.Random, first: int, last: int) -> str:
    return (
        f"{rng.randint(first, last)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    )


def _member(rng: random.Random, i: int, role: str) -> dict[str, object]:
    member: dict[str, object] = {
        "name": f"Anggota {i}",
        "role": role,
        "gender": rng.choice(["laki_laki", "perempuan"]),
        "groups": rng.sample(GROUPS, rng.randint(0, 2)),
        "joined_on": _date(rng, 2012, 2024),
    }
    if rng.random() < 0.05:
        member["left_on"] = _date(rng, 2025, 2026)
    if role != "anggota":
        for fact in ("civil_servant", "criminal_record"):
            member[fact] = _fact(rng)
        for fact in ("party_affiliation", "ngo_affiliation"):
            member[fact] = _fact(rng)
    return member


def _activity(rng: random.Random, zone: str) -> dict[str, object]:
    form = rng.choice(list(ActivityForm))
    at = (
        f"{_date(rng, 2024, 2025)}T{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:00"
    )
    if rng.random() < 0.5:
        at += OFFSETS[zone]
    activity: dict[str, object] = {"form": form.value, "at": at}
    if form.default_stage is None or rng.random() < 0.3:
        activity["stage"] = rng.choice(list(Stage)).value
    if rng.random() < 0.6:
        activity["topic"] = rng.choice(TOPICS)
    activity["participants"] = rng.randint(3, 80)
    activity["channels"] = [rng.choice(list(Channel)).value]
    return activity


def document(rng: random.Random, n: int, village: str) -> dict[str, object]:
    """One synthetic KIM document (valid unless the roll says otherwise)."""
    from kimlib import regions  # noqa: PLC0415

    region = ".".join(village.split(".")[:2])
    zone = regions.get(region).zone
    size = max(0, int(rng.gauss(10, 3)))
    roles = rng.sample(ROLES, min(len(ROLES), rng.randint(2, 5)))
    roles += ["anggota"] * max(0, size - len(roles))
    heads = "lurah" if village.split(".")[3].startswith("1") else "kepala_desa"
    doc: dict[str, object] = {
        "schema_version": 1,
        "id": f"KIM-{region.replace('.', '')}-{n:06d}",
        "name": f"KIM Sintetis {n}",
        "region": region,
        "village": village,
        "founded_on": _date(rng, 2010, 2023),
        "members": [_member(rng, i, role) for i, role in enumerate(roles)],
        "activities": [_activity(rng, zone) for _ in range(16)],
    }
    if rng.random() < 0.9:
        doc["documents"] = [
            {
                "kind": "sk_pembentukan",
                "issuer": heads,
                "number": f"{n}/SK",
                "issued_on": _date(rng, 2010, 2024),
            },
            {
                "kind": "nomor_induk",
                "issuer": "dinas_kabupaten_kota",
                "issued_on": _date(rng, 2010, 2025),
            },
            {"kind": "susunan_pengurus", "acknowledged_by": heads},
        ][: rng.randint(0, 3)]
    roll = rng.random()
    if roll < 0.002:
        doc["region"] = "99.99"
    elif roll < 0.004:
        if doc["members"]:
            del doc["members"][0]["role"]  # type: ignore[index]
    elif roll < 0.005:
        doc["mebers"] = []
    return doc


def write(count: int, path: Path, seed: int = 11) -> Path:
    """Write ``count`` documents to ``path`` (JSON Lines) and return it."""
    try:
        import orjson  # noqa: PLC0415 - the bench extra

        encode = orjson.dumps
    except ImportError:  # pragma: no cover - msgspec writes the same JSON
        import msgspec  # noqa: PLC0415

        encode = msgspec.json.encode
    rng = random.Random(seed)
    villages, focus = _villages(rng)
    with path.open("wb") as handle:
        for n in range(count):
            pool = focus if n % 3 == 0 else villages
            handle.write(encode(document(rng, n, rng.choice(pool))) + b"\n")
    return path


def main(argv: list[str] | None = None) -> int:
    """Command line: ``registry.py [COUNT] [PATH] [--seed N]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=100_000)
    parser.add_argument("path", nargs="?", type=Path, default=Path("registry.jsonl"))
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    written = write(args.count, args.path, args.seed)
    size = written.stat().st_size / 2**20
    print(f"{args.count} KIMs -> {written} ({size:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
