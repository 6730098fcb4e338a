"""Per-member memory of each card (FSRS state), the review log and study settings."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from quizzes.models.items import Card
from quizzes.scheduling import MAX_RETENTION, MIN_RETENTION, MemoryState, ReviewOutcome


class StudySettings(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="study_settings"
    )
    desired_retention = models.FloatField(
        default=0.90,
        validators=[MinValueValidator(MIN_RETENTION), MaxValueValidator(MAX_RETENTION)],
        help_text="Share of cards you want to still remember when they come due.",
    )
    new_per_day = models.PositiveSmallIntegerField(
        default=20, validators=[MaxValueValidator(500)], help_text="New cards a day."
    )
    reviews_per_day = models.PositiveSmallIntegerField(
        default=200, validators=[MaxValueValidator(5000)], help_text="Reviews a day."
    )
    show_intervals = models.BooleanField(
        default=True, help_text="Show the next interval on each grade button."
    )

    class Meta:
        verbose_name_plural = "study settings"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(desired_retention__gte=MIN_RETENTION)
                & models.Q(desired_retention__lte=MAX_RETENTION),
                name="studysettings_retention_range",
            )
        ]

    def __str__(self) -> str:
        return f"study settings of {self.user}"


class CardState(models.Model):
    """One member's memory of one card. No row until the card is first seen."""

    class Flag(models.IntegerChoices):
        NONE = 0, "No flag"
        FLAGGED = 1, "Flagged"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="states")
    state = models.PositiveSmallIntegerField(
        help_text="FSRS state: 1 learning, 2 review, 3 relearning."
    )
    step = models.PositiveSmallIntegerField(null=True, blank=True)
    stability = models.FloatField(null=True, blank=True)
    difficulty = models.FloatField(null=True, blank=True)
    due = models.DateTimeField()
    last_review = models.DateTimeField(null=True, blank=True)
    reps = models.PositiveIntegerField(default=0)
    lapses = models.PositiveIntegerField(default=0)
    suspended = models.BooleanField(default=False)
    buried_until = models.DateTimeField(null=True, blank=True)
    flag = models.PositiveSmallIntegerField(choices=Flag.choices, default=Flag.NONE)
    leech = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "card"], name="cardstate_unique_user_card")
        ]
        indexes = [models.Index(fields=["user", "due"], name="cardstate_user_due")]

    def __str__(self) -> str:
        return f"{self.user} / card {self.card_id}"

    def memory(self) -> MemoryState:
        return MemoryState(
            state=self.state,
            step=self.step,
            stability=self.stability,
            difficulty=self.difficulty,
            due=self.due,
            last_review=self.last_review,
            reps=self.reps,
            lapses=self.lapses,
        )

    def set_memory(self, memory: MemoryState) -> None:
        self.state = memory.state
        self.step = memory.step
        self.stability = memory.stability
        self.difficulty = memory.difficulty
        self.due = memory.due
        self.last_review = memory.last_review
        self.reps = memory.reps
        self.lapses = memory.lapses


class ReviewLog(models.Model):
    """One answer. The token makes a double submit record one review, never two."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="review_logs")
    token = models.CharField(max_length=64)
    rating = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    reviewed_at = models.DateTimeField()
    study_day = models.DateField(help_text="The member's study day (group zone, rollover).")
    duration_ms = models.PositiveIntegerField(default=0)
    state_before = models.PositiveSmallIntegerField(null=True, blank=True, help_text="None: new.")
    state_after = models.PositiveSmallIntegerField()
    stability_after = models.FloatField(null=True)
    difficulty_after = models.FloatField(null=True)
    interval_seconds = models.BigIntegerField()
    retrievability = models.FloatField(default=0)
    capped = models.BooleanField(default=False, help_text="Shortened by the exam-date cap.")
    snapshot = models.JSONField(
        null=True, blank=True, help_text="The card state before the answer, for undo."
    )

    class Meta:
        ordering = ["-reviewed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="reviewlog_unique_token")
        ]
        indexes = [
            models.Index(fields=["user", "study_day"], name="reviewlog_user_day"),
            models.Index(fields=["user", "-reviewed_at"], name="reviewlog_user_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.user} rated card {self.card_id}: {self.rating}"

    @classmethod
    def from_outcome(cls, outcome: ReviewOutcome, **fields) -> "ReviewLog":
        """An unsaved log of a scheduler outcome; `fields` add user, card, token, day…"""
        return cls(
            rating=outcome.rating,
            reviewed_at=outcome.reviewed_at,
            state_before=outcome.previous_state,
            state_after=outcome.new_state.state,
            stability_after=outcome.new_state.stability,
            difficulty_after=outcome.new_state.difficulty,
            interval_seconds=int(outcome.interval.total_seconds()),
            retrievability=outcome.retrievability,
            capped=outcome.capped,
            **fields,
        )
