"""The class server's ASGI app: the API, the report pages, the limits and the error answers.

Why errors are rebuilt here: FastAPI's own 422 answer quotes the request body back, and an
unhandled exception would be Starlette's 500. Every error is instead ``{"error": "..."}`` —
a validation error names the field and the problem, never the value sent — and a bug is logged
on the server and answered with a plain 500, so no response carries a traceback or anyone's data.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.engine import Engine
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..core.deck import Deck
from . import api, pages
from .limits import MAX_BODY_BYTES, BodyLimit, RateLimiter
from .state import ServerState

__all__ = ["create_app"]

log = logging.getLogger("kzjp_tutor.server")

_HEADERS = {
    "X-Content-Type-Options": "nosniff",  # i18n: not text
    "Referrer-Policy": "no-referrer",  # i18n: not text
    "X-Frame-Options": "DENY",  # i18n: not text
    "Cache-Control": "no-store",  # i18n: not text
}


class SecurityHeaders:
    """ASGI middleware adding :data:`_HEADERS` to every response that does not set them itself.

    Plain ASGI rather than ``@app.middleware("http")``: Starlette's ``BaseHTTPMiddleware`` runs
    each request in a task group of its own with a memory stream for the body, which cost a
    push more CPU than storing it did (docs/scaling.md).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _where(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc[1:]) or "body"  # i18n: not text


def create_app(
    engine: Engine,
    *,
    now: Callable[[], dt.datetime],
    setup_key_hash: str | None,
    decks: list[Deck] | None = None,
    per_key: RateLimiter | None = None,
    per_address: RateLimiter | None = None,
) -> FastAPI:
    """The app over a migrated database.

    Args:
        engine: The database (:func:`~kzjp_tutor.server.db.connect`, already migrated).
        now: UTC time.
        setup_key_hash: Digest of the key that may create classes (None: nobody may).
        decks: The decks the report maps cards with.
        per_key: Requests per key (default 20/s, bursts of 60).
        per_address: Requests without a valid key per client address (default 5/s, bursts of 100:
            a lab of students behind one address joins within a minute).
    """
    app = FastAPI(
        title="kzjp-tutor class server",  # i18n: not text
        version=__version__,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    state = ServerState(engine=engine, now=now, setup_key_hash=setup_key_hash, decks=decks or [])
    if per_key is not None:
        state.per_key = per_key
    if per_address is not None:
        state.per_address = per_address
    app.state.server = state
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(HTTPException)
    async def _http_error(_request: Request, exc: HTTPException) -> Response:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> Response:
        problems = exc.errors()
        first = problems[0] if problems else {"loc": (), "msg": "invalid"}
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""  # i18n: not text
        message = f"invalid request: {_where(tuple(first['loc']))}: {first['msg']}{more}"  # i18n: not text
        return JSONResponse({"error": message[:300]}, status_code=422)

    @app.exception_handler(Exception)
    async def _bug(_request: Request, exc: Exception) -> Response:
        log.exception("request failed")  # i18n: not text
        message = "internal error; the server logged it"  # i18n: not text
        return JSONResponse({"error": message}, status_code=500)

    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(SecurityHeaders)  # outermost: the body limit's 413 carries them too
    return app
