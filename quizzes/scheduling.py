"""Spaced-repetition scheduling: a thin adapter over the `fsrs` package (FSRS-6).

Pure logic without Django. The database keeps a `MemoryState` per member and card in plain
columns; `review` turns a state, a grade and the current time into the next state. On top of
`fsrs` this module adds what the app needs and the library leaves out:

- reps and lapses counting (an `fsrs.Card` tracks neither);
- deterministic fuzz, so the interval shown on a grade button is the interval applied;
- the exam-date cap: before the group's exam no card is scheduled past the day before it;
- study days that start at the group's rollover hour in the group's time zone;
- Anki-style interval labels ("10m", "3d", "2.1mo").
"""

import functools
import hashlib
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import FUZZ_RANGES

from notes.studydays import next_study_day_start as next_study_day_start  # re-exported
from notes.studydays import study_day as study_day
from notes.studydays import study_day_start as study_day_start

GRADES = (int(Rating.Again), int(Rating.Hard), int(Rating.Good), int(Rating.Easy))
MIN_RETENTION = 0.80
MAX_RETENTION = 0.97

# fsrs only reads these fields of a Card; the id is irrelevant to scheduling. Passing one
# explicitly also avoids fsrs.Card's default id, which sleeps 1 ms to stay unique.
_CARD_ID = 0


@dataclass(frozen=True, slots=True)
class SchedulerSettings:
    """A member's (and their group's) scheduling options. Raises ValueError when invalid."""

    desired_retention: float = 0.90
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500  # days
    enable_fuzzing: bool = True
    exam_date: date | None = None
    time_zone: str = "UTC"  # IANA name, e.g. "Europe/Berlin"
    rollover_hour: int = 4  # local hour at which a new study day starts

    def __post_init__(self) -> None:
        if not MIN_RETENTION <= self.desired_retention <= MAX_RETENTION:
            raise ValueError(
                f"desired_retention must be between {MIN_RETENTION:.2f} and {MAX_RETENTION:.2f} "
                f"(90 % recall is the usual choice), got {self.desired_retention!r}."
            )
        steps = (*self.learning_steps, *self.relearning_steps)
        if any(step <= timedelta(0) for step in steps):
            raise ValueError("learning and relearning steps must be positive durations.")
        if not 1 <= self.maximum_interval <= 36500:
            raise ValueError(
                f"maximum_interval must be 1 to 36500 days, got {self.maximum_interval!r}."
            )
        if not 0 <= self.rollover_hour <= 23:
            raise ValueError(f"rollover_hour must be 0 to 23, got {self.rollover_hour!r}.")
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"{self.time_zone!r} is not a known time zone; use a name such as Europe/Berlin."
            ) from None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)  # ZoneInfo caches instances per key


@dataclass(frozen=True, slots=True)
class MemoryState:
    """What the database stores per member and card once the card has been reviewed.

    A card never reviewed has no MemoryState: pass `None` wherever a state is expected.
    `state` is an `fsrs.State` value: 1 Learning, 2 Review, 3 Relearning. Datetimes are aware.
    """

    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int = 0
    lapses: int = 0

    def to_fsrs_card(self) -> Card:
        """The equivalent `fsrs.Card` (reps and lapses have no place there)."""
        return Card(
            card_id=_CARD_ID,
            state=State(self.state),
            step=self.step,
            stability=self.stability,
            difficulty=self.difficulty,
            due=self.due.astimezone(UTC),
            last_review=self.last_review.astimezone(UTC) if self.last_review else None,
        )

    @classmethod
    def from_fsrs_card(cls, card: Card, *, reps: int, lapses: int) -> "MemoryState":
        """Build a state from an `fsrs.Card` plus the counters fsrs does not keep."""
        return cls(
            state=int(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=card.last_review,
            reps=reps,
            lapses=lapses,
        )


def fsrs_card(state: MemoryState | None, now: datetime) -> Card:
    """The `fsrs.Card` for a state; a fresh card (Learning, step 0, due now) for `None`."""
    if state is None:
        return Card(card_id=_CARD_ID, due=_utc(now))
    return state.to_fsrs_card()


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """The result of one review: the state to store and the facts to log."""

    new_state: MemoryState
    interval: timedelta  # new_state.due - reviewed_at
    rating: int
    reviewed_at: datetime  # UTC
    previous_state: int | None  # fsrs.State value before the review; None for a new card
    elapsed_days: int | None  # whole days since the previous review (as FSRS counts them)
    retrievability: float  # predicted recall probability just before the review; 0 if new
    capped: bool  # True when the exam-date cap moved `due` earlier


def review(
    state: MemoryState | None,
    rating: int,
    now: datetime,
    settings: SchedulerSettings,
    *,
    seed: int | str = 0,
) -> ReviewOutcome:
    """Apply a grade (1 Again, 2 Hard, 3 Good, 4 Easy) given at `now` to a card's state.

    Stability, difficulty, state, step and the unfuzzed due come from `fsrs.Scheduler`.
    Then, in this order:

    - reps grows by one on every review; lapses by one when a Review-state card gets Again
      (as in Anki: forgetting during (re)learning is not a lapse);
    - fuzz (if enabled) spreads Review intervals of 3 days and more over the same range fsrs
      uses, but picks the point from a hash of `seed` and the reps count instead of the global
      `random` module. Pass something stable per member and card (e.g. the CardState id):
      the same state, seed and time always give the same due, so `preview_intervals` shows
      exactly what `review` applies, and every grade of one review shares one fuzz factor;
    - the exam cap, see `exam_cap`.
    """
    if rating not in GRADES:
        raise ValueError(
            f"rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not {rating!r}."
        )
    now = _utc(now)
    scheduler = _scheduler(settings)
    card = fsrs_card(state, now)
    recall = scheduler.get_card_retrievability(card, now) if state else 0.0
    new_card, _ = scheduler.review_card(card, Rating(rating), now)

    reps = state.reps + 1 if state else 1
    lapses = state.lapses if state else 0
    if state and state.state == State.Review and rating == Rating.Again:
        lapses += 1

    due = new_card.due
    if settings.enable_fuzzing and new_card.state == State.Review:
        days = (due - now).days  # fsrs Review intervals are whole days
        due = now + timedelta(days=_fuzzed_days(days, seed, reps, settings.maximum_interval))

    cap = exam_cap(now, settings)
    capped = cap is not None and due > cap
    if capped:
        due = cap

    new_card.due = due
    return ReviewOutcome(
        new_state=MemoryState.from_fsrs_card(new_card, reps=reps, lapses=lapses),
        interval=due - now,
        rating=rating,
        reviewed_at=now,
        previous_state=state.state if state else None,
        elapsed_days=(now - state.last_review).days if state and state.last_review else None,
        retrievability=float(recall),
        capped=capped,
    )


def preview_intervals(
    state: MemoryState | None,
    now: datetime,
    settings: SchedulerSettings,
    *,
    seed: int | str = 0,
) -> dict[int, timedelta]:
    """The interval each grade (1-4) would give, exactly as `review` with the same seed."""
    return {grade: review(state, grade, now, settings, seed=seed).interval for grade in GRADES}


def retrievability(state: MemoryState | None, now: datetime, settings: SchedulerSettings) -> float:
    """Predicted probability (0..1) of recalling the card at `now`; 0.0 for an unseen card.

    As in fsrs, elapsed time counts in whole days.
    """
    if state is None or state.stability is None or state.last_review is None:
        return 0.0
    return float(_scheduler(settings).get_card_retrievability(state.to_fsrs_card(), _utc(now)))


def exam_cap(now: datetime, settings: SchedulerSettings) -> datetime | None:
    """The latest due allowed at `now` because of the exam, or None when nothing is capped.

    Rule: while the current study day is earlier than the day before the exam, a due later
    than the *start* of the study day before the exam (its rollover hour, local time) is
    moved to that start, so the card is due for that whole day. Earlier dues (learning steps
    included) are untouched. On the day before the exam, on exam day and after, nothing is
    capped: on the day before, the review being made already is that last review, and capping
    would show the card again at once. Example: exam 2027-01-23, Europe/Berlin, rollover 4:
    the cap is 2027-01-22 04:00 Berlin = 03:00 UTC.
    """
    if settings.exam_date is None:
        return None
    last_day = settings.exam_date - timedelta(days=1)
    if study_day(now, settings.time_zone, settings.rollover_hour) >= last_day:
        return None
    return study_day_start(last_day, settings.time_zone, settings.rollover_hour)


_MINUTE = 60.0
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_YEAR = 365 * _DAY
_MONTH = _YEAR / 12
# (below this many seconds, unit size in seconds, suffix, decimals), as in Anki's timespan.rs
_LABEL_UNITS = (
    (_MINUTE, 1.0, "s", 0),
    (_HOUR, _MINUTE, "m", 0),
    (_DAY, _HOUR, "h", 1),
    (_MONTH, _DAY, "d", 0),
    (_YEAR, _MONTH, "mo", 1),
    (math.inf, _YEAR, "y", 1),
)


def format_interval(interval: timedelta) -> str:
    """A short label for a grade button, following Anki's answer-button conventions.

    The unit is the largest that fits: seconds under a minute, minutes under an hour, hours
    under a day, days under a month (365/12 days), months under a year (365 days), years.
    Seconds, minutes and days are whole numbers; hours, months and years keep one decimal,
    dropped when it is zero: "45s", "10m", "1.5h", "3d", "2.1mo", "1y", "1.2y".
    Halves round up (as Anki's Rust code does), not to even.
    """
    seconds = abs(interval.total_seconds())
    _, size, suffix, decimals = next(unit for unit in _LABEL_UNITS if seconds < unit[0])
    scale = 10**decimals
    amount = math.floor(seconds / size * scale + 0.5) / scale
    return f"{amount:.{decimals}f}".removesuffix(".0") + suffix


def _scheduler(settings: SchedulerSettings) -> Scheduler:
    return _cached_scheduler(
        settings.desired_retention,
        settings.learning_steps,
        settings.relearning_steps,
        settings.maximum_interval,
    )


@functools.lru_cache(maxsize=64)
def _cached_scheduler(
    desired_retention: float,
    learning_steps: tuple[timedelta, ...],
    relearning_steps: tuple[timedelta, ...],
    maximum_interval: int,
) -> Scheduler:
    # fsrs validates its parameters on every construction, and a Scheduler is never mutated
    # by review_card, so one instance per distinct configuration is shared (threads too).
    # Fuzz stays off in fsrs: it draws from the global `random`; see `_fuzzed_days`.
    return Scheduler(
        desired_retention=desired_retention,
        learning_steps=learning_steps,
        relearning_steps=relearning_steps,
        maximum_interval=maximum_interval,
        enable_fuzzing=False,
    )


def _fuzzed_days(days: int, seed: int | str, reps: int, maximum_interval: int) -> int:
    """fsrs's fuzz range for `days`, with the point in it chosen by a hash, not `random`."""
    if days < 2.5:  # fsrs does not fuzz intervals shorter than 2.5 days
        return days
    low, high = _fuzz_range(days, maximum_interval)
    digest = hashlib.blake2b(f"{seed}:{reps}".encode(), digest_size=8).digest()
    fraction = int.from_bytes(digest) / 2**64  # uniform in [0, 1)
    # floor, as Anki does: every day of [low, high] is equally likely. (fsrs rounds, which
    # can land one day past `high`.)
    return min(low + math.floor(fraction * (high - low + 1)), high)


def _fuzz_range(days: int, maximum_interval: int) -> tuple[int, int]:
    """Bounds of the fuzzed interval, computed as in fsrs.Scheduler._get_fuzzed_interval."""
    delta = 1.0
    for fuzz in FUZZ_RANGES:
        delta += fuzz["factor"] * max(min(float(days), fuzz["end"]) - fuzz["start"], 0.0)
    low = max(2, round(days - delta))
    high = min(round(days + delta), maximum_interval)
    return min(low, high), high


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("datetimes must be timezone-aware (use django.utils.timezone.now()).")
    return moment.astimezone(UTC)
