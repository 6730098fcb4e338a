"""Recording answers exactly once, undo, and the bury / suspend / flag actions."""

from datetime import datetime

from django.core import signing
from django.db import IntegrityError, transaction

from quizzes.models import Card, CardState, ReviewLog
from quizzes.reviewing import (
    LEECH_LAPSES,
    NEW,
    REVIEW,
    TOKEN_SIGNER,
    AlreadyAnswered,
    card_seed,
    day_end,
    member_settings,
    scheduler_settings,
    today_for,
    token_key,
)
from quizzes.scheduling import review


def review_record(
    *, user, group, token: str, rating: int, now: datetime, duration_ms: int = 0
) -> ReviewLog:
    """Record one answer. Raises AlreadyAnswered for a replayed or stale token."""
    try:
        data = TOKEN_SIGNER.unsign_object(token)
    except signing.BadSignature:
        raise AlreadyAnswered("This card was shown in another session.") from None
    if data.get("u") != user.pk:
        raise AlreadyAnswered("This card was shown to someone else.")
    card_id, reps = int(data["c"]), int(data["r"])
    study = member_settings(user)
    try:
        with transaction.atomic():
            state = (
                CardState.objects.select_for_update()
                .filter(user=user, card_id=card_id, card__group=group)
                .first()
            )
            memory = state.memory() if state and state.state > NEW else None
            if (memory.reps if memory else 0) != reps:
                raise AlreadyAnswered("You answered this card already.")
            if (
                state is None
                and not Card.objects.published().filter(pk=card_id, group=group).exists()
            ):
                raise AlreadyAnswered("This card is no longer in your deck.")
            outcome = review(
                memory, rating, now, scheduler_settings(study, group), seed=card_seed(user, card_id)
            )
            snapshot = _snapshot(state)
            if state is None:
                state = CardState(user=user, card_id=card_id)
            state.set_memory(outcome.new_state)
            state.buried_until = None
            if _is_leech_lapse(outcome.new_state.lapses, outcome.previous_state, rating):
                state.leech = True
                state.suspended = True
            state.save()
            log = ReviewLog.from_outcome(
                outcome,
                user=user,
                card_id=card_id,
                token=token_key(token),
                study_day=today_for(group, now),
                duration_ms=max(0, min(duration_ms, 3_600_000)),
                snapshot=snapshot,
            )
            log.save()
            return log
    except IntegrityError:
        # The other request of a double submit got there first (unique token / state row).
        raise AlreadyAnswered("You answered this card already.") from None


def _is_leech_lapse(lapses: int, previous_state: int | None, rating: int) -> bool:
    """At 8 lapses a card is a leech; like Anki, again every 4 lapses after that."""
    lapsed = previous_state == REVIEW and rating == 1
    return lapsed and lapses >= LEECH_LAPSES and (lapses - LEECH_LAPSES) % 4 == 0


def _snapshot(state: CardState | None) -> dict | None:
    if state is None:
        return None
    return {
        "state": state.state,
        "step": state.step,
        "stability": state.stability,
        "difficulty": state.difficulty,
        "due": state.due.isoformat(),
        "last_review": state.last_review.isoformat() if state.last_review else None,
        "reps": state.reps,
        "lapses": state.lapses,
        "suspended": state.suspended,
        "leech": state.leech,
        "buried_until": state.buried_until.isoformat() if state.buried_until else None,
    }


def review_undo(*, user, group, now: datetime) -> ReviewLog | None:
    """Take back the member's last answer of today: restore the card's state, delete the log."""
    with transaction.atomic():
        log = (
            ReviewLog.objects.select_for_update()
            .filter(user=user, study_day=today_for(group, now))
            .order_by("-reviewed_at", "-pk")
            .first()
        )
        if log is None:
            return None
        snap = log.snapshot
        if snap is None:
            CardState.objects.filter(user=user, card_id=log.card_id).delete()
        else:
            CardState.objects.filter(user=user, card_id=log.card_id).update(
                state=snap["state"],
                step=snap["step"],
                stability=snap["stability"],
                difficulty=snap["difficulty"],
                due=datetime.fromisoformat(snap["due"]),
                last_review=datetime.fromisoformat(snap["last_review"])
                if snap["last_review"]
                else None,
                reps=snap["reps"],
                lapses=snap["lapses"],
                suspended=snap["suspended"],
                leech=snap["leech"],
                buried_until=datetime.fromisoformat(snap["buried_until"])
                if snap["buried_until"]
                else None,
            )
        log.delete()
        return log


def _state_for_action(user, group, card_id: int, now: datetime) -> CardState:
    card = Card.objects.published().filter(pk=card_id, group=group).first()
    if card is None:
        raise Card.DoesNotExist
    state, _ = CardState.objects.get_or_create(
        user=user, card=card, defaults={"state": NEW, "due": now}
    )
    return state


def card_bury(*, user, group, card_id: int, now: datetime) -> CardState:
    state = _state_for_action(user, group, card_id, now)
    state.buried_until = day_end(group, now)
    state.save(update_fields=["buried_until"])
    return state


def card_suspend(*, user, group, card_id: int, now: datetime, suspended: bool = True) -> CardState:
    state = _state_for_action(user, group, card_id, now)
    state.suspended = suspended
    state.save(update_fields=["suspended"])
    return state


def card_flag(*, user, group, card_id: int, now: datetime) -> CardState:
    state = _state_for_action(user, group, card_id, now)
    state.flag = CardState.Flag.NONE if state.flag else CardState.Flag.FLAGGED
    state.save(update_fields=["flag"])
    return state
