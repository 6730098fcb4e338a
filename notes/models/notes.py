"""Chapter notes in Markdown and every saved revision of them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from notes.models.groups import StudyGroup
from notes.models.syllabus import Chapter


class NoteQuerySet(models.QuerySet):
    def alive(self) -> "NoteQuerySet":
        return self.filter(deleted_at__isnull=True)

    def visible_to(self, user) -> "NoteQuerySet":
        """Notes of the study groups the user belongs to (deleted ones excluded)."""
        if not user.is_authenticated:
            return self.none()
        return self.alive().filter(group__in=StudyGroup.objects.filter(members=user))

    def for_list(self) -> "NoteQuerySet":
        return self.select_related("author").prefetch_related("chapters")

    def search(self, text: str) -> "NoteQuerySet":
        """Notes containing every word of `text` (title or body).

        PostgreSQL uses full-text search with prefix matching on the 'simple' configuration
        (no stemming), so plain words find the same notes as the substring search on SQLite.
        """
        words = [w for w in text.split() if w.strip()]
        if not words:
            return self
        from django.db import connection

        if connection.vendor == "postgresql":
            from django.contrib.postgres.search import SearchQuery, SearchVector

            terms = [_tsquery_term(w) for w in words]
            terms = [t for t in terms if t]
            if terms:
                query = SearchQuery(" & ".join(terms), config="simple", search_type="raw")
                vector = SearchVector("title", "body", config="simple")
                return self.annotate(_search=vector).filter(_search=query)
        condition = Q()
        for word in words:
            condition &= Q(title__icontains=word) | Q(body__icontains=word)
        return self.filter(condition)


def _tsquery_term(word: str) -> str:
    # Keep letters, digits and a few joiners; quote the lexeme so tsquery syntax can't leak in.
    cleaned = "".join(ch for ch in word.lower() if ch.isalnum() or ch in "-_.")
    cleaned = cleaned.strip("-_.")
    return f"'{cleaned}':*" if cleaned else ""


class Note(models.Model):
    group = models.ForeignKey(
        StudyGroup, on_delete=models.CASCADE, related_name="notes", null=True, blank=True
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notes",
    )
    title = models.CharField(max_length=200)
    chapters = models.ManyToManyField(Chapter, blank=True, related_name="notes")
    body = models.TextField(blank=True, help_text="Markdown.")
    html = models.TextField(blank=True, editable=False, help_text="Sanitized HTML of the body.")
    toc = models.JSONField(default=list, blank=True, editable=False)
    revision = models.PositiveIntegerField(default=1)
    source_name = models.CharField(
        max_length=255, blank=True, help_text="File name the note was imported from."
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = NoteQuerySet.as_manager()

    class Meta:
        ordering = ["-updated", "-pk"]
        indexes = [models.Index(fields=["group", "-updated"])]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "source_name"],
                condition=~Q(source_name=""),
                name="note_unique_source_per_group",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("notes:detail", args=[self.pk])

    def chapter_numbers(self) -> list[int]:
        return sorted(chapter.number for chapter in self.chapters.all())


class NoteRevision(models.Model):
    note = models.ForeignKey(Note, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    comment = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["note", "number"], name="revision_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.note} r{self.number}"
