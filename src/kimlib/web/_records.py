"""The JSON bodies of successful answers, in one language.

Three functions here stand in for what other parts of kimlib are adding;
each is one private function, so that it can be swapped for the library's
own when that exists:

* :func:`_verdict_body` and :func:`_report_body`: ``kimlib.dump(x, lang=...)``
  (texts in one language, ``kim_id``/``kim_name`` on every output);
* :func:`_evaluate_lines`: ``kimlib.batch.evaluate_block`` (one row per line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import msgspec

import kimlib
from kimlib.adinda import AdindaReport
from kimlib.errors import RuleNotInForce
from kimlib.messages import Lang, render
from kimlib.model import Kim
from kimlib.regions import Region
from kimlib.rules import CatalogueEntry, ProfileRegistry, Verdict
from kimlib.sources import Citation
from kimlib.web._problems import problem_list

__all__ = [
    "_evaluate_lines",
    "_report_body",
    "_verdict_body",
    "catalogue_body",
    "invalid_row",
    "region_body",
]


def _one_language(value: Any, lang: Lang) -> Any:  # noqa: ANN401
    """``value`` with every ``{"id": ..., "en": ...}`` text reduced to ``lang``."""
    if isinstance(value, dict):
        if len(value) == 2 and "id" in value and "en" in value:  # noqa: PLR2004
            return value[lang]
        return {k: _one_language(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [_one_language(v, lang) for v in value]
    return value


def _verdict_body(verdict: Verdict, lang: Lang) -> Any:  # noqa: ANN401
    """The verdict as ``kimlib.dump(verdict, lang=lang)`` will give it."""
    return _one_language(kimlib.dump(verdict), lang)


def _report_body(report: AdindaReport, kim: Kim, lang: Lang) -> Any:  # noqa: ANN401
    """The ADINDA report as ``kimlib.dump(report, lang=lang)``, named by its KIM."""
    body: dict[str, Any] = _one_language(kimlib.dump(report), lang)
    return {"kim_id": kim.id, "kim_name": kim.name, **body}


def _named(line: bytes) -> tuple[object, object, object]:
    """``id``, ``name`` and ``region`` of an invalid document, when readable."""
    try:
        document = msgspec.json.decode(line)
    except msgspec.DecodeError:
        return None, None, None
    if not isinstance(document, dict):
        return None, None, None

    def text(key: str) -> object:
        value = document.get(key)
        return value if isinstance(value, str) and len(value) <= 200 else None  # noqa: PLR2004

    return text("id"), text("name"), text("region")


def _row(
    line: int,
    kim: Kim,
    on: dt.date,
    period: str | None,
    registry: ProfileRegistry | None,
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "line": line,
        "kim_id": kim.id,
        "kim_name": kim.name,
        "region": kim.region,
    }
    try:
        verdict = kimlib.assess(kim, on=on, registry=registry)
    except RuleNotInForce:
        problem = {"path": "", "code": "web.hint.not_in_force"}
        return {**row, "outcome": None, "is_kim": None, "statuses": {},
                "total": None, "by_stage": None, "cycle": None,
                "problems": [problem]}  # fmt: skip
    row["outcome"] = verdict.outcome.value
    row["is_kim"] = verdict.is_kim
    row["statuses"] = {f.rule_id: f.status.value for f in verdict.findings}
    if period is None:
        row.update(total=None, by_stage=None, cycle=None)
    else:
        report = kimlib.score(kim, period=period)
        row["total"] = report.total
        row["by_stage"] = {s.value: points for s, points in report.by_stage.items()}
        row["cycle"] = report.cycle
    row["problems"] = []
    return row


def _evaluate_lines(
    lines: Iterable[bytes],
    *,
    first_line: int,
    on: dt.date,
    period: str | None,
    lang: Lang,
    registry: ProfileRegistry | None = None,
) -> list[dict[str, Any]]:
    """One row per non-blank line: ``kimlib.batch.evaluate_block`` until it exists.

    ``first_line`` is the number of the first of ``lines`` in the posted
    registry. A row has the fields of ``kimlib.batch.Row``: ``line``,
    ``kim_id``, ``kim_name``, ``region``, ``outcome`` (``None`` when the
    document is invalid), ``is_kim``, ``statuses``, ``total``, ``by_stage``,
    ``cycle`` (these three ``None`` without a period) and ``problems``.
    """
    rows: list[dict[str, Any]] = []
    block = list(lines)
    for result in kimlib.load_kims(block, errors="collect"):
        line = first_line + result.line - 1
        if result.kim is not None:
            rows.append(_row(line, result.kim, on, period, registry))
            continue
        assert result.error is not None  # noqa: S101 - a result has one or the other
        kim_id, kim_name, region = _named(block[result.line - 1])
        problems = problem_list(result.error, lang)
        for problem in problems:
            problem["line"] = line
        rows.append(invalid_row(line, problems, kim_id, kim_name, region))
    for row in rows:
        for problem in row["problems"]:
            if "message" not in problem:  # a rule not in force, above
                problem["message"] = render(problem["code"], lang)
    return rows


def invalid_row(
    line: int,
    problems: list[dict[str, Any]],
    kim_id: object = None,
    kim_name: object = None,
    region: object = None,
) -> dict[str, Any]:
    """The row of a line that is no valid document."""
    return {
        "line": line,
        "kim_id": kim_id,
        "kim_name": kim_name,
        "region": region,
        "outcome": None,
        "is_kim": None,
        "statuses": {},
        "total": None,
        "by_stage": None,
        "cycle": None,
        "problems": problems,
    }


def _citation(citation: Citation, lang: Lang) -> dict[str, Any]:
    source = citation.source
    record: dict[str, Any] = {
        "source_id": source.id,
        "title": source.title,
        "issuer": source.issuer,
        "kind": source.kind.value,
        "date": None if source.date is None else source.date.isoformat(),
        "url": source.url,
        "article": citation.article,
        "quote": citation.quote,
    }
    if citation.reading is not None:
        record["reading"] = citation.reading.get(lang)
    return record


def _plain(value: object) -> object:
    """A parameter's value as JSON: numbers and text as they are, else text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return str(value)


def _entry(entry: CatalogueEntry, lang: Lang) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": entry.id,
        "title": entry.title.get(lang),
        "profile": entry.profile,
        "effective_from": None
        if entry.effective_from is None
        else entry.effective_from.isoformat(),
        "effective_until": None
        if entry.effective_until is None
        else entry.effective_until.isoformat(),
        "sources": [_citation(c, lang) for c in entry.sources],
    }
    if entry.kind == "rule":
        assert entry.severity is not None  # noqa: S101 - rules have both
        assert entry.group is not None  # noqa: S101
        record["severity"] = entry.severity.value
        record["group"] = entry.group.value
    else:
        record["value"] = _plain(entry.value)
    return record


def catalogue_body(
    entries: Iterable[CatalogueEntry],
    *,
    region: str | None,
    on: dt.date | None,
    lang: Lang,
) -> dict[str, Any]:
    """``{"region", "on", "rules": [...], "parameters": [...]}`` in ``lang``."""
    rules: list[dict[str, Any]] = []
    parameters: list[dict[str, Any]] = []
    for entry in entries:
        (rules if entry.kind == "rule" else parameters).append(_entry(entry, lang))
    return {
        "region": region,
        "on": None if on is None else on.isoformat(),
        "rules": rules,
        "parameters": parameters,
    }


def region_body(region: Region, lang: Lang) -> dict[str, Any]:
    """A region: code, names, kind, time zone, and the codes above it."""
    parent = region.parent
    return {
        "code": region.code,
        "name": region.name,
        "short_name": region.short_name,
        "kind": region.kind.value,
        "kind_label": region.kind.label(lang),
        "level": region.level,
        "zone": region.zone,
        "timezone": region.timezone.name,
        "parent": None if parent is None else parent.code,
        "ancestors": [{"code": a.code, "name": a.name} for a in region.ancestors],
    }
