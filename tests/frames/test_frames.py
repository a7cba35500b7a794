from __future__ import annotations

import pandas as pd
import pytest

import kimlib
import kimlib.samples
from kimlib import frames
from kimlib.errors import InvalidArgument
from kimlib.indicators import Indicator
from kimlib.report import Results, rule_ids

ON, PERIOD = "2025-04-17", "2025"
STAGES = ["akses", "diskusi", "implementasi", "networking", "diseminasi", "aspirasi"]


def _pairs():
    return [
        (kimlib.assess(k, ON), kimlib.score(k, PERIOD))
        for k in kimlib.samples.registry()
    ]


def test_frame_has_the_stable_columns():
    """One row per KIM; the columns DESIGN lists, in order."""
    table = frames.frame(kimlib.samples.rows(on=ON, period=PERIOD))
    expected = [
        "kim_id",
        "kim_name",
        "region",
        "province",
        "regency",
        "outcome",
        "is_kim",
        *rule_ids(),
        "total",
        *STAGES,
        "cycle",
        "problems",
        "engagement",
        "interest",
        "influence",
        "power",
        *(f"trend.{i.value}" for i in Indicator),
    ]
    assert expected == list(table.columns)
    assert isinstance(table["engagement"].dtype, pd.CategoricalDtype)
    assert "key_partner" == table.loc[0, "engagement"]
    assert 14 == len(table)
    assert isinstance(table["outcome"].dtype, pd.CategoricalDtype)
    assert ["eligible", "ineligible", "incomplete", "not_in_force"] == list(
        table["outcome"].cat.categories
    )
    assert isinstance(table["board.not_civil_servant"].dtype, pd.CategoricalDtype)
    assert "float64" == str(table["total"].dtype)


def test_frame_from_pairs_equals_frame_from_rows():
    """(verdict, report) pairs give the same frame as registry rows."""
    from_rows = frames.frame(kimlib.samples.rows(on=ON, period=PERIOD))
    from_pairs = frames.frame(_pairs())
    pd.testing.assert_frame_equal(from_rows, from_pairs)


def test_frame_from_bare_verdicts_has_no_scores():
    """Verdicts alone give outcomes and statuses, no scores."""
    verdicts = [kimlib.assess(k, ON) for k in kimlib.samples.registry()]
    table = frames.frame(verdicts)
    assert table["total"].isna().all()
    assert 8 == (table["outcome"] == "eligible").sum()


def test_findings_one_row_per_kim_and_rule():
    """Findings: a row per KIM and rule; from verdicts with severity and message."""
    from_rows = frames.findings(kimlib.samples.rows(on=ON))
    assert 14 * len(rule_ids()) == len(from_rows)
    assert ["kim_id", "kim_name", "rule_id", "status"] == list(from_rows.columns)
    from_pairs = frames.findings(_pairs())
    assert ["severity", "message", "remedies"] == list(from_pairs.columns[-3:])
    assert isinstance(from_pairs["status"].dtype, pd.CategoricalDtype)
    failing = from_pairs[from_pairs["status"] == "fail"]
    assert "KIM-3673-0002" in set(failing["kim_id"])


def test_summary_per_regency():
    """Summary per regency, indexed by code, with the DESIGN columns."""
    table = frames.summary(kimlib.samples.rows(on=ON, period=PERIOD), by="regency")
    assert [
        "name",
        "kims",
        "eligible",
        "ineligible",
        "incomplete",
        "not_in_force",
        "invalid",
        "mean_total",
        "median_total",
        "villages",
        "villages_with_kim",
        "coverage",
        "monitor",
        "keep_informed",
        "keep_satisfied",
        "involve",
        "key_partner",
        "improving",
        "flat",
        "declining",
    ] == list(table.columns)
    assert 14 == table["kims"].sum()
    assert [2, 1, 1, 67, 2] == table.loc[
        "36.73", ["kims", "eligible", "ineligible", "villages", "villages_with_kim"]
    ].tolist()
    empty = frames.summary([], by="province")
    assert (0, 20) == empty.shape
    with pytest.raises(InvalidArgument):
        frames.summary([], by="desa")


def test_repr_html_of_results_verdicts_and_reports():
    """Notebook views: escaped HTML naming the KIM, never a member."""
    kim = kimlib.samples.registry()[1]
    verdict, report = kimlib.assess(kim, ON), kimlib.score(kim, PERIOD)
    shown = verdict._repr_html_()
    assert "KIM Cahaya Pesisir (KIM-3673-0002)" in shown
    assert "<svg" in report._repr_html_()
    results = kimlib.samples.rows(on=ON, period=PERIOD)
    assert isinstance(results, Results)
    table = results._repr_html_()
    assert 14 == table.count("<tr>") - 1
    assert "KIM-6371-0001" in results[13]._repr_html_()
    for view in (shown, table):
        assert not any(m.name in view for m in kim.members)


def test_results_table_is_cut_after_fifty_rows():
    """A long batch result shows fifty rows and how many more there are."""
    rows = kimlib.samples.rows(on=ON)
    table = Results(rows * 4)._repr_html_()
    assert "… and 6 more rows" in table


def test_notebook_table_of_rows_shows_the_engagement():
    """The rows' notebook table has an engagement column with its labels."""
    table = kimlib.samples.rows(on=ON)._repr_html_()
    assert "<th>engagement</th>" in table
    assert "<td>Key partner</td>" in table
