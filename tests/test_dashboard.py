import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import StudyGroupFactory


def test_the_dashboard_shows_todays_reviews(member_client, group):
    html = member_client.get("/").content.decode()
    assert "Nothing due right now" in html


def test_the_dashboard_shows_the_group_and_the_exam_countdown(member_client, group):
    response = member_client.get("/")
    html = response.content.decode()
    assert "Thursday DCA group" in html
    assert "56</strong> days to the exam" in html
    assert "pass target 65 %" in html


def test_a_member_without_a_group_is_told_what_to_do(client, outsider):
    client.force_login(outsider)
    html = client.get("/").content.decode()
    assert "You are not in a study group yet" in html


def test_exam_day_and_a_past_exam_read_naturally(member_client, member):
    group = StudyGroupFactory(members=[member], exam_date=timezone.localdate())
    assert "Exam day." in member_client.get("/").content.decode()
    group.exam_date = timezone.localdate() - dt.timedelta(days=3)
    group.save()
    assert "The exam was on" in member_client.get("/").content.decode()


def test_navigation_depends_on_the_role(member_client, organizer_client, group):
    assert 'href="/admin/"' not in member_client.get("/").content.decode()
    organizer_html = organizer_client.get("/").content.decode()
    assert 'href="/admin/"' in organizer_html
    assert "organizer</span>" in organizer_html


def test_the_dashboard_uses_few_queries(member_client, group, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):  # session, user, roles, group, today's counts
        member_client.get("/")


@pytest.mark.parametrize("width", [375])
def test_the_layout_declares_a_mobile_viewport(member_client, group, width):
    html = member_client.get("/").content.decode()
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in html


def test_times_show_in_the_groups_time_zone(member_client, member):
    from notes.models import Note

    group = StudyGroupFactory(members=[member], time_zone="Asia/Tokyo")
    note = Note.objects.create(group=group, author=member, title="Tokyo", body="x")
    Note.objects.filter(pk=note.pk).update(updated="2026-12-01T00:30:00Z")
    html = member_client.get(f"/notes/{note.pk}/").content.decode()
    assert "1 Dec 2026, 09:30" in html


def test_the_dashboard_counts_cards_waiting_today(member_client, group, member):
    from quizzes.models import Card, ItemStatus
    from tests.factories import make_note

    make_note(author=member, group=group, body="- **Raft**: the consensus algorithm of swarm.\n")
    Card.objects.update(status=ItemStatus.PUBLISHED)
    html = member_client.get("/").content.decode()
    assert f"{Card.objects.count()} new" in html and "Start reviewing" in html
