"""Benchmark ADINDA scoring: 10, 1,000 and 100,000 activities.

Run with ``PYTHONPATH=src python benchmarks/score.py``. Prints numbers and
asserts nothing. The activities are synthetic: a year around 2025Q1, mixed
naive and aware times, 40 topics, every form; about a quarter fall inside the
scored quarter. Each size is scored several times and the best and median
times are shown, with the time per activity (flat when the cost is linear).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from kimlib.adinda import Activity, ActivityForm, Stage, score_activities

SIZES = (10, 1_000, 100_000)
ZONES = (None, dt.timezone.utc, dt.timezone(dt.timedelta(hours=7)))
TOPICS = tuple(f"Topik {i}" for i in range(40))


def activities(n: int, seed: int = 5) -> list[Activity]:
    rng = random.Random(seed)
    start = dt.datetime(2024, 8, 15)  # noqa: DTZ001 - local time
    forms = list(ActivityForm)
    stages = list(Stage)
    made = []
    for _ in range(n):
        form = rng.choice(forms)
        at = start + dt.timedelta(seconds=rng.randrange(365 * 86400))
        made.append(
            Activity(
                form=form,
                stage=rng.choice(stages) if form.default_stage is None else None,
                at=at.replace(tzinfo=rng.choice(ZONES)),
                topic=rng.choice(TOPICS) if rng.random() < 0.8 else None,
            )
        )
    return made


def timed(items: list[Activity], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        begin = time.perf_counter()
        score_activities(items, period="2025Q1", tz="Asia/Jayapura")
        times.append(time.perf_counter() - begin)
    return times


def main() -> None:
    print(f"{'activities':>11}  {'best ms':>9}  {'median ms':>9}  {'µs/activity':>11}")
    for n in SIZES:
        items = activities(n)
        repeats = 200 if n <= 1_000 else 5
        times = timed(items, repeats)
        best, median = min(times), statistics.median(times)
        per = best / n * 1e6
        print(f"{n:>11,}  {best * 1e3:>9.3f}  {median * 1e3:>9.3f}  {per:>11.2f}")
    report = score_activities(activities(100_000), period="2025Q1", tz="WIT")
    inside = sum(report.counts.values())
    print(
        f"100,000 activities: {inside:,} inside 2025Q1, "
        f"{len(report.cycles)} topics, total {report.total:.2f}"
    )


if __name__ == "__main__":
    main()
