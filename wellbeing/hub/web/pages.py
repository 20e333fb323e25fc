"""The lead's pages: sign in, a team's released weeks, its CSV, sign out.

Every page is rendered on the server in the reader's language. A signed-in
lead may open their own team and the teams under it (``teams_for``); any
other team name is answered 403, whether or not it exists, and the hub's
``report`` raising ``PermissionError`` is answered the same way.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from wellbeing.core.burnout_signs import HIGH_CHECKIN_SHARE, RUN_WEEKS, burnout_signs
from wellbeing.hub.web.access import ViewerAccess
from wellbeing.hub.web.chart import chart
from wellbeing.hub.web.csv_export import to_csv
from wellbeing.hub.web.figures import ordered_weeks, series
from wellbeing.hub.web.i18n import Language, negotiate
from wellbeing.hub.web.limits import SignInLimit
from wellbeing.hub.web.security import form, secure
from wellbeing.hub.web.sessions import LIFETIME_S, Session, Sessions, same_token

PREFIX = "/lead"
WEEKS = 12
LOGIN_LIFETIME_S = 3600


def team_url(team: str, suffix: str = "") -> str:
    return f"{PREFIX}/teams/{quote(team, safe='')}{suffix}"


class Pages:
    """The handlers, sharing the hub's access, the session table and templates."""

    def __init__(self, access: ViewerAccess, sessions: Sessions, *, secure_cookies: bool) -> None:
        self.access = access
        self.sessions = sessions
        self.limit = SignInLimit(sessions.clock)
        prefix = "__Host-" if secure_cookies else ""
        self.session_cookie = prefix + "wellbeing_lead"
        self.login_cookie = prefix + "wellbeing_login"
        self.secure_cookies = secure_cookies
        self.env = Environment(
            loader=FileSystemLoader(Path(__file__).with_name("templates")),
            autoescape=select_autoescape(default=True, default_for_string=True),
            extensions=["jinja2.ext.i18n"],
            trim_blocks=True,
            lstrip_blocks=True,
        )

    # --- helpers -----------------------------------------------------------------
    def _render(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        lang: Language = negotiate(request.headers.get("accept-language"))
        html = self.env.get_template(name).render(
            lang=lang,
            gettext=lang.gettext,
            _=lang.gettext,
            prefix=PREFIX,
            **context,
        )
        response = HTMLResponse(html, status_code=status)
        response.headers["Content-Language"] = lang.html_lang
        response.headers["Vary"] = "Accept-Language, Cookie"
        return secure(response)

    def _cookie(self, response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(
            name,
            value,
            max_age=max_age,
            path="/",
            httponly=True,
            secure=self.secure_cookies,
            samesite="strict",
        )

    def _session(self, request: Request) -> Session | None:
        return self.sessions.get(request.cookies.get(self.session_cookie))

    def _redirect(self, url: str) -> Response:
        return secure(RedirectResponse(url, status_code=303))

    def _sign_in_page(self, request: Request, status: int = 200, error: str = "") -> Response:
        token = secrets.token_urlsafe(32)
        response = self._render(request, "signin.html", status, csrf=token, error=error)
        self._cookie(response, self.login_cookie, token, LOGIN_LIFETIME_S)
        return response

    # --- routes ------------------------------------------------------------------
    async def to_home(self, request: Request) -> Response:
        return self._redirect(PREFIX + "/")

    async def home(self, request: Request) -> Response:
        session = self._session(request)
        if session is not None:
            return self._redirect(team_url(session.viewer.team))
        return self._sign_in_page(request)

    async def sign_in(self, request: Request) -> Response:
        fields = await form(request)
        if not same_token(request.cookies.get(self.login_cookie, ""), fields.get("csrf")):
            return self._sign_in_page(request, 403, "expired")
        address = request.client.host if request.client else ""
        if self.limit.blocked(address):
            return self._sign_in_page(request, 429, "too_many")
        viewer = self.access.authenticate(fields.get("credential", "").strip())
        if viewer is None:
            self.limit.failed(address)
            return self._sign_in_page(request, 401, "unknown")
        session_id, _ = self.sessions.open(viewer)
        response = self._redirect(team_url(viewer.team))
        self._cookie(response, self.session_cookie, session_id, LIFETIME_S)
        response.delete_cookie(
            self.login_cookie,
            path="/",
            secure=self.secure_cookies,
            httponly=True,
            samesite="strict",
        )
        return response

    async def sign_out(self, request: Request) -> Response:
        session_id = request.cookies.get(self.session_cookie)
        session = self.sessions.get(session_id)
        fields = await form(request)
        if session is not None and not same_token(session.csrf, fields.get("csrf")):
            return self._render(request, "error.html", 403, reason="forbidden")
        self.sessions.close(session_id)
        response = self._redirect(PREFIX + "/")
        response.delete_cookie(
            self.session_cookie,
            path="/",
            secure=self.secure_cookies,
            httponly=True,
            samesite="strict",
        )
        return response

    def _allowed(self, request: Request) -> tuple[Session, list[str], str] | Response:
        session = self._session(request)
        if session is None:
            return self._redirect(PREFIX + "/")
        teams = self.access.teams_for(session.viewer)
        team = request.path_params["team"]
        if team not in teams:
            return self._render(request, "error.html", 403, reason="forbidden", session=session)
        return session, teams, team

    async def team(self, request: Request) -> Response:
        allowed = self._allowed(request)
        if isinstance(allowed, Response):
            return allowed
        session, teams, team = allowed
        try:
            report = self.access.report(session.viewer, team, WEEKS)
        except PermissionError:
            return self._render(request, "error.html", 403, reason="forbidden", session=session)
        weeks = ordered_weeks(report, WEEKS)
        overview = self._overview(session, teams) if team == teams[0] and len(teams) > 1 else []
        return self._render(
            request,
            "team.html",
            session=session,
            teams=teams,
            team=team,
            team_url=team_url,
            min_group=report.get("min_group", 5),
            weeks=weeks,
            signs=burnout_signs(weeks),
            run_weeks=RUN_WEEKS,
            high_checkin_share=round(HIGH_CHECKIN_SHARE * 100),
            charts=[(s, chart(s)) for s in series(weeks)],
            overview=overview,
        )

    def _overview(self, session: Session, teams: list[str]) -> list[dict[str, Any]]:
        """Each team under the viewer's own: its newest week and whether a sign holds."""
        rows = []
        for name in teams[1:]:
            try:
                weeks = ordered_weeks(self.access.report(session.viewer, name, WEEKS), WEEKS)
            except PermissionError:
                continue
            rows.append(
                {
                    "team": name,
                    "latest": weeks[-1] if weeks else None,
                    "signs": burnout_signs(weeks),
                }
            )
        return rows

    async def csv(self, request: Request) -> Response:
        allowed = self._allowed(request)
        if isinstance(allowed, Response):
            return allowed
        session, _, team = allowed
        try:
            report = self.access.report(session.viewer, team, WEEKS)
        except PermissionError:
            return self._render(request, "error.html", 403, reason="forbidden", session=session)
        name = quote(f"{team}-released-weeks.csv", safe="")
        response = Response(
            to_csv(ordered_weeks(report, WEEKS)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"},
        )
        return secure(response)

    async def not_found(self, request: Request) -> Response:
        return self._render(request, "error.html", 404, reason="not_found")
