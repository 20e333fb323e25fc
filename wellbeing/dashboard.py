"""Where the command line finds the team dashboard today; it lives in ``wellbeing.app``.

Kept only so that ``wellbeing team dashboard`` works until the command line
imports ``run_dashboard`` from ``wellbeing.app``; then this module goes.
"""

from __future__ import annotations

from wellbeing.app.dashboard import run_dashboard

__all__ = ["run_dashboard"]
