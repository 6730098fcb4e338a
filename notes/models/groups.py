"""Study groups: who studies together, for which exam date, with which rules."""

import datetime as dt
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from notes.studydays import study_day


def validate_time_zone(value: str) -> None:
    if value not in available_timezones():
        raise ValidationError(
            "%(value)s is not a known time zone; use a name such as Europe/Berlin.",
            code="invalid_time_zone",
            params={"value": value},
        )


class StudyGroup(models.Model):
    name = models.CharField(max_length=120, unique=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="study_groups"
    )
    organizers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="organized_groups",
        help_text="Who runs this group (they need the Organizers role to plan meetings).",
    )
    exam_date = models.DateField(null=True, blank=True, help_text="Day of the DCA exam.")
    pass_target = models.PositiveSmallIntegerField(
        default=65,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="Score in percent that counts as a pass in mock exams.",
    )
    time_zone = models.CharField(
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text="Decides what 'today' means for reviews and streaks.",
    )
    rollover_hour = models.PositiveSmallIntegerField(
        default=4,
        validators=[MaxValueValidator(23)],
        help_text="Hour of the night when a new study day starts (like Anki's 4 am).",
    )
    auto_publish = models.BooleanField(
        default=False, help_text="Publish generated cards and questions without an editor's review."
    )
    mock_exam_questions = models.PositiveSmallIntegerField(
        default=55, validators=[MinValueValidator(1), MaxValueValidator(200)]
    )
    mock_exam_minutes = models.PositiveSmallIntegerField(
        default=90, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pass_target__gte=1, pass_target__lte=100),
                name="studygroup_pass_target_percent",
            ),
            models.CheckConstraint(
                condition=models.Q(rollover_hour__lte=23), name="studygroup_rollover_hour"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def study_day(self, now: dt.datetime | None = None) -> dt.date:
        """The group's current study day: a day starts at the rollover hour, local time."""
        return study_day(now or timezone.now(), self.time_zone, self.rollover_hour)

    def days_to_exam(self, now: dt.datetime | None = None) -> int | None:
        if self.exam_date is None:
            return None
        local_today = (now or timezone.now()).astimezone(self.zone).date()
        return (self.exam_date - local_today).days
