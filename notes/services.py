"""Writes on notes: create, update (with stale-revision detection), restore, delete, import.

Every saved body becomes a NoteRevision, so nothing a member wrote is ever lost.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from notes.importing import NoteFile
from notes.markdown import render_markdown
from notes.models import Chapter, Note, NoteRevision, StudyGroup

log = logging.getLogger(__name__)

# Called with the notes whose text, chapters or existence changed (generation hooks in here,
# from the quizzes app: notes never imports quizzes).
note_changed_hooks: list[Callable[[list[Note]], None]] = []


class StaleRevision(Exception):
    """The note was saved by someone else since the editor was opened."""

    def __init__(self, note: Note) -> None:
        super().__init__(f"Note {note.pk} is at revision {note.revision}.")
        self.note = note


def _text(value: str) -> str:
    # PostgreSQL refuses NUL in text columns; forms and imports already refuse them, and this
    # keeps every other caller from crashing on one.
    return value.replace("\x00", "\ufffd")


def _title(value: str) -> str:
    title = " ".join(_text(value).split())[:200]
    return title or "Untitled note"


def _render_into(note: Note) -> None:
    rendered = render_markdown(note.body)
    note.html = rendered.html
    note.toc = [
        {"level": entry.level, "title": entry.title, "anchor": entry.anchor}
        for entry in rendered.toc
    ]


def _notify(notes: list[Note]) -> None:
    """Run the hooks after the note is saved (outside its transaction, so slow work such as
    generation never holds the database's write lock). A failing hook is logged; the save
    stands."""
    if not notes:
        return
    for hook in note_changed_hooks:
        try:
            hook(notes)
        except Exception:
            log.exception("Note hook %s failed for notes %s", hook, [n.pk for n in notes])


def note_create(
    *,
    author,
    group: StudyGroup | None,
    title: str,
    body: str,
    chapters: Sequence[Chapter] = (),
    source_name: str = "",
    notify: bool = True,
) -> Note:
    title, body = _title(title), _text(body)
    with transaction.atomic():
        note = Note(author=author, group=group, title=title, body=body, source_name=source_name)
        _render_into(note)
        note.full_clean(exclude=["html", "toc"])
        note.save()
        note.chapters.set(chapters)
        NoteRevision.objects.create(note=note, number=1, title=title, body=body, author=author)
    if notify:
        _notify([note])
    return note


def note_update(
    *,
    note: Note,
    editor,
    title: str,
    body: str,
    chapters: Sequence[Chapter] | None = None,
    base_revision: int | None = None,
    comment: str = "",
    notify: bool = True,
) -> bool:
    """Save a new revision. Returns False when nothing changed.

    Raises StaleRevision when `base_revision` is older than the note's current revision:
    somebody saved in between, and silently overwriting their text would lose it.
    """
    title, body = _title(title), _text(body)
    with transaction.atomic():
        current = Note.objects.select_for_update().get(pk=note.pk)
        same_text = current.title == title and current.body == body
        if base_revision is not None and base_revision != current.revision and not same_text:
            # Someone saved in between. (The same text again is a double click: no conflict.)
            raise StaleRevision(current)
        chapters_changed = chapters is not None and {c.pk for c in chapters} != set(
            current.chapters.values_list("pk", flat=True)
        )
        if current.title == title and current.body == body and not chapters_changed:
            return False
        if chapters_changed:
            current.chapters.set(chapters)
        if current.title != title or current.body != body:
            current.title, current.body = title, body
            current.revision += 1
            _render_into(current)
            current.full_clean(exclude=["html", "toc"])
            NoteRevision.objects.create(
                note=current,
                number=current.revision,
                title=title,
                body=body,
                author=editor,
                comment=comment,
            )
        current.save()
    if notify:
        _notify([current])
    note.refresh_from_db()
    return True


def note_restore(*, note: Note, revision: NoteRevision, editor) -> bool:
    """Bring back an old revision as a new one (history is never rewritten)."""
    return note_update(
        note=note,
        editor=editor,
        title=revision.title,
        body=revision.body,
        comment=f"Restored revision {revision.number}",
    )


def note_delete(*, note: Note, user) -> None:
    note.deleted_at = timezone.now()
    note.deleted_by = user
    note.save(update_fields=["deleted_at", "deleted_by"])
    _notify([note])


def note_undelete(*, note: Note, notify: bool = True) -> None:
    note.deleted_at = None
    note.deleted_by = None
    note.save(update_fields=["deleted_at", "deleted_by"])
    if notify:
        _notify([note])


@dataclass
class ImportLine:
    name: str
    title: str
    chapters: tuple[int, ...]
    outcome: str  # "created", "updated", "unchanged"
    note_id: int


@dataclass
class ImportReport:
    lines: list[ImportLine] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)


def notes_import(
    *,
    files: Sequence[NoteFile],
    author,
    group: StudyGroup | None,
    chapter_override: Sequence[int] | None = None,
) -> ImportReport:
    """Create or revise one note per file, all or nothing.

    A file imported again (same file name in the same group) becomes a new revision of the
    note it made before, not a duplicate.
    """
    numbers = {n for f in files for n in (chapter_override or f.chapters)}
    chapters_by_number = {c.number: c for c in Chapter.objects.filter(number__in=numbers)}
    report = ImportReport()
    touched: list[Note] = []
    with transaction.atomic():
        for file in files:
            wanted = chapter_override or file.chapters
            chapters = [chapters_by_number[n] for n in wanted if n in chapters_by_number]
            source = file.name[-255:]
            existing = Note.objects.filter(group=group, source_name=source).first()
            if existing is not None and author is not None:
                _check_may_reimport(author, existing, file.name)
            if existing is None:
                note = note_create(
                    author=author,
                    group=group,
                    title=file.title,
                    body=file.body,
                    chapters=chapters,
                    source_name=source,
                    notify=False,
                )
                outcome = "created"
            else:
                if existing.deleted_at is not None:
                    note_undelete(note=existing, notify=False)
                changed = note_update(
                    note=existing,
                    editor=author,
                    title=file.title,
                    body=file.body,
                    chapters=chapters,
                    comment=f"Imported from {file.name}",
                    notify=False,
                )
                note, outcome = existing, ("updated" if changed else "unchanged")
            report.lines.append(
                ImportLine(
                    name=file.name,
                    title=note.title,
                    chapters=tuple(sorted(c.number for c in chapters)),
                    outcome=outcome,
                    note_id=note.pk,
                )
            )
            if outcome != "unchanged":
                touched.append(note)
    _notify(touched)
    return report


def _check_may_reimport(user, note: Note, name: str) -> None:
    """Importing a file again revises its note: only for those who may edit that note."""
    from notes.access import can_edit_note
    from notes.importing import ImportRefused
    from notes.roles import Role, has_role

    if note.deleted_at is not None and not has_role(user, Role.ORGANIZER):
        raise ImportRefused(
            f"{name} made a note that was deleted; ask an organizer to restore it from the "
            "trash, or rename the file to import it as a new note."
        )
    if not can_edit_note(user, note):
        owner = note.author.get_username() if note.author else "another member"
        raise ImportRefused(
            f"{name} was imported before by {owner}; only they, organizers and editors can "
            "update that note. Rename the file to import it as a new note."
        )
