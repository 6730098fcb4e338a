"""Study days: a day starts at the group's rollover hour in its time zone (like Anki's 4 am).

Pure Python; shared by the study group model and the scheduler.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

__all__ = ["next_study_day_start", "study_day", "study_day_start"]


def study_day(now: datetime, time_zone: str, rollover_hour: int) -> date:
    """The study day `now` belongs to: a day runs from rollover_hour local to the next one."""
    local = now.astimezone(UTC).astimezone(ZoneInfo(time_zone))
    if local.hour < rollover_hour:
        return local.date() - timedelta(days=1)
    return local.date()


def study_day_start(day: date, time_zone: str, rollover_hour: int) -> datetime:
    """When study day `day` starts, in UTC.

    A rollover hour that does not exist that night (clocks jump forward) starts the day at
    the jump; one that happens twice (clocks go back) starts it at the first occurrence.
    """
    local = datetime.combine(day, time(rollover_hour), tzinfo=ZoneInfo(time_zone))
    return local.astimezone(UTC)


def next_study_day_start(now: datetime, time_zone: str, rollover_hour: int) -> datetime:
    """Start of the study day after the one `now` is in, in UTC (for "bury until tomorrow")."""
    tomorrow = study_day(now, time_zone, rollover_hour) + timedelta(days=1)
    return study_day_start(tomorrow, time_zone, rollover_hour)
