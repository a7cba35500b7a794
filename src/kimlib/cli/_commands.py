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
from kimlib.messages import Lang, check_lang, format_period, render
from kimlib.model import Kim
from kimlib.rules import (
    FindingStatus,
    Outcome,
    Verdict,
    assess,
    default_registry,
    load_profile,
)

__all__ = [
    "EXIT_INVALID",
    "EXIT_NOT_ELIGIBLE",
    "EXIT_OK",
    "EXIT_USAGE",
    "Tally",
    "assess_arguments",
    "assess_command",
    "score_arguments",
    "score_command",
    "validate",
    "validate_arguments",
]


#: Exit status: every document valid and (assess) every KIM eligible.
EXIT_OK = 0
#: Exit status: some document is invalid, or a KIM id is used twice.
EXIT_INVALID = 1
#: Exit status: a usage error, a bad argument, no rule in force, or a file
#: that cannot be read.
EXIT_USAGE = 2
#: Exit status (assess): every document valid, but some KIM is not eligible
#: (ineligible, incomplete, or no partnership requirement in force).
EXIT_NOT_ELIGIBLE = 3


@attrs.define
class Tally:
    """What a subcommand saw: documents, invalid ones, unreadable sources."""

    total: int = 0
    invalid: int = 0
    unreadable: int = 0
    duplicates: int = 0
    outcomes: dict[Outcome, int] = attrs.field(factory=dict)

    def count(self, outcome: Outcome) -> None:
        """One more KIM assessed with ``outcome``."""
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def status(self) -> int:
        """The exit status (see :data:`EXIT_OK` and the others)."""
        if self.unreadable:
            return EXIT_USAGE
        if self.invalid or self.duplicates:
            return EXIT_INVALID
        eligible = self.outcomes.get(Outcome.ELIGIBLE, 0)
        if sum(self.outcomes.values()) > eligible:
            return EXIT_NOT_ELIGIBLE
        return EXIT_OK

    def summary(self, key: str, lang: Lang) -> str:
        """The closing line ``key`` with every count, and the duplicates."""
        counts = {o.value: self.outcomes.get(o, 0) for o in Outcome}
        text = render(
            key,
            lang,
            total=self.total,
            valid=self.total - self.invalid,
            invalid=self.invalid,
            **counts,
        )
        if self.duplicates:
            text += render("cli.summary_duplicates", lang, count=self.duplicates)
        return text


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
        tally.duplicates += item.duplicate_of is not None
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
        "files",
        nargs="*",
        metavar=render("cli.metavar.file", lang),
        help=render("cli.arg.files", lang),
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
        write(tally.summary("cli.summary", lang))
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
        "--profile",
        metavar=render("cli.metavar.file", lang),
        default=None,
        help=render("cli.arg.profile", lang),
    )
    _explain_argument(parser, lang)


def _verdict_text(entry: Entry, verdict: Verdict, lang: Lang) -> str:
    is_kim = render("cli.yes" if verdict.is_kim else "cli.no", lang)
    outcome = render(
        "cli.assess.outcome", lang, outcome=verdict.outcome.label(lang), is_kim=is_kim
    )
    lines = [f"{entry.source}:{entry.line}: {label(entry, lang)}: {outcome}"]
    lines += [
        f"  [{f.status.label(lang)}] {f.message(lang)}"
        for f in verdict.findings
        if f.status is not FindingStatus.PASS
    ]
    remedy = render("cli.assess.remedy", lang)
    lines += [f"  {remedy}: {r.message(lang)}" for r in verdict.remedies]
    if entry.duplicate_of is not None:
        lines.append("  " + render("cli.duplicate_id", lang, line=entry.duplicate_of))
    return "\n".join(lines)


def assess_command(args: argparse.Namespace) -> int:
    """``kimlib assess [FILE ...] [--on DATE] [--profile FILE]``: eligible on a date?

    ``--profile`` reads a profile file (:func:`kimlib.rules.load_profile`);
    KIMs seated in its regions are assessed under it, the others as usual.

    Prints, per KIM, its outcome and whether it is a KIM, then every finding
    that is not a pass and the remedies (``--explain``: the full verdict).
    Returns 0 when every KIM is eligible, 1 when some document is invalid or
    a KIM id is repeated, 3 when every document is valid but some KIM is not
    eligible, 2 when a file cannot be read.

    Raises:
        InvalidArgument: ``--on`` is not an ISO date.
        RuleNotInForce: no KIM rule is in force on ``--on``.
    """
    lang = check_lang(getattr(args, "lang", "en"))
    on = None if args.on is None else check_date("--on", args.on)
    registry = default_registry()
    if getattr(args, "profile", None) is not None:  # its regions use the file's rules
        registry = registry.with_profile(load_profile(Path(args.profile)))
    tally = Tally()
    for entry, kim in kims(args, lang, tally):
        verdict = assess(kim, on=on, registry=registry)
        tally.count(verdict.outcome)
        if output_format(args) == "json":
            explanation = verdict.explain(lang) if args.explain else None
            write(record(entry, verdict, lang, explanation))
        elif args.explain:
            write(explained(entry, verdict.explain(lang), lang))
        else:
            write(_verdict_text(entry, verdict, lang))
    if output_format(args) == "text":
        write(tally.summary("cli.assess.summary", lang))
    return tally.status()


def score_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    validate_arguments(parser, lang)
    parser.add_argument(
        "--period",
        metavar=render("cli.metavar.period", lang),
        default=None,
        help=render("cli.arg.period", lang),
    )
    _explain_argument(parser, lang)


def _report_text(entry: Entry, report: AdindaReport, lang: Lang) -> str:
    total = render(
        "cli.score.total",
        lang,
        total=number(report.total, lang),
        period=format_period(report.period.start, report.period.end, lang),
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
            explanation = report.explain(lang) if args.explain else None
            write(record(entry, report, lang, explanation))
        elif args.explain:
            write(explained(entry, report.explain(lang), lang))
        else:
            write(_report_text(entry, report, lang))
    if output_format(args) == "text":
        write(tally.summary("cli.score.summary", lang))
    return tally.status()
