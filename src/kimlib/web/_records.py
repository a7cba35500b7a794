"""The JSON bodies of successful answers, in one language.

The verdict and the ADINDA report are ``kimlib.dump(x, lang=...)``; a batch
row is ``kimlib.dump(row)`` of a :class:`kimlib.batch.Row` with every field
present (``null`` when absent, so that valid and invalid lines have the same
keys) and each problem's message in the asked language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import kimlib
from kimlib import batch
from kimlib.adinda import AdindaReport
from kimlib.messages import Lang
from kimlib.model import Kim
from kimlib.regions import Region
from kimlib.rules import CatalogueEntry, ProfileRegistry, Verdict
from kimlib.sources import Citation

__all__ = [
    "catalogue_body",
    "evaluate_lines",
    "invalid_row",
    "region_body",
    "report_body",
    "verdict_body",
]


def verdict_body(verdict: Verdict, lang: Lang) -> Any:  # noqa: ANN401
    """The verdict as ``kimlib.dump(verdict, lang=lang)`` gives it."""
    return kimlib.dump(verdict, lang=lang)


def report_body(report: AdindaReport, kim: Kim, lang: Lang) -> Any:  # noqa: ANN401
    """The ADINDA report as ``kimlib.dump(report, lang=lang)``, named by its KIM."""
    return {"kim_id": kim.id, "kim_name": kim.name, **kimlib.dump(report, lang=lang)}


#: The fields of a row, each present in every row of ``/v1/batch``.
_ROW_FIELDS = batch.Row.__struct_fields__


def row_body(row: batch.Row, lang: Lang) -> dict[str, Any]:
    """``kimlib.dump(row)`` with every field, and each problem's message in ``lang``."""
    record: dict[str, Any] = dict.fromkeys(_ROW_FIELDS)
    record.update(kimlib.dump(row))
    for problem, dumped in zip(row.problems, record["problems"], strict=True):
        dumped["message"] = problem.reason(lang)
    return record


def evaluate_lines(
    lines: Iterable[bytes],
    *,
    first_line: int,
    on: dt.date,
    period: str | None,
    lang: Lang,
    registry: ProfileRegistry | None = None,
    indicators: tuple[str, str] | None = None,
) -> list[dict[str, Any]]:
    """One row per non-blank line, by ``kimlib.batch.evaluate_block``.

    ``first_line`` is the number of the first of ``lines`` (whole lines,
    each with its line break but maybe the last) in the posted registry.
    """
    rows = batch.evaluate_block(
        b"".join(lines),
        on=on,
        period=period,
        registry=registry,
        first_line=first_line,
        mapping_on=on,
        indicators=indicators,
    )
    return [row_body(row, lang) for row in rows]


def invalid_row(line: int, problems: list[dict[str, Any]]) -> dict[str, Any]:
    """The row of a line that is no document at all (e.g. over the limit)."""
    record: dict[str, Any] = dict.fromkeys(_ROW_FIELDS)
    record.update(line=line, statuses={}, problems=problems)
    return record


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
