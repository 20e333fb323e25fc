"""The /v1/ protocol, in process: enrol, send, replace, retract, report, and every refusal."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from conftest import WEEK, Clock, enrol
from starlette.testclient import TestClient

from wellbeing.core.hub_pulse import make_hub_pulse
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.hub import operator
from wellbeing.hub.app import create_app
from wellbeing.hub.service import Hub


def pulse(calls: int = 10, difficult: int = 2, week: str = WEEK) -> dict[str, Any]:
    return make_hub_pulse(WeeklyIndicators(calls=calls, difficult=difficult), week)


def bearer(credential: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {credential}"}


@pytest.fixture
def client(hub: Hub) -> TestClient:
    return TestClient(create_app(hub))


@pytest.fixture
def viewer(hub: Hub) -> str:
    return operator.add_viewer(hub.engine, "a")


def report(client: TestClient, viewer: str, team: str = "a") -> Any:
    answer = client.get(f"/v1/teams/{team}/report", headers=bearer(viewer))
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_enrolment_gives_a_credential_the_team_the_operator_and_k(
    hub: Hub, client: TestClient, clock: Clock
) -> None:
    (code,) = operator.invite(hub.engine, "a", 1, clock())
    answer = client.post("/v1/enroll", json={"invite": code})
    assert answer.status_code == 201
    body = answer.json()
    assert set(body) == {"credential", "team", "operator", "k"}
    assert (body["team"], body["operator"], body["k"]) == ("a", "Works council, Lyon site", 5)
    again = client.post("/v1/enroll", json={"invite": code})
    assert again.status_code == 401  # single use


def test_an_expired_invitation_is_gone(hub: Hub, client: TestClient, clock: Clock) -> None:
    (code,) = operator.invite(hub.engine, "a", 1, clock(), days=1)
    clock.advance(timedelta(days=2))
    answer = client.post("/v1/enroll", json={"invite": code})
    assert answer.status_code == 410
    assert "expired" in answer.json()["error"]


def test_a_pulse_is_received_replaced_and_counted_once(
    hub: Hub, client: TestClient, clock: Clock, viewer: str
) -> None:
    agents = enrol(hub, "a", 5, clock)
    for credential in agents:
        first = client.post("/v1/pulses", json=pulse(10, 9), headers=bearer(credential))
        assert first.status_code == 201
        assert set(first.json()) == {"receipt"}
    again = client.post("/v1/pulses", json=pulse(10, 0), headers=bearer(agents[0]))
    assert again.status_code == 201
    assert report(client, viewer)["weeks"] == []  # nothing before close
    hub.close("a", WEEK)
    (week,) = report(client, viewer)["weeks"]
    assert week["contributors"] == 5
    assert week["indicators"]["difficult_share"] == 0.72  # (4 * 9 + 0) / 50


def test_five_clones_of_one_pulse_count_once(
    hub: Hub, client: TestClient, clock: Clock, viewer: str
) -> None:
    (one,) = enrol(hub, "a", 1, clock)
    for _ in range(5):
        assert client.post("/v1/pulses", json=pulse(), headers=bearer(one)).status_code == 201
    hub.close("a", WEEK)
    assert report(client, viewer)["weeks"] == [{"week": WEEK, "shown": False}]


def test_a_retracted_pulse_is_not_counted(
    hub: Hub, client: TestClient, clock: Clock, viewer: str
) -> None:
    agents = enrol(hub, "a", 5, clock)
    receipts = [
        client.post("/v1/pulses", json=pulse(), headers=bearer(c)).json()["receipt"] for c in agents
    ]
    assert client.delete(f"/v1/pulses/{receipts[0]}", headers=bearer(agents[1])).status_code == 410
    assert client.delete(f"/v1/pulses/{receipts[0]}", headers=bearer(agents[0])).status_code == 204
    hub.close("a", WEEK)
    assert report(client, viewer)["weeks"] == [{"week": WEEK, "shown": False}]
    late = client.delete(f"/v1/pulses/{receipts[1]}", headers=bearer(agents[1]))
    assert late.status_code == 410
    assert "only inside the team's released figures" in late.json()["error"]


def test_a_late_pulse_is_gone_and_the_figures_never_change(
    hub: Hub, client: TestClient, clock: Clock, viewer: str
) -> None:
    agents = enrol(hub, "a", 6, clock)
    for credential in agents[:5]:
        client.post("/v1/pulses", json=pulse(), headers=bearer(credential))
    hub.close("a", WEEK)
    before = report(client, viewer)
    late = client.post("/v1/pulses", json=pulse(50, 50), headers=bearer(agents[5]))
    assert late.status_code == 410
    assert "closed" in late.json()["error"]
    assert report(client, viewer) == before


def test_a_week_closes_by_itself_72_hours_after_its_end(
    hub: Hub, client: TestClient, clock: Clock, viewer: str
) -> None:
    agents = enrol(hub, "a", 5, clock)
    for credential in agents:
        client.post("/v1/pulses", json=pulse(), headers=bearer(credential))
    clock.advance(timedelta(hours=62))  # Wednesday 23:00, one hour before the close
    assert report(client, viewer)["weeks"] == []
    clock.advance(timedelta(hours=1))
    assert [w["shown"] for w in report(client, viewer)["weeks"]] == [True]


@pytest.mark.parametrize("week", ["2026-W48", "2027-W01", "2099-W52"])
def test_a_week_not_yet_ended_is_refused(
    hub: Hub, client: TestClient, clock: Clock, week: str
) -> None:
    (one,) = enrol(hub, "a", 1, clock)
    answer = client.post("/v1/pulses", json=pulse(week=week), headers=bearer(one))
    assert answer.status_code == 422
    assert "not ended" in answer.json()["error"]


def test_a_week_long_past_is_closed(hub: Hub, client: TestClient, clock: Clock) -> None:
    (one,) = enrol(hub, "a", 1, clock)
    answer = client.post("/v1/pulses", json=pulse(week="2001-W01"), headers=bearer(one))
    assert answer.status_code == 410


def test_a_forged_pulse_without_credential_is_refused(client: TestClient) -> None:
    assert client.post("/v1/pulses", json=pulse()).status_code == 401
    forged = client.post("/v1/pulses", json=pulse(), headers=bearer("wba_" + "x" * 32))
    assert forged.status_code == 401
    assert forged.headers["www-authenticate"] == "Bearer"


def test_a_viewer_sees_its_team_and_those_under_it_only(
    hub: Hub, client: TestClient, clock: Clock
) -> None:
    operator.add_team(hub.engine, "a1", parent="a")
    operator.add_team(hub.engine, "b")
    lead_a1 = operator.add_viewer(hub.engine, "a1")
    lead_a = operator.add_viewer(hub.engine, "a")
    assert client.get("/v1/teams", headers=bearer(lead_a)).json() == {
        "team": "a",
        "teams": ["a", "a1"],
    }
    assert client.get("/v1/teams/a1/report", headers=bearer(lead_a)).status_code == 200
    assert client.get("/v1/teams/b/report", headers=bearer(lead_a)).status_code == 403
    assert client.get("/v1/teams/a/report", headers=bearer(lead_a1)).status_code == 403
    (agent,) = enrol(hub, "a", 1, clock)
    assert client.get("/v1/teams/a/report", headers=bearer(agent)).status_code == 401


def test_there_is_no_route_to_read_pulses(client: TestClient, hub: Hub, clock: Clock) -> None:
    (agent,) = enrol(hub, "a", 1, clock)
    receipt = client.post("/v1/pulses", json=pulse(), headers=bearer(agent)).json()["receipt"]
    for path in ("/v1/pulses", f"/v1/pulses/{receipt}", "/v1/teams/a/pulses"):
        answer = client.get(path, headers=bearer(agent))
        assert answer.status_code in (404, 405)
        assert "calls" not in answer.text


@pytest.mark.parametrize(
    "body",
    [
        b'{"schema": "wellbeing.pulse/2", "schema": "wellbeing.pulse/2"}',
        b'{"a": NaN}',
        b"not json",
        json.dumps({**pulse(), "token": "0" * 32}).encode(),
        json.dumps(pulse()).encode() + b" " * 4096,
    ],
)
def test_an_invalid_body_is_422_and_stores_nothing(
    client: TestClient, hub: Hub, clock: Clock, body: bytes
) -> None:
    (agent,) = enrol(hub, "a", 1, clock)
    headers = {**bearer(agent), "Content-Type": "application/json"}
    answer = client.post("/v1/pulses", content=body, headers=headers)
    assert answer.status_code == 422
    assert answer.json()["error"]


def test_guessing_invitations_is_slowed_down(client: TestClient) -> None:
    for _ in range(10):
        assert client.post("/v1/enroll", json={"invite": "wbi_guess" * 3}).status_code == 401
    assert client.post("/v1/enroll", json={"invite": "wbi_guess" * 3}).status_code == 429


def test_guessing_viewer_credentials_is_slowed_down_but_agents_still_send(
    client: TestClient, hub: Hub, clock: Clock
) -> None:
    (agent,) = enrol(hub, "a", 1, clock)
    for _ in range(10):
        guess = client.get("/v1/teams/a/report", headers=bearer("wbv_guess" * 3))
        assert guess.status_code == 401
    assert client.get("/v1/teams", headers=bearer("wbv_guess" * 3)).status_code == 429
    assert client.post("/v1/pulses", json=pulse(), headers=bearer(agent)).status_code == 201
