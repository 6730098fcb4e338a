"""The card browser, the member's study settings and the Anki export."""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import FilteredRelation, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from notes.models import Chapter, Domain
from notes.selectors import group_for_member_or_404
from quizzes.anki import AnkiCard, apkg_bytes
from quizzes.models import Card, CardState, ReviewLog, StudySettings
from quizzes.reviewing import NEW, Deck, member_settings

STATES = ["new", "learning", "review", "suspended", "buried", "flagged", "leech"]
PAGE_SIZE = 30


def _state_filter(state: str, now) -> Q:
    """`mine` is the member's own CardState of each card (a FilteredRelation)."""
    return {
        "new": Q(mine__isnull=True) | Q(mine__state=NEW),
        "learning": Q(mine__state__in=(1, 3)),
        "review": Q(mine__state=2),
        "suspended": Q(mine__suspended=True),
        "buried": Q(mine__buried_until__gt=now),
        "flagged": Q(mine__flag__gt=0),
        "leech": Q(mine__leech=True),
    }.get(state, Q())


@require_GET
def card_browser(request: HttpRequest) -> HttpResponse:
    group = group_for_member_or_404(request.user)
    now = timezone.now()
    deck = Deck.from_query(request.GET)
    query = request.GET.get("q", "").strip()[:200]
    state = request.GET.get("state", "")
    due = request.GET.get("due", "")
    cards = deck.filter(Card.objects.published().filter(group=group)).annotate(
        mine=FilteredRelation("states", condition=Q(states__user=request.user))
    )
    if query:
        cards = cards.filter(Q(front__icontains=query) | Q(back__icontains=query))
    if state in STATES:
        cards = cards.filter(_state_filter(state, now))
    if due == "today":
        cards = cards.filter(mine__due__lte=now, mine__state__gt=NEW)
    cards = cards.select_related("note", "chapter", "domain").prefetch_related(
        Prefetch(
            "states", queryset=CardState.objects.filter(user=request.user), to_attr="my_states"
        ),
        Prefetch(
            "review_logs",
            queryset=ReviewLog.objects.filter(user=request.user).order_by("-reviewed_at"),
            to_attr="my_logs",
        ),
    )
    page = Paginator(cards.order_by("chapter__number", "note_id", "line_start", "pk"), PAGE_SIZE)
    context = {
        "page": page.get_page(request.GET.get("page")),
        "query": query,
        "state": state,
        "due": due,
        "deck": deck,
        "states": STATES,
        "chapters": Chapter.objects.order_by("number").only("number", "title"),
        "domains": Domain.objects.order_by("code"),
        "now": now,
    }
    return render(request, "quizzes/cards/browser.html", context)


@require_POST
def card_restore(request: HttpRequest, pk: int) -> HttpResponse:
    """Unsuspend and unbury one of the member's cards."""
    group = group_for_member_or_404(request.user)
    updated = CardState.objects.filter(user=request.user, card_id=pk, card__group=group).update(
        suspended=False, buried_until=None
    )
    if not updated:
        raise Http404("No such card in your collection.")
    messages.success(request, "The card is back in your reviews.")
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return redirect(target if safe and target.startswith("/") else reverse("quizzes:cards"))


class StudySettingsForm(forms.ModelForm):
    desired_retention = forms.TypedChoiceField(
        coerce=float,
        choices=[(r / 100, f"{r} %") for r in range(80, 98)],
        help_text=(
            "How sure you want to be of remembering a card when it comes due. Higher means "
            "shorter intervals and more reviews every day: going from 90 % to 95 % roughly "
            "doubles the daily workload; 85 % saves about a third."
        ),
    )

    class Meta:
        model = StudySettings
        fields = ["desired_retention", "new_per_day", "reviews_per_day", "show_intervals"]
        labels = {
            "new_per_day": "New cards a day",
            "reviews_per_day": "Maximum reviews a day",
            "show_intervals": "Show the next interval on the grade buttons",
        }


@require_http_methods(["GET", "POST"])
def study_settings(request: HttpRequest) -> HttpResponse:
    # get_or_create: two first saves at once (two tabs, a retry) must not collide.
    current = member_settings(request.user)
    if request.method == "POST" and current.pk is None:
        current, _ = StudySettings.objects.get_or_create(user=request.user)
    form = StudySettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Study settings saved.")
        return redirect("quizzes:settings")
    return render(request, "quizzes/cards/settings.html", {"form": form})


@require_GET
def anki_export(request: HttpRequest) -> HttpResponse:
    group = group_for_member_or_404(request.user)
    deck = Deck.from_query(request.GET)
    cards = (
        deck.filter(Card.objects.published().filter(group=group))
        .select_related("chapter", "domain", "note")
        .order_by("chapter__number", "note_id", "line_start", "pk")
    )
    package = apkg_bytes([_anki_card(card) for card in cards], deck_name=_deck_name(group, deck))
    response = HttpResponse(package, content_type="application/apkg")
    response["Content-Disposition"] = 'attachment; filename="dca-study-hall.apkg"'
    return response


def _deck_name(group, deck: Deck) -> str:
    name = f"DCA Study Hall::{group.name}"
    if deck.chapter:
        name += f"::Chapter {deck.chapter:02d}"
    if deck.domain:
        name += f"::{deck.domain}"
    return name


def _anki_card(card: Card) -> AnkiCard:
    front = card.front
    if card.kind == "cloze":
        front = front.replace("[...]", "{{c1::" + card.back + "}}", 1)
        if "{{c1::" not in front:
            front = f"{front} {{{{c1::{card.back}}}}}"
    return AnkiCard(
        fingerprint=card.fingerprint,
        kind=card.kind,
        front=front,
        back=card.back,
        explanation=card.explanation,
        chapter=card.chapter.number if card.chapter else None,
        domain=f"{card.domain.code} {card.domain.name}" if card.domain else None,
        source=card.note.title if card.note else "",
    )
