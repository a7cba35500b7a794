# STYLE.md §7 asks for `assert expected == actual`, which SIM300 calls Yoda.
from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimlib.adinda import (
    Activity,
    ActivityForm,
    Period,
    check_timezone,
    parse_period,
    score_activities,
)
from kimlib.errors import InvalidArgument

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("spec", "start", "end", "label"),
    [
        pytest.param("2025", (2025, 1, 1), (2026, 1, 1), "2025", id="year"),
        pytest.param("2025Q1", (2025, 1, 1), (2025, 4, 1), "2025Q1", id="q1"),
        pytest.param("2025q4", (2025, 10, 1), (2026, 1, 1), "2025Q4", id="q4-lower"),
        pytest.param("2025-Q2", (2025, 4, 1), (2025, 7, 1), "2025Q2", id="q2-dash"),
        pytest.param("2025-03", (2025, 3, 1), (2025, 4, 1), "2025-03", id="month"),
        pytest.param("2024-12", (2024, 12, 1), (2025, 1, 1), "2024-12", id="december"),
        pytest.param(
            " 2025-01-01/2025-03-31 ",
            (2025, 1, 1),
            (2025, 4, 1),
            "2025-01-01/2025-03-31",
            id="iso-interval",
        ),
        pytest.param(
            "2025-02-10/2025-02-10",
            (2025, 2, 10),
            (2025, 2, 11),
            "2025-02-10/2025-02-10",
            id="one-day",
        ),
    ],
)
def test_parse_period_forms(spec, start, end, label):
    """Each accepted text form gives its half-open local dates and label."""
    expected = Period(dt.date(*start), dt.date(*end), label)
    assert expected == parse_period(spec)


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param("Q5", id="bare-quarter"),
        pytest.param("2025Q5", id="quarter-5"),
        pytest.param("2025Q0", id="quarter-0"),
        pytest.param("2025-13", id="month-13"),
        pytest.param("2025-00", id="month-0"),
        pytest.param("25", id="short-year"),
        pytest.param("", id="empty"),
        pytest.param("2025-03-31/2025-01-01", id="inverted"),
        pytest.param("2025-02-30/2025-03-01", id="bad-date"),
        pytest.param("kuartal 1", id="words"),
    ],
)
def test_parse_period_rejects_bad_text(spec):
    """A bad period names the argument and lists the accepted forms."""
    with pytest.raises(InvalidArgument) as caught:
        parse_period(spec)
    message = str(caught.value)
    assert message.startswith(f"period={spec!r} is not a period")
    assert "'2025Q1'" in message
    assert "'2025-01-01/2025-03-31'" in message


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param(2025, id="int"),
        pytest.param(None, id="none"),
        pytest.param(dt.date(2025, 1, 1), id="date"),
    ],
)
def test_parse_period_rejects_other_types(spec):
    """A value of the wrong type names the argument and its type."""
    with pytest.raises(InvalidArgument, match="period="):
        parse_period(spec)


def test_parse_period_keeps_a_period():
    """A Period is returned as it is."""
    period = Period(dt.date(2025, 1, 1), dt.date(2025, 2, 1), "Januari")
    assert period is parse_period(period)


def test_period_end_must_follow_start():
    """A Period whose end is not after its start is refused."""
    with pytest.raises(InvalidArgument, match="must be after start"):
        Period(dt.date(2025, 1, 2), dt.date(2025, 1, 2))


def test_period_default_label_is_the_iso_interval():
    """Without a label, a Period is labelled by its ISO date interval."""
    assert (
        "2025-01-01/2025-01-31"
        == Period(dt.date(2025, 1, 1), dt.date(2025, 2, 1)).label
    )


def test_interval_of_dates_includes_both_ends():
    """A pendulum Interval of dates covers its first and last day."""
    interval = pendulum.interval(pendulum.date(2025, 1, 1), pendulum.date(2025, 3, 31))
    assert Period(dt.date(2025, 1, 1), dt.date(2025, 4, 1)) == parse_period(interval)


def test_interval_of_local_midnights_excludes_its_end():
    """An Interval of datetimes at local midnight is half-open."""
    wit = pendulum.timezone("Asia/Jayapura")
    interval = pendulum.interval(
        pendulum.datetime(2025, 1, 1, tz=wit), pendulum.datetime(2025, 4, 1, tz=wit)
    )
    assert parse_period("2025Q1").end == parse_period(interval, "WIT").end


def test_interval_of_utc_datetimes_is_read_in_tz():
    """An aware Interval at local midnight in tz, written in UTC, is accepted."""
    interval = pendulum.interval(
        pendulum.datetime(2024, 12, 31, 15), pendulum.datetime(2025, 3, 31, 15)
    )
    assert parse_period("2025Q1").start == parse_period(interval, "WIT").start


@pytest.mark.parametrize(
    ("interval", "tz", "match"),
    [
        pytest.param(
            pendulum.interval(
                pendulum.datetime(2025, 1, 1), pendulum.datetime(2025, 4, 1)
            ),
            "WIT",
            "local midnight",
            id="utc-midnight-not-local",
        ),
        pytest.param(
            pendulum.interval(
                pendulum.datetime(2025, 1, 1), pendulum.datetime(2025, 4, 1)
            ),
            None,
            "needs the tz",
            id="aware-without-tz",
        ),
        pytest.param(
            pendulum.interval(pendulum.date(2025, 3, 1), pendulum.date(2025, 1, 1)),
            None,
            "inverted",
            id="inverted-dates",
        ),
    ],
)
def test_bad_intervals(interval, tz, match):
    """Intervals that cannot be whole local days are refused with a reason."""
    with pytest.raises(InvalidArgument, match=match):
        parse_period(interval, tz)


@pytest.mark.parametrize(
    ("spec", "months"),
    [
        pytest.param("2025", 12.0, id="year"),
        pytest.param("2024", 12.0, id="leap-year"),
        pytest.param("2025Q1", 3.0, id="quarter"),
        pytest.param("2025-02", 1.0, id="february"),
        pytest.param("2025-01-01/2025-03-31", 3.0, id="interval-of-whole-months"),
        pytest.param("2025-01-01/2025-01-15", 15 / 31, id="half-january"),
        pytest.param("2025-01-17/2025-02-14", 15 / 31 + 14 / 28, id="across-months"),
    ],
)
def test_months(spec, months):
    """Months count each calendar month by its share of days."""
    assert months == parse_period(spec).months


@given(st.integers(1900, 2100))
def test_a_year_is_exactly_twelve_months_and_four_quarters(year):
    """A year's months equal the sum of its months' and of its quarters'."""
    months = sum(parse_period(f"{year}-{m:02d}").months for m in range(1, 13))
    quarters = sum(parse_period(f"{year}Q{q}").months for q in range(1, 5))
    assert 12.0 == parse_period(str(year)).months == months == quarters


@given(
    st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
    st.integers(1, 400),
    st.integers(1, 400),
)
def test_months_add_up_when_periods_are_joined(start, first_days, second_days):
    """months(A + B) == months(A) + months(B) for adjacent periods."""
    middle = start + dt.timedelta(days=first_days)
    end = middle + dt.timedelta(days=second_days)
    joined = Period(start, end).months
    assert (
        abs(joined - (Period(start, middle).months + Period(middle, end).months)) < 1e-9
    )


@pytest.mark.parametrize(
    ("value", "name"),
    [
        pytest.param("WIB", "Asia/Jakarta", id="wib"),
        pytest.param("wita", "Asia/Makassar", id="wita-lower"),
        pytest.param("WIT", "Asia/Jayapura", id="wit"),
        pytest.param("Asia/Pontianak", "Asia/Pontianak", id="iana"),
    ],
)
def test_check_timezone_names(value, name):
    """Zone abbreviations and IANA names give pendulum zones."""
    assert name == check_timezone("tz", value).name


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("Mars/Olympus", id="unknown-name"),
        pytest.param("", id="empty"),
        pytest.param(9, id="int"),
    ],
)
def test_check_timezone_rejects(value):
    """Anything else is refused naming the argument."""
    with pytest.raises(InvalidArgument, match="tz="):
        check_timezone("tz", value)


# --- bucketing in the region's time zone -----------------------------------


def _one(at, tz, period):
    activity = Activity(form=ActivityForm.SARASEHAN, at=at)
    return sum(score_activities([activity], period=period, tz=tz).counts.values())


def test_jayapura_utc_afternoon_on_31_march_is_in_q2():
    """2025-03-31T16:00Z is 01:00 on 1 April in Jayapura (WIT): 2025Q2."""
    at = dt.datetime(2025, 3, 31, 16, tzinfo=UTC)
    assert (0, 1) == (
        _one(at, "Asia/Jayapura", "2025Q1"),
        _one(at, "Asia/Jayapura", "2025Q2"),
    )


def test_same_instant_is_still_q1_in_jakarta():
    """The same instant is 23:00 on 31 March in WIB, inside 2025Q1."""
    at = dt.datetime(2025, 3, 31, 16, tzinfo=UTC)
    assert (1, 0) == (_one(at, "WIB", "2025Q1"), _one(at, "WIB", "2025Q2"))


@pytest.mark.parametrize(
    ("tz", "offset"),
    [
        pytest.param("WIB", 7, id="wib"),
        pytest.param("WITA", 8, id="wita"),
        pytest.param("WIT", 9, id="wit"),
    ],
)
def test_local_2330_on_the_last_day_stays_in_the_quarter(tz, offset):
    """23:30 local on 31 March is in 2025Q1, naive or with its own offset."""
    naive = dt.datetime(2025, 3, 31, 23, 30)  # noqa: DTZ001
    aware = naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=offset)))
    assert (1, 1, 0, 0) == (
        _one(naive, tz, "2025Q1"),
        _one(aware, tz, "2025Q1"),
        _one(naive, tz, "2025Q2"),
        _one(aware, tz, "2025Q2"),
    )


@pytest.mark.parametrize(
    "tz",
    [
        pytest.param("WIB", id="wib"),
        pytest.param("WITA", id="wita"),
        pytest.param("WIT", id="wit"),
    ],
)
def test_local_midnight_starts_the_next_quarter(tz):
    """00:00 local on 1 April belongs to 2025Q2, not 2025Q1."""
    naive = dt.datetime(2025, 4, 1, 0, 0)  # noqa: DTZ001
    assert (0, 1) == (_one(naive, tz, "2025Q1"), _one(naive, tz, "2025Q2"))


def test_naive_times_are_local_to_the_region():
    """A naive 08:00 on 1 January counts in Q1 whatever the zone."""
    naive = dt.datetime(2025, 1, 1, 8)  # noqa: DTZ001
    assert [1, 1, 1] == [_one(naive, tz, "2025Q1") for tz in ("WIB", "WITA", "WIT")]


@given(
    st.sampled_from(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]),
    st.datetimes(dt.datetime(2025, 3, 31), dt.datetime(2025, 4, 1, 23, 59)),  # noqa: DTZ001
    st.sampled_from(
        [
            None,
            UTC,
            dt.timezone(dt.timedelta(hours=7)),
            dt.timezone(dt.timedelta(hours=9)),
        ]
    ),
)
def test_bucketing_follows_the_local_date(zone, local, shown_in):
    """Any instant near the Q1/Q2 edge is in the quarter of its local date."""
    tz = pendulum.timezone(zone)
    at = local if shown_in is None else local.replace(tzinfo=tz).astimezone(shown_in)
    in_q1 = local.date() < dt.date(2025, 4, 1)
    assert (int(in_q1), int(not in_q1)) == (
        _one(at, tz, "2025Q1"),
        _one(at, tz, "2025Q2"),
    )


def test_period_days_last_day_and_contains():
    """A quarter has its days, its last day, and contains dates half-open."""
    q1 = parse_period("2025Q1")
    assert (90, dt.date(2025, 3, 31)) == (q1.days, q1.last_day)
    assert (True, True, False, False) == (
        q1.contains(dt.date(2025, 1, 1)),
        q1.contains(dt.date(2025, 3, 31)),
        q1.contains(dt.date(2025, 4, 1)),
        q1.contains(dt.date(2024, 12, 31)),
    )


def test_interval_of_naive_midnights_needs_no_tz():
    """Naive datetimes at midnight are local already."""
    interval = pendulum.interval(pendulum.naive(2025, 1, 1), pendulum.naive(2025, 4, 1))
    assert parse_period("2025Q1").start == parse_period(interval).start


@pytest.mark.parametrize(
    "spec",
    ["0001", "0000", "9999", "0001Q1", "0001-01", "9999-12", "0001-01-01/0001-01-01",
     "9999-12-30/9999-12-30", "1899-12", "2201", "1899-12-31/1900-01-31"],
)  # fmt: skip
def test_periods_outside_kimlib_years_are_refused(spec):
    """Outside 1900..2200 a period is InvalidArgument saying so, never an overflow."""
    with pytest.raises(InvalidArgument) as caught:
        parse_period(spec)
    assert "argument.period_range" == caught.value.key
    assert "1900 to 2200" in str(caught.value)
    assert "1900 sampai 2200" in caught.value.message("id")


@pytest.mark.parametrize("spec", ["1900", "2200Q4", "2200-12", "1900-01-01/2200-12-31"])
def test_periods_at_the_edges_of_kimlib_years(spec):
    """The first and last years kimlib accepts are whole periods."""
    period = parse_period(spec)
    assert period.start.year >= 1900
    assert period.last_day.year <= 2200


def test_a_long_period_argument_is_not_echoed():
    """A megabyte argument is echoed in at most about 40 characters."""
    with pytest.raises(InvalidArgument) as caught:
        parse_period("2025" * 2**18)
    assert len(caught.value.message("en")) < 400
    assert len(caught.value.message("id")) < 400


def test_a_period_echo_drops_control_characters():
    """A newline or terminal escape in a period never reaches the message."""
    with pytest.raises(InvalidArgument) as caught:
        parse_period("2025\nline 2: forged\x1b[2J")
    assert "\n" not in str(caught.value)
    assert "\x1b" not in str(caught.value)


def test_a_long_time_zone_name_is_refused():
    """A megabyte time-zone name is InvalidArgument, not an OSError of tzdata."""
    with pytest.raises(InvalidArgument):
        check_timezone("tz", "A" * 2**20)
