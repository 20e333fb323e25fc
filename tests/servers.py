"""Real servers that tests start themselves (PulseAudio here), and the rule for
when one cannot start: skip with the reason on a contributor's machine, fail
in CI, where ``.ci/run`` installs them and sets ``WELLBEING_REQUIRE_SERVERS=1``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest


def missing(reason: str) -> NoReturn:
    """Skip, or fail when the servers are required."""
    if os.environ.get("WELLBEING_REQUIRE_SERVERS") == "1":
        pytest.fail(f"{reason} (WELLBEING_REQUIRE_SERVERS=1)")
    pytest.skip(reason)


@dataclass
class Pulse:
    """A private PulseAudio server: ``env`` reaches it, ``mic`` is a microphone-like source."""

    runtime: Path
    env: dict[str, str]
    mic: str = "mic"

    def record(self, *extra: str, device: str = "mic") -> subprocess.Popen[bytes]:
        """A program recording from ``device`` (``parecord``, as a softphone would)."""
        command = ["parecord", f"--device={device}", *extra, os.devnull]
        return subprocess.Popen(command, env=self.env, stderr=subprocess.DEVNULL)


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def pulse_server(runtime: Path) -> Iterator[Pulse]:
    """Debian's ``pulseaudio`` in its own runtime dir, with a null sink and a null source."""
    for program in ("pulseaudio", "pactl", "parecord"):
        if shutil.which(program) is None:
            missing(f"{program} is not installed (Debian: pulseaudio, pulseaudio-utils)")
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime), "LC_ALL": "C"}
    env.pop("PULSE_SERVER", None)
    started = subprocess.run(
        [
            "pulseaudio", "-n", "--daemonize=yes", "--exit-idle-time=-1", "--use-pid-file=yes",
            "--load=module-null-sink sink_name=speaker",
            "--load=module-native-protocol-unix",
            "--load=module-null-source source_name=mic",
            f"--log-target=file:{runtime / 'pa.log'}",
        ],
        env=env, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    if started.returncode != 0:
        missing(f"pulseaudio did not start: {started.stderr.strip() or started.returncode}")
    try:
        yield Pulse(runtime, env)
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, timeout=30, check=False)
