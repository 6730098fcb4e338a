"""What the quizzes app adds to other apps' pages."""

from django.http import HttpRequest

from notes.models import Note
from notes.roles import Role, has_role
from notes.views.notes import Panel
from quizzes.models import Card, ItemStatus, Question

SHOWN = (ItemStatus.DRAFT, ItemStatus.PUBLISHED)


def note_items_panel(request: HttpRequest, note: Note) -> Panel:
    """The cards and questions made from a note, with their status."""
    cards = list(Card.objects.filter(note=note, status__in=SHOWN).order_by("line_start", "pk"))
    questions = list(
        Question.objects.filter(note=note, status__in=SHOWN).order_by("line_start", "pk")
    )
    items = sorted(
        [("card", c.front, c.back, c) for c in cards]
        + [("question", q.stem, "", q) for q in questions],
        key=lambda row: (row[3].line_start or 0, row[0]),
    )
    counts = {
        "published": sum(1 for row in items if row[3].status == ItemStatus.PUBLISHED),
        "draft": sum(1 for row in items if row[3].status == ItemStatus.DRAFT),
    }
    return Panel(
        "quizzes/_note_items.html",
        {"items": items, "counts": counts, "is_editor": has_role(request.user, Role.EDITOR)},
    )
