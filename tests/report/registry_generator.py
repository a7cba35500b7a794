"""Write a large registry for timing ``kimlib report`` (not a test).

Copies of the bundled sample's KIMs, each with its own id, so that the
registry checks stay quiet::

    python tests/report/registry_generator.py 100000 /tmp/registry.jsonl
    time kimlib report /tmp/registry.jsonl --on 2025-04-17 --period 2025
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kimlib.io import sample_path


def write(count: int, path: Path) -> None:
    """Write ``count`` KIM documents as JSON Lines to ``path``."""
    sample = [json.loads(line) for line in sample_path().read_text().splitlines()]
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            document = dict(sample[number % len(sample)])
            document["id"] = f"KIM-BENCH-{number:06d}"
            document["name"] = f"{document['name']} {number}"
            out.write(json.dumps(document, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write(int(sys.argv[1]), Path(sys.argv[2]))
