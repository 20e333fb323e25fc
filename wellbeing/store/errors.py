"""Errors the store raises, so callers can tell a refused operation from a bug.

Plain ``OSError`` (a full disk, a permission denied) is not wrapped: it
propagates unchanged, and when it does nothing was reported saved and the
files on disk are still the old, readable ones.
"""

from __future__ import annotations


class StoreError(Exception):
    """The data directory cannot be used as asked: the message is for a person."""


class StoreLocked(StoreError):
    """Another process held the store's lock for longer than the timeout."""


class RecordNotFound(StoreError, LookupError):
    """No stored record has the id that an update named."""


class DuplicateRecord(StoreError):
    """A record with this id is already stored in its week."""
