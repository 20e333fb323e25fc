"""A real hub on 127.0.0.1 (uvicorn), six agents with their own data dirs, a lead, the operator.

Each agent logs calls on Wednesday of week 2026-W47 in their own store; the
pulse is computed from that store by the core's indicators and sent with
the desktop's hub client. Worked by hand (difficulty of each call, in order):

    agent  calls              calls  difficult  severe  longest run
    1      1 4 5                3        2        1         2
    2      2 2 4 4              4        2        0         2
    3      1 1 1 1 5            5        1        1         1
    4      4                    1        1        0         1
    5      3 3                  2        0        0         0
    6      4 4 4 1 1 1          6        3        0         3

Difficult share 9 / 21 = 42.9 % -> 0.43; medians of the six: calls 3.5,
difficult 1.5, severe 0, longest run 1.5; no break was offered, so break
acceptance is null; nobody answered a check-in or a stress question.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import uvicorn
from conftest import WEEK, Clock
from hub_servers import free_port
from sqlalchemy import func, select

from wellbeing.core.hub_pulse import make_hub_pulse
from wellbeing.core.indicators import weekly_indicators
from wellbeing.core.records import Call
from wellbeing.hub import operator, schema
from wellbeing.hub.app import create_app
from wellbeing.hub.cli import main
from wellbeing.hub.db import open_engine
from wellbeing.hub.service import Hub
from wellbeing.services.hub_client import HubClient, HubError
from wellbeing.store.store import Store

CALLS = [[1, 4, 5], [2, 2, 4, 4], [1, 1, 1, 1, 5], [4], [3, 3], [4, 4, 4, 1, 1, 1]]
WEDNESDAY = datetime(2026, 11, 18, 10, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def served(db_url: str, clock: Clock) -> Iterator[str]:
    """The hub's address, served by uvicorn in a thread until the test ends."""
    engine = open_engine(db_url)
    operator.init(engine, "Works council, Lyon site")
    operator.add_team(engine, "support", timezone="Europe/Paris")
    port = free_port()
    config = uvicorn.Config(
        create_app(Hub(engine, clock)),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    ready = threading.Event()
    deadline = datetime.now() + timedelta(seconds=30)
    while not server.started and datetime.now() < deadline and thread.is_alive():
        ready.wait(0.02)
    assert server.started, "the hub did not start within 30 s"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        engine.dispose()


def agent_pulse(data_dir: Path, difficulties: list[int]) -> dict[str, object]:
    store = Store.open(data_dir)
    for minute, difficulty in enumerate(difficulties):
        at = WEDNESDAY + timedelta(minutes=10 * minute)
        store.calls.add(Call.create(ended_at=at, difficulty=difficulty))
    return make_hub_pulse(weekly_indicators(store.history(), WEEK), WEEK)


def test_six_agents_a_lead_and_the_operator(
    served: str, db_url: str, clock: Clock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_engine(db_url)
    invites = operator.invite(engine, "support", 7, clock())
    lead = operator.add_viewer(engine, "support")
    other_team_lead = (operator.add_team(engine, "sales"), operator.add_viewer(engine, "sales"))[1]
    hub = HubClient(served)

    credentials = []
    for number, difficulties in enumerate(CALLS):
        enrolment = hub.enroll(invites[number])
        assert (enrolment.team, enrolment.operator, enrolment.k) == (
            "support",
            "Works council, Lyon site",
            5,
        )
        pulse = agent_pulse(tmp_path / f"agent{number + 1}", difficulties)
        hub.submit(enrolment.credential, pulse)
        credentials.append((enrolment.credential, pulse))

    # Submitting twice with one credential counts once.
    first, first_pulse = credentials[0]
    hub.submit(first, first_pulse)
    # Five clones of one pulse, sent with one credential, count once.
    for _ in range(5):
        hub.submit(credentials[1][0], credentials[1][1])
    # A forged pulse without a valid credential.
    with pytest.raises(HubError) as forged:
        hub.submit("wba_" + "f" * 32, first_pulse)
    assert forged.value.status == 401

    # Before close the lead sees nothing for the week.
    assert hub.report(lead)["weeks"] == []
    with pytest.raises(HubError) as elsewhere:
        hub.report(other_team_lead, "support")
    assert elsewhere.value.status == 403

    assert main(["hub", "close", "--db", db_url, "--team", "support", "--week", WEEK], clock) == 0
    assert capsys.readouterr().out == f"{WEEK} support: released\n"

    report = hub.report(lead)
    assert report["team"] == "support" and report["min_group"] == 5
    (week,) = report["weeks"]
    assert (week["week"], week["shown"], week["contributors"]) == (WEEK, True, 6)
    figures = week["indicators"]
    assert figures["difficult_share"] == 0.43
    assert figures["break_acceptance"] is None
    assert figures["high_checkin_share"] is None
    median = figures["median"]
    assert (median["calls"], median["difficult"], median["severe"], median["max_streak"]) == (
        3.5,
        1.5,
        0.0,
        1.5,
    )
    assert median["mean_stress"] is None

    with engine.connect() as conn:
        left = conn.execute(select(func.count()).select_from(schema.pulses)).scalar_one()
    assert left == 0

    # A late pulse after close: 410 with a message for the agent; figures unchanged.
    late = hub.enroll(invites[6])
    with pytest.raises(HubError) as gone:
        hub.submit(late.credential, agent_pulse(tmp_path / "late", [5, 5, 5, 5, 5]))
    assert gone.value.closed and "closed" in gone.value.message
    assert hub.report(lead) == report
    engine.dispose()
