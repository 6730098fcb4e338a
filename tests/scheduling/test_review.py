import dataclasses
import math
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import fsrs
import fsrs.scheduler
import pytest

from quizzes.scheduling import (
    MemoryState,
    SchedulerSettings,
    fsrs_card,
    preview_intervals,
    retrievability,
    review,
)

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4

# (rating, time since the previous review): new card, learning steps, graduation, a lapse,
# relearning, same-day reviews of a review card and a long overdue review.
HISTORIES = [
    [(GOOD, timedelta(0)), (GOOD, timedelta(minutes=10)), (GOOD, timedelta(days=2))],
    [
        (AGAIN, timedelta(0)),
        (HARD, timedelta(minutes=1)),
        (GOOD, timedelta(minutes=6)),
        (GOOD, timedelta(minutes=10)),
        (EASY, timedelta(days=3)),
        (AGAIN, timedelta(days=20)),
        (AGAIN, timedelta(minutes=10)),
        (GOOD, timedelta(minutes=10)),
        (HARD, timedelta(hours=5)),
        (GOOD, timedelta(days=90)),
    ],
    [(EASY, timedelta(0)), (EASY, timedelta(days=400)), (HARD, timedelta(seconds=30))],
]


def replay(history, start, settings):
    state, now, outcomes = None, start, []
    for rating, gap in history:
        now += gap
        outcome = review(state, rating, now, settings)
        outcomes.append(outcome)
        state = outcome.new_state
    return outcomes


@pytest.mark.parametrize("history", HISTORIES)
def test_a_replayed_history_gives_exactly_what_fsrs_gives(history, t0, no_fuzz):
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    card = fsrs.Card(card_id=1, due=t0)
    now = t0
    for (rating, gap), outcome in zip(history, replay(history, t0, no_fuzz), strict=True):
        now += gap
        card, _ = scheduler.review_card(card, fsrs.Rating(rating), now)
        ours = outcome.new_state
        assert (ours.state, ours.step) == (card.state, card.step)
        assert ours.stability == card.stability
        assert ours.difficulty == card.difficulty
        assert ours.due == card.due
        assert ours.last_review == card.last_review == now


def test_reps_count_every_review_and_lapses_only_forgotten_review_cards(t0, no_fuzz):
    history = HISTORIES[1]
    outcomes = replay(history, t0, no_fuzz)
    assert [o.new_state.reps for o in outcomes] == list(range(1, len(history) + 1))
    # Again on a new card and Again while relearning are not lapses; Again on the
    # review card (the 6th review) is.
    assert [o.new_state.lapses for o in outcomes] == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    assert outcomes[5].previous_state == fsrs.State.Review
    assert outcomes[5].new_state.state == fsrs.State.Relearning


def test_again_on_a_review_card_without_relearning_steps_is_still_a_lapse(t0):
    settings = SchedulerSettings(relearning_steps=(), enable_fuzzing=False)
    graduated = review(None, EASY, t0, settings).new_state
    outcome = review(graduated, AGAIN, graduated.due, settings)
    assert outcome.new_state.state == fsrs.State.Review
    assert outcome.new_state.lapses == 1


def test_the_review_log_facts(t0, no_fuzz):
    first = review(None, GOOD, t0, no_fuzz)
    assert first.previous_state is None
    assert first.elapsed_days is None
    assert first.retrievability == 0.0
    assert first.reviewed_at == t0
    assert first.interval == timedelta(minutes=10)

    later = t0 + timedelta(days=3, hours=5)
    second = review(first.new_state, GOOD, later, no_fuzz)
    assert second.previous_state == fsrs.State.Learning
    assert second.elapsed_days == 3
    assert 0 < second.retrievability < 1
    assert second.rating == GOOD
    assert second.interval == second.new_state.due - later


def test_a_memory_state_round_trips_through_an_fsrs_card(t0, no_fuzz):
    state = replay(HISTORIES[1], t0, no_fuzz)[-1].new_state
    card = state.to_fsrs_card()
    assert MemoryState.from_fsrs_card(card, reps=state.reps, lapses=state.lapses) == state


def test_a_new_card_is_a_fresh_fsrs_card_due_now(t0):
    card = fsrs_card(None, t0)
    assert (card.state, card.step, card.stability, card.last_review) == (1, 0, None, None)
    assert card.due == t0


def test_any_aware_time_zone_is_accepted_and_stored_as_utc(t0, no_fuzz):
    berlin = t0.astimezone(ZoneInfo("Europe/Berlin"))
    outcome = review(None, GOOD, berlin, no_fuzz)
    assert outcome.new_state.due == t0 + timedelta(minutes=10)
    assert outcome.new_state.due.tzinfo is UTC


@pytest.mark.parametrize("retention", [0.79, 0.98, 0.5, 1.0, math.nan])
def test_desired_retention_outside_80_to_97_percent_is_refused(retention):
    with pytest.raises(ValueError, match=r"desired_retention must be between 0\.80 and 0\.97"):
        SchedulerSettings(desired_retention=retention)


@pytest.mark.parametrize("retention", [0.80, 0.90, 0.97])
def test_desired_retention_inside_the_range_is_accepted(retention):
    assert SchedulerSettings(desired_retention=retention).desired_retention == retention


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"time_zone": "Mars/Olympus"}, "not a known time zone"),
        ({"time_zone": ""}, "not a known time zone"),
        ({"rollover_hour": 24}, "rollover_hour"),
        ({"maximum_interval": 0}, "maximum_interval"),
        ({"learning_steps": (timedelta(0),)}, "positive"),
    ],
)
def test_other_bad_settings_are_refused(options, message):
    with pytest.raises(ValueError, match=message):
        SchedulerSettings(**options)


def test_bad_ratings_and_naive_times_are_refused(t0, no_fuzz):
    with pytest.raises(ValueError, match="rating"):
        review(None, 5, t0, no_fuzz)
    with pytest.raises(ValueError, match="timezone-aware"):
        review(None, GOOD, datetime(2026, 9, 1, 12), no_fuzz)


def test_a_higher_retention_gives_shorter_intervals(t0):
    strict = SchedulerSettings(desired_retention=0.97, enable_fuzzing=False)
    relaxed = SchedulerSettings(desired_retention=0.80, enable_fuzzing=False)
    assert review(None, EASY, t0, strict).interval < review(None, EASY, t0, relaxed).interval


def test_retrievability_is_zero_for_unseen_cards_and_falls_to_the_target_by_the_due(t0, no_fuzz):
    assert retrievability(None, t0, no_fuzz) == 0.0
    state = replay(HISTORIES[0], t0, no_fuzz)[-1].new_state
    assert state.state == fsrs.State.Review
    assert retrievability(state, state.last_review, no_fuzz) == 1.0
    at_due = retrievability(state, state.due, no_fuzz)
    assert at_due == pytest.approx(0.90, abs=0.02)
    assert retrievability(state, state.due + timedelta(days=60), no_fuzz) < at_due


# --- preview and fuzz -------------------------------------------------------------------


def mature_state(t0, settings):
    """A review card with an interval of a few weeks (fuzz applies from 3 days)."""
    history = [(GOOD, timedelta(0)), (GOOD, timedelta(minutes=10)), (GOOD, timedelta(days=2))]
    return replay(history, t0, settings)[-1].new_state


@pytest.mark.parametrize("seed", [0, 1, 42, "17:3"])
def test_the_previewed_interval_is_the_one_applied(seed, t0):
    settings = SchedulerSettings()
    for state in (None, mature_state(t0, settings)):
        now = state.due if state else t0
        preview = preview_intervals(state, now, settings, seed=seed)
        assert list(preview) == [AGAIN, HARD, GOOD, EASY]
        for grade, interval in preview.items():
            assert review(state, grade, now, settings, seed=seed).interval == interval


def test_fuzz_spreads_intervals_by_seed_within_the_range_fsrs_uses(t0, monkeypatch):
    settings = SchedulerSettings()
    state = mature_state(t0, SchedulerSettings(enable_fuzzing=False))
    now = state.due
    fuzzed = {review(state, GOOD, now, settings, seed=seed).interval.days for seed in range(200)}

    def fsrs_fuzzed_days(draw):
        monkeypatch.setattr(fsrs.scheduler, "random", lambda: draw)
        card, _ = fsrs.Scheduler().review_card(state.to_fsrs_card(), fsrs.Rating.Good, now)
        return (card.due - now).days

    lowest, highest = fsrs_fuzzed_days(0.0), fsrs_fuzzed_days(0.999999)
    assert len(fuzzed) > 1
    assert lowest == min(fuzzed)
    assert max(fuzzed) <= highest


def test_fuzz_is_repeatable_and_changes_with_the_review_count(t0):
    settings = SchedulerSettings()
    state = mature_state(t0, settings)
    now = state.due
    first = review(state, GOOD, now, settings, seed=9).interval
    assert review(state, GOOD, now, settings, seed=9).interval == first
    later_reps = [
        review(dataclasses.replace(state, reps=reps), GOOD, now, settings, seed=9)
        for reps in range(3, 40)
    ]
    assert len({outcome.interval for outcome in later_reps}) > 1


def test_fuzz_leaves_the_global_random_generator_alone(t0):
    settings = SchedulerSettings()
    state = mature_state(t0, settings)
    random.seed(1234)
    expected = random.random()
    random.seed(1234)
    preview_intervals(state, state.due, settings, seed=5)
    assert random.random() == expected
