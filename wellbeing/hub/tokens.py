"""The hub's secrets: random, at least 128 bits, kept only as digests.

Every secret the hub hands out (invitation, agent and viewer credential,
receipt) is 192 random bits with a short prefix that says what it is, so a
credential pasted in the wrong place fails clearly. The hub stores only its
SHA-256 digest: the secrets are random, so a slow password hash would add
nothing. Digests are looked up by index and then compared with
``hmac.compare_digest``.

``keyed`` is the HMAC (with the hub's own secret) that names a pulse's slot
from the raw credential and the week: only someone holding the credential
can compute it, and the hub never stores the credential, so the pulse table
cannot be joined to the agents table.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TypeGuard

INVITE, AGENT, VIEWER, RECEIPT = "wbi_", "wba_", "wbv_", "wbr_"


def new_secret(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(24)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def same(left: str, right: str) -> bool:
    return hmac.compare_digest(left.encode(), right.encode())


def keyed(key: bytes, *parts: str) -> str:
    message = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def has_prefix(secret: object, prefix: str) -> TypeGuard[str]:
    return isinstance(secret, str) and secret.startswith(prefix) and 20 <= len(secret) <= 100
