import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from notes.models import Book, Chapter, Domain, Objective, StudyGroup
from notes.syllabus import load_syllabus

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Domain.objects.count(),
        Objective.objects.count(),
        Book.objects.count(),
        Chapter.objects.count(),
    )


def test_the_syllabus_has_six_domains_weighing_one_hundred():
    load_syllabus()
    assert list(Domain.objects.values_list("code", "weight")) == [
        ("D1", 25),
        ("D2", 20),
        ("D3", 15),
        ("D4", 15),
        ("D5", 15),
        ("D6", 10),
    ]
    assert Objective.objects.count() == 83
    assert Objective.objects.filter(code="D1.03").get().domain.name == "Orchestration"
    assert Chapter.objects.count() == 17


def test_chapters_know_their_objectives_and_domains():
    load_syllabus()
    swarm = Chapter.objects.with_objectives().get(number=10)
    assert swarm.title == "Docker Swarm"
    assert {o.code for o in swarm.objectives.all()} >= {"D1.01", "D1.03", "D5.04"}
    assert [d.code for d in swarm.domains()] == ["D1", "D3", "D5"]


def test_loading_the_syllabus_twice_changes_nothing():
    load_syllabus()
    before = _counts()
    load_syllabus()
    assert _counts() == before


def test_seed_demo_is_idempotent_and_prints_the_logins(capsys):
    call_command("seed_demo")
    first = capsys.readouterr().out
    users = get_user_model().objects.count()
    before = (*_counts(), users, StudyGroup.objects.count())
    call_command("seed_demo")
    assert (*_counts(), get_user_model().objects.count(), StudyGroup.objects.count()) == before
    assert "member1" in first and "studyhall-demo" in first


def test_seed_demo_makes_a_group_with_roles_and_an_exam_eight_weeks_ahead():
    call_command("seed_demo")
    group = StudyGroup.objects.get()
    assert group.days_to_exam() == 56
    usernames = set(group.members.values_list("username", flat=True))
    assert usernames == {"organizer", "editor", "member1", "member2", "member3", "member4"}
    organizer = get_user_model().objects.get(username="organizer")
    assert organizer.groups.filter(name="Organizers").exists()
    assert get_user_model().objects.get(username="editor").groups.filter(name="Editors").exists()
    assert get_user_model().objects.get(username="member1").check_password("studyhall-demo")


def test_seed_demo_imports_the_sample_notes_for_chapters_1_to_5():
    from notes.models import Note

    call_command("seed_demo")
    call_command("seed_demo")
    note = Note.objects.get()
    assert note.chapter_numbers() == [1, 2, 3, 4, 5]
    assert note.author.username == "member1"
    assert "containerd" in note.body and "<strong>" in note.html
    assert note.revision == 1


def test_seed_demo_publishes_the_generated_items():
    from quizzes.models import Card, ItemStatus, Question

    call_command("seed_demo")
    cards = Card.objects.count()
    assert cards >= 40
    assert Question.objects.count() >= 15
    assert not Card.objects.exclude(status=ItemStatus.PUBLISHED).exists()
    call_command("seed_demo")
    assert Card.objects.count() == cards
