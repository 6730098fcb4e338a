"""The review page: front, reveal, four grades, undo, bury, suspend, flag."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from notes.models import Domain
from notes.selectors import group_for_member, group_for_member_or_404
from quizzes.answers import card_bury, card_flag, card_suspend, review_record, review_undo
from quizzes.models import Card
from quizzes.reviewing import (
    AlreadyAnswered,
    Deck,
    member_settings,
    next_card,
    next_due,
)

GRADE_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def _back_to_review(request: HttpRequest) -> HttpResponse:
    deck = Deck.from_query(request.POST)
    url = reverse("quizzes:review")
    return redirect(f"{url}?{deck.query()}" if deck.query() else url)


@require_GET
@vary_on_headers("HX-Request")
def review_page(request: HttpRequest) -> HttpResponse:
    group = group_for_member(request.user)
    deck = Deck.from_query(request.GET)
    study = member_settings(request.user)
    asked = request.GET.get("reveal", "")[:300]
    shown, counts = (
        next_card(request.user, group, deck, timezone.now(), study, pinned=asked)
        if group
        else (None, None)
    )
    reveal = shown is not None and asked == shown.token
    context = {
        "group": group,
        "deck": deck,
        "shown": shown,
        "counts": counts,
        "reveal": reveal,
        "grades": [(grade, GRADE_NAMES[grade], shown.intervals[grade]) for grade in GRADE_NAMES]
        if shown
        else [],
        "show_intervals": study.show_intervals,
    }
    if shown is None and group is not None:
        context["next_due"] = next_due(request.user, group, deck)
        context["study"] = study
        context["now"] = timezone.now()
        context["chapters"] = _deck_chapters(group)
        context["domains"] = Domain.objects.order_by("code")
    partial = request.htmx and not request.htmx.history_restore_request
    template = "quizzes/review/page.html#review" if partial else "quizzes/review/page.html"
    return render(request, template, context)


def _deck_chapters(group):
    from notes.models import Chapter

    return Chapter.objects.filter(
        pk__in=Card.objects.published().filter(group=group).values("chapter_id")
    ).order_by("number")


@require_POST
def review_answer(request: HttpRequest) -> HttpResponse:
    group = group_for_member_or_404(request.user)
    try:
        rating = int(request.POST.get("rating", ""))
        duration = int(request.POST.get("duration_ms") or 0)
    except ValueError:
        rating, duration = 0, 0
    if rating not in GRADE_NAMES:
        messages.error(request, "Choose Again, Hard, Good or Easy.")
        return _back_to_review(request)
    try:
        review_record(
            user=request.user,
            group=group,
            token=request.POST.get("token", ""),
            rating=rating,
            now=timezone.now(),
            duration_ms=duration,
        )
    except AlreadyAnswered as already:
        messages.info(request, f"{already} Here is the next card.")
    return _back_to_review(request)


@require_POST
def review_undo_view(request: HttpRequest) -> HttpResponse:
    undone = review_undo(
        user=request.user, group=group_for_member(request.user), now=timezone.now()
    )
    if undone is None:
        messages.info(request, "Nothing to undo today.")
    else:
        messages.success(request, f"Undid your “{GRADE_NAMES[undone.rating]}” answer.")
    return _back_to_review(request)


def _card_action(request: HttpRequest, action, done: str) -> HttpResponse:
    group = group_for_member_or_404(request.user)
    try:
        card_id = int(request.POST.get("card", ""))
        action(user=request.user, group=group, card_id=card_id, now=timezone.now())
    except (ValueError, Card.DoesNotExist):
        raise Http404("No such card.") from None
    messages.success(request, done)
    return _back_to_review(request)


@require_POST
def review_bury(request: HttpRequest) -> HttpResponse:
    return _card_action(request, card_bury, "Buried until tomorrow.")


@require_POST
def review_suspend(request: HttpRequest) -> HttpResponse:
    done = "Suspended: it won't come back until you unsuspend it in the card browser."
    return _card_action(request, card_suspend, done)


@require_POST
def review_flag(request: HttpRequest) -> HttpResponse:
    return _card_action(request, card_flag, "Flag toggled.")
