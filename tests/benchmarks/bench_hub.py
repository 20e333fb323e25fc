"""Benchmark: 5,000 pulses from 50 concurrent clients to a local hub, then close 400 teams' week.

For each database (SQLite in a temporary directory, and PostgreSQL in a
throwaway cluster when one can be started), prints:

- pulses/s and the p95 latency of ``POST /v1/pulses`` over HTTP to a real
  uvicorn hub in its own process, 50 client threads using the desktop's
  ``HubClient`` (a new connection per request, as agents send);
- the time to close and release the week of 400 teams (20 departments of
  20 teams, 12 or 13 agents each);
- that none was lost or counted twice: 5,000 pending pulses after the run,
  still 5,000 after 500 of them were sent again with the same credentials,
  and 5,000 contributors in the released figures of the teams (and of the
  departments).

Run by hand: ``python tests/benchmarks/bench_hub.py [sqlite|postgresql]...``.
The hub runs with a fixed clock (the Monday after the week), so the run does
not depend on the day. Not part of the test suite: timings belong in a note.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hub"))
from hub_servers import free_port, postgres_cluster

from wellbeing.core.hub_pulse import make_hub_pulse
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.hub import operator, schema
from wellbeing.hub.db import open_engine
from wellbeing.hub.service import Hub
from wellbeing.services.hub_client import HubClient, HubError

WEEK = "2026-W47"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PULSES, CLIENTS, DEPARTMENTS, TEAMS_EACH, RESENT = 5000, 50, 20, 20, 500


def serve(url: str, port: int) -> None:
    """The child process: the hub on uvicorn with a fixed clock."""
    import uvicorn

    from wellbeing.hub.app import create_app

    hub = Hub(open_engine(url), lambda: NOW)
    uvicorn.run(create_app(hub), host="127.0.0.1", port=port, log_level="warning", access_log=False)


def teams() -> list[str]:
    return [f"d{d:02d}-t{t:02d}" for d in range(DEPARTMENTS) for t in range(TEAMS_EACH)]


def set_up(url: str) -> tuple[Hub, list[str]]:
    engine = open_engine(url)
    operator.init(engine, "Benchmark operator")
    for d in range(DEPARTMENTS):
        operator.add_team(engine, f"d{d:02d}")
    names = teams()
    for name in names:
        operator.add_team(engine, name, parent=name[:3])
    hub = Hub(engine, lambda: NOW)
    per_team: dict[str, int] = {}
    for i in range(PULSES):
        team = names[i % len(names)]
        per_team[team] = per_team.get(team, 0) + 1
    credentials = []
    for team, count in per_team.items():
        credentials += [
            hub.enroll(code)["credential"] for code in operator.invite(engine, team, count, NOW)
        ]
    return hub, credentials


def pulse(i: int) -> dict[str, object]:
    calls = 80 + i % 170
    return make_hub_pulse(
        WeeklyIndicators(
            calls=calls,
            difficult=calls // 7,
            severe=i % 3,
            max_streak=i % 5,
            breaks_prompted=6,
            breaks_taken=i % 7,
            breathing_minutes=12.5,
            mean_stress=float(i % 11),
        ),
        WEEK,
    )


def send(client: HubClient, jobs: list[tuple[str, dict[str, object]]]) -> tuple[float, list[float]]:
    latencies: list[float] = []
    lock = threading.Lock()

    def one(job: tuple[str, dict[str, object]]) -> None:
        started = time.perf_counter()
        for _attempt in range(3):
            try:
                client.submit(*job)
                break
            except HubError as error:
                if not error.retry:
                    raise
        with lock:
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(one, jobs))
    return time.perf_counter() - started, latencies


def pending(hub: Hub) -> int:
    with hub.engine.connect() as conn:
        count: int = conn.execute(select(func.count()).select_from(schema.pulses)).scalar_one()
        return count


def run(kind: str, url: str) -> None:
    hub, credentials = set_up(url)
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", url, str(port)], stderr=subprocess.PIPE, text=True
    )
    try:
        client = HubClient(f"http://127.0.0.1:{port}", timeout=60)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                client.info()
                break
            except HubError:
                threading.Event().wait(0.05)
        jobs = [(credential, pulse(i)) for i, credential in enumerate(credentials)]
        wall, latencies = send(client, jobs)
        after_send = pending(hub)
        again, _ = send(client, jobs[:RESENT])
        after_resend = pending(hub)
    finally:
        child.terminate()
        child.communicate(timeout=30)
    started = time.perf_counter()
    for d in range(DEPARTMENTS):
        hub.close(f"d{d:02d}", WEEK)
    closing = time.perf_counter() - started
    r = schema.releases
    with hub.engine.connect() as conn:
        rows = conn.execute(select(r.c.team, r.c.figures).where(r.c.week == WEEK)).all()
    figures = {team: json.loads(f) if f else None for team, f in rows}
    in_teams = sum(figures[t]["contributors"] for t in teams() if figures[t])
    in_departments = sum(
        figures[f"d{d:02d}"]["contributors"] for d in range(DEPARTMENTS) if figures[f"d{d:02d}"]
    )
    p95 = statistics.quantiles(latencies, n=20)[-1]
    print(
        f"{kind}: {PULSES} pulses from {CLIENTS} clients in {wall:.1f} s = "
        f"{PULSES / wall:.0f} pulses/s; latency median {statistics.median(latencies) * 1000:.0f} "
        f"ms, p95 {p95 * 1000:.0f} ms"
    )
    print(f"{kind}: {RESENT} sent again (same credentials) in {again:.1f} s")
    print(
        f"{kind}: closed the week of {len(teams())} teams in {DEPARTMENTS} departments in "
        f"{closing:.2f} s; pending after close: {pending(hub)}"
    )
    lost_or_twice = (after_send, after_resend, in_teams, in_departments)
    verdict = "none lost, none counted twice" if set(lost_or_twice) == {PULSES} else "MISMATCH"
    print(
        f"{kind}: pending {after_send}, after resending {after_resend}; contributors released "
        f"in teams {in_teams}, in departments {in_departments}: {verdict}"
    )
    hub.engine.dispose()


def main(kinds: list[str]) -> None:
    for kind in kinds or ["sqlite", "postgresql"]:
        if kind == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                run(kind, f"sqlite:///{folder}/hub.sqlite3")
        else:
            try:
                with postgres_cluster() as server:
                    from sqlalchemy import create_engine

                    admin = create_engine(server, isolation_level="AUTOCOMMIT")
                    with admin.connect() as conn:
                        conn.execute(text("CREATE DATABASE bench"))
                    admin.dispose()
                    run(kind, server.rsplit("/", 1)[0] + "/bench")
            except LookupError as missing:
                print(f"{kind}: skipped ({missing})")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve(sys.argv[2], int(sys.argv[3]))
    else:
        main(sys.argv[1:])
