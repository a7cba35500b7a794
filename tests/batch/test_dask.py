"""The Dask recipe of docs/batch.md: byte ranges -> evaluate_block -> a DataFrame."""

from __future__ import annotations

import pytest

from kimlib import batch
from kimlib.io import sample_path

dask = pytest.importorskip("dask")
pytest.importorskip("pandas")

ON = "2025-04-17"


def _records(rows: list[batch.Row]) -> list[dict[str, object]]:
    return [
        {
            "line": r.line,
            "kim_id": r.kim_id,
            "outcome": None if r.outcome is None else r.outcome.value,
            "is_kim": r.is_kim,
            "total": r.total,
            "problems": len(r.problems),
        }
        for r in rows
    ]


def test_byte_ranges_through_dask_give_the_direct_rows(tmp_path):
    """Newline-delimited byte blocks, evaluated by Dask, equal one direct run."""
    import dask.bytes  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415
    from dask import compute, delayed  # noqa: PLC0415

    path = tmp_path / "registry.jsonl"
    path.write_bytes(sample_path().read_bytes() * 20)
    _, blocks = dask.bytes.read_bytes(str(path), delimiter=b"\n", blocksize=4096)

    def rows(block: bytes) -> pd.DataFrame:
        return pd.DataFrame(_records(batch.evaluate_block(block, on=ON, period="2025")))

    parts = [delayed(rows)(block) for block in blocks[0]]
    assert len(parts) > 1
    frame = pd.concat(compute(*parts, scheduler="threads"), ignore_index=True)
    direct = pd.DataFrame(_records(list(batch.evaluate(path, on=ON, period="2025"))))
    # Lines are numbered within each block; compare everything else in order.
    columns = ["kim_id", "outcome", "is_kim", "total", "problems"]
    assert direct[columns].to_dict("records") == frame[columns].to_dict("records")
