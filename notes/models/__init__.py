from notes.models.groups import StudyGroup, validate_time_zone
from notes.models.notes import Note, NoteQuerySet, NoteRevision
from notes.models.syllabus import Book, Chapter, ChapterQuerySet, Domain, Objective

__all__ = [
    "Book",
    "Chapter",
    "ChapterQuerySet",
    "Domain",
    "Note",
    "NoteQuerySet",
    "NoteRevision",
    "Objective",
    "StudyGroup",
    "validate_time_zone",
]
