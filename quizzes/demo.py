"""Plausible review history for the demo members (deterministic, for `seed_demo`)."""

import random
from datetime import datetime, timedelta

from django.db import transaction

from notes.models import StudyGroup
from quizzes.models import Card, CardState, ReviewLog
from quizzes.reviewing import member_settings, scheduler_settings
from quizzes.scheduling import review, study_day

# Probability of each grade (Again, Hard, Good, Easy) for a stronger and a weaker member.
PROFILES = [(0.08, 0.12, 0.65, 0.15), (0.20, 0.20, 0.52, 0.08)]


def demo_history(group: StudyGroup, members: list, *, now: datetime, days: int = 21) -> int:
    """Simulate `days` of daily reviews per member; members with any history are skipped."""
    cards = list(
        Card.objects.published()
        .filter(group=group)
        .order_by("chapter__number", "note_id", "line_start", "pk")
        .values_list("pk", flat=True)
    )
    created = 0
    for index, user in enumerate(members):
        if ReviewLog.objects.filter(user=user).exists():
            continue
        with transaction.atomic():
            created += _simulate(group, user, cards, now, days, index)
    return created


def _simulate(group, user, cards, now, days, index) -> int:
    rng = random.Random(f"demo:{user.username}")  # noqa: S311 - reproducible demo data
    weights = PROFILES[index % len(PROFILES)]
    settings = scheduler_settings(member_settings(user), group)
    states: dict[int, object] = {}
    logs = []
    new_per_day = 6 + index % 3
    fresh = iter(cards)
    for day in range(days, 0, -1):
        if rng.random() < 0.15:  # some days off
            continue
        moment = now - timedelta(days=day, hours=rng.randint(0, 3))
        due = [pk for pk, state in states.items() if state.due <= moment]
        todays = due + [pk for _, pk in zip(range(new_per_day), fresh, strict=False)]
        for card_id in todays:
            moment += timedelta(seconds=rng.randint(5, 40))
            rating = rng.choices((1, 2, 3, 4), weights=weights)[0]
            before = states.get(card_id)
            outcome = review(before, rating, moment, settings, seed=f"{user.pk}:{card_id}")
            states[card_id] = outcome.new_state
            logs.append(
                ReviewLog.from_outcome(
                    outcome,
                    user=user,
                    card_id=card_id,
                    token=f"demo-{user.pk}-{card_id}-{outcome.new_state.reps}",
                    study_day=study_day(moment, group.time_zone, group.rollover_hour),
                    duration_ms=rng.randint(2_000, 15_000),
                )
            )
    rows = []
    for card_id, memory in states.items():
        row = CardState(user=user, card_id=card_id)
        row.set_memory(memory)
        rows.append(row)
    CardState.objects.bulk_create(rows)
    ReviewLog.objects.bulk_create(logs)
    return len(logs)
