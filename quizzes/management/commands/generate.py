"""Generate cards and questions from notes, or preview what Markdown files would give."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from notes.importing import ImportRefused, read_upload
from notes.models import Note
from notes.syllabus import BOOK_FILE, EXAM_FILE
from quizzes.generation import NoteInput, Syllabus, generate
from quizzes.sync import notes_sync


class Command(BaseCommand):
    help = (
        "Generate cards and questions from all notes (or --note ID). Unchanged notes are "
        "skipped without writing. --preview FILE... prints the drafts of Markdown files as "
        "JSON on standard output and writes nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--note", type=int, help="Only this note.")
        parser.add_argument("--force", action="store_true", help="Regenerate unchanged notes too.")
        parser.add_argument("--preview", nargs="+", metavar="FILE", help="Markdown files.")
        parser.add_argument("--chapter", type=int, action="append", help="Chapters for --preview.")

    def handle(self, *args, note=None, force=False, preview=None, chapter=None, **options):
        if preview:
            self._preview(preview, chapter)
            return
        notes = Note.objects.alive().prefetch_related("chapters").order_by("pk")
        if note is not None:
            notes = notes.filter(pk=note)
            if not notes:
                raise CommandError(f"No note with id {note}.")
        result = notes_sync(list(notes), force=force)
        self.stdout.write(self.style.SUCCESS(str(result)))

    def _preview(self, paths: list[str], chapters: list[int] | None) -> None:
        inputs = []
        for position, raw in enumerate(paths, start=1):
            path = Path(raw)
            if not path.is_file():
                raise CommandError(f"{raw} is not a file.")
            try:
                files = read_upload(path.name, path.read_bytes())
            except ImportRefused as refused:
                raise CommandError(refused.message) from None
            for file in files:
                inputs.append(
                    NoteInput(
                        note_id=position,
                        title=file.title,
                        body=file.body,
                        chapters=tuple(chapters or file.chapters),
                    )
                )
        drafts = generate(inputs, Syllabus.from_yaml_files(EXAM_FILE, BOOK_FILE))
        names = {position: path for position, path in enumerate(paths, start=1)}
        payload = {
            "cards": sum(1 for d in drafts if d.item_type == "card"),
            "questions": sum(1 for d in drafts if d.item_type == "question"),
            "drafts": [{"file": names[d.note_id], **d.to_dict()} for d in drafts],
        }
        self.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False))
