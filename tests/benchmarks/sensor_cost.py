"""What the microphone sensor costs, and how fast it answers, against a real
PulseAudio server (bench_startup.py ``--sensor-idle``).

A child process runs the tray app (``launch``, offscreen) and idles, with the
sensor chosen by ``choose_sensor`` started beside it ("on") or not ("off"):
the difference is the sensor's cost inside the app. The "on" child prints
one line per ``changed`` signal with the monotonic time. Measured:

- idle: the CPU time (schedstat) of the child and its ``pactl`` over ``idle_s`` seconds after
  ``SETTLE_S`` to start, its RSS
  and, for "on", the RSS and PSS of its ``pactl subscribe`` child;
- latency: a ``parecord`` softphone records for ``record_s`` seconds: the
  time from its spawn to ``changed(True)``, and from its end to
  ``changed(False)``;
- noise: a "Peak detect" stream (a volume meter) alone, ``record_s``
  seconds: it must never flip the sensor.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from servers import Pulse, pulse_server, stop

SENSOR_CHILD = """
import os, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from wellbeing.app import launch
from wellbeing.core.settings import Settings
from wellbeing.store.paths import resolve_data_dir
started = launch(resolve_data_dir(sys.argv[2], os.environ))  # the tray app, as `run` starts it
if sys.argv[1] == "on":
    from wellbeing.services.mic_sensor import choose_sensor
    sensor = choose_sensor(Settings(phone_programs=("parecord",)))
    sensor.changed.connect(lambda on: print(time.monotonic(), on, flush=True))
    sensor.unavailable.connect(lambda why: print(time.monotonic(), "unavailable", why, flush=True))
    sensor.start()
print(time.monotonic(), "ready", flush=True)
app.exec()
"""


SETTLE_S = 2.0


@dataclass
class Cost:
    cpu_ms: float
    seconds: float
    rss_mb: float
    helper_rss_mb: float
    helper_pss_mb: float
    helper_private_mb: float

    def line(self, name: str) -> str:
        share = self.cpu_ms / 1000 * 100 / self.seconds
        text = (
            f"sensor {name:3}: {self.cpu_ms:7.1f} ms CPU in {self.seconds:.0f} s"
            f" ({share:.4f} % of one core); RSS {self.rss_mb:.1f} MB"
        )
        if self.helper_rss_mb:
            text += f"; pactl subscribe RSS {self.helper_rss_mb:.1f} MB"
            text += f", PSS {self.helper_pss_mb:.1f} MB, private {self.helper_private_mb:.1f} MB"
        return text


def _cpu_ns(pid: int) -> int:
    tasks = Path(f"/proc/{pid}/task").iterdir()
    return sum(int((task / "schedstat").read_text().split()[0]) for task in tasks)


def _memory_mb(pid: int, field: str, name: str = "status") -> float:
    for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


class Child:
    def __init__(self, mode: str, env: dict[str, str], data_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SENSOR_CHILD, mode, str(data_dir)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        self._lines = selectors.DefaultSelector()
        assert self.process.stdout is not None
        self._lines.register(self.process.stdout, selectors.EVENT_READ)
        if self.next_line(60.0) is None:
            raise SystemExit("the sensor child did not start")

    def next_line(self, timeout: float) -> list[str] | None:
        """The child's next line, split, or None after ``timeout`` seconds."""
        assert self.process.stdout is not None
        if not self._lines.select(timeout):
            return None
        line = self.process.stdout.readline()
        return line.split() if line else None

    def idle(self, seconds: float) -> Cost:
        pid = self.process.pid
        if self.next_line(SETTLE_S) is not None:  # its start, and the first question asked
            raise SystemExit("the sensor spoke while nothing happened")
        helpers = _children(pid)
        before = _cpu_ns(pid) + sum(_cpu_ns(h) for h in helpers)
        started = time.monotonic()
        if self.next_line(seconds) is not None:
            raise SystemExit("the sensor spoke while nothing happened")
        elapsed = time.monotonic() - started
        cpu = (_cpu_ns(pid) + sum(_cpu_ns(h) for h in helpers) - before) / 1e6
        helper_rss = sum(_memory_mb(h, "VmRSS:") for h in helpers)
        helper_pss = sum(_memory_mb(h, "Pss:", "smaps_rollup") for h in helpers)
        helper_private = sum(
            _memory_mb(h, field, "smaps_rollup")
            for h in helpers
            for field in ("Private_Clean:", "Private_Dirty:")
        )
        rss = _memory_mb(pid, "VmRSS:")
        return Cost(cpu, elapsed, rss, helper_rss, helper_pss, helper_private)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _latency(child: Child, pulse: Pulse, record_s: float) -> str:
    spawned = time.monotonic()
    phone = pulse.record()
    on = child.next_line(10.0)
    if on is None or on[1] != "True":
        stop(phone)
        raise SystemExit(f"a recording did not put the sensor on a call: {on}")
    with contextlib.suppress(subprocess.TimeoutExpired):  # it records until killed
        phone.wait(max(0.0, record_s - (time.monotonic() - spawned)))
    ended = time.monotonic()
    stop(phone)
    off = child.next_line(10.0)
    if off is None or off[1] != "False":
        raise SystemExit(f"the end of the recording was not seen: {off}")
    return (
        f"sensor: parecord for {record_s:g} s: changed(True) {float(on[0]) - spawned:.3f} s"
        f" after its spawn, changed(False) {float(off[0]) - ended:.3f} s after its end"
    )


def _peak_only(child: Child, pulse: Pulse, record_s: float) -> str:
    meter = pulse.record("--property=media.name=Peak detect")
    try:
        heard = child.next_line(record_s)
    finally:
        stop(meter)
    if heard is not None:
        raise SystemExit(f"a volume meter alone flipped the sensor: {heard}")
    return f"sensor: a 'Peak detect' stream alone for {record_s:g} s: no change (as it should)"


def report(idle_s: float, record_s: float, env: dict[str, str]) -> None:
    tmp = tempfile.TemporaryDirectory(prefix="wb-pa-")  # short: a socket path has a limit
    with tmp, pulse_server(Path(tmp.name) / "r") as pulse:
        child_env = {**env, **{k: pulse.env[k] for k in ("XDG_RUNTIME_DIR", "HOME", "LC_ALL")}}
        child_env["QT_QPA_PLATFORM"] = "offscreen"
        for mode in ("off", "on"):
            child = Child(mode, child_env, Path(tmp.name) / f"data-{mode}")
            try:
                print(child.idle(idle_s).line(mode), flush=True)
                if mode == "on":
                    print(_latency(child, pulse, record_s), flush=True)
                    print(_peak_only(child, pulse, record_s), flush=True)
            finally:
                child.close()
    print(f"  (a private PulseAudio {os.uname().sysname} server, null source as the microphone)")
