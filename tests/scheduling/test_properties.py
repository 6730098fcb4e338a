from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from quizzes.scheduling import (
    SchedulerSettings,
    exam_cap,
    next_study_day_start,
    preview_intervals,
    review,
    study_day,
)

ZONES = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe"]

scheduler_settings = st.builds(
    SchedulerSettings,
    desired_retention=st.floats(0.80, 0.97),
    enable_fuzzing=st.booleans(),
    exam_date=st.none() | st.dates(date(2026, 1, 1), date(2028, 12, 31)),
    time_zone=st.sampled_from(ZONES),
    rollover_hour=st.integers(0, 23),
)
moments = st.datetimes(datetime(2026, 1, 1), datetime(2028, 12, 31), timezones=st.just(UTC))
gaps = st.timedeltas(timedelta(0), timedelta(days=500))
histories = st.lists(st.tuples(st.integers(1, 4), gaps), min_size=1, max_size=25)


@given(config=scheduler_settings, start=moments, history=histories, seed=st.integers(0, 10**9))
def test_any_review_history_schedules_sensibly(config, start, history, seed):
    state, now = None, start
    for reps, (rating, gap) in enumerate(history, start=1):
        now += gap
        preview = preview_intervals(state, now, config, seed=seed)
        outcome = review(state, rating, now, config, seed=seed)
        new = outcome.new_state
        assert outcome.interval == preview[rating]
        assert new.due > now
        assert new.state in (1, 2, 3)
        assert (new.reps, new.last_review) == (reps, now)
        assert 0 <= new.lapses < reps
        cap = exam_cap(now, config)
        if cap is not None:
            assert new.due <= cap
        state = new


@given(now=moments, zone=st.sampled_from(ZONES), rollover=st.integers(0, 23))
def test_the_next_study_day_starts_exactly_when_today_ends(now, zone, rollover):
    today = study_day(now, zone, rollover)
    start = next_study_day_start(now, zone, rollover)
    assert start > now
    assert start - now <= timedelta(hours=25)
    assert study_day(start, zone, rollover) == today + timedelta(days=1)
    assert study_day(start - timedelta(microseconds=1), zone, rollover) == today
