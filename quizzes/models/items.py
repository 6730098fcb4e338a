"""Cards and questions: drafts made from notes, curated by editors, drilled by members."""

from django.db import models

from notes.models import Chapter, Domain, Note, Objective, StudyGroup


class ItemStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    REJECTED = "rejected", "Rejected"
    RETIRED = "retired", "Retired"


class CardKind(models.TextChoices):
    BASIC = "basic", "Basic"
    REVERSED = "reversed", "Reversed pair"
    CLOZE = "cloze", "Cloze"
    LIST = "list", "List"


class QuestionKind(models.TextChoices):
    SINGLE = "single", "Single answer"
    CHOOSE_N = "choose_n", "Choose N"


class ItemQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ItemStatus.PUBLISHED)

    def drafts(self):
        return self.filter(status=ItemStatus.DRAFT)

    def for_group(self, group):
        return self.filter(group=group)

    def for_domain(self, domain):
        return self.filter(domain=domain)


class GeneratedItem(models.Model):
    """What cards and questions share: where they came from and where they stand."""

    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(
        max_length=10, choices=ItemStatus.choices, default=ItemStatus.DRAFT, db_index=True
    )
    note = models.ForeignKey(
        Note, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    line_start = models.PositiveIntegerField(null=True, blank=True)
    line_end = models.PositiveIntegerField(null=True, blank=True)
    rule = models.CharField(max_length=40, blank=True, help_text="The rule that made it.")
    fingerprint = models.CharField(
        max_length=64, help_text="Hash of rule and normalized source text."
    )
    sibling_key = models.CharField(max_length=64, blank=True, db_index=True)
    domain = models.ForeignKey(
        Domain, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    objective = models.ForeignKey(
        Objective, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    chapter = models.ForeignKey(
        Chapter, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    explanation = models.TextField(blank=True, help_text="The source sentence.")
    status_before_retire = models.CharField(
        max_length=10,
        choices=ItemStatus.choices,
        blank=True,
        help_text="What it was before it was retired, so it comes back the same way.",
    )
    edited_by_hand = models.BooleanField(
        default=False, help_text="Edited by an editor: regeneration never overwrites it."
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ItemQuerySet.as_manager()

    class Meta:
        abstract = True


class Card(GeneratedItem):
    kind = models.CharField(max_length=10, choices=CardKind.choices, default=CardKind.BASIC)
    front = models.TextField()
    back = models.TextField()

    class Meta:
        ordering = ["note_id", "line_start", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "fingerprint"], name="card_unique_fingerprint_per_group"
            )
        ]
        indexes = [models.Index(fields=["group", "status"], name="card_group_status")]

    def __str__(self) -> str:
        return self.front[:80]


class Question(GeneratedItem):
    kind = models.CharField(
        max_length=10, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    stem = models.TextField()

    class Meta:
        ordering = ["note_id", "line_start", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "fingerprint"], name="question_unique_fingerprint_per_group"
            )
        ]
        indexes = [models.Index(fields=["group", "status"], name="question_group_status")]

    def __str__(self) -> str:
        return self.stem[:80]


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.TextField()
    correct = models.BooleanField(default=False)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["question_id", "order", "pk"]

    def __str__(self) -> str:
        return f"{'✓' if self.correct else '✗'} {self.text[:60]}"


class NoteGeneration(models.Model):
    """What body a note had when its items were last generated (unchanged → nothing to do)."""

    note = models.OneToOneField(Note, on_delete=models.CASCADE, related_name="+")
    source_hash = models.CharField(max_length=64)
    generated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"generation of note {self.note_id}"
