"""dump of results for portals: one language or both, a sources table, problems."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.rules.helpers import document, edited, kim

import kimlib
from kimlib import cli
from kimlib.errors import InvalidArgument, InvalidInput, Problem
from kimlib.io import (
    AdindaReportRecord,
    ProblemsRecord,
    VerdictRecord,
    dump,
    json_schema,
    load_kim,
)
from kimlib.io._build import citation_id, reading_id
from kimlib.messages import LANGS
from kimlib.rules import DEFINITION_FROM, assess
from kimlib.rules.profiles import PROFILES, load
from kimlib.strategies import kims, niks

ON = "2025-04-17"
SCHEMAS = {
    name: jsonschema.Draft202012Validator(json_schema(name))
    for name in ("verdict", "report", "problems")
}
MARKER = "Qzxv"


def _incomplete():
    """The 12-member document with no criminal-record facts and no documents."""

    def edit(d):
        for member in d["members"]:
            member.pop("criminal_record")
        d.pop("documents")

    return edited(document(), edit)


def _strings(value):
    """Every string of a JSON tree, keys left out."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _has_both(value):
    """Whether some object of the tree is a text in both languages."""
    if isinstance(value, dict):
        return set(value) == {"id", "en"} or any(_has_both(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_both(v) for v in value)
    return False


def _size(value):
    return len(msgspec.json.encode(value))


@pytest.mark.parametrize("lang", LANGS)
def test_verdict_in_one_language(lang):
    """With lang, every text is a plain string in that language only."""
    verdict = assess(_incomplete(), on=ON)
    data = dump(verdict, lang=lang)
    assert lang == data["lang"]
    assert not _has_both(data)
    assert "explanation" not in data
    assert [f.message(lang) for f in verdict.findings] == [
        f["message"] for f in data["findings"]
    ]
    assert [r.message(lang) for r in verdict.remedies] == [
        r["message"] for r in data["remedies"]
    ]
    assert all("title" not in f for f in data["findings"])
    assert [] == [e.message for e in SCHEMAS["verdict"].iter_errors(data)]


def test_verdict_in_both_languages_as_before():
    """Without lang, texts are {id, en} and the explanation is there, in both."""
    verdict = assess(_incomplete(), on=ON)
    data = dump(verdict)
    assert "lang" not in data
    assert {"id": verdict.explain("id"), "en": verdict.explain("en")} == data[
        "explanation"
    ]
    finding = data["findings"][0]
    assert {"id", "en"} == set(finding["title"]) == set(finding["message"])
    assert {
        "rule_id",
        "status",
        "severity",
        "group",
        "title",
        "message",
        "subjects",
        "sources",
    } <= set(finding)


def test_locale_tags_and_other_languages():
    """The lang argument takes locale tags; anything else is an InvalidArgument."""
    verdict = assess(kim(), on=ON)
    assert dump(verdict, lang="id") == dump(verdict, lang="id-ID")
    assert dump(verdict, lang="en") == dump(verdict, lang="en_GB")
    with pytest.raises(InvalidArgument, match="'id', 'en'"):
        dump(verdict, lang="fr")


@pytest.mark.parametrize("lang", [None, *LANGS])
def test_citations_appear_once_and_findings_refer_to_them(lang):
    """Each citation is in the sources table once; every id refers to one."""
    verdict = assess(_incomplete(), on=ON)
    data = dump(verdict, lang=lang)
    referred = {i for f in data["findings"] for i in f["sources"]}
    assert referred == set(data["sources"])
    cited = {c for f in verdict.findings for c in f.sources}
    assert len(cited) == len(data["sources"])
    for finding, record in zip(verdict.findings, data["findings"], strict=True):
        quotes = [data["sources"][i]["quote"] for i in record["sources"]]
        assert [c.quote for c in finding.sources] == quotes
    documents = {c["source"] for c in data["sources"].values()}
    assert documents == set(data["source_documents"])
    readings = {c["reading"] for c in data["sources"].values() if "reading" in c}
    assert readings == set(data["readings"])
    quotes = [c["quote"] for c in data["sources"].values()]
    assert len(quotes) == len(set(quotes))


def test_citation_and_reading_ids_are_distinct():
    """Citations that read differently (or readings) never share an id."""
    citations = set()
    for module in set(PROFILES.values()):
        profile = load(module)
        for verdict_kim in (kim(), kim(documents=False), kim(members=40)):
            for finding in assess(verdict_kim, on=ON, profile=profile).findings:
                citations.update(finding.sources)
    shown = {(c.source.id, c.article, c.quote, c.reading) for c in citations}
    readings = {c.reading for c in citations if c.reading is not None}
    assert len(shown) == len({citation_id(c) for c in citations})
    assert len(readings) == len({reading_id(r) for r in readings})
    assert len(shown) > 5


@pytest.mark.parametrize("lang", LANGS)
def test_a_twelve_member_verdict_in_one_language_is_small(lang):
    """A 12-member verdict in one language is under a third of both.

    Eligible 4.6 KB, incomplete (seven remedies) 6.1 KB; both languages with
    the explanation 16-20 KB (docs/output.md, benchmarks/output.py). The bounds
    leave room for the wording to change.
    """
    for doc in (document(), _incomplete()):
        verdict = assess(load_kim(doc), on=ON)
        assert 12 == len(verdict.kim.members)
        one = _size(dump(verdict, lang=lang))
        assert one < 5500 if verdict.eligible else one < 7500
        assert 3 * one < _size(dump(verdict))


@st.composite
def identified_kims(draw: st.DrawFn) -> kimlib.Kim:
    """KIMs whose every member has a marked name and a NIK."""
    kim = draw(kims(max_members=8))
    members = tuple(
        attrs.evolve(m, name=f"{MARKER}{i} Orang", nik=draw(niks(m.gender)))
        for i, m in enumerate(kim.members)
    )
    return attrs.evolve(kim, members=members)


@given(
    identified_kims(),
    st.dates(DEFINITION_FROM, dt.date(2030, 12, 31)),
    st.sampled_from(LANGS),
)
def test_one_language_outputs_validate_and_hold_no_personal_data(kim, on, lang):
    """dump(verdict|report, lang) fits its schema and names no member."""
    verdict = assess(kim, on=on)
    report = kimlib.score(kim, period=str(on.year))
    secrets = [MARKER] + [m.nik.reveal() for m in kim.members if m.nik]
    for name, value in (("verdict", verdict), ("report", report)):
        data = dump(value, lang=lang)
        assert [] == [e.message for e in SCHEMAS[name].iter_errors(data)]
        assert not _has_both(data)
        text = json.dumps(data, ensure_ascii=False)
        assert not [s for s in secrets if s in text]
    record = msgspec.convert(dump(verdict, lang=lang), VerdictRecord)
    assert dump(verdict, lang=lang) == dump(record)


@pytest.mark.parametrize("lang", [None, *LANGS])
def test_report_period_end_is_the_last_day(lang):
    """A report gives start and last_day, both included, and its texts."""
    report = kimlib.score(kim(), period="2025Q1")
    data = dump(report, lang=lang)
    assert ("2025-01-01", "2025-03-31") == (data["start"], data["last_day"])
    assert "end" not in data
    if lang is None:
        assert {"id": report.explain("id"), "en": report.explain("en")} == data[
            "explanation"
        ]
    else:
        assert report.explain(lang) == data["explanation"]
        assert not _has_both(data)
    assert [] == [e.message for e in SCHEMAS["report"].iter_errors(data)]
    assert dump(msgspec.convert(data, AdindaReportRecord)) == data


def test_report_actions_are_described():
    """Each next-best action says what to do, in the language asked for."""
    report = kimlib.score(kim(), period="2025Q1")
    data = dump(report, lang="id")
    assert [a.describe("id") for a in report.next_best_actions] == [
        a["description"] for a in data["next_best_actions"]
    ]


def _invalid():
    bad = document()
    bad["members"][1]["role"] = "raja"
    bad["nama"] = "x"
    with pytest.raises(InvalidInput) as caught:
        load_kim(bad)
    return caught.value


@pytest.mark.parametrize("lang", LANGS)
def test_problems_a_form_can_show(lang):
    """dump(InvalidInput, lang) gives path, code and message in that language."""
    error = _invalid()
    data = dump(error, lang=lang)
    assert [
        {"path": p.path, "code": p.code, "message": p.reason(lang)}
        for p in error.problems
    ] == data["problems"]
    assert [] == [e.message for e in SCHEMAS["problems"].iter_errors(data)]
    assert "raja" not in json.dumps(data)


def test_problems_in_both_languages_and_with_lines():
    """Without lang the message is {id, en}; a line number is kept."""
    error = InvalidInput([Problem("members[0].role", "error.missing_field", line=3)])
    data = dump(error)
    assert [
        {
            "path": "members[0].role",
            "code": "error.missing_field",
            "message": {"id": "kolom ini wajib diisi", "en": "this field is required"},
            "line": 3,
        }
    ] == data["problems"]
    assert [] == [e.message for e in SCHEMAS["problems"].iter_errors(data)]
    assert dump(msgspec.convert(data, ProblemsRecord)) == data


def test_a_kim_dumps_the_same_in_any_language():
    """A document has no texts of kimlib: lang changes nothing."""
    k = kim()
    assert dump(k) == dump(k, lang="id") == dump(k, lang="en")


def test_what_cannot_be_dumped_says_so_in_both_languages():
    """A value kimlib cannot write is an InvalidArgument in id and en."""
    with pytest.raises(InvalidArgument) as caught:
        dump(InvalidArgument("x"))
    assert "InvalidArgument" in caught.value.message("id")
    assert caught.value.message("id") != caught.value.message("en")


def test_cli_json_lines_use_the_same_keys(tmp_path, capsys):
    """In validate --format json, valid and invalid lines share their keys."""
    bad = document()
    bad["members"][0]["role"] = "raja"
    path = tmp_path / "kims.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in (document(), bad)) + "\n")
    assert 1 == cli.main(["validate", "--format", "json", "--lang", "id", str(path)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert 1 == len({frozenset(line) for line in lines})
    assert {"kim_id", "kim_name"} <= set(lines[0])
    (problem,) = lines[1]["problems"]
    assert {"path", "code", "message"} == set(problem)
    assert problem["message"].startswith("nilai tidak diizinkan")
