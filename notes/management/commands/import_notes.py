"""Import Markdown notes from files and folders: `manage.py import_notes PATH... [options]`."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from notes.importing import ImportRefused, read_upload
from notes.models import StudyGroup
from notes.selectors import group_for_member
from notes.services import notes_import

SUFFIXES = {".md", ".markdown", ".txt", ".zip"}


class Command(BaseCommand):
    help = (
        "Import notes from .md/.markdown/.txt files, zips of them, or folders holding them. "
        "File names give the chapters (README-08-topic.md → chapter 8, README-01-04.md → 1-4). "
        "Importing a file again adds a revision to its note instead of a duplicate."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", help="Files or folders.")
        parser.add_argument("--chapter", type=int, help="Chapter number for every file.")
        parser.add_argument("--author", help="Username of the author (decides the study group).")

    def handle(self, *args, paths: list[str], chapter: int | None, author: str | None, **opts):
        user, group = self._author_and_group(author)
        files = []
        try:
            for name, raw in self._collect(paths):
                files.extend(read_upload(name, raw))
        except ImportRefused as refused:
            raise CommandError(f"{refused} Nothing was imported.") from None
        if not files:
            raise CommandError("No .md, .markdown or .txt files found in the given paths.")
        try:
            report = notes_import(
                files=files,
                author=user,
                group=group,
                chapter_override=[chapter] if chapter else None,
            )
        except ImportRefused as refused:
            raise CommandError(f"{refused.message} Nothing was imported.") from None
        for line in report.lines:
            chapters = ",".join(map(str, line.chapters)) or "-"
            self.stdout.write(
                f"{line.outcome:<9} {line.name}  → “{line.title}” (chapters {chapters})"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(report.lines)} file(s): {report.count('created')} created, "
                f"{report.count('updated')} updated, {report.count('unchanged')} unchanged."
            )
        )

    def _author_and_group(self, username: str | None):
        if username:
            try:
                user = get_user_model().objects.get(username=username)
            except get_user_model().DoesNotExist:
                raise CommandError(f"No user named {username!r}.") from None
            group = group_for_member(user)
            if group is None:
                raise CommandError(f"{username} is in no study group; add them to one first.")
            return user, group
        groups = list(StudyGroup.objects.all()[:2])
        if len(groups) != 1:
            raise CommandError(
                "Pass --author USERNAME: it decides which study group gets the notes."
            )
        return None, groups[0]

    def _collect(self, paths: list[str]):
        for raw_path in paths:
            path = Path(raw_path)
            if path.is_dir():
                for file in sorted(path.rglob("*")):
                    relative = file.relative_to(path)
                    hidden = any(part.startswith(".") for part in relative.parts)
                    if file.is_file() and file.suffix.lower() in SUFFIXES and not hidden:
                        yield relative.as_posix(), file.read_bytes()
            elif path.is_file():
                yield path.name, path.read_bytes()
            else:
                raise CommandError(f"{raw_path} does not exist.")
