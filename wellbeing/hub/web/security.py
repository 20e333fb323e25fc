"""Response headers and form parsing that every page of the lead's site shares.

The Content-Security-Policy allows only this site's stylesheet and images:
no script at all (the page needs none), no inline style, no other host, no
framing. Pages are never cached, so a shared computer's back button shows
nothing after sign-out.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MAX_FORM_BYTES = 4096


def secure(response: Response) -> Response:
    """``response`` with the site's headers and no caching."""
    response.headers.update(HEADERS)
    response.headers["Cache-Control"] = "no-store"
    return response


async def form(request: Request) -> dict[str, str]:
    """A small url-encoded form (first value of each field); too big is empty."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return {}
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        return {}
    return {name: values[0] for name, values in fields.items()}


class SecureStatic:
    """Wraps the static files app so its answers carry the same headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
