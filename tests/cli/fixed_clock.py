"""A fixed moment for command-line tests, in process and in a subprocess.

The command line reads the time only through the clock ``main`` is given,
so every test runs at ``NOW`` (a Wednesday afternoon, one hour east of UTC)
and its results do not depend on the day or the machine's time zone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

NOW = datetime.fromisoformat("2026-11-25T15:30:00+01:00")


class FixedClock:
    def __init__(self, moment: datetime = NOW) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


CLOCK = FixedClock()

_SUBPROCESS_MAIN = (
    "import sys\n"
    "from datetime import datetime\n"
    "from wellbeing.cli import main\n"
    "class Clock:\n"
    "    def now(self):\n"
    "        return datetime.fromisoformat(sys.argv[1])\n"
    "sys.exit(main(sys.argv[2:], clock=Clock()))\n"
)


def cli_command(*args: str, moment: datetime = NOW) -> list[str]:
    """``wellbeing ARGS`` as a fresh interpreter runs it, at ``moment``."""
    return [sys.executable, "-c", _SUBPROCESS_MAIN, moment.isoformat(), *args]


def run_cli(data_dir: Path | None, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``wellbeing [--data-dir DATA_DIR] ARGS`` in a subprocess at ``NOW``."""
    env = {k: v for k, v in os.environ.items() if k != "WELLBEING_DATA_DIR"}
    data = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return subprocess.run(
        cli_command(*data, *args), capture_output=True, text=True, env=env, timeout=60
    )
