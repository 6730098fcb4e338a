"""Reading, writing and revising notes."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from notes.access import (
    can_delete_note,
    can_edit_note,
    note_for_reader_or_404,
    require_delete,
    require_edit,
)
from notes.diffing import diff_lines, diff_stats
from notes.forms import NoteForm
from notes.markdown import render_markdown
from notes.models import Chapter, Note, NoteRevision
from notes.selectors import group_for_member
from notes.services import StaleRevision, note_create, note_restore, note_update

PAGE_SIZE = 20


@dataclass(frozen=True)
class Panel:
    """A section another app adds to the note page (template + its context)."""

    template: str
    context: dict


# Providers called as provider(request, note) -> Panel | None; the quizzes app registers one
# that lists the cards and questions made from the note (notes never imports quizzes).
note_panels: list[Callable[[HttpRequest, Note], Panel | None]] = []


@require_GET
@vary_on_headers("HX-Request")
def note_list(request: HttpRequest) -> HttpResponse:
    notes = Note.objects.visible_to(request.user).for_list()
    query = request.GET.get("q", "").strip()[:200]
    chapter = _int_or_none(request.GET.get("chapter"))
    author = request.GET.get("author", "").strip()
    if query:
        notes = notes.search(query)
    if chapter:
        notes = notes.filter(chapters__number=chapter)
    if author:
        notes = notes.filter(author__username=author)
    page = Paginator(notes.order_by("-updated", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    visible = Note.objects.visible_to(request.user)
    authors = (
        get_user_model()
        .objects.filter(notes__in=visible)
        .distinct()
        .order_by("username")
        .values_list("username", flat=True)
    )
    context = {
        "page": page,
        "query": query,
        "chapter": chapter,
        "author": author,
        "chapters": Chapter.objects.order_by("number").only("number", "title"),
        "authors": list(authors),
        "filtered": bool(query or chapter or author),
    }
    partial = request.htmx and not request.htmx.history_restore_request
    template = "notes/list.html#results" if partial else "notes/list.html"
    return render(request, template, context)


@require_GET
def note_detail(request: HttpRequest, pk: int) -> HttpResponse:
    note = note_for_reader_or_404(request.user, pk)
    chapters = note.chapters.prefetch_related("objectives__domain").order_by("number")
    context = {
        "note": note,
        "chapters": chapters,
        "can_edit": can_edit_note(request.user, note),
        "can_delete": can_delete_note(request.user, note),
        "panels": [panel for provider in note_panels if (panel := provider(request, note))],
    }
    return render(request, "notes/detail.html", context)


@require_http_methods(["GET", "POST"])
def note_new(request: HttpRequest) -> HttpResponse:
    group = group_for_member(request.user)
    form = NoteForm(request.POST or None)
    if request.method == "POST" and group is None:
        form.add_error(None, "You are not in a study group yet, so there is nowhere to save.")
    elif request.method == "POST" and form.is_valid():
        note = note_create(
            author=request.user,
            group=group,
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
            chapters=form.cleaned_data["chapters"],
        )
        messages.success(request, f"Saved “{note.title}”.")
        return redirect(note)
    return render(request, "notes/form.html", {"form": form, "note": None})


@require_http_methods(["GET", "POST"])
def note_edit(request: HttpRequest, pk: int) -> HttpResponse:
    note = note_for_reader_or_404(request.user, pk)
    require_edit(request.user, note)
    if request.method == "GET":
        form = NoteForm(
            initial={
                "title": note.title,
                "body": note.body,
                "chapters": note.chapters.all(),
                "base_revision": note.revision,
            }
        )
        return render(request, "notes/form.html", {"form": form, "note": note})
    form = NoteForm(request.POST)
    if not form.is_valid():
        return render(request, "notes/form.html", {"form": form, "note": note}, status=400)
    data = form.cleaned_data
    try:
        changed = note_update(
            note=note,
            editor=request.user,
            title=data["title"],
            body=data["body"],
            chapters=data["chapters"],
            base_revision=data["base_revision"],
        )
    except StaleRevision as stale:
        return _conflict(request, stale.note, form)
    if changed:
        messages.success(request, f"Saved revision {note.revision}.")
    else:
        messages.info(request, "No changes to save.")
    return redirect(note)


def _conflict(request: HttpRequest, current: Note, form: NoteForm) -> HttpResponse:
    """Someone saved in between: show both versions and let the user merge, losing nothing."""
    mine = form.cleaned_data["body"]
    merge_form = NoteForm(
        initial={
            "title": form.cleaned_data["title"],
            "body": mine,
            "chapters": form.cleaned_data["chapters"],
            "base_revision": current.revision,
        }
    )
    last = current.revisions.select_related("author").first()
    context = {
        "note": current,
        "form": merge_form,
        "mine": mine,
        "theirs": current.body,
        "theirs_by": last.author if last else None,
        "diff": diff_lines(current.body, mine),
    }
    return render(request, "notes/conflict.html", context, status=409)


@require_POST
def note_preview(request: HttpRequest) -> HttpResponse:
    body = request.POST.get("body", "")[:2_000_000]
    rendered = render_markdown(body)
    return render(request, "notes/form.html#preview", {"preview_html": rendered.html})


@require_GET
def note_history(request: HttpRequest, pk: int) -> HttpResponse:
    note = note_for_reader_or_404(request.user, pk)
    revisions = list(note.revisions.select_related("author"))
    rows = []
    for index, revision in enumerate(revisions):
        previous = revisions[index + 1] if index + 1 < len(revisions) else None
        added, removed = diff_stats(previous.body if previous else "", revision.body)
        rows.append({"revision": revision, "added": added, "removed": removed})
    context = {"note": note, "rows": rows, "can_edit": can_edit_note(request.user, note)}
    return render(request, "notes/history.html", context)


@require_GET
def revision_detail(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    note = note_for_reader_or_404(request.user, pk)
    revision = get_object_or_404(note.revisions.select_related("author"), number=number)
    previous = note.revisions.filter(number__lt=number).first()
    context = {
        "note": note,
        "revision": revision,
        "previous": previous,
        "diff": diff_lines(previous.body if previous else "", revision.body),
        "title_changed": previous is not None and previous.title != revision.title,
        "can_edit": can_edit_note(request.user, note),
    }
    return render(request, "notes/revision.html", context)


@require_POST
def revision_restore(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    note = note_for_reader_or_404(request.user, pk)
    require_edit(request.user, note)
    revision = get_object_or_404(NoteRevision, note=note, number=number)
    if note_restore(note=note, revision=revision, editor=request.user):
        messages.success(
            request, f"Restored revision {number} as revision {note.revision}; nothing was lost."
        )
    else:
        messages.info(request, f"Revision {number} is already the current text.")
    return redirect(note)


@require_http_methods(["GET", "POST"])
def note_delete(request: HttpRequest, pk: int) -> HttpResponse:
    from notes.services import note_delete as delete

    note = note_for_reader_or_404(request.user, pk)
    require_delete(request.user, note)
    if request.method == "POST":
        delete(note=note, user=request.user)
        messages.success(
            request, f"Deleted “{note.title}”. An organizer can restore it from the trash."
        )
        return redirect("notes:list")
    return render(request, "notes/confirm_delete.html", {"note": note})


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None
