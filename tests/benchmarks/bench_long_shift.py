"""Benchmark: nothing grows over a long shift.

Runs the tray app under Xvfb with trayer docked (as on a desktop), with a
clock that moves four minutes per call, and against it logs ``--calls``
calls through the command line (``wellbeing log-call --at ...``, one
process each, which the app picks up from the calls folder as it would
from a softphone's hook) and answers the prompts they bring (dismissed and
snoozed in turn) until ``--prompts`` were answered. It prints the app's RSS
(``/proc/self/status``) after the first 100 calls and every 200 after,
and the growth from the first figure to the last.

Run by hand: ``python tests/benchmarks/bench_long_shift.py [--calls N]
[--prompts N]``. Not part of the test suite: a figure for a note, not an
assertion.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from xdisplay import virtual_display  # noqa: E402

DISPLAY = ":94"

CHILD = """
import logging, random, sys
from datetime import datetime, timedelta
from PySide6.QtCore import QProcess, QTimer
from PySide6.QtWidgets import QApplication

data_dir, calls, prompts = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
app = QApplication(sys.argv[:1])
from wellbeing.app import launch
# The stepped clock runs ahead of the scheduler's real timers: their "missed"
# warnings say nothing about memory.
logging.getLogger("apscheduler").setLevel(logging.ERROR)

class StepClock:
    def __init__(self):
        self.moment = datetime.now().astimezone() - timedelta(minutes=4 * calls + 60)
    def now(self):
        return self.moment

def rss_mb(field="VmRSS"):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024

def figures():
    return (f"RSS {rss_mb():.1f} MB (anonymous {rss_mb('RssAnon'):.1f} MB, "
            f"files {rss_mb('RssFile'):.1f} MB)")

clock = StepClock()
rng = random.Random(7)
state = {"logged": 0, "answered": 0, "pending": 0, "first": None, "anon": None}
process = QProcess()
process.setProgram(sys.executable)

def log_next():
    if state["logged"] == calls:
        app.exit(0)
        return
    clock.moment += timedelta(minutes=4)
    difficulty = str(rng.choice((1, 2, 2, 3, 3, 4, 4, 5)))
    process.setArguments(["-m", "wellbeing", "--data-dir", data_dir, "log-call",
                          "--difficulty", difficulty, "--at", clock.moment.isoformat()])
    process.start()

def logged(code, _status):
    if code != 0:
        print("log-call failed", bytes(process.readAllStandardError()).decode(), flush=True)
        app.exit(1)
        return
    state["logged"] += 1
    QTimer.singleShot(250, settled)  # the app's watcher settles for 150 ms

def settled():
    companion = started.companion
    if state["pending"] and state["answered"] < prompts:
        state["pending"] = 0
        state["answered"] += 1
        if state["answered"] % 2:
            companion.actions.prompt_dismiss_requested.emit()
        else:
            companion.actions.prompt_snooze_requested.emit(5)
    logged_now = state["logged"]
    if logged_now == 100:
        state["first"], state["anon"] = rss_mb(), rss_mb("RssAnon")
        print(f"after 100 calls ({state['answered']} prompts answered): {figures()}", flush=True)
    elif logged_now % 200 == 0 and logged_now > 100:
        print(f"after {logged_now} calls ({state['answered']} prompts answered): {figures()}",
              flush=True)
    log_next()

def offered(_offer):
    state["pending"] = 1

def ready(companion):
    companion.service.prompt_ready.connect(offered)
    QTimer.singleShot(500, log_next)

process.finished.connect(logged)
started = launch(__import__("pathlib").Path(data_dir), clock)
started.on_ready = ready
code = app.exec()
print(f"end: {state['logged']} calls, {state['answered']} prompts answered: {figures()}; "
      f"growth since the first 100 calls: RSS {rss_mb() - state['first']:+.1f} MB, "
      f"anonymous {rss_mb('RssAnon') - state['anon']:+.1f} MB "
      "(file pages may be dropped under memory pressure: the anonymous figure is the one "
      "that grows with a leak)", flush=True)
started.companion.stop()
sys.exit(code)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--prompts", type=int, default=200)
    args = parser.parse_args()
    env_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    with (
        tempfile.TemporaryDirectory(prefix="wellbeing-shift-") as tmp,
        virtual_display(DISPLAY, tray=True, python=sys.executable),
    ):
        env = dict(os.environ, PYTHONPATH=env_path)
        data_dir = str(Path(tmp) / "data")
        print(
            f"long shift: {args.calls} calls through the command line, "
            f"{args.prompts} prompts answered, Xvfb {DISPLAY} with trayer",
            flush=True,
        )
        done = subprocess.run(
            [sys.executable, "-c", CHILD, data_dir, str(args.calls), str(args.prompts)],
            env=env,
            check=False,
        )
        if done.returncode:
            raise SystemExit(f"the app exited with {done.returncode}")


if __name__ == "__main__":
    main()
