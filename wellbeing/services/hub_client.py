"""Talking to a team hub over HTTPS, without Qt: enrol, send a pulse, retract it, read a report.

Plain ``urllib`` with the operating system's trust store (``truststore``:
a corporate root certificate installed on the machine just works) and the
system proxy (``urllib``'s own discovery: environment, Windows registry,
macOS settings), except for a hub on this machine, which no proxy can
reach. Blocking: call it from a background worker, never the GUI thread.

``http://`` is refused except to a loopback address: a credential must not
cross a network in clear. Every failure is a ``HubError`` whose ``message``
is one line to show the agent (the hub's own message when it sent one, such
as why a week is closed) and whose ``status`` is the HTTP status, or 0 when
the hub could not be reached.
"""

from __future__ import annotations

import ipaddress
import json
import ssl
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wellbeing.core.errors import InvalidInput

if TYPE_CHECKING:
    import urllib.error

TIMEOUT = 20.0
MAX_ANSWER = 1 << 20


class HubError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    @property
    def closed(self) -> bool:
        """The week is closed (410): sending it again will never help."""
        return self.status == 410

    @property
    def retry(self) -> bool:
        """Worth trying again later: no answer, too many attempts, or a server error."""
        return self.status == 0 or self.status == 429 or self.status >= 500


@dataclass(frozen=True, slots=True)
class Enrolment:
    credential: str
    team: str
    operator: str
    k: int


def check_url(url: str) -> str:
    """``url`` without a trailing slash, if it is https, or http to this machine."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(f"hub: expected an https:// address, got {url!r}")
    if parts.scheme == "http" and not _loopback(parts.hostname):
        raise InvalidInput("hub: plain http is only for this machine; use https://")
    return url.rstrip("/")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class HubClient:
    def __init__(self, url: str, *, timeout: float = TIMEOUT) -> None:
        self.url = check_url(url)
        self._timeout = timeout
        import urllib.request  # with http.client, only once a hub is used

        local = _loopback(urllib.parse.urlsplit(self.url).hostname or "")
        proxies = urllib.request.ProxyHandler({} if local else None)
        self._opener = urllib.request.build_opener(
            proxies, urllib.request.HTTPSHandler(context=_context()), _no_redirects()
        )

    def info(self) -> dict[str, Any]:
        """Who runs the hub: ``{"operator": ..., "api": "v1"}``."""
        return self._call("GET", "/v1/hub")

    def enroll(self, invite: str) -> Enrolment:
        answer = self._call("POST", "/v1/enroll", body={"invite": invite})
        try:
            return Enrolment(
                str(answer["credential"]),
                str(answer["team"]),
                str(answer["operator"]),
                int(answer["k"]),
            )
        except (KeyError, TypeError, ValueError):
            raise HubError(0, "the hub's answer to enrolment was not understood") from None

    def submit(self, credential: str, pulse: dict[str, Any]) -> str:
        """Send one week's pulse; the receipt that replaces or retracts it until close."""
        answer = self._call("POST", "/v1/pulses", body=pulse, bearer=credential)
        receipt = answer.get("receipt")
        if not isinstance(receipt, str):
            raise HubError(0, "the hub's answer to a pulse was not understood")
        return receipt

    def retract(self, credential: str, receipt: str) -> None:
        path = "/v1/pulses/" + urllib.parse.quote(receipt, safe="")
        self._call("DELETE", path, bearer=credential)

    def teams(self, viewer: str) -> dict[str, Any]:
        """``{"team": the viewer's team, "teams": it and those under it}``."""
        return self._call("GET", "/v1/teams", bearer=viewer)

    def report(self, viewer: str, team: str | None = None, weeks: int = 12) -> dict[str, Any]:
        """The released figures of ``team`` (default: the viewer's own team)."""
        name = team if team is not None else str(self.teams(viewer)["team"])
        path = f"/v1/teams/{urllib.parse.quote(name, safe='')}/report?weeks={weeks}"
        return self._call("GET", path, bearer=viewer)

    def _call(
        self, method: str, path: str, *, body: object = None, bearer: str | None = None
    ) -> dict[str, Any]:
        import urllib.error
        import urllib.request

        headers = {"Accept": "application/json", "User-Agent": "wellbeing"}
        data = None
        if body is not None:
            data = json.dumps(body, allow_nan=False).encode()
            headers["Content-Type"] = "application/json"
        if bearer is not None:
            headers["Authorization"] = f"Bearer {bearer}"
        request = urllib.request.Request(self.url + path, data, headers, method=method)
        try:
            with self._opener.open(request, timeout=self._timeout) as answer:
                raw = answer.read(MAX_ANSWER)
        except urllib.error.HTTPError as error:
            raise HubError(error.code, _message(error)) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise HubError(0, f"the hub could not be reached: {reason}") from None
        if not raw:
            return {}
        try:
            parsed = json.loads(raw)
        except ValueError:
            raise HubError(0, "the hub's answer was not JSON") from None
        if not isinstance(parsed, dict):
            raise HubError(0, "the hub's answer was not a JSON object")
        return parsed


def _message(error: urllib.error.HTTPError) -> str:
    try:
        found = json.loads(error.read(MAX_ANSWER)).get("error")
    except (ValueError, AttributeError, OSError):
        found = None
    return str(found) if found else f"the hub answered {error.code} {error.reason}"


def _context() -> ssl.SSLContext:
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _no_redirects() -> Any:
    """A handler that follows no redirect: urllib would carry the credential's
    ``Authorization`` header to whatever address a redirect names, over plain
    http too. The hub never redirects its API, so a 3xx is an error."""
    import urllib.request

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    return NoRedirects()
