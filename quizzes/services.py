"""Editor actions on generated items."""

from django.db import transaction
from django.utils import timezone

from quizzes.models import Card, ItemStatus, Question

MODELS = {"card": Card, "question": Question}


def item_set_status(*, item: Card | Question, status: str) -> None:
    item.status = status
    item.save(update_fields=["status", "updated"])


def note_items_approve(*, group, note_id: int) -> int:
    """Publish every draft of a note; returns how many."""
    count = 0
    with transaction.atomic():
        for model in MODELS.values():
            count += model.objects.filter(
                group=group, note_id=note_id, status=ItemStatus.DRAFT
            ).update(status=ItemStatus.PUBLISHED, updated=timezone.now())
    return count
