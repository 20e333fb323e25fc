"""What a request can fail with: a status and one line the agent's app or the lead can show."""

from __future__ import annotations


class HubError(Exception):
    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Unauthorized(HubError):
    status = 401


class Forbidden(HubError):
    status = 403


class Gone(HubError):
    status = 410


class Invalid(HubError):
    status = 422


class TooMany(HubError):
    status = 429


class NotInitialised(HubError):
    status = 503
