"""Building the output records from kimlib's values (verdicts, reports, errors).

Each builder takes the value and a language: ``"id"`` or ``"en"`` gives every
text in that language only, ``None`` gives each text in both.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Mapping

from kimlib.adinda import AdindaReport
from kimlib.errors import InvalidInput
from kimlib.io._records import (
    CitationRecord,
    FindingRecord,
    ProblemRecord,
    ProblemsRecord,
    RemedyRecord,
    SourceRecord,
    TextRecord,
    VerdictRecord,
    Words,
)
from kimlib.io._report_records import ActionRecord, AdindaReportRecord, CycleRecord
from kimlib.messages import Lang, Text
from kimlib.model import Stage
from kimlib.rules import Verdict
from kimlib.sources import Citation, Source

__all__ = [
    "citation_id",
    "problems_record",
    "reading_id",
    "report_record",
    "verdict_record",
]


def _say(render_in: Callable[[Lang], str], lang: Lang | None) -> Words:
    """A text in ``lang``, or in both languages when ``lang`` is ``None``."""
    if lang is None:
        return TextRecord(id=render_in("id"), en=render_in("en"))
    return render_in(lang)


def _text(text: Text, lang: Lang | None) -> Words:
    return TextRecord(id=text.id, en=text.en) if lang is None else text.get(lang)


def _digest(*parts: str) -> str:
    return hashlib.blake2s("\n".join(parts).encode(), digest_size=3).hexdigest()


def citation_id(citation: Citation) -> str:
    """A short id of ``citation``, the same in every verdict while its words are.

    Six hex digits of a digest of what the record shows: the source's id, the
    article, the quoted sentence and kimlib's reading (a test checks that the
    bundled citations' ids differ).
    """
    reading = citation.reading
    return _digest(
        citation.source.id,
        citation.article or "",
        citation.quote,
        "" if reading is None else reading_id(reading),
    )


def reading_id(reading: Text) -> str:
    """A short id of one of kimlib's readings: six hex digits of its words."""
    return _digest(reading.id, reading.en)


@functools.lru_cache(maxsize=256)
def _citation(citation: Citation) -> tuple[str, CitationRecord]:
    record = CitationRecord(
        source=citation.source.id,
        quote=citation.quote,
        article=citation.article,
        reading=None if citation.reading is None else reading_id(citation.reading),
    )
    return citation_id(citation), record


@functools.lru_cache(maxsize=64)
def _source(source: Source) -> SourceRecord:
    return SourceRecord(
        title=source.title,
        issuer=source.issuer,
        kind=source.kind.value,
        date=None if source.date is None else source.date.isoformat(),
        url=source.url,
    )


def verdict_record(verdict: Verdict, lang: Lang | None) -> VerdictRecord:
    """``verdict`` as a :class:`VerdictRecord` (no Kim, no personal data)."""
    sources: dict[str, CitationRecord] = {}
    readings: dict[str, Words] = {}
    documents: dict[str, SourceRecord] = {}
    findings = []
    for f in verdict.findings:
        refs = []
        for citation in f.sources:
            key, record = _citation(citation)
            if key not in sources:
                sources[key] = record
                documents.setdefault(record.source, _source(citation.source))
                if record.reading is not None and citation.reading is not None:
                    readings.setdefault(record.reading, _text(citation.reading, lang))
            refs.append(key)
        findings.append(
            FindingRecord(
                rule_id=f.rule_id,
                status=f.status.value,
                severity=f.severity.value,
                group=f.group.value,
                title=TextRecord(id=f.title.id, en=f.title.en)
                if lang is None
                else None,
                message=_say(f.message, lang),
                actual=f.actual,
                required=f.required,
                subjects=tuple(r.value for r in f.subjects),
                sources=tuple(refs),
            )
        )
    remedies = tuple(
        RemedyRecord(
            rule_id=f.rule_id,
            action=r.action,
            params=dict(r.params),
            message=_say(r.message, lang),
        )
        for f in verdict.findings
        if f.blocks
        for r in f.remedies
    )
    kim = verdict.kim
    starts = verdict.partnership_from
    return VerdictRecord(
        kim_id=kim.id,
        kim_name=kim.name,
        region=kim.region,
        village=kim.village,
        as_of=verdict.as_of.isoformat(),
        profile=verdict.profile.name,
        official_name=verdict.official_name,
        outcome=verdict.outcome.value,
        is_kim=verdict.is_kim,
        eligible=verdict.eligible,
        findings=tuple(findings),
        remedies=remedies,
        sources=sources,
        readings=readings,
        source_documents=documents,
        lang=lang,
        explanation=None
        if lang is not None
        else TextRecord(id=verdict.explain("id"), en=verdict.explain("en")),
        partnership_from=None if starts is None else starts.isoformat(),
    )


def _by_value(table: Mapping[Stage, float]) -> dict[str, float]:
    return {s.value: table[s] for s in Stage}


def report_record(report: AdindaReport, lang: Lang | None) -> AdindaReportRecord:
    """``report`` as an :class:`AdindaReportRecord`."""
    return AdindaReportRecord(
        period=report.period.label,
        start=report.period.start,
        last_day=report.period.last_day,
        timezone=report.timezone,
        rubric=report.rubric.name,
        total=report.total,
        by_stage=_by_value(report.by_stage),
        cycle=report.cycle,
        counts={s.value: report.counts[s] for s in Stage},
        effective=_by_value(report.effective),
        targets=_by_value(report.targets),
        cycle_target=report.cycle_target,
        complete_cycles=report.complete_cycles,
        cycles=tuple(
            CycleRecord(
                topic=c.topic,
                stages_present=tuple(s.value for s in c.stages_present),
                missing=tuple(s.value for s in c.missing),
                complete=c.complete,
                ordered=c.ordered,
            )
            for c in report.cycles
        ),
        missing=tuple(s.value for s in report.missing),
        next_best_actions=tuple(
            ActionRecord(
                stage=a.stage.value,
                form=a.form.value,
                topic=a.topic,
                gain=a.gain,
                completes_cycle=a.completes_cycle,
                description=_say(a.describe, lang),
            )
            for a in report.next_best_actions
        ),
        explanation=_say(report.explain, lang),
        lang=lang,
    )


def problems_record(error: InvalidInput, lang: Lang | None) -> ProblemsRecord:
    """The problems of ``error``, each with its path, code and message."""
    return ProblemsRecord(
        problems=tuple(
            ProblemRecord(
                path=p.path, code=p.code, message=_say(p.reason, lang), line=p.line
            )
            for p in error.problems
        )
    )
