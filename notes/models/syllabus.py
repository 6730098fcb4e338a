"""The syllabus: DCA domains and objectives, the book and its chapters."""

from django.core.validators import MaxValueValidator
from django.db import models


class Domain(models.Model):
    """One of the six DCA exam domains, with its share of the exam in percent."""

    code = models.CharField(max_length=8, unique=True, help_text="Stable id such as D1.")
    name = models.CharField(max_length=120)
    weight = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(100)], help_text="Share of the exam questions, in percent."
    )

    class Meta:
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(weight__lte=100), name="domain_weight_lte_100"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Objective(models.Model):
    domain = models.ForeignKey(Domain, on_delete=models.CASCADE, related_name="objectives")
    code = models.CharField(max_length=12, unique=True, help_text="Stable id such as D1.03.")
    text = models.TextField()
    since = models.CharField(
        max_length=8, blank=True, help_text="Study guide version that added it."
    )
    retired = models.CharField(
        max_length=8, blank=True, help_text="Study guide version that dropped it, if any."
    )

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.text}"


class Book(models.Model):
    title = models.CharField(max_length=200, unique=True)
    author = models.CharField(max_length=200, blank=True)
    edition = models.CharField(max_length=100, blank=True)

    def __str__(self) -> str:
        return self.title


class ChapterQuerySet(models.QuerySet):
    def with_objectives(self) -> "ChapterQuerySet":
        return self.select_related("book").prefetch_related("objectives__domain")


class Chapter(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE, related_name="chapters")
    number = models.PositiveSmallIntegerField()
    part = models.CharField(max_length=120, blank=True)
    title = models.CharField(max_length=200)
    objectives = models.ManyToManyField(Objective, blank=True, related_name="chapters")

    objects = ChapterQuerySet.as_manager()

    class Meta:
        ordering = ["book_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["book", "number"], name="chapter_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def domains(self) -> list[Domain]:
        """Distinct domains of this chapter's objectives (uses prefetched objectives)."""
        seen: dict[int, Domain] = {}
        for objective in self.objectives.all():
            seen.setdefault(objective.domain_id, objective.domain)
        return sorted(seen.values(), key=lambda d: d.code)
