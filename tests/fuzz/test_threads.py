"""Eight threads sharing KIMs, the registry and first-time region loading.

Each thread loads the bundled sample, assesses, scores, dumps and explains
every KIM; all eight give exactly what one thread gives alone. Run in a fresh
interpreter, so that the region tables are first loaded by the threads.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

_PROGRAM = """
import json, threading
import kimlib
from kimlib.io import load_kims, sample_path, dump

def work():
    out = []
    for _ in range(5):
        for kim in load_kims(sample_path()):
            verdict = kimlib.assess(kim, on="2025-04-17")
            report = kimlib.score(kim, "2025")
            out.append(json.dumps([dump(verdict), dump(report), dump(kim),
                                   verdict.explain("id"), kim.seat.name,
                                   str(kim.village_kind)], sort_keys=True))
    return out

results = [None] * 8
def run(i):
    results[i] = work()
threads = [threading.Thread(target=run, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
alone = work()
print(len(alone), sum(r == alone for r in results))
"""


def test_eight_threads_give_the_sequential_results():
    """8 threads x 5 passes over the sample equal one sequential pass."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and program
        [sys.executable, "-c", textwrap.dedent(_PROGRAM)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert "70 8" == done.stdout.strip()
