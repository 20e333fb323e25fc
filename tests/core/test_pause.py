from datetime import datetime, timedelta, timezone

import pytest

from wellbeing.core.pause import PauseChoice, pause_end

PARIS = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 16, 40, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (PauseChoice.HALF_HOUR, datetime(2026, 11, 23, 17, 10, tzinfo=PARIS)),
        (PauseChoice.HOUR, datetime(2026, 11, 23, 17, 40, tzinfo=PARIS)),
        (PauseChoice.TOMORROW, datetime(2026, 11, 24, 0, 0, tzinfo=PARIS)),
    ],
)
def test_every_pause_ends_by_itself(choice: PauseChoice, expected: datetime) -> None:
    assert pause_end(choice, NOW) == expected


def test_until_tomorrow_ends_at_local_midnight_not_utc_midnight() -> None:
    late = datetime(2026, 11, 23, 23, 30, tzinfo=PARIS)
    assert pause_end(PauseChoice.TOMORROW, late).utcoffset() == timedelta(hours=1)
    assert pause_end(PauseChoice.TOMORROW, late) - late == timedelta(minutes=30)
