"""The editor's queue: drafts beside their source lines; approve, edit, reject."""

from dataclasses import dataclass

from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from notes.models import Note
from notes.roles import Role, role_required
from notes.selectors import group_for_member_or_404
from quizzes.forms import CardForm, ChoiceFormSet, QuestionForm
from quizzes.models import Card, ItemStatus, Question
from quizzes.services import MODELS, item_set_status, note_items_approve

NOTES_PER_PAGE = 10
CONTEXT_LINES = 1


@dataclass
class SourceLine:
    number: int
    text: str
    highlighted: bool


@dataclass
class QueueEntry:
    kind: str  # "card" or "question"
    item: Card | Question
    source: list[SourceLine]


def source_lines(body_lines: list[str], start: int | None, end: int | None) -> list[SourceLine]:
    if not start:
        return []
    end = end or start
    first, last = max(1, start - CONTEXT_LINES), min(len(body_lines), end + CONTEXT_LINES)
    return [SourceLine(n, body_lines[n - 1], start <= n <= end) for n in range(first, last + 1)]


def _counts(group) -> dict[str, int]:
    counts = {status: 0 for status in ItemStatus.values}
    for model in (Card, Question):
        for row in model.objects.filter(group=group).values("status").annotate(n=Count("pk")):
            counts[row["status"]] += row["n"]
    return counts


@require_GET
@role_required(Role.EDITOR)
def queue(request: HttpRequest) -> HttpResponse:
    group = group_for_member_or_404(request.user)
    cards = list(Card.objects.drafts().for_group(group).select_related("domain", "objective"))
    questions = list(
        Question.objects.drafts()
        .for_group(group)
        .select_related("domain", "objective")
        .prefetch_related("choices")
    )
    note_ids = sorted({i.note_id for i in cards + questions if i.note_id})
    notes = Note.objects.in_bulk(note_ids)
    groups = []
    for note_id in note_ids[:NOTES_PER_PAGE]:
        note = notes[note_id]
        lines = note.body.split("\n")
        entries = [
            QueueEntry(kind, item, source_lines(lines, item.line_start, item.line_end))
            for kind, items in (("card", cards), ("question", questions))
            for item in items
            if item.note_id == note_id
        ]
        entries.sort(key=lambda e: (e.item.line_start or 0, e.kind, e.item.pk))
        groups.append({"note": note, "entries": entries})
    leeches = (
        Card.objects.filter(group=group, states__leech=True)
        .annotate(members=Count("states", filter=Q(states__leech=True)))
        .select_related("note")
        .order_by("-members", "pk")[:50]
    )
    context = {
        "groups": groups,
        "leeches": leeches,
        "counts": _counts(group),
        "more_notes": max(0, len(note_ids) - NOTES_PER_PAGE),
    }
    return render(request, "quizzes/queue/index.html", context)


def _item_or_404(group, kind: str, pk: int):
    model = MODELS.get(kind)
    if model is None:
        raise Http404("Unknown item kind.")
    return get_object_or_404(model, pk=pk, group=group)


@require_POST
@role_required(Role.EDITOR)
def item_decide(request: HttpRequest, kind: str, pk: int, decision: str) -> HttpResponse:
    group = group_for_member_or_404(request.user)
    item = _item_or_404(group, kind, pk)
    status = {"approve": ItemStatus.PUBLISHED, "reject": ItemStatus.REJECTED}[decision]
    if item.status == ItemStatus.DRAFT:
        item_set_status(item=item, status=status)
        verb = "Published" if status == ItemStatus.PUBLISHED else "Rejected"
    else:  # decided meanwhile (another editor, another tab): leave it as it is
        verb = f"Already {item.get_status_display().lower()}"
    if request.htmx:
        return render(
            request,
            "quizzes/queue/_decided.html",
            {"item": item, "kind": kind, "verb": verb},
        )
    messages.success(request, f"{verb}: {item}")
    return redirect("quizzes:queue")


@require_POST
@role_required(Role.EDITOR)
def note_approve_all(request: HttpRequest, note_id: int) -> HttpResponse:
    group = group_for_member_or_404(request.user)
    get_object_or_404(Note, pk=note_id, group=group)
    count = note_items_approve(group=group, note_id=note_id)
    messages.success(request, f"Published {count} item{'s' if count != 1 else ''}.")
    return redirect("quizzes:queue")


@require_http_methods(["GET", "POST"])
@role_required(Role.EDITOR)
def item_edit(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Edit an item, then publish it; regeneration never overwrites it afterwards."""
    group = group_for_member_or_404(request.user)
    item = _item_or_404(group, kind, pk)
    form_class = CardForm if kind == "card" else QuestionForm
    form = form_class(request.POST or None, instance=item)
    choices = ChoiceFormSet(request.POST or None, instance=item) if kind == "question" else None
    if request.method == "POST":
        valid = form.is_valid()
        valid = (choices.is_valid() if choices is not None else True) and valid
        if valid:
            edited = form.save(commit=False)
            edited.edited_by_hand = True
            edited.status = ItemStatus.PUBLISHED
            edited.save()
            if choices is not None:
                choices.save()
            messages.success(request, "Saved and published. Regeneration will leave it as it is.")
            return redirect("quizzes:queue")
    note = item.note
    lines = note.body.split("\n") if note else []
    context = {
        "form": form,
        "choices": choices,
        "item": item,
        "kind": kind,
        "source": source_lines(lines, item.line_start, item.line_end),
    }
    status = 400 if request.method == "POST" else 200  # reaching here on POST means errors
    return render(request, "quizzes/queue/edit.html", context, status=status)
