"""Export a history as text, the same way from the command line and the windows.

JSON is the whole export document (``core.exchange``); CSV is one kind of
record per file, for spreadsheets. Written to a file, an export is private
(0600, atomic): it holds the agent's notes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from wellbeing.core.exchange import csv_rows, to_export
from wellbeing.core.history import History
from wellbeing.store.storage import atomic_write_text

FORMATS = ("json", "csv")


def export_text(history: History, fmt: str, kind: str = "calls") -> str:
    if fmt == "json":
        return json.dumps(to_export(history), ensure_ascii=False, indent=1) + "\n"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(csv_rows(history, kind))
    return buffer.getvalue()


def export_to_file(history: History, path: Path, fmt: str, kind: str = "calls") -> None:
    atomic_write_text(path, export_text(history, fmt, kind))
