"""Take the team sharing screenshots in ``packaging/screenshots/`` from the real widgets.

Run it as ``python tests/screenshots/shoot_team.py`` (needs Xvfb). It starts
its own X server (display :90, 1280x800x24), and saves:

- ``team-dashboard.png``: the team lead's dashboard over a made-up team
  folder: twelve weeks of seven agents' pulses (one week with only three,
  so it is hidden) and two files that cannot be read;
- ``team-sharing.png``: an agent's "Team sharing" dialog before opting in,
  with a folder typed and the preview of two finished weeks.

The figures are drawn from a seeded random generator and the clock is
fixed, so the pictures only change when the widgets do. Each window is
grabbed by Qt itself (there is no window manager, so no frame to crop).

This is a script, not a test: it polls the event loop until the worker
threads have answered.
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing.core.history import History

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from xdisplay import settle, virtual_display, wait_for  # noqa: E402

sys.path.insert(0, str(ROOT))
OUT = ROOT / "packaging" / "screenshots"
DISPLAY = ":90"
WIDTH, HEIGHT = 1280, 800
MAX_BYTES = 300_000
CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 10, 30, tzinfo=CET)  # Wednesday of 2026-W48
AGENTS = 7
WEEKS = 12
THIN_WEEK = 5  # index of the week only three agents shared


def make_team_folder(root: Path) -> None:
    """Twelve weeks of plausible pulses, strain building towards the end."""
    from wellbeing.services.team_folder import LocalFolder

    from wellbeing.core.checkin import Scores
    from wellbeing.core.indicators import WeeklyIndicators
    from wellbeing.core.pulse import make_pulse
    from wellbeing.core.weeks import iso_week
    from wellbeing.services.sharing import encode, new_token
    from wellbeing.store.sharing_state import pulse_path

    rng = random.Random(47)
    folder = LocalFolder(root)
    first = NOW - timedelta(weeks=WEEKS)
    for n in range(WEEKS):
        week = iso_week(first + timedelta(weeks=n))
        strain = n / (WEEKS - 1)  # 0 → 1: a harder quarter
        agents = 3 if n == THIN_WEEK else AGENTS
        for _ in range(agents):
            calls = rng.randint(150, 230)
            difficult = int(calls * rng.uniform(0.08, 0.14 + 0.08 * strain))
            severe = rng.randint(0, max(1, difficult // 12))
            prompted = rng.randint(5, 12)
            taken = max(0, prompted - rng.randint(1, 4 + int(3 * strain)))

            def score(low: float, high: float) -> float | None:
                return None if rng.random() < 0.15 else round(rng.uniform(low, high) / 12.5) * 12.5

            indicators = WeeklyIndicators(
                calls=calls,
                difficult=difficult,
                severe=severe,
                max_streak=min(difficult, rng.randint(2, 4 + int(3 * strain))),
                breaks_prompted=prompted,
                breaks_taken=taken,
                breathing_minutes=round(taken * rng.uniform(1.5, 3.0), 1),
                mean_stress=round(rng.uniform(3.0, 5.0 + 2.0 * strain), 1),
                checkin=Scores(
                    personal=score(5, 35 + 25 * strain),
                    work=score(10, 40 + 25 * strain),
                    customer=score(10, 45 + 20 * strain),
                ),
            )
            token = new_token()
            folder.write(pulse_path(week, token), encode(make_pulse(indicators, week, token)))
    last = iso_week(first + timedelta(weeks=WEEKS - 1))
    (root / last / f"{'f' * 32}.json").write_text('{"schema": "wellbeing.pulse/1", "week"')
    (root / last / f"{'e' * 32}.json").write_text('{"note": "not a pulse at all"}')


def agent_history() -> History:
    """Two finished weeks of calls with private notes, prompts and breaks; a few this week."""
    from wellbeing.core.history import History
    from wellbeing.core.reasons import Reason, ReasonCode
    from wellbeing.core.records import (
        Break,
        BreakOutcome,
        Call,
        Prompt,
        PromptKind,
        PromptOutcome,
        Tag,
        new_id,
    )

    rng = random.Random(3)
    calls, prompts, breaks = [], [], []
    monday = datetime(2026, 11, 9, 9, 0, tzinfo=CET)
    for day in range(17):
        if (monday + timedelta(days=day)).weekday() >= 5:
            continue
        for i in range(rng.randint(18, 26)):
            difficulty = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5])
            calls.append(
                Call.create(
                    ended_at=monday + timedelta(days=day, minutes=17 * i),
                    difficulty=difficulty,
                    tags=[Tag.ANGRY] if difficulty >= 4 else [],
                    note="a private note that never leaves this computer",
                )
            )
        at = monday + timedelta(days=day, hours=3, minutes=5)
        taken = rng.random() < 0.7
        prompts.append(
            Prompt(
                id=new_id(),
                kind=PromptKind.BREAK,
                created_at=at,
                reason=Reason.of(ReasonCode.STREAK, streak=3),
                outcome=PromptOutcome.TAKEN if taken else PromptOutcome.SNOOZED,
                resolved_at=at + timedelta(minutes=1),
            )
        )
        if taken:
            breaks.append(
                Break(
                    id=new_id(),
                    started_at=at + timedelta(minutes=1),
                    pattern="box",
                    planned_s=180,
                    completed_s=rng.choice([120, 180, 180]),
                    outcome=BreakOutcome.COMPLETED,
                    trigger="break",
                    stress_before=rng.randint(5, 8),
                    stress_after=rng.randint(2, 5),
                )
            )
    return History.of(calls=calls, prompts=prompts, breaks=breaks)


def quiet(app: object, busy: Callable[[], bool]) -> None:
    """Wait for the background work to finish, then let the window repaint."""
    if not wait_for(app, lambda: not busy()):
        raise SystemExit("the background work did not finish")
    settle()


def save(widget: object, name: str) -> Path:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    path = OUT / name
    if not widget.grab().toImage().save(str(path)):  # PNG, from the name
        raise SystemExit(f"could not save {path}")
    size = path.stat().st_size
    if size >= MAX_BYTES:
        raise SystemExit(f"{path} is {size} bytes, over {MAX_BYTES}")
    return path


def shoot() -> list[Path]:
    from doubles import FakeClock
    from PySide6.QtWidgets import QApplication
    from wellbeing.ui.team_dashboard import TeamDashboard

    from wellbeing.services.sharing import SharingService
    from wellbeing.services.sharing_runner import SharingRunner
    from wellbeing.ui.sharing_dialog import SharingDialog
    from wellbeing.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    colors = apply_theme(app, "light")
    OUT.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        team = Path(tmp) / "support-north"
        team.mkdir()
        make_team_folder(team)
        dashboard = TeamDashboard(str(team), colors=colors)
        dashboard.resize(1240, 780)
        dashboard.show()
        quiet(app, lambda: dashboard.busy)
        saved.append(save(dashboard, "team-dashboard.png"))
        dashboard.close()

        runner = SharingRunner(SharingService(Path(tmp) / "data"), clock=FakeClock(NOW))
        dialog = SharingDialog(runner, agent_history(), FakeClock(NOW), colors=colors)
        dialog.folder_edit.setText("/mnt/team-share/support-north")
        dialog.resize(1080, 640)
        dialog.show()
        quiet(app, lambda: runner.busy)
        saved.append(save(dialog, "team-sharing.png"))
        dialog.close()
        quiet(app, lambda: runner.busy)
    return saved


def main() -> int:
    with virtual_display(DISPLAY, f"{WIDTH}x{HEIGHT}x24"):
        for path in shoot():
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
