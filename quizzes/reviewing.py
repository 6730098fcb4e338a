"""Reviewing: which card comes next, and recording an answer exactly once.

Order (as Anki): learning cards when due, then reviews (most overdue first), then new cards in
book order (chapter, then source line). Daily limits for new cards and reviews; cards from the
same source as a card answered today (siblings) wait until tomorrow.
"""

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core import signing
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from notes.models import StudyGroup
from quizzes.models import Card, CardState, ReviewLog, StudySettings
from quizzes.scheduling import (
    SchedulerSettings,
    format_interval,
    next_study_day_start,
    preview_intervals,
    study_day,
)

LEARN_AHEAD = timedelta(minutes=20)
LEECH_LAPSES = 8
NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
TOKEN_SIGNER = signing.Signer(salt="quizzes.review")


class AlreadyAnswered(Exception):
    """The card was answered already (double click, second tab, retry)."""


@dataclass(frozen=True)
class Deck:
    chapter: int | None = None
    domain: str | None = None

    @classmethod
    def from_query(cls, params) -> "Deck":
        chapter = params.get("chapter", "").strip()
        domain = params.get("domain", "").strip().upper()
        return cls(
            chapter=int(chapter) if re.fullmatch(r"[0-9]{1,3}", chapter) else None,
            domain=domain if re.fullmatch(r"D[0-9]{1,2}", domain) else None,
        )

    def filter(self, cards: QuerySet, prefix: str = "") -> QuerySet:
        if self.chapter:
            cards = cards.filter(**{f"{prefix}chapter__number": self.chapter})
        if self.domain:
            cards = cards.filter(**{f"{prefix}domain__code": self.domain})
        return cards

    def query(self) -> str:
        parts = [f"chapter={self.chapter}"] if self.chapter else []
        parts += [f"domain={self.domain}"] if self.domain else []
        return "&".join(parts)


@dataclass(frozen=True)
class Counts:
    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class Shown:
    """The card to show, with its token and what each grade would do."""

    card: Card
    state: CardState | None
    token: str
    intervals: dict[int, str]


def member_settings(user) -> StudySettings:
    return StudySettings.objects.filter(user=user).first() or StudySettings(user=user)


def scheduler_settings(study: StudySettings, group: StudyGroup | None) -> SchedulerSettings:
    if group is None:
        return SchedulerSettings(desired_retention=study.desired_retention)
    return SchedulerSettings(
        desired_retention=study.desired_retention,
        exam_date=group.exam_date,
        time_zone=group.time_zone,
        rollover_hour=group.rollover_hour,
    )


def today_for(group: StudyGroup | None, now: datetime):
    if group is None:
        return study_day(now, "UTC", 4)
    return study_day(now, group.time_zone, group.rollover_hour)


def day_end(group: StudyGroup | None, now: datetime) -> datetime:
    if group is None:
        return next_study_day_start(now, "UTC", 4)
    return next_study_day_start(now, group.time_zone, group.rollover_hour)


def card_seed(user, card_id: int) -> str:
    return f"{user.pk}:{card_id}"


def make_token(user, card_id: int, reps: int) -> str:
    """The same card in the same state always gets the same token (two tabs included)."""
    return TOKEN_SIGNER.sign_object({"u": user.pk, "c": card_id, "r": reps})


def token_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class _Today:
    new_done: int
    reviews_done: int
    sibling_keys: set[str]
    card_ids: set[int]


def _today_activity(user, group, now) -> _Today:
    rows = (
        ReviewLog.objects.filter(user=user, study_day=today_for(group, now))
        .order_by()  # no sort: lets SQLite use the (user, study_day) index
        .values_list("state_before", "card_id", "card__sibling_key")
    )
    new_done = reviews_done = 0
    keys, ids = set(), set()
    for state_before, card_id, key in rows:
        if state_before is None:
            new_done += 1
        elif state_before == REVIEW:
            reviews_done += 1
        ids.add(card_id)
        if key:
            keys.add(key)
    return _Today(new_done, reviews_done, keys, ids)


def _published(group, deck: Deck) -> QuerySet:
    return deck.filter(Card.objects.published().filter(group=group))


def _sibling_free(today: _Today, prefix: str = "") -> Q:
    # A card answered today may come back (learning steps); its siblings wait for tomorrow.
    return ~Q(**{f"{prefix}sibling_key__in": today.sibling_keys}) | Q(
        **{f"{prefix}pk__in": today.card_ids}
    )


def _available_states(user, group, deck: Deck, now, today: _Today) -> QuerySet:
    states = CardState.objects.filter(
        user=user,
        state__gt=NEW,
        suspended=False,
        card__status="published",
        card__group=group,
    ).filter(Q(buried_until__isnull=True) | Q(buried_until__lte=now))
    states = deck.filter(states, prefix="card__")
    if today.sibling_keys:
        states = states.filter(_sibling_free(today, prefix="card__"))
    return states


def _new_cards(user, group, deck: Deck, now, today: _Today) -> QuerySet:
    seen = CardState.objects.filter(user=user, card=OuterRef("pk")).filter(
        Q(state__gt=NEW) | Q(suspended=True) | Q(buried_until__gt=now)
    )
    cards = _published(group, deck).filter(~Exists(seen))
    if today.sibling_keys:
        cards = cards.filter(_sibling_free(today))
    return cards


def next_card(
    user,
    group,
    deck: Deck,
    now: datetime,
    study: StudySettings | None = None,
    pinned: str = "",
    counts_only: bool = False,
) -> tuple[Shown | None, Counts]:
    """The card to show next and what is left today.

    `pinned` is the token of the card on screen: "show answer" reveals that very card even if
    another one became due in the meantime (a learning step running out, for example).
    """
    study = study or member_settings(user)
    today = _today_activity(user, group, now)
    states = _available_states(user, group, deck, now, today)
    ends = day_end(group, now)
    learning_q = Q(state__in=(LEARNING, RELEARNING), due__lte=now + LEARN_AHEAD)
    learning_now = Q(state__in=(LEARNING, RELEARNING), due__lte=now)
    review_q = Q(state=REVIEW, due__lt=ends)
    # Only rows due before the end of the study day can count: lets the (user, due) index work.
    counted = states.filter(due__lt=max(ends, now + LEARN_AHEAD)).aggregate(
        learning=Count("pk", filter=learning_q),
        learning_now=Count("pk", filter=learning_now),
        review=Count("pk", filter=review_q),
    )
    new_left = max(0, study.new_per_day - today.new_done)
    reviews_left = max(0, study.reviews_per_day - today.reviews_done)
    new_cards = _new_cards(user, group, deck, now, today)
    new_count = new_cards.order_by()[:new_left].count() if new_left else 0
    counts = Counts(
        new=new_count, learning=counted["learning"], review=min(counted["review"], reviews_left)
    )
    if counts_only:  # the dashboard: no card to pick, no intervals to preview
        return None, counts
    state, card = _pinned(user, group, pinned) if pinned else (None, None)
    # Anki's order: learning cards that are due, reviews, new cards; learning cards due within
    # the learn-ahead window only when nothing else is left. Counts include learn-ahead.
    if card is not None:
        pass
    elif counted["learning_now"]:
        state = _first(states.filter(learning_now))
    elif counts.review:
        state = _first(states.filter(review_q))
    elif counts.new:
        card = (
            new_cards.select_related("note")
            .order_by("chapter__number", "note_id", "line_start", "pk")
            .first()
        )
    elif counts.learning:
        state = _first(states.filter(learning_q))
    if state is not None and card is None:
        card = state.card
    if card is None:
        return None, counts
    memory = state.memory() if state and state.state > NEW else None
    intervals = preview_intervals(
        memory, now, scheduler_settings(study, group), seed=card_seed(user, card.pk)
    )
    shown = Shown(
        card=card,
        state=state,
        token=make_token(user, card.pk, memory.reps if memory else 0),
        intervals={grade: format_interval(span) for grade, span in intervals.items()},
    )
    return shown, counts


def _pinned(user, group, token: str) -> tuple[CardState | None, Card | None]:
    """The card a still-valid token stands for, or (None, None)."""
    try:
        data = TOKEN_SIGNER.unsign_object(token)
    except signing.BadSignature:
        return None, None
    if data.get("u") != user.pk:
        return None, None
    state = (
        CardState.objects.filter(user=user, card_id=data.get("c"), card__group=group)
        .filter(card__status="published")
        .select_related("card__note")
        .first()
    )
    if state is not None:
        reps = state.reps if state.state > NEW else 0
        return (state, state.card) if reps == data.get("r") else (None, None)
    card = Card.objects.published().filter(pk=data.get("c"), group=group).select_related("note")
    card = card.first()
    return (None, card) if card is not None and data.get("r") == 0 else (None, None)


def _first(states: QuerySet) -> CardState | None:
    return states.select_related("card__note").order_by("due").first()


def next_due(user, group, deck: Deck | None = None) -> datetime | None:
    """When the next card of this member (in this deck) comes due, for the 'all done' page."""
    states = CardState.objects.filter(user=user, state__gt=NEW, suspended=False, card__group=group)
    return (
        (deck or Deck())
        .filter(states, prefix="card__")
        .filter(card__status="published")
        .order_by("due")
        .values_list("due", flat=True)
        .first()
    )
