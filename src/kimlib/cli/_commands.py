"""The subcommands: validate, assess and score, and the options of each."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import attrs

from kimlib._validation import check_date
from kimlib.adinda import AdindaReport, Stage, parse_period, score
from kimlib.cli._output import (
    as_json,
    as_text,
    complain,
    explained,
    label,
    number,
    output_format,
    record,
    write,
)
from kimlib.cli._reading import Entry, Unreadable, read_sources
from kimlib.messages import Lang, check_lang, render
from kimlib.model import Kim
from kimlib.rules import (
    FindingStatus,
    Verdict,
    assess,
    default_registry,
    load_profile,
)

__all__ = [
    "assess_arguments",
    "assess_command",
    "score_arguments",
    "score_command",
    "validate",
    "validate_arguments",
]


@attrs.define
class Tally:
    """What a subcommand saw: documents, invalid ones, unreadable sources."""

    total: int = 0
    invalid: int = 0
    unreadable: int = 0

    def status(self, *, failing: int = 0) -> int:
        """2 if a source was unreadable, 1 if a document was invalid or failing."""
        if self.unreadable:
            return 2
        return 1 if self.invalid or failing else 0


def entries(args: argparse.Namespace, lang: Lang, tally: Tally) -> Iterator[Entry]:
    """Every document of ``args.files``, counted in ``tally``.

    An unreadable source is reported on stderr and counted, not yielded.
    """
    for item in read_sources(args.files, ignore_unknown=args.ignore_unknown):
        if isinstance(item, Unreadable):
            tally.unreadable += 1
            complain(item, lang)
            continue
        tally.total += 1
        tally.invalid += item.error is not None
        yield item


def kims(
    args: argparse.Namespace, lang: Lang, tally: Tally
) -> Iterator[tuple[Entry, Kim]]:
    """The documents of ``args.files`` that loaded; the others are reported.

    An invalid document is printed as ``validate`` prints it.
    """
    show = as_json if output_format(args) == "json" else as_text
    for entry in entries(args, lang, tally):
        if entry.kim is None:
            write(show(entry, lang))
        else:
            yield entry, entry.kim


def validate_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help=render("cli.arg.files", lang)
    )
    parser.add_argument(
        "--ignore-unknown",
        action="store_true",
        help=render("cli.arg.ignore_unknown", lang),
    )


def validate(args: argparse.Namespace) -> int:
    """``kimlib validate [FILE ...]``: is each KIM document well formed?

    Prints, per document, its line, id and name and "valid" or every problem
    (field path and reason). Returns 0 when all are valid, 1 when some are
    not, 2 when a file cannot be read.
    """
    lang = check_lang(getattr(args, "lang", "en"))
    show = as_json if output_format(args) == "json" else as_text
    tally = Tally()
    for entry in entries(args, lang, tally):
        write(show(entry, lang))
    if show is as_text:
        valid = tally.total - tally.invalid
        summary = render(
            "cli.summary", lang, total=tally.total, valid=valid, invalid=tally.invalid
        )
        write(summary)
    return tally.status()


def _explain_argument(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument(
        "--explain", action="store_true", help=render("cli.arg.explain", lang)
    )


def assess_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    validate_arguments(parser, lang)
    parser.add_argument(
        "--on", metavar="YYYY-MM-DD", default=None, help=render("cli.arg.on", lang)
    )
    parser.add_argument(
        "--profile", metavar="FILE", default=None, help=render("cli.arg.profile", lang)
    )
    _explain_argument(parser, lang)


def _verdict_text(entry: Entry, verdict: Verdict, lang: Lang) -> str:
    is_kim = render("cli.yes" if verdict.is_kim else "cli.no", lang)
    outcome = render(
        "cli.assess.outcome", lang, outcome=verdict.outcome.value, is_kim=is_kim
    )
    lines = [f"{entry.source}:{entry.line}: {label(entry, lang)}: {outcome}"]
    lines += [
        f"  {f.rule_id}: {f.status.value} \u2014 {f.message(lang)}"
        for f in verdict.findings
        if f.status is not FindingStatus.PASS
    ]
    remedy = render("cli.assess.remedy", lang)
    lines += [f"  {remedy}: {r.message(lang)}" for r in verdict.remedies]
    return "\n".join(lines)


def assess_command(args: argparse.Namespace) -> int:
    """``kimlib assess [FILE ...] [--on DATE] [--profile FILE]``: eligible on a date?

    ``--profile`` reads a profile file (:func:`kimlib.rules.load_profile`);
    KIMs seated in its regions are assessed under it, the others as usual.

    Prints, per KIM, its outcome and whether it is a KIM, then every finding
    that is not a pass and the remedies (``--explain``: the full verdict).
    Returns 0 when every KIM is eligible, 1 when some KIM is not eligible or
    some document is invalid, 2 when a file cannot be read.

    Raises:
        InvalidArgument: ``--on`` is not an ISO date.
        RuleNotInForce: no KIM rule is in force on ``--on``.
    """
    lang = check_lang(getattr(args, "lang", "en"))
    on = None if args.on is None else check_date("--on", args.on)
    registry = default_registry()
    if getattr(args, "profile", None) is not None:  # its regions use the file's rules
        registry = registry.with_profile(load_profile(Path(args.profile)))
    tally, eligible = Tally(), 0
    for entry, kim in kims(args, lang, tally):
        verdict = assess(kim, on=on, registry=registry)
        eligible += verdict.eligible
        if output_format(args) == "json":
            write(record(entry, verdict))
        elif args.explain:
            write(explained(entry, verdict.explain(lang), lang))
        else:
            write(_verdict_text(entry, verdict, lang))
    valid = tally.total - tally.invalid
    if output_format(args) == "text":
        summary = render(
            "cli.assess.summary",
            lang,
            total=tally.total,
            eligible=eligible,
            not_eligible=valid - eligible,
            invalid=tally.invalid,
        )
        write(summary)
    return tally.status(failing=valid - eligible)


def score_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    validate_arguments(parser, lang)
    parser.add_argument(
        "--period", metavar="SPEC", default=None, help=render("cli.arg.period", lang)
    )
    _explain_argument(parser, lang)


def _report_text(entry: Entry, report: AdindaReport, lang: Lang) -> str:
    total = render(
        "cli.score.total",
        lang,
        total=number(report.total, lang),
        period=report.period.label,
    )
    stages = " \u00b7 ".join(
        f"{stage.value} {number(report.by_stage[stage], lang)}" for stage in Stage
    )
    parts = render(
        "cli.score.parts", lang, stages=stages, cycle=number(report.cycle, lang)
    )
    return f"{entry.source}:{entry.line}: {label(entry, lang)}: {total}\n  {parts}"


def score_command(args: argparse.Namespace) -> int:
    """``kimlib score [FILE ...] [--period SPEC]``: each KIM's ADINDA score.

    Prints, per KIM, the total out of 100 and the points of each stage and of
    the topic cycles (``--explain``: the full report). The period defaults to
    the current quarter in each KIM's time zone. Returns 0, or 1 when some
    document is invalid, 2 when a file cannot be read.

    Raises:
        InvalidArgument: ``--period`` is not a period.
    """
    lang = check_lang(getattr(args, "lang", "en"))
    period = None if args.period is None else parse_period(args.period)
    tally = Tally()
    for entry, kim in kims(args, lang, tally):
        report = score(kim, period)
        if output_format(args) == "json":
            write(record(entry, report, kim_id=kim.id, kim_name=kim.name))
        elif args.explain:
            write(explained(entry, report.explain(lang), lang))
        else:
            write(_report_text(entry, report, lang))
    if output_format(args) == "text":
        summary = render(
            "cli.score.summary", lang, total=tally.total, invalid=tally.invalid
        )
        write(summary)
    return tally.status()
