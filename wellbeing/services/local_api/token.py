"""The loopback API's token: random, 128 bits or more, in a 0600 file of the data directory.

A browser page shows it in a header; the agent copies it from Settings or
``wellbeing api token``. It is made on first need and kept until the agent
asks for a new one (``wellbeing api token --new``), so a page configured
once keeps working across restarts. An organisation that configures one
page for every agent can deploy its own token instead (``api token --set``,
read from standard input so it never shows in a process list).
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from wellbeing.core.errors import InvalidInput
from wellbeing.store.files import read_bounded, write_atomically
from wellbeing.store.layout import API_TOKEN, make_private_dir

TOKEN_FILE = API_TOKEN
TOKEN_BYTES = 24
"""192 bits, as 32 URL-safe characters."""
_MIN_LENGTH = 22  # 128 bits of URL-safe base64
_TOKEN_TEXT = re.compile(r"[A-Za-z0-9_-]+")


def read_token(data_dir: Path) -> str | None:
    """The stored token, or None when there is none (or it is not one of ours)."""
    try:
        text = read_bounded(data_dir / TOKEN_FILE, limit=1024).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if len(text) >= _MIN_LENGTH and text.isascii() and text.isprintable() else None


def new_token(data_dir: Path) -> str:
    """A fresh token, saved atomically (0600) in place of the old one."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    save_token(data_dir, token)
    return token


def check_token(text: str) -> str:
    """An organisation's own token (deployed to every desktop), checked before it is saved."""
    token = text.strip()
    if len(token) < _MIN_LENGTH or len(token) > 256 or not _TOKEN_TEXT.fullmatch(token):
        raise InvalidInput(
            f"token: expected {_MIN_LENGTH} to 256 letters, digits, '-' or '_' "
            "(at least 128 random bits)"
        )
    return token


def save_token(data_dir: Path, token: str) -> None:
    make_private_dir(data_dir)
    write_atomically(data_dir / TOKEN_FILE, token.encode("ascii") + b"\n")


def load_or_create(data_dir: Path) -> str:
    return read_token(data_dir) or new_token(data_dir)
