"""``log-call`` loads only what logging a call needs.

A softphone's hook runs it after every call, so its start-up is the cost an
agent pays each time: the stats, the export and exchange formats, sharing
and the team folder are imported by the commands that use them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

NOT_FOR_LOG_CALL = (
    "wellbeing.core.stats",
    "wellbeing.core.summary",
    "wellbeing.core.exchange",
    "wellbeing.services.export",
    "wellbeing.services.sharing",
    "wellbeing.services.team_folder",
    "wellbeing.services.ipc_client",
)

PROBE = (
    "import sys\n"
    "from wellbeing.cli import main\n"
    "code = main(['--data-dir', sys.argv[1], 'log-call', '--difficulty', '3'])\n"
    f"loaded = sorted(set(sys.modules) & set({NOT_FOR_LOG_CALL!r}))\n"
    "sys.exit(f'loaded: {loaded}' if loaded else code)\n"
)


def test_log_call_imports_neither_stats_nor_export_nor_sharing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip()) == 32  # the new call's id
