from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import kimlib.samples
from kimlib.report import LEVELS, CheckKind, check_registry, summarise

ROWS = kimlib.samples.rows(on="2025-04-17", period="2025")


@given(
    picks=st.lists(st.sampled_from(ROWS), max_size=40),
    by=st.sampled_from(sorted(LEVELS)),
)
def test_summary_counts_every_row_once(picks, by):
    """Outcome counts add up to the KIMs of each region, and to all the rows."""
    summary = summarise(picks, by=by)
    assert len(picks) == sum(s.kims for s in summary)
    for region in summary:
        assert region.kims == (
            region.eligible
            + region.ineligible
            + region.incomplete
            + region.not_in_force
            + region.invalid
        )
        assert region.villages_with_kim <= region.villages
        if region.coverage is not None:
            assert 0 < region.coverage <= 1


@given(picks=st.lists(st.sampled_from(ROWS), max_size=30))
def test_a_repeated_row_is_a_duplicate_id(picks):
    """A row twice in a registry gives a duplicate id check, and only then."""
    checks = check_registry(picks)
    ids = [r.kim_id for r in picks]
    repeated = {i for i in ids if ids.count(i) > 1}
    assert repeated == {c.kim_id for c in checks if c.kind is CheckKind.DUPLICATE_ID}
