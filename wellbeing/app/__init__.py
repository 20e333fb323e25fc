"""The desktop's windowed entry point: the tray app.

``main.launch`` shows the tray and builds the rest a moment later;
``companion`` builds the long-lived objects and connects them, and nothing
else. The command line imports this package only for ``wellbeing run``. The
team lead's view is the hub's web page, not a window of this app.
"""

from __future__ import annotations

from wellbeing.app.main import Launch, launch, run

__all__ = ["Launch", "launch", "run"]
