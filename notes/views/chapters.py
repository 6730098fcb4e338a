"""The book's chapters, their DCA objectives and the group's notes on them."""

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from notes.models import Chapter, Note, StudyGroup


def _group_notes_filter(user) -> Q:
    return Q(
        notes__deleted_at__isnull=True,
        notes__group__in=StudyGroup.objects.filter(members=user),
    )


@require_GET
def chapter_list(request: HttpRequest) -> HttpResponse:
    chapters = (
        Chapter.objects.with_objectives()
        .annotate(note_count=Count("notes", filter=_group_notes_filter(request.user)))
        .order_by("book_id", "number")
    )
    return render(request, "chapters/list.html", {"chapters": chapters})


@require_GET
def chapter_detail(request: HttpRequest, pk: int) -> HttpResponse:
    chapter = get_object_or_404(Chapter.objects.with_objectives(), pk=pk)
    notes = (
        Note.objects.visible_to(request.user)
        .filter(chapters=chapter)
        .for_list()
        .order_by("-updated", "-pk")
    )
    return render(request, "chapters/detail.html", {"chapter": chapter, "notes": notes})
