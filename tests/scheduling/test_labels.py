from datetime import timedelta

import pytest

from quizzes.scheduling import format_interval


@pytest.mark.parametrize(
    ("interval", "label"),
    [
        (timedelta(seconds=30), "30s"),
        (timedelta(minutes=1), "1m"),
        (timedelta(minutes=6), "6m"),
        (timedelta(minutes=10), "10m"),
        (timedelta(minutes=59, seconds=29), "59m"),
        (timedelta(hours=1), "1h"),
        (timedelta(hours=1, minutes=30), "1.5h"),
        (timedelta(hours=23), "23h"),
        (timedelta(days=1), "1d"),
        (timedelta(days=3), "3d"),
        (timedelta(days=3, hours=12), "4d"),  # halves round up, as in Anki
        (timedelta(days=30), "30d"),
        (timedelta(days=31), "1mo"),
        (timedelta(days=45), "1.5mo"),
        (timedelta(days=64), "2.1mo"),
        (timedelta(days=364), "12mo"),
        (timedelta(days=365), "1y"),
        (timedelta(days=438), "1.2y"),
        (timedelta(days=36500), "100y"),
    ],
)
def test_intervals_read_like_anki_button_labels(interval, label):
    assert format_interval(interval) == label
