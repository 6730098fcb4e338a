"""Load the demo: syllabus, book, a demo group with an organizer, an editor and members,
the sample notes and the cards and questions generated from them (published).

Idempotent: running it twice leaves the same rows. It lives in `quizzes`, the app that sees
everything (quizzes imports notes, never the other way round).
"""

import datetime as dt
from dataclasses import replace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from notes.importing import read_upload
from notes.models import StudyGroup
from notes.roles import Role
from notes.services import notes_import
from notes.syllabus import FIXTURES, load_syllabus
from quizzes.demo import demo_history
from quizzes.services import note_items_approve

DEMO_PASSWORD = "studyhall-demo"
DEMO_GROUP = "DCA Thursday Study Group"
DEMO_USERS = [
    # username, first name, roles, staff
    ("organizer", "Olivia", [Role.ORGANIZER], True),
    ("editor", "Ed", [Role.EDITOR], True),
    ("member1", "Wyn", [], False),
    ("member2", "Priya", [], False),
    ("member3", "Tomás", [], False),
    ("member4", "Mei", [], False),
]


class Command(BaseCommand):
    help = "Create or refresh the demo data (safe to run again)."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        counts = load_syllabus()
        group, _ = StudyGroup.objects.get_or_create(
            name=DEMO_GROUP,
            defaults={"exam_date": timezone.localdate() + dt.timedelta(weeks=8)},
        )
        user_model = get_user_model()
        users = []
        for username, first_name, roles, staff in DEMO_USERS:
            user, created = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "email": f"{username}@example.com",
                    "is_staff": staff,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
            for role in roles:
                user.groups.add(Group.objects.get_or_create(name=role.value)[0])
            users.append(user)
        group.members.add(*users)
        group.organizers.add(*[u for u in users if u.username == "organizer"])
        self._import_sample_notes(group, author=users[2])
        reviews = demo_history(
            group, [u for u in users if u.username.startswith("member")], now=timezone.now()
        )

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {counts['domains']} domains, {counts['objectives']} objectives, "
                f"{counts['chapters']} chapters; group '{group.name}', exam on "
                f"{group.exam_date:%d %b %Y}; {reviews} demo reviews added."
            )
        )
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for username, _first, roles, _staff in DEMO_USERS:
            label = ", ".join(r.value.lower().rstrip("s") for r in roles) or "member"
            self.stdout.write(f"  {username:<10} {label}")

    def _import_sample_notes(self, group: StudyGroup, author) -> None:
        """The sample meeting notes of a real group, covering chapters 1-5."""
        sample = FIXTURES / "meeting-notes.md"
        files = [
            replace(file, title="Docker Deep Dive, chapters 1-5 (meeting notes)")
            for file in read_upload("README-01-05-meeting-notes.md", sample.read_bytes())
        ]
        report = notes_import(
            files=files, author=author, group=group, chapter_override=[1, 2, 3, 4, 5]
        )
        self._publish_generated(group, [line.note_id for line in report.lines])

    def _publish_generated(self, group: StudyGroup, note_ids: list[int]) -> None:
        """Importing generated drafts; the demo publishes them so members can start at once."""
        for note_id in note_ids:
            note_items_approve(group=group, note_id=note_id)
