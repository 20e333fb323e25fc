"""``wellbeing team dashboard``: the team lead's window, as its own small app.

A team lead's machine needs no history, tray or data directory of its own:
this builds a ``QApplication``, gives it the calm theme (following the
system's light or dark scheme), shows one ``TeamDashboard`` and runs until
it is closed. The command line checks ``--min-group`` and the folder before
importing this module, so a bad argument never starts Qt.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from wellbeing.app.main import warn
from wellbeing.ui.icons import app_icon
from wellbeing.ui.theme import apply_theme
from wellbeing.ui.translations import install_translators

WINDOW_SIZE = (1180, 780)


def run_dashboard(location: str, min_group: int, lang: str | None = None) -> int:
    """Show the dashboard for ``location``; the exit code of the event loop.

    The language is ``lang`` (``--lang``), else the system's: a team lead's
    machine has no settings of its own.
    """
    # Imported here: the tray app imports this package, and the dashboard with
    # its charts and the sharing service would weigh on every agent's memory.
    from wellbeing.ui.team_dashboard import TeamDashboard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("wellbeing")
    install_translators(app, lang, on_problem=warn)
    app.setWindowIcon(app_icon())
    colors = apply_theme(app, "system")
    window = TeamDashboard(location, min_group=min_group, colors=colors)
    window.resize(*WINDOW_SIZE)
    window.show()
    return app.exec()
