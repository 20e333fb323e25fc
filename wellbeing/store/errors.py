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


class UnreadableFile(StoreError):
    """A file of the store cannot be read (not a regular file, no permission, too
    large) and was left where it is: readers report it and skip it, writers stop."""


class StoreReadOnly(StoreError):
    """The lock cannot be taken (a read-only folder, ``.lock`` made a folder):
    the store can still be read, since every write is an atomic rename, but
    nothing can be saved."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class ImportInterrupted(StoreError):
    """An import stopped part way (a full disk): the message says how far it got."""

    def __init__(self, message: str, added: int) -> None:
        super().__init__(message)
        self.added = added
