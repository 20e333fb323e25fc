"""The ``wellbeing`` command: the tray app's entry point and the headless commands.

Commands that need no window (``log-call``, ``stats``, ``export``,
``import``, ``purge``, ``share``, ``team``, ``hub``, ``on-call``) never import
Qt, so they start fast on a server or from a softphone's hook script. One
module per group of commands: ``records``, ``sharing``, ``team``, ``hub`` and
``app`` (the hand-over to the windows); ``entry.main`` is the one error path
and ``output`` says the exit codes.
"""

from wellbeing.cli.entry import main

__all__ = ["main"]
