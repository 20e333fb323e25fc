"""Take the team sharing screenshot in ``packaging/screenshots/`` from the real dialog.

Run it as ``python tests/screenshots/shoot_team.py`` (needs Xvfb). It starts
its own X server (display :90, 1280x800x24), and saves ``team-sharing.png``:
an agent's "Team sharing" dialog just after joining a team hub, showing who
runs it, the team, k and the exact preview of the finished week, before
anything is sent. The hub is a stand-in that answers enrolment, so nothing
leaves the machine. (The lead's view is the hub's web page:
tests/screenshots/shoot_lead.py.)

The figures are drawn from a seeded random generator and the clock is
fixed, so the picture only changes when the dialog does. The window is
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
from wellbeing.services.hub_client import Enrolment  # noqa: E402

OUT = ROOT / "packaging" / "screenshots"
DISPLAY = ":90"
WIDTH, HEIGHT = 1280, 800
MAX_BYTES = 300_000
CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 16, 0, tzinfo=CET)  # Monday after 2026-W47


class ScreenshotHub:
    """A hub that answers enrolment as a works council's would; nothing leaves the machine."""

    url = "https://wellbeing-hub.example.org"

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")

    def enroll(self, invite: str) -> Enrolment:
        return Enrolment("wba_example", "Support North", "Works council, Lyon site", 5)


def agent_history() -> History:
    """Two finished weeks of calls with private notes, prompts and breaks (one still open)."""
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
    for day in range(14):
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

    from wellbeing.services.sharing import SharingService
    from wellbeing.services.sharing_runner import SharingRunner
    from wellbeing.ui.sharing.sharing_dialog import SharingDialog
    from wellbeing.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    colors = apply_theme(app, "light")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        service = SharingService(Path(tmp) / "data", client=ScreenshotHub)  # type: ignore[arg-type]
        runner = SharingRunner(service, clock=FakeClock(NOW))
        dialog = SharingDialog(runner, agent_history(), FakeClock(NOW), colors=colors)
        dialog.hub_edit.setText(ScreenshotHub.url)
        dialog.invite_edit.setText("wbi_example-invitation")
        dialog.resize(1080, 660)
        dialog.show()
        quiet(app, lambda: runner.busy)
        dialog.on_share_clicked()
        quiet(app, lambda: runner.busy)
        saved = save(dialog, "team-sharing.png")
        dialog.close()
        quiet(app, lambda: runner.busy)
    return [saved]


def main() -> int:
    with virtual_display(DISPLAY, f"{WIDTH}x{HEIGHT}x24"):
        for path in shoot():
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
