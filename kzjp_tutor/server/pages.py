"""The instructor's live report in a browser: ``/class/report`` behind a login form.

Why a form and a cookie, not a key in the URL: URLs end up in browser history, proxy logs and
Referer headers. The form posts the instructor key once; the server answers with a random
session token in an ``HttpOnly``, ``SameSite=Strict`` cookie (``Secure`` over HTTPS) and keeps
only its digest, for :data:`SESSION_HOURS`.

The report is the class report of :mod:`kzjp_tutor.core.report` (the same page ``report
--html`` writes), built from the class's events at the moment it is asked for.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from urllib.parse import parse_qs

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..core.export import LoadedExport, one_per_student
from ..core.i18n import gettext as _
from ..core.report import build_report, render_html
from .cards import class_exports
from .collector import collector_held
from .db import aware, sessions
from .keys import SESSION_PREFIX, digest, new_key
from .state import Instructor, instructor_by_key, limit_address, server

__all__ = ["COOKIE", "SESSION_HOURS", "router"]

router = APIRouter(prefix="/class")

COOKIE = "kzjp_session"  # i18n: not text
SESSION_HOURS = 12
"""How long a browser login lasts."""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'"  # i18n: not text


def _page(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers={"Content-Security-Policy": _CSP})


def _login_form(message: str | None = None) -> str:
    notice = f'<p role="alert">{escape(message)}</p>' if message else ""  # i18n: not text
    title, heading = escape(_("Class report: sign in")), escape(_("Class report"))
    label, button = escape(_("Instructor key")), escape(_("Sign in"))
    return (
        '<!doctype html><html><head><meta charset="utf-8">'  # i18n: not text
        f"<title>{title}</title></head><body><h1>{heading}</h1>{notice}"
        '<form method="post" action="/class/login"><label>'  # i18n: not text
        f'{label} <input type="password" name="key" autocomplete="off" required></label> '  # i18n: not text
        f'<button type="submit">{button}</button></form></body></html>'  # i18n: not text
    )


def _session_class(request: Request) -> Instructor | None:
    token = request.cookies.get(COOKIE)
    if not token or not token.startswith(SESSION_PREFIX):
        return None
    state = server(request)
    with state.engine.connect() as db:
        row = db.execute(
            sa.select(sessions.c.class_id, sessions.c.expires_at).where(
                sessions.c.token_hash == digest(token)
            )
        ).first()
    if row is None or aware(row.expires_at) <= state.now():
        return None
    return Instructor(row.class_id, "")


@router.get("/report", response_class=HTMLResponse)
def report(request: Request) -> Response:
    """The live class report, or the sign-in form when the browser has no valid session."""
    who = _session_class(request)
    if who is None:
        return _page(_login_form())
    state = server(request)
    with collector_held():
        loaded, _older = one_per_student(
            [LoadedExport(one.student or "", one) for one in class_exports(state, who.class_id)]
        )
        if not loaded:
            return _page(_login_form(_("Nobody in this class has synced an answer yet.")))
        page = render_html(build_report(loaded, state.decks, state.now()))
    return _page(page)


@router.post("/login")
async def login(request: Request) -> Response:
    """Check the posted instructor key; on success set the session cookie and go to the report."""
    limit_address(request)
    form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=5)
    key = (form.get("key") or [""])[0].strip()
    who = instructor_by_key(request, key)
    if who is None:
        return _page(_login_form(_("That is not an instructor key of this server.")), status=401)
    token = new_key(SESSION_PREFIX)
    state = server(request)
    now = state.now()
    with state.engine.begin() as db:
        db.execute(sa.delete(sessions).where(sessions.c.expires_at <= now))
        db.execute(
            sa.insert(sessions).values(
                token_hash=digest(token),
                class_id=who.class_id,
                expires_at=now + dt.timedelta(hours=SESSION_HOURS),
            )
        )
    response = RedirectResponse("/class/report", status_code=303)
    response.set_cookie(
        COOKIE,
        token,
        max_age=SESSION_HOURS * 3600,
        path="/class",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    """End the browser's session."""
    token = request.cookies.get(COOKIE)
    if token:
        with server(request).engine.begin() as db:
            db.execute(sa.delete(sessions).where(sessions.c.token_hash == digest(token)))
    response = RedirectResponse("/class/report", status_code=303)
    response.delete_cookie(COOKIE, path="/class")
    return response
