"""What the command line says on stderr, and the exit codes that go with it.

The exit codes are a contract with scripts (a softphone's hook, a cron job):
0 ok, 2 bad usage or bad input (one line on stderr, nothing written), 1 any
other failure. Every message goes through ``printable`` because it may echo
what a user or a file supplied (a path, a note): a control character sent
raw to a terminal can move the cursor, hide text or retitle the window, so
each one is shown as a Python-style escape instead.
"""

from __future__ import annotations

import sys
import unicodedata

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13
"""What a shell reports for a tool that SIGPIPE ended: ``head`` closed the pipe."""
EXIT_INTERRUPTED = 128 + 2
"""Ctrl-C, reported as a shell reports SIGINT, without a traceback."""

_UNSAFE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
"""Controls, format characters (bidirectional overrides), lone surrogates
(bytes that were not UTF-8 in argv), private-use and unassigned code points,
and the Unicode line and paragraph separators."""


def printable(text: str) -> str:
    """``text`` with every character a terminal could act on escaped, as ``repr`` would."""
    return "".join(_escape(char) for char in text)


def _escape(char: str) -> str:
    if unicodedata.category(char) not in _UNSAFE:
        return char
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def warn(message: str) -> None:
    """A problem the command works around (a corrupt file moved aside): it goes on."""
    print(f"wellbeing: warning: {printable(message)}", file=sys.stderr)


def fail(code: int, message: str) -> int:
    """Say why the command stopped, on one line, and return its exit code."""
    print(f"wellbeing: error: {printable(message)}", file=sys.stderr)
    return code
