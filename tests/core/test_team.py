"""Team aggregation, with figures worked out by hand, and subtraction protection."""

from __future__ import annotations

import json
from itertools import count
from pathlib import Path

import pytest

from wellbeing.core.checkin import Scores
from wellbeing.core.errors import InvalidInput
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import InvalidPulse, Pulse, validate_pulse
from wellbeing.core.team import aggregate, aggregate_groups
from wellbeing.services.team_folder import report as team_report

W47, W48, W49 = "2026-W47", "2026-W48", "2026-W49"
_serial = count(1)


def pulse(
    week: str = W47,
    *,
    calls: int = 10,
    difficult: int = 2,
    severe: int = 0,
    max_streak: int = 1,
    prompted: int = 2,
    taken: int = 1,
    breathing: float = 3.0,
    stress: float | None = None,
    checkin: tuple[float | None, float | None, float | None] = (None, None, None),
) -> Pulse:
    return Pulse(
        week=week,
        token=f"{next(_serial):032x}",
        indicators=WeeklyIndicators(
            calls=calls,
            difficult=difficult,
            severe=severe,
            max_streak=max_streak,
            breaks_prompted=prompted,
            breaks_taken=taken,
            breathing_minutes=breathing,
            mean_stress=stress,
            checkin=Scores(*checkin),
        ),
    )


def six() -> list[Pulse]:
    """Six contributors; the sums and medians below are worked out by hand."""
    return [
        pulse(calls=10, difficult=2, severe=0, max_streak=1, prompted=2, taken=1,
              breathing=3.0, stress=4.0, checkin=(25, 50, 0)),  # high (work 50)
        pulse(calls=20, difficult=5, severe=1, max_streak=3, prompted=4, taken=4,
              breathing=6.5, stress=6.0, checkin=(0, 25, 25)),
        pulse(calls=30, difficult=3, severe=0, max_streak=2, prompted=0, taken=2,
              breathing=0.0, stress=None, checkin=(None, None, None)),  # did not answer
        pulse(calls=40, difficult=10, severe=2, max_streak=4, prompted=6, taken=3,
              breathing=10.0, stress=7.0, checkin=(75, 75, 100)),  # high
        pulse(calls=50, difficult=0, severe=0, max_streak=0, prompted=2, taken=0,
              breathing=1.5, stress=2.0, checkin=(None, 25, 50)),  # high (customer 50)
        pulse(calls=0, difficult=0, severe=0, max_streak=0, prompted=1, taken=1,
              breathing=2.0, stress=3.0, checkin=(0, 0, 0)),
    ]  # fmt: skip


def test_four_contributors_are_not_enough_and_show_no_indicators_at_all() -> None:
    report = aggregate(six()[:4]).to_dict()
    assert report == {
        "min_group": 5,
        "invalid_files": 0,
        "weeks": [{"week": W47, "contributors": 4, "shown": False}],
    }
    assert "indicators" not in json.loads(aggregate(six()[:4]).to_json())["weeks"][0]


def test_six_contributors_show_figures_worked_out_by_hand() -> None:
    week = aggregate(six()).to_dict()["weeks"][0]
    assert week["shown"] is True
    assert week["contributors"] == 6
    ind = week["indicators"]
    assert ind["difficult_share"] == 0.133  # Σdifficult 20 / Σcalls 150
    assert ind["break_acceptance"] == 0.733  # Σtaken 11 / Σprompted 15
    assert ind["high_checkin_share"] == 0.6  # 3 high among the 5 who answered
    assert ind["difficult_share_trend"] is None  # no week before
    assert ind["median"] == {
        "calls": 25.0,  # 0 10 20 | 30 40 50
        "difficult": 2.5,  # 0 0 2 | 3 5 10
        "severe": 0.0,  # 0 0 0 | 0 1 2
        "max_streak": 1.5,  # 0 0 1 | 2 3 4
        "breaks_prompted": 2.0,  # 0 1 2 | 2 4 6
        "breaks_taken": 1.5,  # 0 1 1 | 2 3 4
        "breathing_minutes": 2.5,  # 0 1.5 2 | 3 6.5 10
        "mean_stress": 4.0,  # 2 3 4 6 7 (five readings)
        "checkin": {
            "personal": None,  # only four answered: fewer than k
            "work": 25.0,  # 0 25 25 50 75
            "customer": 25.0,  # 0 0 25 50 100
        },
    }
    # Inclusive quartiles of 0 10 20 30 40 50: positions 1.25 and 3.75.
    assert ind["spread"]["calls"] == [12.5, 37.5]
    assert ind["spread"]["mean_stress"] == [3.0, 6.0]
    assert ind["spread"]["checkin"]["personal"] is None
    assert set(ind) == {
        "difficult_share",
        "break_acceptance",
        "high_checkin_share",
        "difficult_share_trend",
        "median",
        "spread",
    }


def test_min_group_below_three_is_refused_and_three_is_allowed() -> None:
    with pytest.raises(InvalidInput, match="at least 3"):
        aggregate(six(), min_group=2)
    assert aggregate(six()[:3], min_group=3).weeks[0].shown


def test_shares_are_null_without_calls_prompts_or_enough_answers() -> None:
    quiet = [pulse(calls=0, difficult=0, max_streak=0, prompted=0, taken=0) for _ in range(5)]
    ind = aggregate(quiet).to_dict()["weeks"][0]["indicators"]
    assert ind["difficult_share"] is None
    assert ind["break_acceptance"] is None
    assert ind["high_checkin_share"] is None
    assert ind["median"]["mean_stress"] is None


def test_break_acceptance_can_exceed_one_with_breaks_from_the_menu() -> None:
    pulses = [pulse(prompted=1, taken=3) for _ in range(5)]
    assert aggregate(pulses).weeks[0].indicators["break_acceptance"] == 3.0  # type: ignore[index]


def test_one_token_twice_counts_once() -> None:
    pulses = six()[:4]
    pulses.append(pulses[0])
    assert aggregate(pulses).weeks[0].contributors == 4


def test_trend_only_between_two_shown_consecutive_weeks() -> None:
    w47 = [pulse(W47, calls=10, difficult=1) for _ in range(5)]  # 0.1
    w48 = [pulse(W48, calls=10, difficult=3) for _ in range(5)]  # 0.3
    w49 = [pulse(W49, calls=10, difficult=2) for _ in range(4)]  # hidden
    w51 = [pulse("2026-W51", calls=10, difficult=2) for _ in range(5)]  # after a gap
    weeks = aggregate(w47 + w48 + w49 + w51).to_dict()["weeks"]
    assert [w["week"] for w in weeks] == [W47, W48, W49, "2026-W51"]
    assert weeks[0]["indicators"]["difficult_share_trend"] is None
    assert weeks[1]["indicators"]["difficult_share_trend"] == 0.2
    assert weeks[2]["shown"] is False
    assert weeks[3]["indicators"]["difficult_share_trend"] is None


def test_weeks_keeps_the_latest_and_the_trend_still_looks_back() -> None:
    pulses = [pulse(W47, calls=10, difficult=1) for _ in range(5)]
    pulses += [pulse(W48, calls=10, difficult=2) for _ in range(5)]
    weeks = aggregate(pulses, weeks=1).to_dict()["weeks"]
    assert [w["week"] for w in weeks] == [W48]
    assert weeks[0]["indicators"]["difficult_share_trend"] == 0.1


def test_text_says_not_enough_participants_and_nothing_else_for_a_small_week() -> None:
    text = aggregate(six() + [pulse(W48) for _ in range(2)], invalid_files=3).to_text()
    small = next(line for line in text.splitlines() if line.startswith(W48))
    assert small.split() == [W48, "2", "not", "enough", "participants"]
    assert "3 invalid file(s)" in text
    assert "13%" in next(line for line in text.splitlines() if line.startswith(W47))


# --- subtraction protection ----------------------------------------------------------


def shown(groups: dict[str, list[Pulse]], k: int = 5) -> dict[str, bool]:
    return {
        name: report.weeks[0].shown
        for name, report in aggregate_groups(groups, min_group=k).items()
        if report.weeks
    }


def people(n: int, week: str = W47) -> list[Pulse]:
    return [pulse(week) for _ in range(n)]


def test_team_of_seven_with_a_sub_team_of_five_hides_the_team() -> None:
    """7 − 5 = 2 < 5: showing both would reveal the two others by subtraction.

    The team is hidden, not the sub-team: the sub-folder can be reported on
    alone, so only hiding the enclosing group protects the two.
    """
    reports = aggregate_groups({"": people(2), "night": people(5)})
    assert reports[""].weeks[0].contributors == 7
    assert reports[""].weeks[0].shown is False
    assert reports["night"].weeks[0].shown is True
    alone = aggregate(people(5))  # the sub-folder reported on its own: the same
    assert alone.weeks[0].shown is True


def test_a_residual_of_at_least_k_or_of_none_shows_both() -> None:
    assert shown({"": people(5), "night": people(5)}) == {"": True, "night": True}
    assert shown({"night": people(6)}) == {"": True, "night": True}  # identical groups


def test_a_small_sub_team_is_hidden_and_does_not_hide_the_team() -> None:
    assert shown({"": people(5), "night": people(3)}) == {"": True, "night": False}


def test_two_shown_sub_teams_cannot_be_subtracted_to_reveal_a_few_at_the_top() -> None:
    """12 + 2 at the top: team − day − night = 2, though each pair differs by ≥ 5."""
    groups = {"": people(2), "day": people(6), "night": people(6)}
    assert shown(groups) == {"": False, "day": True, "night": True}


def test_hiding_cascades_up_the_tree() -> None:
    """a/x shows 5; a has 2 more, so a hides; then the top's residual is those 2."""
    groups = {"a": people(2), "a/x": people(5)}
    assert shown(groups) == {"": False, "a": False, "a/x": True}


def test_hidden_middle_group_lets_a_big_enough_top_show() -> None:
    groups = {"": people(4), "a": people(2), "a/x": people(5)}  # top residual 4 + 2 = 6
    assert shown(groups) == {"": True, "a": False, "a/x": True}


def test_protection_is_per_week() -> None:
    groups = {"": people(2) + people(5, W48), "night": people(5) + people(5, W48)}
    reports = aggregate_groups(groups)
    assert [w.shown for w in reports[""].weeks] == [False, True]
    assert [w.shown for w in reports["night"].weeks] == [True, True]


def test_invalid_files_are_counted_in_each_group_that_contains_them() -> None:
    reports = aggregate_groups(
        {"": people(5), "night": people(5)}, invalid_files={"": 1, "night": 2}
    )
    assert reports[""].invalid_files == 3
    assert reports["night"].invalid_files == 2


# --- weeks at the calendar's edge (issue 10, item 3) ------------------------------------


@pytest.mark.parametrize("week", ["0001-W01", "0001-W02", "1999-W52", "2100-W01", "9999-W52"])
def test_a_pulse_for_a_week_outside_2000_to_2099_is_invalid(week: str) -> None:
    good = pulse().to_dict()
    with pytest.raises(InvalidPulse, match="outside the years 2000 to 2099"):
        validate_pulse({**good, "week": week})


def test_five_pulses_in_a_folder_named_0001_w01_are_invalid_files_not_a_crash(
    tmp_path: Path,
) -> None:
    for _ in range(5):
        body = {**pulse().to_dict(), "week": "0001-W01"}
        folder = tmp_path / "0001-W01"
        folder.mkdir(exist_ok=True)
        (folder / f"{body['token']}.json").write_text(json.dumps(body))
    found = team_report(str(tmp_path))[""]
    assert (found.invalid_files, found.weeks) == (5, ())


def test_aggregating_the_first_week_of_the_calendar_has_no_trend_and_no_crash() -> None:
    report = aggregate(people(5, "0001-W01") + people(5, "0001-W02"))
    assert [
        week.indicators["difficult_share_trend"] for week in report.weeks if week.indicators
    ] == [
        None,
        0.0,
    ]
