"""POST /v1/assess with the KIM's mapping placement and indicator trends (issue 14)."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.web.helpers import REGISTRATION, body, sample_lines

import kimlib
from kimlib.indicators import progress
from kimlib.stakeholders import placement

ON = "2025-04-17"
PERIODS = {"indicators_before": "2025Q1", "indicators_after": "2025Q2"}
#: The sample KIMs whose documents carry a mapping and indicator readings.
PICTURED = [line for line in sample_lines() if '"mapping"' in line]


def _assess(client, line, **params):
    response = client.post(
        "/v1/assess",
        params={"on": ON, **params},
        content=line.encode(),
        headers={"Content-Type": "application/json"},
    )
    assert 200 == response.status_code, response.text
    return body(response)


def test_the_sample_carries_pictures():
    """Three fictional KIMs of the sample have a mapping and readings."""
    assert 3 == len(PICTURED)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("line", PICTURED, ids=lambda line: json.loads(line)["id"])
def test_placement_and_trends_are_the_library_s(client, line, lang):
    """Mapping and indicators over HTTP are placement() and progress() in lang."""
    answer = _assess(client, line, lang=lang, **PERIODS)
    kim = kimlib.load_kim(line)
    verdict = kimlib.assess(kim, on=ON)
    assert kimlib.dump(verdict, lang=lang) == {
        key: value
        for key, value in answer.items()
        if key not in ("mapping", "indicators")
    }
    found = placement(kim, ON)
    mapping = answer["mapping"]
    assert (found.engagement.value, found.recommendation(lang)) == (
        mapping["engagement"],
        mapping["recommendation"],
    )
    assert (ON, found.assessment.assessed_on.isoformat()) == (
        mapping["on"],
        mapping["assessed_on"],
    )
    assert list(found.assessment.scores()) == [
        mapping[axis] for axis in ("interest", "influence", "power")
    ]
    moved = progress(kim, "2025Q1", "2025Q2")
    expected = [
        (
            p.indicator.value,
            p.before,
            p.after,
            p.trend and p.trend.value,
            p.message(lang),
        )
        for p in moved.values()
    ]
    trends = answer["indicators"]
    assert ("2025Q1", "2025Q2") == (trends["before"], trends["after"])
    assert expected == [
        (t["indicator"], t["before"], t["after"], t["trend"], t["message"])
        for t in trends["progress"]
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_score_carries_them_too(client, lang):
    """/v1/score places the KIM on the period's last day and adds the trends."""
    line = PICTURED[0]
    response = client.post(
        "/v1/score",
        params={"period": "2024Q3", "lang": lang, **PERIODS},
        content=line.encode(),
    )
    assert 200 == response.status_code
    answer = body(response)
    kim = kimlib.load_kim(line)
    found = placement(kim, "2024-09-30")  # before the second assessment
    assert ("2024-09-30", "2024-07-15") == (
        answer["mapping"]["on"],
        answer["mapping"]["assessed_on"],
    )
    assert found.recommendation(lang) == answer["mapping"]["recommendation"]
    expected = [
        p.trend and p.trend.value for p in progress(kim, "2025Q1", "2025Q2").values()
    ]
    assert expected == [t["trend"] for t in answer["indicators"]["progress"]]
    report = kimlib.dump(kimlib.score(kim, period="2024Q3"), lang=lang)
    assert report == {k: v for k, v in answer.items() if k in report}


def test_without_the_periods_there_are_no_trends(client):
    """The mapping comes with the document; trends only when asked for."""
    answer = _assess(client, PICTURED[0])
    assert "key_partner" == answer["mapping"]["engagement"]
    assert "Mitra utama" == answer["mapping"]["engagement_label"]
    assert "indicators" not in answer


def test_a_kim_without_mapping_or_readings(client):
    """A document with neither field gets the verdict alone."""
    answer = _assess(client, json.dumps(REGISTRATION), **PERIODS)
    assert set() == {"mapping", "indicators"} & set(answer)


def test_no_assessment_by_the_date_is_null(client):
    """A mapping made after the date assessed places nothing: null."""
    line = PICTURED[1]  # mapped on 5 March 2025
    response = client.post("/v1/assess?on=2025-03-04", content=line.encode())
    assert 200 == response.status_code
    assert body(response)["mapping"] is None


def test_the_trend_of_a_declining_indicator_in_indonesian(client):
    """The quality of life of the Kapuas Hulu KIM fell from Q1 to Q2."""
    answer = _assess(client, PICTURED[2], lang="id", **PERIODS)
    (quality,) = [
        t
        for t in answer["indicators"]["progress"]
        if t["indicator"] == "kualitas_hidup"
    ]
    assert (3.4, 3.1, "declining") == (
        quality["before"],
        quality["after"],
        quality["trend"],
    )


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ({"indicators_before": "2025Q1"}, "indicators_after"),
        ({"indicators_after": "2025Q2"}, "indicators_before"),
        (
            {"indicators_before": "2025Q5", "indicators_after": "2025Q2"},
            "indicators_before",
        ),
        (
            {"indicators_before": "2025Q1", "indicators_after": "kemarin"},
            "indicators_after",
        ),
    ],
)
def test_bad_periods_are_400_naming_the_parameter(client, query, parameter):
    """One period alone, or one kimlib cannot read, is refused before any work."""
    response = client.post(
        "/v1/assess", params={"on": ON, "lang": "en", **query}, json=REGISTRATION
    )
    assert 400 == response.status_code
    assert parameter == response.json()["parameter"]
    assert parameter in response.json()["detail"]


_QUARTERS = st.builds("{}Q{}".format, st.integers(2024, 2026), st.integers(1, 4))


@settings(max_examples=25, deadline=None)
@given(
    line=st.sampled_from(PICTURED),
    before=_QUARTERS,
    after=_QUARTERS,
    on=st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
)
def test_any_periods_and_date_agree_with_the_library(base_url, line, before, after, on):
    """For any two quarters and any date, HTTP gives progress() and placement()."""
    kim = kimlib.load_kim(line)
    response = httpx.post(
        f"{base_url}/v1/assess",
        params={"on": on.isoformat(), "lang": "en",
                "indicators_before": before, "indicators_after": after},
        content=line.encode(),
    )  # fmt: skip
    answer = body(response)
    found = placement(kim, on)
    engagement = None if answer["mapping"] is None else answer["mapping"]["engagement"]
    assert (None if found is None else found.engagement.value) == engagement
    expected = [
        (p.indicator.value, p.change, p.trend and p.trend.value)
        for p in progress(kim, before, after).values()
    ]
    assert expected == [
        (t["indicator"], t["change"], t["trend"])
        for t in answer["indicators"]["progress"]
    ]


def test_batch_rows_carry_the_placement_and_trends(client):
    """/v1/batch rows are kimlib.batch's rows with mapping_on=on and the periods."""
    from kimlib import batch  # noqa: PLC0415

    lines = sample_lines()
    response = client.post(
        "/v1/batch",
        params={"on": ON, **PERIODS},
        content="\n".join(lines) + "\n",
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert 200 == response.status_code, response.text
    rows = [json.loads(line) for line in response.text.splitlines()]
    expected = list(
        batch.evaluate(
            [line.encode() for line in lines],
            on=ON,
            mapping_on=dt.date.fromisoformat(ON),
            indicators=(PERIODS["indicators_before"], PERIODS["indicators_after"]),
        )
    )
    assert [r.engagement for r in expected] == [r["engagement"] for r in rows]
    assert [
        None
        if r.trends is None
        else {k.value: v.value for k, v in r.trends.items() if v is not None}
        for r in expected
    ] == [r["trends"] for r in rows]
    assert any(r["engagement"] is not None for r in rows)
    assert any(r["trends"] and any(r["trends"].values()) for r in rows)
