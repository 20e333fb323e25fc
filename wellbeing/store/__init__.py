"""Persistence: the agent's records on the agent's own disk, crash-safe.

TinyDB behind a storage that replaces files atomically (``storage``), one
file per kind and ISO week (``repository``), a lock around every change
(``lock``), schema migrations (``schema``) and the ``Store`` facade
(``store``) that the services and the command line use. Nothing here
imports Qt.
"""
