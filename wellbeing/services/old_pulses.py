"""Deleting the pulse files the retired folder mode wrote, for ``share off`` and ``purge``.

The folder mode wrote one file per week into a shared folder (a path, or an
fsspec URL). It is retired (DESIGN, "Why a hub"), but an agent who shared
that way is owed the deletion it promised: this is all that is left of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_URL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]+://")


class FolderUnreachable(OSError):
    """The old team folder cannot be reached now (a share not mounted, say)."""


def delete_old_pulses(folder: str, paths: Iterable[str]) -> int:
    """Delete each of ``paths`` (relative to ``folder``); how many were still there."""
    if _URL.match(folder):
        return _delete_remote(folder, paths)
    root = Path(folder).expanduser()
    if not root.is_dir():
        raise FolderUnreachable(f"cannot reach the old team folder {folder}: is it mounted?")
    deleted = 0
    for relpath in paths:
        try:
            (root / relpath).unlink()
        except FileNotFoundError:
            continue
        deleted += 1
    return deleted


def _delete_remote(url: str, paths: Iterable[str]) -> int:
    try:
        import fsspec

        fs: Any
        fs, root = fsspec.core.url_to_fs(url)
    except ImportError:
        raise FolderUnreachable(
            f"deleting the old pulses in {url} needs the fsspec package"
        ) from None
    except (OSError, ValueError) as error:
        raise FolderUnreachable(f"cannot reach the old team folder {url}: {error}") from None
    deleted = 0
    for relpath in paths:
        try:
            fs.rm_file(f"{root.rstrip('/')}/{relpath}")
        except FileNotFoundError:
            continue
        deleted += 1
    return deleted
