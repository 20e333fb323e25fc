"""The burnout-building rules: three released weeks in a row, ending at the newest."""

from __future__ import annotations

from typing import Any

from wellbeing.core.burnout_signs import (
    HIGH_CHECKIN_SHARE,
    RUN_WEEKS,
    SignKind,
    burnout_signs,
)


def share(percent: int | None) -> float | None:
    return None if percent is None else percent / 100


def week(
    n: int, high: int | None = 20, difficult: int | None = 12, accepted: int | None = 80
) -> dict[str, Any]:
    """A shown week; shares given in whole percent, sent as the hub's fractions."""
    return {
        "week": f"2026-W{n:02d}",
        "shown": True,
        "contributors": 8,
        "indicators": {
            "difficult_share": share(difficult),
            "break_acceptance": share(accepted),
            "high_checkin_share": share(high),
        },
    }


def hidden(n: int) -> dict[str, Any]:
    return {"week": f"2026-W{n:02d}", "shown": False}


def kinds(weeks: list[dict[str, Any]]) -> list[SignKind]:
    return [s.kind for s in burnout_signs(weeks)]


def test_high_checkin_share_for_three_weeks_is_a_sign_naming_those_weeks() -> None:
    weeks = [
        week(40),
        week(41, high=40),
        week(42, high=55),
        week(43, high=round(HIGH_CHECKIN_SHARE * 100)),
    ]
    signs = burnout_signs(weeks)
    assert [s.kind for s in signs] == [SignKind.HIGH_CHECKIN]
    assert signs[0].weeks == ("2026-W41", "2026-W42", "2026-W43")


def test_two_high_weeks_or_one_just_below_the_threshold_is_no_sign() -> None:
    assert kinds([week(41, high=60), week(42, high=60)]) == []
    assert (
        kinds(
            [
                week(41, high=60),
                week(42, high=round(HIGH_CHECKIN_SHARE * 100) - 1),
                week(43, high=60),
            ]
        )
        == []
    )


def test_a_sign_that_no_longer_holds_at_the_newest_week_is_not_building() -> None:
    weeks = [week(40, high=50), week(41, high=50), week(42, high=50), week(43, high=10)]
    assert kinds(weeks) == []


def test_a_week_with_not_enough_participants_breaks_the_run() -> None:
    assert kinds([week(40, high=50), hidden(41), week(42, high=50), week(43, high=50)]) == []
    assert kinds([week(40, high=50), week(41, high=50), hidden(42)]) == []


def test_a_share_nobody_answered_breaks_the_run() -> None:
    assert kinds([week(41, high=50), week(42, high=None), week(43, high=50)]) == []


def test_difficult_rising_while_breaks_are_refused_for_three_weeks_is_a_sign() -> None:
    weeks = [
        week(40, difficult=10, accepted=80),
        week(41, difficult=12, accepted=75),
        week(42, difficult=15, accepted=70),
        week(43, difficult=19, accepted=60),
    ]
    signs = burnout_signs(weeks)
    assert [s.kind for s in signs] == [SignKind.DIFFICULT_RISING_BREAKS_REFUSED]
    assert len(signs[0].weeks) == RUN_WEEKS


def test_rising_difficult_share_alone_or_a_flat_week_is_no_sign() -> None:
    rising_accepted = [week(40 + i, difficult=10 + i, accepted=70 + i) for i in range(4)]
    assert kinds(rising_accepted) == []
    flat = [week(40, 10, 10, 80), week(41, 10, 12, 75), week(42, 10, 12, 70), week(43, 10, 15, 60)]
    assert kinds(flat) == []


def test_weeks_in_any_order_and_both_signs_together() -> None:
    weeks = [week(43, 60, 19, 60), week(40, 60, 10, 80), week(42, 60, 15, 70), week(41, 60, 12, 75)]
    assert kinds(weeks) == [SignKind.HIGH_CHECKIN, SignKind.DIFFICULT_RISING_BREAKS_REFUSED]


def test_no_weeks_no_sign() -> None:
    assert burnout_signs([]) == []
