"""Reviewing: order, limits, siblings, one review per answer, undo, bury, suspend, leeches."""

import datetime as dt
import re
import threading

import pytest
from django.db import close_old_connections
from django.test import Client
from django.utils import timezone

from quizzes.answers import review_record
from quizzes.models import Card, CardState, ItemStatus, ReviewLog, StudySettings
from quizzes.reviewing import Deck, next_card
from tests.factories import make_note

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


def _cards(group, member, chapters, n=6, chapter=3, body_prefix="Fact"):
    body = "\n".join(
        f"- **Term{chapter}x{i}**: {body_prefix} tool number {i} about storage." for i in range(n)
    )
    note = make_note(
        author=member, group=group, title=f"Ch {chapter}", body=body, chapters=[chapters[chapter]]
    )
    Card.objects.filter(note=note).update(status=ItemStatus.PUBLISHED)
    return list(Card.objects.filter(note=note).order_by("line_start", "pk"))


@pytest.fixture
def deck(group, member, chapters):
    return _cards(group, member, chapters)


def _show(member, group, now=NOW, deck=None):
    return next_card(member, group, deck or Deck(), now)


def _answer(member, group, rating, now=NOW):
    shown, _ = _show(member, group, now)
    review_record(user=member, group=group, token=shown.token, rating=rating, now=now)
    return shown.card


def test_new_cards_come_in_book_order_with_interval_labels(member, group, deck, chapters):
    later = _cards(group, member, chapters, n=2, chapter=2, body_prefix="Early")
    shown, counts = _show(member, group)
    assert shown.card == later[0]  # chapter 2 before chapter 3
    assert counts.new == len(deck) + len(later) and counts.review == 0
    assert shown.intervals[1] == "1m" and shown.intervals[3] == "10m"


def test_learning_cards_come_back_first_when_due(member, group, deck):
    first = _answer(member, group, 1)  # Again: due in a minute
    shown, counts = _show(member, group, NOW + dt.timedelta(minutes=2))
    assert counts.learning == 1
    assert shown.card == first


def test_due_reviews_come_most_overdue_first(member, group, deck):
    for card, days in [(deck[0], 3), (deck[1], 9), (deck[2], 1)]:
        CardState.objects.create(
            user=member,
            card=card,
            state=2,
            stability=5,
            difficulty=5,
            due=NOW - dt.timedelta(days=days),
            last_review=NOW - dt.timedelta(days=20),
            reps=3,
        )
    shown, counts = _show(member, group)
    assert counts.review == 3
    assert shown.card == deck[1]


def test_the_daily_new_card_limit_holds(member, group, deck):
    StudySettings.objects.create(user=member, new_per_day=2)
    _answer(member, group, 4)
    _answer(member, group, 4)
    _, counts = _show(member, group, NOW + dt.timedelta(seconds=5))
    assert counts.new == 0


def test_siblings_wait_for_tomorrow(member, group, chapters):
    note = make_note(
        author=member,
        group=group,
        title="Pairs",
        body="Overlay2 ::: The default storage driver\n",
        chapters=[chapters[3]],
    )
    Card.objects.filter(note=note).update(status=ItemStatus.PUBLISHED)
    pair = list(Card.objects.filter(note=note))
    assert len(pair) == 2 and pair[0].sibling_key == pair[1].sibling_key
    _answer(member, group, 4)  # Easy: out of learning
    shown, counts = _show(member, group, NOW + dt.timedelta(minutes=1))
    assert shown is None and counts.new == 0
    shown, _ = _show(member, group, NOW + dt.timedelta(days=1))
    assert shown is not None


def test_the_same_answer_twice_records_one_review(member, group, deck):
    shown, _ = _show(member, group)
    review_record(user=member, group=group, token=shown.token, rating=3, now=NOW)
    from quizzes.reviewing import AlreadyAnswered

    with pytest.raises(AlreadyAnswered):
        review_record(user=member, group=group, token=shown.token, rating=3, now=NOW)
    assert ReviewLog.objects.count() == 1


def test_a_forged_or_foreign_token_is_refused(member, other_member, group, deck):
    from quizzes.reviewing import AlreadyAnswered

    shown, _ = _show(member, group)
    with pytest.raises(AlreadyAnswered):
        review_record(user=other_member, group=group, token=shown.token, rating=3, now=NOW)
    with pytest.raises(AlreadyAnswered):
        review_record(user=member, group=group, token=shown.token + "x", rating=3, now=NOW)
    assert not ReviewLog.objects.exists()


def test_eight_lapses_make_a_leech_that_is_suspended(member, group, deck):
    CardState.objects.create(
        user=member,
        card=deck[0],
        state=2,
        stability=2,
        difficulty=8,
        due=NOW - dt.timedelta(days=1),
        last_review=NOW - dt.timedelta(days=3),
        reps=20,
        lapses=7,
    )
    _answer(member, group, 1)
    state = CardState.objects.get(user=member, card=deck[0])
    assert state.lapses == 8 and state.leech and state.suspended


def test_no_interval_jumps_past_the_day_before_the_exam(member, group, deck):
    group.exam_date = dt.date(2026, 12, 6)
    group.save()
    CardState.objects.create(
        user=member,
        card=deck[0],
        state=2,
        stability=100,
        difficulty=3,
        due=NOW,
        last_review=NOW - dt.timedelta(days=60),
        reps=8,
    )
    _answer(member, group, 4)
    state = CardState.objects.get(user=member, card=deck[0])
    assert state.due <= dt.datetime(2026, 12, 5, 4, 0, tzinfo=dt.UTC)
    assert ReviewLog.objects.get().capped


# Through the pages ------------------------------------------------------------------------


def _token(html: str) -> str:
    return re.search(r'name="token" value="([^"]+)"', html).group(1)


def _reveal(client, url="/review/") -> str:
    html = client.get(url).content.decode()
    reveal = re.search(r'href="\?reveal=([^"&]+)', html).group(1)
    return client.get(f"{url}?reveal={reveal}").content.decode()


def test_the_review_page_reveals_and_answers(member_client, deck):
    page = _reveal(member_client)
    assert deck[0].back in page and "Again" in page and "Easy" in page
    response = member_client.post("/review/answer/", {"token": _token(page), "rating": 3})
    assert response.status_code == 302
    assert ReviewLog.objects.count() == 1
    again = member_client.post("/review/answer/", {"token": _token(page), "rating": 3}, follow=True)
    assert b"answered this card already" in again.content
    assert ReviewLog.objects.count() == 1


def test_undo_restores_the_card_and_deletes_the_log(member_client, member, deck):
    page = _reveal(member_client)
    member_client.post("/review/answer/", {"token": _token(page), "rating": 1})
    assert CardState.objects.filter(user=member).count() == 1
    member_client.post("/review/undo/")
    assert not ReviewLog.objects.exists()
    assert not CardState.objects.filter(user=member).exists()
    assert deck[0].front in member_client.get("/review/").content.decode()


def test_bury_suspend_and_flag(member_client, member, deck):
    member_client.post("/review/bury/", {"card": deck[0].pk})
    html = member_client.get("/review/").content.decode()
    assert deck[0].front not in html and deck[1].front in html
    member_client.post("/review/suspend/", {"card": deck[1].pk})
    member_client.post("/review/flag/", {"card": deck[2].pk})
    assert CardState.objects.get(user=member, card=deck[1]).suspended
    assert CardState.objects.get(user=member, card=deck[2]).flag == 1
    assert member_client.post("/review/bury/", {"card": 999999}).status_code == 404


def test_all_done_page_says_when_the_next_card_is_due(member_client, member, group, chapters):
    for card in _cards(group, member, chapters, n=1):
        CardState.objects.create(
            user=member,
            card=card,
            state=2,
            stability=10,
            difficulty=5,
            due=timezone.now() + dt.timedelta(days=3),
            last_review=timezone.now(),
            reps=2,
        )
    html = member_client.get("/review/").content.decode()
    assert "All done for today" in html and "The next card is due" in html


def test_a_chapter_deck_shows_only_that_chapter(member_client, member, group, chapters, deck):
    other = _cards(group, member, chapters, n=1, chapter=10, body_prefix="Swarm")
    html = member_client.get("/review/?chapter=10").content.decode()
    assert other[0].front in html
    assert deck[0].front not in html


def test_answers_need_post_and_a_valid_grade(member_client, deck):
    assert member_client.get("/review/answer/").status_code == 405
    page = _reveal(member_client)
    response = member_client.post(
        "/review/answer/", {"token": _token(page), "rating": 7}, follow=True
    )
    assert b"Choose Again, Hard, Good or Easy" in response.content
    assert not ReviewLog.objects.exists()


@pytest.mark.parametrize("size", [5, 40])
def test_next_card_and_answer_use_at_most_ten_queries(
    member_client, member, group, chapters, size, django_assert_max_num_queries
):
    _cards(group, member, chapters, n=size)
    page = _reveal(member_client)
    with django_assert_max_num_queries(10):
        member_client.post("/review/answer/", {"token": _token(page), "rating": 1})
    with django_assert_max_num_queries(10):
        member_client.get("/review/")


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_posts_of_one_answer_make_one_review(member, group, deck):
    shown, _ = _show(member, group, timezone.now())
    barrier = threading.Barrier(2)
    statuses = []

    def post() -> None:
        try:
            client = Client()
            client.force_login(member)
            barrier.wait(timeout=10)
            statuses.append(
                client.post("/review/answer/", {"token": shown.token, "rating": 3}).status_code
            )
        finally:
            close_old_connections()

    threads = [threading.Thread(target=post) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert statuses == [302, 302]
    assert ReviewLog.objects.count() == 1


def test_show_answer_reveals_the_card_on_screen_even_if_another_fell_due(member, group, deck):
    first = _answer(member, group, 1)  # Again: back in one minute
    shown, _ = _show(member, group, NOW + dt.timedelta(seconds=5))
    assert shown.card != first
    later = NOW + dt.timedelta(minutes=5)  # the first card is due again by now
    revealed, _ = next_card(member, group, Deck(), later, pinned=shown.token)
    assert revealed.card == shown.card and revealed.token == shown.token
    fresh, _ = next_card(member, group, Deck(), later)
    assert fresh.card == first


def test_undo_never_reaches_into_yesterday(member, group, deck):
    from quizzes.answers import review_undo

    _answer(member, group, 3)
    assert review_undo(user=member, group=group, now=NOW + dt.timedelta(days=1)) is None
    assert ReviewLog.objects.count() == 1
    assert review_undo(user=member, group=group, now=NOW) is not None
