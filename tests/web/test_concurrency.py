"""Several clients at once get the same answers as the library called directly."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import httpx
from tests.web.helpers import REGISTRATION, sample_lines

import kimlib

ON = "2025-04-17"
CLIENTS = 8
ROUNDS = 6


def _expected():
    """Per (document, language): the verdict and the report, from the library."""
    documents = [json.dumps(REGISTRATION), *sample_lines()]
    answers = {}
    for index, text in enumerate(documents):
        kim = kimlib.load_kim(text)
        verdict = kimlib.assess(kim, on=ON)
        report = kimlib.score(kim, period="2025Q1")
        for lang in ("id", "en"):
            named = {"kim_id": kim.id, "kim_name": kim.name}
            answers[index, lang] = (
                kimlib.dump(verdict, lang=lang),
                {**named, **kimlib.dump(report, lang=lang)},
            )
    return documents, answers


def test_concurrent_clients_agree_with_the_library(base_url):
    """8 threads, each with its own keep-alive client, mixing routes and languages."""
    documents, answers = _expected()

    def work(worker):
        seen = []
        with httpx.Client(base_url=base_url, timeout=60) as client:
            for round_ in range(ROUNDS):
                for index, text in enumerate(documents):
                    lang = ("id", "en")[(worker + round_ + index) % 2]
                    head = {"Content-Type": "application/json", "Accept-Language": lang}
                    verdict = client.post(
                        f"/v1/assess?on={ON}", content=text, headers=head
                    )
                    report = client.post(
                        "/v1/score?period=2025Q1", content=text, headers=head
                    )
                    answer = verdict.json()
                    answer.pop("mapping", None)  # beside the verdict: test_picture
                    scored = report.json()
                    scored.pop("mapping", None)
                    seen.append(((index, lang), answer, scored))
        return seen

    with ThreadPoolExecutor(CLIENTS) as pool:
        results = [item for seen in pool.map(work, range(CLIENTS)) for item in seen]
    assert CLIENTS * ROUNDS * len(documents) == len(results)
    mismatches = [
        key for key, verdict, report in results if answers[key] != (verdict, report)
    ]
    assert [] == mismatches
