"""The paths of the running processes on Windows, through the Win32 API (ctypes).

Only what the consent store needs to tell a live call from a crashed
program's stale record. Processes this user may not query (system services)
are left out: a softphone runs as the agent.
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from typing import Any

_QUERY_LIMITED_INFORMATION = 0x1000


def running_paths() -> set[str]:
    """Lower-cased full paths of the processes this user can see."""
    kernel32: Any = getattr(ctypes, "WinDLL")("kernel32", use_last_error=True)  # noqa: B009 (Windows only)
    psapi: Any = getattr(ctypes, "WinDLL")("psapi", use_last_error=True)  # noqa: B009
    count = 4096
    while True:
        pids = (wintypes.DWORD * count)()
        used = wintypes.DWORD()
        if not psapi.EnumProcesses(pids, ctypes.sizeof(pids), ctypes.byref(used)):
            return set()
        if used.value < ctypes.sizeof(pids):
            break
        count *= 2
    paths: set[str] = set()
    buffer = ctypes.create_unicode_buffer(32768)
    for pid in pids[: used.value // ctypes.sizeof(wintypes.DWORD)]:
        handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            continue
        try:
            size = wintypes.DWORD(len(buffer))
            if kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
                paths.add(buffer.value.casefold())
        finally:
            kernel32.CloseHandle(handle)
    return paths
