from datetime import UTC, date, datetime, timedelta

import pytest

from quizzes.scheduling import (
    MemoryState,
    SchedulerSettings,
    exam_cap,
    next_study_day_start,
    review,
    study_day,
    study_day_start,
)

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
EXAM = date(2027, 1, 23)


def berlin(exam=EXAM, rollover=4, **options):
    return SchedulerSettings(
        exam_date=exam, time_zone="Europe/Berlin", rollover_hour=rollover, **options
    )


def long_interval_card(now):
    """A well-known card: its next Good interval is months away."""
    return MemoryState(
        state=2,
        step=None,
        stability=120.0,
        difficulty=4.0,
        due=now,
        last_review=now - timedelta(days=100),
        reps=6,
    )


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def test_a_long_interval_is_cut_to_the_start_of_the_day_before_the_exam():
    now = utc(2027, 1, 10, 12)
    outcome = review(long_interval_card(now), GOOD, now, berlin())
    # 2027-01-22 04:00 in Berlin (CET, UTC+1)
    assert outcome.new_state.due == utc(2027, 1, 22, 3)
    assert outcome.capped
    assert outcome.interval == timedelta(days=11, hours=15)


def test_intervals_ending_before_the_cap_are_untouched():
    now = utc(2027, 1, 10, 12)
    outcome = review(None, AGAIN, now, berlin())
    assert outcome.interval == timedelta(minutes=1)
    assert not outcome.capped


def test_a_learning_step_crossing_the_cap_is_cut_too():
    # 03:55 in Berlin on the 22nd still belongs to study day 21 (rollover 4).
    now = utc(2027, 1, 22, 2, 55)
    outcome = review(None, GOOD, now, berlin())
    assert outcome.new_state.due == utc(2027, 1, 22, 3)
    assert outcome.interval == timedelta(minutes=5)


@pytest.mark.parametrize(
    ("now", "cap"),
    [
        (utc(2026, 6, 1), utc(2027, 1, 22, 3)),
        (utc(2027, 1, 22, 2, 59, 59), utc(2027, 1, 22, 3)),
        # from the study day before the exam on, nothing is capped
        (utc(2027, 1, 22, 3), None),
        (utc(2027, 1, 23, 9), None),
        (utc(2027, 2, 1), None),
    ],
)
def test_the_cap_holds_until_the_study_day_before_the_exam(now, cap):
    assert exam_cap(now, berlin()) == cap


def test_reviewing_on_the_day_before_the_exam_schedules_normally():
    now = utc(2027, 1, 22, 18)
    outcome = review(long_interval_card(now), GOOD, now, berlin(enable_fuzzing=False))
    assert not outcome.capped
    assert outcome.new_state.due > utc(2027, 2, 1)


def test_without_an_exam_date_nothing_is_capped():
    now = utc(2027, 1, 10, 12)
    assert exam_cap(now, SchedulerSettings()) is None
    assert not review(long_interval_card(now), GOOD, now, SchedulerSettings()).capped


@pytest.mark.parametrize(
    ("config", "cap"),
    [
        # the group's time zone decides: 04:00 in Los Angeles is 12:00 UTC
        (SchedulerSettings(exam_date=EXAM, time_zone="America/Los_Angeles"), utc(2027, 1, 22, 12)),
        (berlin(rollover=0), utc(2027, 1, 21, 23)),
        (berlin(rollover=23), utc(2027, 1, 22, 22)),
        # summer time starts in Berlin on 2027-03-28 (02:00 -> 03:00)
        (berlin(exam=date(2027, 3, 30)), utc(2027, 3, 29, 2)),
        (berlin(exam=date(2027, 3, 29)), utc(2027, 3, 28, 2)),
        # a rollover hour that does not exist that night: the day starts at the jump
        (berlin(exam=date(2027, 3, 29), rollover=2), utc(2027, 3, 28, 1)),
        # summer time ends on 2027-10-31 (03:00 -> 02:00): 02:00 happens twice, take the first
        (berlin(exam=date(2027, 11, 1), rollover=2), utc(2027, 10, 31, 0)),
        (berlin(exam=date(2027, 11, 1)), utc(2027, 10, 31, 3)),
    ],
)
def test_the_cap_follows_time_zone_rollover_and_daylight_saving(config, cap):
    # (`config`, not `settings`: that name is pytest-django's settings fixture)
    now = cap - timedelta(days=40)
    assert exam_cap(now, config) == cap
    assert review(long_interval_card(now), GOOD, now, config).new_state.due == cap


@pytest.mark.parametrize(
    ("now", "day"),
    [
        (utc(2027, 1, 22, 2, 59), date(2027, 1, 21)),  # 03:59 in Berlin
        (utc(2027, 1, 22, 3), date(2027, 1, 22)),  # 04:00 in Berlin
        (utc(2027, 1, 22, 22, 59), date(2027, 1, 22)),  # 23:59 in Berlin
        (utc(2027, 7, 1, 1, 59), date(2027, 6, 30)),  # 03:59 in Berlin summer time
        (utc(2027, 7, 1, 2), date(2027, 7, 1)),
    ],
)
def test_a_study_day_starts_at_the_rollover_hour_local_time(now, day):
    assert study_day(now, "Europe/Berlin", 4) == day


def test_bury_until_tomorrow_means_the_next_rollover():
    evening = utc(2027, 1, 22, 20)  # 21:00 in Berlin
    assert next_study_day_start(evening, "Europe/Berlin", 4) == utc(2027, 1, 23, 3)
    after_midnight = utc(2027, 1, 23, 0, 30)  # 01:30, still study day 22
    assert next_study_day_start(after_midnight, "Europe/Berlin", 4) == utc(2027, 1, 23, 3)


def test_study_day_start_is_in_utc():
    start = study_day_start(date(2027, 7, 1), "Europe/Berlin", 4)
    assert start == utc(2027, 7, 1, 2)
    assert start.tzinfo is UTC
