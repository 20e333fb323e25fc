"""The tray app's composition root (the tray app is the next milestone)."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    print(
        "wellbeing: the tray app is not built yet; the commands work (see --help)", file=sys.stderr
    )
    return 1
