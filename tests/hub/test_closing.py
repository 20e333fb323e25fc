"""Closing a tree of teams: one release for all of it, parents hidden against subtraction."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

from conftest import WEEK, Clock, enrol

from wellbeing.core.hub_pulse import make_hub_pulse
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.hub import operator
from wellbeing.hub.service import Hub
from wellbeing.hub.viewers import HubViewers, Viewer


def send(hub: Hub, team: str, count: int, clock: Clock) -> None:
    for credential in enrol(hub, team, count, clock):
        hub.submit(credential, make_hub_pulse(WeeklyIndicators(calls=10, difficult=1), WEEK))


def test_a_department_is_hidden_when_it_minus_its_teams_leaves_fewer_than_k(
    hub: Hub, clock: Clock
) -> None:
    operator.add_team(hub.engine, "b", parent="a")
    operator.add_team(hub.engine, "c", parent="a")
    send(hub, "b", 5, clock)
    send(hub, "c", 3, clock)
    assert hub.close("b", WEEK) == {"a": False, "b": True, "c": False}
    access = HubViewers(hub)
    lead = access.authenticate(operator.add_viewer(hub.engine, "a"))
    assert lead == Viewer("a")
    assert access.teams_for(lead) == ["a", "b", "c"]
    assert access.report(lead, "a", 12)["weeks"] == [{"week": WEEK, "shown": False}]
    (shown,) = access.report(lead, "b", 12)["weeks"]
    assert shown["contributors"] == 5


def test_a_tree_closes_when_its_last_time_zone_has_had_72_hours(hub: Hub, clock: Clock) -> None:
    operator.add_team(hub.engine, "west", parent="a", timezone="America/Los_Angeles")
    send(hub, "a", 5, clock)
    clock.now = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)  # 72 h after the week's end in UTC
    assert hub.close_due() == []
    clock.advance(timedelta(hours=8))  # and after its end in Los Angeles
    assert hub.close_due() == [("a", WEEK)]


def test_a_viewer_is_refused_another_teams_report(hub: Hub) -> None:
    operator.add_team(hub.engine, "other")
    access = HubViewers(hub)
    lead = access.authenticate(operator.add_viewer(hub.engine, "other"))
    assert lead is not None
    try:
        access.report(lead, "a", 12)
    except PermissionError:
        pass
    else:
        raise AssertionError("a viewer of another team read team a")
    assert access.authenticate("wbv_" + "0" * 32) is None


def test_the_hub_and_its_client_never_import_qt() -> None:
    code = (
        "import sys, wellbeing.hub.cli, wellbeing.hub.app, wellbeing.services.hub_client; "
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "assert not qt, qt"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
