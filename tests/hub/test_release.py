"""The release rules: k, medians from k, quartiles from 10, whole percents, hidden parents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from wellbeing.core.checkin import Scores
from wellbeing.core.errors import InvalidInput
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.release import (
    TeamNode,
    check_k,
    closes_at,
    release_week,
    report_document,
    shown_teams,
    subtree,
    whole_percent,
)


def ind(
    calls: int = 10,
    difficult: int = 2,
    *,
    stress: float | None = None,
    checkin: tuple[float | None, float | None, float | None] = (None, None, None),
    prompted: int = 2,
    taken: int = 1,
) -> WeeklyIndicators:
    return WeeklyIndicators(
        calls=calls,
        difficult=difficult,
        severe=0,
        max_streak=1,
        breaks_prompted=prompted,
        breaks_taken=taken,
        breathing_minutes=2.0,
        mean_stress=stress,
        checkin=Scores(*checkin),
    )


def tree(**parents: str | None) -> dict[str, TeamNode]:
    return {name: TeamNode(name, parent, 5) for name, parent in parents.items()}


def test_k_is_at_least_five_and_never_lowered_once_released() -> None:
    assert check_k(5) == 5
    with pytest.raises(InvalidInput, match="at least 5"):
        check_k(4)
    assert check_k(6, current=8, released=False) == 6
    with pytest.raises(InvalidInput, match="cannot go below 8"):
        check_k(6, current=8, released=True)
    assert check_k(9, current=8, released=True) == 9


def test_shares_are_rounded_half_up_to_a_whole_percent() -> None:
    assert whole_percent(1, 8) == 0.13  # 12.5 % -> 13 %
    assert whole_percent(1, 3) == 0.33
    assert whole_percent(2, 3) == 0.67
    assert whole_percent(0, 0) is None


def test_fewer_than_k_shows_nothing_at_all() -> None:
    released = release_week(tree(a=None), {"a": [ind()] * 4})
    assert released == {"a": None}
    doc = report_document("a", 5, [("2026-W47", None)])
    assert doc == {"team": "a", "min_group": 5, "weeks": [{"week": "2026-W47", "shown": False}]}


def test_six_pulses_give_figures_worked_by_hand() -> None:
    pulses = [
        ind(10, 2, stress=4.0, checkin=(25, 50, 0)),  # high (work 50)
        ind(20, 5, stress=6.0, checkin=(0, 25, 25)),
        ind(30, 3, stress=None),  # no check-in
        ind(40, 10, stress=7.0, checkin=(75, 75, 100)),  # high
        ind(50, 4, stress=2.0, checkin=(0, 0, 0)),
        ind(60, 6, stress=5.0, checkin=(25, 25, 25), prompted=0, taken=3),
    ]
    figures = release_week(tree(a=None), {"a": pulses})["a"]
    assert figures is not None
    assert figures["contributors"] == 6
    got = figures["indicators"]
    assert got["difficult_share"] == 0.14  # 30 / 210 = 14.3 %
    assert got["break_acceptance"] == 0.8  # (5 + 3) / 10
    assert got["high_checkin_share"] == 0.4  # 2 of the 5 who answered
    assert got["median"]["calls"] == 35.0
    assert got["median"]["difficult"] == 4.5
    assert got["median"]["mean_stress"] == 5.0  # of 4, 6, 7, 2, 5
    assert got["median"]["checkin"] == {"personal": 25.0, "work": 25.0, "customer": 25.0}
    assert got["quartiles"]["calls"] is None  # fewer than 10


def test_medians_need_k_answers_and_quartiles_need_ten() -> None:
    few = [ind(stress=5.0)] * 4 + [ind()] * 6
    figures = release_week(tree(a=None), {"a": [*few]})["a"]
    assert figures is not None
    assert figures["indicators"]["median"]["mean_stress"] is None  # 4 answers < k
    assert figures["indicators"]["high_checkin_share"] is None
    calls = list(range(1, 11))
    figures = release_week(tree(a=None), {"a": [ind(c, 0) for c in calls]})["a"]
    assert figures is not None
    assert figures["indicators"]["quartiles"]["calls"] == [3.2, 7.8]


def test_a_parent_is_hidden_when_it_minus_its_children_leaves_one_to_k_minus_one() -> None:
    nodes = tree(dept=None, a="dept", b="dept")
    assert shown_teams(nodes, {"a": 5, "b": 3}) == {"a"}  # dept - a = 3
    assert shown_teams(nodes, {"a": 5, "b": 5}) == {"dept", "a", "b"}  # residual 0
    assert shown_teams(nodes, {"a": 5, "b": 5, "dept": 2}) == {"a", "b"}
    assert shown_teams(nodes, {"a": 6, "b": 4, "dept": 1}) == {"dept", "a"}  # 5 left


def test_hiding_repeats_up_the_tree() -> None:
    nodes = tree(org=None, dept="org", a="dept")
    # dept (7) - a (5) = 2: dept hidden; then org (8) - a (5) = 3: org hidden too.
    assert shown_teams(nodes, {"a": 5, "dept": 2, "org": 1}) == {"a"}


def test_subtree_is_in_tree_order() -> None:
    nodes = tree(org=None, b="org", a="org", a1="a")
    assert subtree(nodes, "org") == ["org", "a", "a1", "b"]


def test_a_week_closes_72_hours_after_the_latest_end_in_the_tree() -> None:
    zones = [ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")]
    end_new_york = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)  # Monday 00:00 in New York
    assert closes_at("2026-W47", zones) == end_new_york + timedelta(hours=72)


def test_the_report_carries_a_trend_between_shown_weeks_only() -> None:
    week = {"contributors": 5, "indicators": {"difficult_share": 0.2}}
    later = {"contributors": 6, "indicators": {"difficult_share": 0.25}}
    doc = report_document("a", 5, [("2026-W48", later), ("2026-W47", week), ("2026-W50", week)])
    trends = [w["indicators"]["difficult_share_trend"] for w in doc["weeks"]]
    assert [w["week"] for w in doc["weeks"]] == ["2026-W47", "2026-W48", "2026-W50"]
    assert trends == [None, 0.05, None]


def test_the_first_week_there_is_has_no_trend_rather_than_an_error() -> None:
    week = {"contributors": 5, "indicators": {"difficult_share": 0.2}}
    (only,) = report_document("a", 5, [("0001-W01", week)])["weeks"]
    assert only["indicators"]["difficult_share_trend"] is None


def test_a_share_needs_k_pulses_with_its_denominator() -> None:
    """One agent on the phone beside four with no calls: the team's share would be
    that agent's own ratio, so neither share is shown."""
    alone = ind(40, 13, prompted=6, taken=1)
    idle = [ind(0, 0, prompted=0, taken=0) for _ in range(4)]
    figures = release_week(tree(a=None), {"a": [alone, *idle]})["a"]
    assert figures is not None
    assert figures["indicators"]["difficult_share"] is None
    assert figures["indicators"]["break_acceptance"] is None


def test_quartiles_never_come_from_fewer_than_k_answers() -> None:
    """A team with k = 20: twelve stress answers give neither median nor quartiles."""
    nodes = {"a": TeamNode("a", None, 20)}
    pulses = [ind(stress=float(n % 10)) for n in range(12)] + [ind() for _ in range(13)]
    figures = release_week(nodes, {"a": pulses})["a"]
    assert figures is not None
    assert figures["indicators"]["median"]["mean_stress"] is None
    assert figures["indicators"]["quartiles"]["mean_stress"] is None


def test_a_parent_never_shows_a_hidden_child_s_count_below_that_child_s_k() -> None:
    """P (k 5) over A (k 5, 6 people, shown) and B (k 10, 7 people, hidden): P's 13
    minus A's 6 would be B's 7, which B's k withholds."""
    nodes = {
        "p": TeamNode("p", None, 5),
        "a": TeamNode("a", "p", 5),
        "b": TeamNode("b", "p", 10),
    }
    assert shown_teams(nodes, {"a": 6, "b": 7}) == {"a"}
    assert shown_teams(nodes, {"a": 6, "b": 10}) == {"a", "b", "p"}
