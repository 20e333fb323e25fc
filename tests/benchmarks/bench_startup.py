"""Start-up cost of the tray app against a bare PySide6 tray app, and its idle CPU.

Run it as ``python tests/benchmarks/bench_startup.py [--xvfb]``. It prints,
for (a) the wellbeing app, started twice on each new data folder (its first
start, then its next start, as every morning after), and (b) a bare PySide6
app with a tray icon and a three-item menu, the median over ``--runs`` child
processes of:

- the wall time from just before the child is spawned to the moment its
  event loop runs with the tray shown (read by the child on the system-wide
  monotonic clock), and to its exit;
- its peak RSS (``ru_maxrss`` from ``os.wait4``);

and the ratio app/bare of each. The first start on a machine without a
sound server also says, once, that calls are not detected: with no
notification service (as under Xvfb) Qt draws that balloon itself, and its
fonts and text are in the app's memory. A third child, the bare app with the fixed
stack loaded (APScheduler's ``QtScheduler`` started, a ``QLocalServer``
listening, filelock and TinyDB imported, one SVG icon) and no wellbeing
code, gives the floor that stack sets. The app child runs ``wellbeing.app.launch``
(what ``wellbeing run`` does before its event loop), notes when the loop
runs with the tray shown, and stays 0.3 s more so that the deferred start
(the scheduler) is in its peak memory. Then (c) it starts
the real ``python -m wellbeing run``, waits ``--settle`` seconds, and
measures its CPU time over ``--idle`` seconds of idling. Last, (d) with
``--sensor-idle`` it measures the microphone sensor against a private
PulseAudio server (``sensor_cost.py``): idle CPU and RSS of a Qt app with the
sensor on and off, how fast a ``parecord`` recording of ``--sensor-record``
seconds flips it, and that a volume meter's peak stream alone never does.

By default every child runs on Qt's offscreen platform, which has no system
tray: there the app shows its fallback window instead of the tray icon.
With ``--xvfb`` they run under Xvfb with trayer docked, as on a desktop;
with ``--sound-server`` a private PulseAudio runs for them too, as on an
agent's desktop, so the app watches the microphone instead of saying that
calls are not detected.
One uncounted warm-up run of each comes first (disk cache, font cache).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from servers import pulse_server  # noqa: E402
from xdisplay import virtual_display  # noqa: E402

DISPLAY = ":92"

APP_CHILD = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])  # as launch() would; it reuses this one

def shown():
    print(time.monotonic(), "tray" if started.tray.icon.isVisible() else "none", flush=True)

def ready(companion):
    print(time.monotonic(), flush=True)
    # Stay until the deferred start (the scheduler) has run, so the peak memory
    # is that of the running app, not of a tray shown and left at once.
    QTimer.singleShot(300, lambda: app.exit(0))

QTimer.singleShot(0, shown)  # the loop's first turn, before launch's deferred part
from wellbeing.app import launch
from wellbeing.store.paths import resolve_data_dir

started = launch(resolve_data_dir(sys.argv[1], os.environ))
started.on_ready = ready
app.exec()
started.companion.stop()
"""

BARE_CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill("teal")
menu = QMenu()
for text in ("Log call", "Take a break", "Quit"):
    menu.addAction(text)
icon = QSystemTrayIcon(QIcon(pixmap))
icon.setContextMenu(menu)
icon.show()

def shown():
    tray = QSystemTrayIcon.isSystemTrayAvailable()
    print(time.monotonic(), "tray" if tray else "no-tray", flush=True)
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
"""

FIXED_CHILD = BARE_CHILD.replace(
    "QTimer.singleShot(0, shown)",
    """
# The fixed stack the app cannot do without, and no wellbeing code: the
# scheduler (APScheduler 3, which imports asyncio and so ssl), the local
# server of the single instance, the store's lock and TinyDB, one SVG icon.
import tempfile
import filelock, tinydb
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtNetwork import QLocalServer
from PySide6.QtGui import QIcon
scheduler = QtScheduler()
scheduler.add_job(print, "interval", minutes=1)
scheduler.start()
server = QLocalServer()
server.listen(tempfile.mktemp(prefix="wb-bench-"))
icon.setIcon(QIcon(sys.argv[1]))
QTimer.singleShot(300, shown)""",
).replace("    app.quit()", "    app.quit()\n    scheduler.shutdown()")
"""The bare app with the fixed stack loaded (the floor issue 15 measured at 1.49x)."""


BARE, FIXED, FIRST, AGAIN = ROWS = (
    "bare PySide6 tray + menu",
    "bare + fixed stack",
    "wellbeing app, first start",
    "wellbeing app, next starts",
)


@dataclass
class Run:
    shown_s: float
    exit_s: float
    peak_mb: float
    shows: str
    ready_s: float


SOUND_SERVER: dict[str, str] = {}
"""With ``--sound-server``: what reaches the private PulseAudio, in every child."""


def child_env() -> dict[str, str]:
    env = {**os.environ, **SOUND_SERVER}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_child(code: str, *args: str) -> Run:
    """Run one child; Qt's warnings on its stderr are shown only if it fails."""
    with tempfile.TemporaryFile("w+") as errors:
        started = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=child_env(),
            text=True,
        )
        assert child.stdout is not None
        out = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        ended = time.monotonic()
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0 or not out.strip():
            errors.seek(0)
            raise SystemExit(f"child failed (exit {child.returncode}): {out!r}\n{errors.read()}")
    fields = out.split()
    shown, shows = float(fields[0]) - started, fields[1]
    ready = float(fields[2]) - started if len(fields) > 2 else shown
    if shows == "none":  # no tray: what shows is the fallback window, once ready
        shown, shows = ready, "window"
    return Run(shown, ended - started, usage.ru_maxrss / 1024, shows, ready)


def measure(runs: int) -> dict[str, list[Run]]:
    """Interleaved runs of the app's first start (a new data folder), its next
    start on that folder, the bare app and the bare app with the fixed stack,
    after one warm-up of each."""
    results: dict[str, list[Run]] = {name: [] for name in ROWS}
    icon = str(ROOT / "assets" / "icons" / "calm.svg")
    with tempfile.TemporaryDirectory(prefix="wellbeing-bench-") as tmp:
        for index in range(runs + 1):
            data_dir = str(Path(tmp) / f"data{index}")
            first, again = run_child(APP_CHILD, data_dir), run_child(APP_CHILD, data_dir)
            bare, fixed = run_child(BARE_CHILD), run_child(FIXED_CHILD, icon)
            if index:  # the first is the warm-up
                for name, run in zip(ROWS, (bare, fixed, first, again), strict=True):
                    results[name].append(run)
    return results


def cpu_ticks(pid: int) -> int:
    """utime + stime of the whole process, in clock ticks (fields 14 and 15 of stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def cpu_ns(pid: int) -> int:
    """Time on a CPU of the process's live threads, in ns (schedstat: finer than ticks)."""
    tasks = Path(f"/proc/{pid}/task").iterdir()
    return sum(int((task / "schedstat").read_text().split()[0]) for task in tasks)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Idle:
    seconds: float
    cpu_s: float  # from stat ticks
    cpu_ns: int  # from schedstat
    rss_mb: float

    def line(self, settle_s: float) -> str:
        ticks = self.cpu_s * 100 / self.seconds
        fine = self.cpu_ns / 1e9 * 100 / self.seconds
        return (
            f"idle: `python -m wellbeing run`, {settle_s:g} s to start, then {self.seconds:.0f} s:"
            f" {self.cpu_s:.2f} s CPU by stat ticks ({ticks:.3f} % of one core),"
            f" {self.cpu_ns / 1e6:.1f} ms by schedstat ({fine:.4f} %); RSS {self.rss_mb:.1f} MB"
        )


def keeps_running(app: subprocess.Popen[bytes], seconds: float) -> None:
    """Wait on the app for ``seconds``: it must still run at the end (a crash
    ends the wait at once and the benchmark with it)."""
    try:
        app.wait(seconds)
    except subprocess.TimeoutExpired:
        return
    raise SystemExit(f"wellbeing run exited early ({app.returncode})")


def idle_cpu(settle_s: float, idle_s: float) -> Idle:
    """The CPU time and RSS of ``wellbeing run`` left alone for ``idle_s``."""
    with tempfile.TemporaryDirectory(prefix="wellbeing-idle-") as tmp:
        command = [sys.executable, "-m", "wellbeing", "--data-dir", tmp, "run"]
        app = subprocess.Popen(command, env=child_env(), stderr=subprocess.DEVNULL)
        try:
            keeps_running(app, settle_s)
            ticks, ns, started = cpu_ticks(app.pid), cpu_ns(app.pid), time.monotonic()
            keeps_running(app, idle_s)
            ticks, ns = cpu_ticks(app.pid) - ticks, cpu_ns(app.pid) - ns
            elapsed = time.monotonic() - started
            rss = rss_mb(app.pid)
        finally:
            app.terminate()
            try:
                app.wait(5)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
    return Idle(elapsed, ticks / os.sysconf("SC_CLK_TCK"), ns, rss)


def report(args: argparse.Namespace, platform_name: str) -> None:
    import PySide6

    results = measure(args.runs)
    print(
        f"wellbeing start-up benchmark: {platform_name}, median of {args.runs} runs each"
        f" (after 1 warm-up), Python {platform.python_version()},"
        f" PySide6 {PySide6.__version__}, {os.cpu_count()} CPUs"
    )
    print(f"{'':28}{'to tray shown':>15}{'to ready':>12}{'peak RSS':>12}   shows")
    medians = {}
    for name in ROWS:
        runs = results[name]
        shown = statistics.median(r.shown_s for r in runs)
        ready = statistics.median(r.ready_s for r in runs)
        peak = statistics.median(r.peak_mb for r in runs)
        shows = ",".join(sorted({r.shows for r in runs}))
        medians[name] = (shown, ready, peak)
        print(f"{name:28}{shown:>13.3f} s{ready:>10.3f} s{peak:>9.1f} MB   {shows}")
    bare = medians[BARE]
    for name, label in ((FIRST, "ratio first start / bare"), (AGAIN, "ratio next starts / bare")):
        ratios = [a / b for a, b in zip(medians[name], bare, strict=True)]
        print(f"{label:28}{ratios[0]:>13.2f} x{ratios[1]:>10.2f} x{ratios[2]:>9.2f} x")
    floor = medians[FIXED][2] / bare[2]
    print(f"{'ratio fixed stack / bare':28}{'':>15}{'':>12}{floor:>9.2f} x")
    print("  (ready: the strain level shown and every service loaded; peak RSS of the")
    print("   running app, 0.3 s after ready, the scheduler included)")
    print("  (first start: a new data folder; where calls cannot be detected (no sound")
    print("   server) it says so once, in a tray balloon when no notification service")
    print("   runs; next starts: the same folder again, as every morning after)")
    print("  (shows: tray = the tray icon; window = the app's no-tray fallback window;")
    print("   no-tray = the bare icon was shown where no tray exists)")
    if args.idle > 0:
        print(idle_cpu(args.settle, args.idle).line(args.settle))
    if args.sensor_idle > 0:
        from sensor_cost import report as sensor_report

        sensor_report(args.sensor_idle, args.sensor_record, child_env())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xvfb", action="store_true", help="run under Xvfb with trayer")
    parser.add_argument("--runs", type=int, default=5, help="counted runs of each (default 5)")
    parser.add_argument("--idle", type=float, default=60, help="idle seconds measured (0: skip)")
    parser.add_argument("--settle", type=float, default=5, help="seconds to start before idle")
    parser.add_argument(
        "--sound-server",
        action="store_true",
        help="run every child with a private PulseAudio server, as on an agent's desktop",
    )
    parser.add_argument(
        "--sensor-idle", type=float, default=0, help="idle seconds of the mic sensor (0: skip)"
    )
    parser.add_argument(
        "--sensor-record", type=float, default=60, help="seconds parecord records (default 60)"
    )
    args = parser.parse_args()
    if args.runs == 0:  # the sensor's figures alone
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from sensor_cost import report as sensor_report

        sensor_report(args.sensor_idle, args.sensor_record, child_env())
        return 0
    with ExitStack() as stack:
        where = "offscreen"
        if args.sound_server:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="wb-pa-"))
            pulse = stack.enter_context(pulse_server(Path(tmp) / "r"))
            SOUND_SERVER.update({k: pulse.env[k] for k in ("XDG_RUNTIME_DIR", "HOME")})
        if args.xvfb:
            stack.enter_context(
                virtual_display(DISPLAY, "1024x768x24", tray=True, python=sys.executable)
            )
            where = f"Xvfb {DISPLAY} with trayer (xcb)"
        else:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if args.sound_server:
            where += ", a private PulseAudio server"
        report(args, where)
    return 0


if __name__ == "__main__":
    sys.exit(main())
