"""The tray app's entry point: launch (the tray first) and the composition root.

``launch`` shows the tray and builds the rest a moment later; ``companion``
builds the long-lived objects and connects them, and nothing else. The
command line imports this package only for ``wellbeing run``.
"""

from __future__ import annotations

from wellbeing.app.main import Launch, launch, run

__all__ = ["Launch", "launch", "run"]
