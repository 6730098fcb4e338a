"""Shared helpers for the pure scheduling and export tests (no database)."""

from datetime import UTC, datetime

import pytest

from quizzes.scheduling import SchedulerSettings


@pytest.fixture
def t0() -> datetime:
    return datetime(2026, 9, 1, 18, 30, tzinfo=UTC)


@pytest.fixture
def no_fuzz() -> SchedulerSettings:
    return SchedulerSettings(enable_fuzzing=False)
