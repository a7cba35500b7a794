"""What the fuzz suites share: their example budgets and the leak check.

Each suite states its CI examples (``examples(n)``): the ``ci`` profile runs
``n``, ``fuzz`` runs ``20 * n`` (about 200,000 across the suites), ``dev`` and
``fast`` a twentieth, so a local run stays quick.
"""

from __future__ import annotations

import json
import os
import pickle
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings

from kimlib.errors import KimlibError

#: A member's name and NIK planted in fuzzed input; no output may hold them.
SECRET_NAME = "Zq7Rahasia Wibowo"  # noqa: S105 - a planted secret, not a password
SECRET_NIK = "6271014107900001"  # noqa: S105
#: Pieces of the secrets that would betray them (eight NIK digits in a row).
SECRET_PIECES = (
    "Zq7Rahasia",
    "Rahasia Wib",
    *(SECRET_NIK[i : i + 8] for i in range(9)),
)

_FACTOR = {"ci": 1, "fuzz": 20}


def examples(ci: int, **options: object) -> Callable[[Any], Any]:
    """Settings running ``ci`` examples under ``ci`` (scaled for other profiles).

    With ``KIMLIB_FUZZ_LOG=FILE`` set, every example run is counted and the
    counts are appended to FILE every thousand examples, so that a long run
    cut short still tells how far it went.
    """
    profile = settings.get_current_profile_name()
    count = ci * _FACTOR[profile] if profile in _FACTOR else max(10, ci // 20)
    chosen = settings(
        max_examples=count,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much],
        **options,
    )  # fmt: skip

    def decorate(test: Any) -> Any:
        test = chosen(test)
        log = os.environ.get("KIMLIB_FUZZ_LOG")
        if log:
            test.hypothesis.inner_test = _counted(test.hypothesis.inner_test, log)
        return test

    return decorate


def _counted(inner: Callable[..., Any], log: str) -> Callable[..., Any]:
    runs = [0]

    def counted(*args: Any, **kwargs: Any) -> Any:
        runs[0] += 1
        if runs[0] % 1000 == 0:
            with Path(log).open("a", encoding="utf-8") as out:
                out.write(f"{inner.__module__}.{inner.__name__} {runs[0]}\n")
        return inner(*args, **kwargs)

    return counted


def error_strings(error: BaseException) -> Iterator[str]:
    """Every string an error gives away: texts, reprs, args, pickle, chain."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        yield str(link)
        yield repr(link)
        yield repr(link.args)
        if isinstance(link, KimlibError):
            yield link.message("id")
            yield link.message("en")
            yield repr(pickle.dumps(link))
        link = link.__cause__ or link.__context__
    yield "".join(traceback.format_exception(error))


def result_strings(
    kim: object, on: str = "2025-04-17", period: str = "2025"
) -> Iterator[str]:
    """Every string made from a loaded KIM: reprs, verdict, explanations, report."""
    import kimlib  # noqa: PLC0415

    yield repr(kim)
    yield repr(getattr(kim, "members", ()))
    verdict = kimlib.assess(kim, on=on)
    yield repr(verdict)
    yield verdict.explain("id")
    yield verdict.explain("en")
    yield json.dumps(kimlib.dump(verdict), ensure_ascii=False)
    for finding in verdict.findings:
        yield repr(finding)
        yield finding.message("id")
        yield finding.message("en")
    report = kimlib.score(kim, period)
    yield repr(report)
    yield json.dumps(kimlib.dump(report), ensure_ascii=False)


def assert_no_secret(texts: Iterator[str] | list[str]) -> None:
    """No piece of the planted name or NIK appears in any of ``texts``."""
    for text in texts:
        for piece in SECRET_PIECES:
            assert piece not in text, "a planted secret leaked"
