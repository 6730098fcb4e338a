"""The editor's queue: only editors; approve, reject, edit, approve all."""

import pytest

from notes.roles import Role
from quizzes.models import Card, ItemStatus, Question
from tests.factories import StudyGroupFactory, UserFactory, make_note
from tests.quizzes.conftest import DRIVERS


@pytest.fixture
def note(group, member, chapters):
    return make_note(
        author=member, group=group, title="Storage", body=DRIVERS, chapters=[chapters[3]]
    )


@pytest.fixture
def card(note):
    return Card.objects.filter(note=note).first()


@pytest.fixture
def question(note):
    return Question.objects.filter(note=note).first()


def test_editors_see_drafts_beside_their_source_lines(editor_client, note, card):
    response = editor_client.get("/cards/queue/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Storage" in html and card.front in html
    assert "src-hit" in html
    assert response.context["counts"]["draft"] == len(Card.objects.all()) + Question.objects.count()


def test_members_get_403_and_anonymous_a_login(member_client, client, note):
    assert member_client.get("/cards/queue/").status_code == 403
    assert client.get("/cards/queue/").status_code == 302


def test_approve_and_reject_with_htmx(editor_client, card, question):
    response = editor_client.post(
        f"/cards/queue/card/{card.pk}/approve/", headers={"HX-Request": "true"}
    )
    assert response.status_code == 200 and b"Published" in response.content
    card.refresh_from_db()
    assert card.status == ItemStatus.PUBLISHED
    editor_client.post(f"/cards/queue/question/{question.pk}/reject/")
    question.refresh_from_db()
    assert question.status == ItemStatus.REJECTED


def test_decisions_need_post(editor_client, card):
    assert editor_client.get(f"/cards/queue/card/{card.pk}/approve/").status_code == 405


def test_another_groups_items_are_404(client, card):
    other_editor = UserFactory(username="other-editor", roles=[Role.EDITOR])
    StudyGroupFactory(members=[other_editor])
    client.force_login(other_editor)
    assert client.post(f"/cards/queue/card/{card.pk}/approve/").status_code == 404
    assert client.get(f"/cards/queue/card/{card.pk}/edit/").status_code == 404
    assert client.post(f"/cards/queue/bogus/{card.pk}/approve/").status_code == 404


def test_approve_all_of_a_note(editor_client, note):
    editor_client.post(f"/cards/queue/notes/{note.pk}/approve-all/")
    assert not Card.objects.filter(note=note, status=ItemStatus.DRAFT).exists()
    assert not Question.objects.filter(note=note, status=ItemStatus.DRAFT).exists()


def test_editing_a_card_publishes_it_and_protects_it(editor_client, card):
    response = editor_client.post(
        f"/cards/queue/card/{card.pk}/edit/",
        {
            "kind": "basic",
            "front": "What supervises container execution?",
            "back": "containerd",
            "explanation": card.explanation,
        },
    )
    assert response.status_code == 302
    card.refresh_from_db()
    assert card.edited_by_hand and card.status == ItemStatus.PUBLISHED
    assert card.back == "containerd"


def test_a_question_needs_one_right_option(editor_client, question):
    choices = list(question.choices.all())
    data = {
        "kind": "single",
        "stem": question.stem,
        "explanation": "",
        "choices-TOTAL_FORMS": len(choices) + 1,
        "choices-INITIAL_FORMS": len(choices),
        "choices-MIN_NUM_FORMS": 0,
        "choices-MAX_NUM_FORMS": 1000,
    }
    for i, choice in enumerate(choices):
        data[f"choices-{i}-id"] = choice.pk
        data[f"choices-{i}-text"] = choice.text
        # every option marked correct: not a single-answer question any more
        data[f"choices-{i}-correct"] = "on"
    response = editor_client.post(f"/cards/queue/question/{question.pk}/edit/", data)
    assert response.status_code == 400
    assert b"exactly one correct option" in response.content
    question.refresh_from_db()
    assert question.status == ItemStatus.DRAFT


def test_the_note_page_lists_its_items_with_status(member_client, note, card):
    html = member_client.get(f"/notes/{note.pk}/").content.decode()
    assert "Cards and questions from this note" in html
    assert card.front in html and "Draft" in html


def test_a_stale_queue_page_cannot_undo_another_decision(editor_client, card):
    editor_client.post(f"/cards/queue/card/{card.pk}/reject/")
    editor_client.post(f"/cards/queue/card/{card.pk}/approve/")  # the old page's button
    card.refresh_from_db()
    assert card.status == ItemStatus.REJECTED
