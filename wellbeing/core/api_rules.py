"""The loopback API's rules: who may knock, what a body may say, how often.

Pure (no sockets, no clock): ``services.local_api.server`` asks these for
every request, with the time passed in. Why each rule is there:

- **Host** must name the loopback at our port (``127.0.0.1:P``,
  ``localhost:P``, ``[::1]:P``). A page whose own name was rebound to
  127.0.0.1 (DNS rebinding) is same-origin with us, so CORS cannot stop
  it; its ``Host`` still says its own name.
- **Origin**, when a browser sends one, must be on the agent's exact
  allowlist (scheme, host and port, as browsers serialise them). ``null``
  (a sandboxed frame, a file) is never allowed.
- **The token** is compared in constant time; it travels in a header only
  (``Authorization: Bearer`` or ``X-Wellbeing-Token``), never a cookie, so a
  form post or a ``text/plain`` "simple" request can never carry it and any
  page that tries must pass a preflight first.
- **Bodies** are at most 4 KB of strict JSON (no duplicate keys, no NaN),
  and only the fields below: ``call/start`` takes none, ``call/end`` takes
  ``difficulty``, ``tags`` and ``duration_s`` with ``log-call``'s bounds.
  There is no note field: the private note never crosses this door.
- **Rate**: a token bucket per allowed origin (and one for everything else),
  so a refused page cannot starve the agent's desktop.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import (
    DIFFICULTY_MAX,
    DIFFICULTY_MIN,
    MAX_DURATION_S,
    parse_json_int,
    parse_tags,
)
from wellbeing.core.records import Call, Source
from wellbeing.core.tags import Tag

BODY_LIMIT = 4096
DEFAULT_PORT = 17733
"""Unassigned by IANA and outside the ephemeral ranges; any free port works."""
BURST = 10
PER_SECOND = 2.0
ALLOWED_HEADERS = "Authorization, Content-Type, X-Wellbeing-Token"
ROUTES: Mapping[str, str] = {"/v1/call/start": "POST", "/v1/call/end": "POST", "/v1/status": "GET"}
END_FIELDS = frozenset({"difficulty", "tags", "duration_s"})

_HOST_PORT = re.compile(r"[a-z0-9.-]+(:[0-9]{1,5})?")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_origin(value: Any, name: str = "api_origins") -> str:
    """An origin as a browser sends it: ``scheme://host[:port]``, lower case,
    no default port, no path; anything else is refused."""
    text = value.strip().rstrip("/") if isinstance(value, str) else None
    parts = urlsplit(text) if text and text.isascii() else None
    if (
        parts is None
        or parts.scheme not in _DEFAULT_PORTS
        or not parts.netloc
        or parts.path
        or parts.query
        or parts.fragment
        or "@" in parts.netloc
    ):
        raise InvalidInput(
            f"{name}: expected an origin such as https://example.my.connect.aws, got {value!r}"
        )
    try:
        port = parts.port
    except ValueError:
        raise InvalidInput(f"{name}: bad port in {value!r}") from None
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    elif not _HOST_PORT.fullmatch(host):
        raise InvalidInput(f"{name}: bad host in {value!r}")
    shown_port = "" if port in (None, _DEFAULT_PORTS[parts.scheme]) else f":{port}"
    return f"{parts.scheme}://{host}{shown_port}"


def host_allowed(host: str | None, port: int) -> bool:
    """Whether ``Host`` names this loopback server (DNS rebinding refused)."""
    if host is None:
        return False
    return host.lower() in {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}


def origin_allowed(origin: str | None, allowed: Iterable[str]) -> bool:
    """No ``Origin`` (a script, curl) passes here; the token still decides."""
    return origin is None or origin in set(allowed)


def token_of(headers: Mapping[str, str]) -> str | None:
    """The token a request carries, from ``Authorization: Bearer`` or ``X-Wellbeing-Token``."""
    custom = headers.get("x-wellbeing-token")
    if custom:
        return custom.strip()
    scheme, _, value = (headers.get("authorization") or "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def token_matches(given: str | None, expected: str) -> bool:
    """Constant-time, so the time taken tells nothing about the token."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def is_json(content_type: str | None) -> bool:
    return (content_type or "").split(";")[0].strip().lower() == "application/json"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InvalidInput(f"body: the key {key!r} appears twice")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise InvalidInput(f"body: {name} is not JSON")


def parse_body(raw: bytes) -> Any:
    """Strict JSON (no duplicate key, no NaN); an empty body is ``{}``."""
    if len(raw) > BODY_LIMIT:
        raise InvalidInput(f"body: larger than {BODY_LIMIT} bytes")
    if not raw.strip():
        return {}
    try:
        data = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constants
        )
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidInput(f"body: not valid JSON ({type(error).__name__})") from None
    return data


@dataclass(frozen=True, slots=True)
class CallEnd:
    """What a page said when its call ended; ``difficulty`` None is an unrated call."""

    difficulty: int | None = None
    tags: tuple[Tag, ...] = ()
    duration_s: int | None = None


def _object(data: Any) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise InvalidInput("body: expected a JSON object")
    return data


def parse_start(data: Any) -> None:
    if _object(data):
        raise InvalidInput(f"body: call/start takes no field, got {sorted(data)[0]!r}")


def parse_end(data: Any) -> CallEnd:
    """``log-call``'s bounds, with JSON's types: integers are JSON integers."""
    data = _object(data)
    unknown = sorted(set(data) - END_FIELDS)
    if unknown:
        raise InvalidInput(
            f"body: unknown field {unknown[0]!r} (known: difficulty, tags, duration_s)"
        )
    difficulty = data.get("difficulty")
    if difficulty is not None:
        difficulty = parse_json_int(difficulty, "difficulty", DIFFICULTY_MIN, DIFFICULTY_MAX)
    duration = data.get("duration_s")
    if duration is not None:
        duration = parse_json_int(duration, "duration_s", 0, MAX_DURATION_S)
    tags = parse_tags(data.get("tags", []))
    if tags and difficulty is None:
        raise InvalidInput("tags: give a difficulty with the tags")
    return CallEnd(difficulty, tags, duration)


def call_for_end(end: CallEnd, started: datetime | None, now: datetime) -> Call | None:
    """The call an end records, or None.

    ``started`` is when the API's own call began, None when no API call was
    on. An end with a difficulty is a rated call, always (a page may report
    a call it never started). An end without one records an unrated call only
    when it closes the API's call: Amazon Connect says both "after-call work"
    and "ended" for one call, and the second must not add a call.
    """
    if end.difficulty is None and started is None:
        return None
    duration = end.duration_s
    if duration is None and started is not None:
        duration = min(MAX_DURATION_S, max(0, int((now - started).total_seconds())))
    return Call.create(
        ended_at=now,
        difficulty=end.difficulty,
        tags=end.tags,
        duration_s=duration,
        source=Source.API,
        now=now,
    )


@dataclass
class RateLimiter:
    """Token buckets by key (an allowed origin, or ``*``); ``now`` in seconds, monotonic."""

    burst: int = BURST
    per_second: float = PER_SECOND
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def allow(self, key: str, now: float) -> bool:
        level, since = self._buckets.get(key, (float(self.burst), now))
        level = min(float(self.burst), level + max(0.0, now - since) * self.per_second)
        if level < 1.0:
            self._buckets[key] = (level, now)
            return False
        self._buckets[key] = (level - 1.0, now)
        return True


def rate_key(origin: str | None, allowed: Iterable[str]) -> str:
    """Each allowed origin has its own bucket; scripts share one; the rest share another."""
    if origin is None:
        return ""
    return origin if origin in set(allowed) else "*"
