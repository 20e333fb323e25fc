"""The desktop's windowed entry points: the tray app and the team dashboard.

``main.launch`` shows the tray and builds the rest a moment later;
``companion`` builds the long-lived objects and connects them, and nothing
else; ``dashboard`` is the team lead's window, an app of its own. The
command line imports this package only for the commands that open a window
(``wellbeing run``, ``wellbeing team dashboard``).
"""

from __future__ import annotations

from wellbeing.app.dashboard import run_dashboard
from wellbeing.app.main import Launch, launch, run

__all__ = ["Launch", "launch", "run", "run_dashboard"]
