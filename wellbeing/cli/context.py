"""What every command is handed: its parsed arguments, the environment, a clock.

Commands read the time and the data directory only through here, so a test
runs any command at a fixed moment against a folder of its own, and the data
directory is resolved (and, by opening the store, created) only when a
command has validated everything else.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.cli.output import warn
from wellbeing.services.clock import Clock
from wellbeing.store.paths import resolve_data_dir

if TYPE_CHECKING:
    from wellbeing.store.store import Store


@dataclass(frozen=True)
class Context:
    args: argparse.Namespace
    environ: Mapping[str, str]
    clock: Clock

    def now(self) -> datetime:
        return self.clock.now()

    def data_dir(self) -> Path:
        return resolve_data_dir(self.args.data_dir, self.environ)

    def open_store(self) -> Store:
        from wellbeing.store.store import Store

        return Store.open(self.data_dir(), on_problem=warn)


def tell_app(data_dir: Path, message: dict[str, object]) -> bool:
    """Deliver ``message`` to the app running on ``data_dir``; False when none runs.
    The client is imported here, so that ``log-call`` never loads it."""
    from wellbeing.services.ipc_client import send

    return send(data_dir, message)
