"""The admin: editors curate their own group's items; organizers manage their own groups."""

from quizzes.models import Card
from tests.factories import StudyGroupFactory, UserFactory, make_note
from tests.quizzes.conftest import DRIVERS


def test_editors_see_only_their_groups_cards_in_the_admin(editor_client, group, member, chapters):
    make_note(author=member, group=group, body=DRIVERS, chapters=[chapters[3]])
    stranger = UserFactory(username="stranger")
    elsewhere = StudyGroupFactory(members=[stranger])
    make_note(author=stranger, group=elsewhere, title="Other", body="**Raft**: consensus.\n")
    response = editor_client.get("/admin/quizzes/card/")
    assert response.status_code == 200
    shown = {c.pk for c in response.context["cl"].result_list}
    assert shown == set(Card.objects.filter(group=group).values_list("pk", flat=True))


def test_an_admin_edit_marks_the_card_as_edited_by_hand(editor_client, group, member, chapters):
    make_note(author=member, group=group, body=DRIVERS, chapters=[chapters[3]])
    card = Card.objects.filter(group=group).first()
    data = {
        "group": group.pk,
        "status": "published",
        "kind": card.kind,
        "front": card.front,
        "back": "Better wording",
        "explanation": "",
        "status_before_retire": "",
    }
    response = editor_client.post(f"/admin/quizzes/card/{card.pk}/change/", data)
    assert response.status_code == 302, response.content[:2000]
    card.refresh_from_db()
    assert card.edited_by_hand and card.back == "Better wording"


def test_organizers_manage_only_the_groups_they_organize(organizer_client, group):
    other = StudyGroupFactory(name="Another group")
    assert organizer_client.get(f"/admin/notes/studygroup/{group.pk}/change/").status_code == 200
    assert organizer_client.get(f"/admin/notes/studygroup/{other.pk}/change/").status_code == 302
