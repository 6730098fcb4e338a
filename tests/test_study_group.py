import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from notes.models import StudyGroup

UTC = dt.UTC


def _group(**kwargs) -> StudyGroup:
    return StudyGroup(name="g", **kwargs)


def test_a_study_day_starts_at_the_rollover_hour_local_time():
    group = _group(time_zone="Europe/Berlin", rollover_hour=4)
    # 01:30 UTC is 02:30 in Berlin in winter: still yesterday's study day.
    assert group.study_day(dt.datetime(2026, 12, 3, 1, 30, tzinfo=UTC)) == dt.date(2026, 12, 2)
    # 03:30 UTC is 04:30 in Berlin: a new day has begun.
    assert group.study_day(dt.datetime(2026, 12, 3, 3, 30, tzinfo=UTC)) == dt.date(2026, 12, 3)


def test_days_to_exam_counts_calendar_days_in_the_group_zone():
    group = _group(time_zone="America/New_York", exam_date=dt.date(2026, 12, 10))
    # 02:00 UTC on the 3rd is still the 2nd in New York.
    assert group.days_to_exam(dt.datetime(2026, 12, 3, 2, 0, tzinfo=UTC)) == 8
    assert _group().days_to_exam() is None


@pytest.mark.django_db
def test_an_unknown_time_zone_is_refused_with_a_clear_message():
    group = _group(time_zone="Mars/Olympus")
    with pytest.raises(ValidationError) as error:
        group.full_clean()
    assert "Mars/Olympus is not a known time zone" in str(error.value)


def test_defaults_follow_the_real_exam():
    group = _group()
    assert (group.pass_target, group.mock_exam_questions, group.mock_exam_minutes) == (65, 55, 90)
    assert group.rollover_hour == 4 and group.auto_publish is False


@pytest.mark.django_db
def test_the_database_refuses_a_pass_target_over_100():
    with pytest.raises(IntegrityError):
        StudyGroup.objects.create(name="bad", pass_target=120)
