"""A large review dataset for `make bench`: 20 members x 3,000 cards, 200,000 review logs."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from notes.models import Chapter, Note, StudyGroup
from quizzes.models import Card, CardState, ItemStatus, ReviewLog, StudySettings

MEMBERS = 20
CARDS = 3_000
LOGS = 200_000


def build() -> tuple[StudyGroup, list]:
    rng = random.Random(7)  # noqa: S311 - reproducible data, not security
    user_model = get_user_model()
    group = StudyGroup.objects.create(
        name="Bench group", exam_date=timezone.localdate() + timedelta(days=90)
    )
    members = user_model.objects.bulk_create(
        [user_model(username=f"bench{n}", password="!") for n in range(MEMBERS)]
    )
    group.members.add(*members)
    note = Note.objects.create(group=group, title="Bench", body="bench")
    chapters = list(Chapter.objects.order_by("number"))
    cards = Card.objects.bulk_create(
        [
            Card(
                group=group,
                status=ItemStatus.PUBLISHED,
                note=note,
                line_start=n,
                line_end=n,
                rule="bench",
                fingerprint=f"bench-{n}",
                sibling_key=f"sib-{n // 2}",
                chapter=chapters[n % len(chapters)],
                front=f"Question {n}?",
                back=f"Answer {n}",
            )
            for n in range(CARDS)
        ],
        batch_size=1000,
    )
    now = timezone.now()
    states, logs = [], []
    per_member = LOGS // MEMBERS
    for member in members:
        seen = rng.sample(cards, 2_000)
        for card in seen:
            states.append(
                CardState(
                    user=member,
                    card=card,
                    state=2,
                    stability=rng.uniform(1, 60),
                    difficulty=rng.uniform(2, 9),
                    due=now + timedelta(days=rng.uniform(-30, 30)),
                    last_review=now - timedelta(days=rng.uniform(1, 30)),
                    reps=5,
                )
            )
        for n in range(per_member):
            card = seen[n % len(seen)]
            when = now - timedelta(days=rng.uniform(0, 120))
            logs.append(
                ReviewLog(
                    user=member,
                    card=card,
                    token=f"b{member.pk}-{n}",
                    rating=rng.randint(1, 4),
                    reviewed_at=when,
                    study_day=when.date(),
                    state_before=2,
                    state_after=2,
                    stability_after=10,
                    difficulty_after=5,
                    interval_seconds=86_400,
                )
            )
    # Generous limits so the timed runs never run out of due cards.
    StudySettings.objects.bulk_create(
        [StudySettings(user=m, reviews_per_day=5_000) for m in members]
    )
    CardState.objects.bulk_create(states, batch_size=5_000)
    ReviewLog.objects.bulk_create(logs, batch_size=5_000)
    return group, members
