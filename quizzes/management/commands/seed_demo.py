"""Load the demo: syllabus, book, a demo group with an organizer, an editor and members.

Idempotent: running it twice leaves the same rows. Later features add their demo data here.
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

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {counts['domains']} domains, {counts['objectives']} objectives, "
                f"{counts['chapters']} chapters; group '{group.name}', exam on "
                f"{group.exam_date:%d %b %Y}."
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
        notes_import(files=files, author=author, group=group, chapter_override=[1, 2, 3, 4, 5])
