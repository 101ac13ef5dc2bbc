"""What every request handler shares: the database, the clock, the limits, the decks, and who is asking.

The handlers are thin; the checks every route needs — the key in ``Authorization: Bearer``, its
kind, its rate — live here once, so that no route can forget one. A key is found by its
digest and then compared in constant time (:func:`.keys.matches`); a key that matches nothing,
or a key of the wrong kind, gets the same 401/403 words whatever it was, so an answer tells an
attacker nothing about other classes or students.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from fastapi import HTTPException, Request
from sqlalchemy.engine import Engine

from ..core.deck import Deck
from ..core.scheduling import Planner
from .db import classes, students
from .keys import INSTRUCTOR_PREFIX, STUDENT_PREFIX, digest, matches
from .limits import RateLimiter

__all__ = ["Instructor", "ServerState", "Student", "client_address", "instructor", "server", "student"]


@dataclass
class ServerState:
    """The server's collaborators, built once by :func:`~kzjp_tutor.server.app.create_app`."""

    engine: Engine
    now: Callable[[], dt.datetime]
    """UTC time (a fixed clock in tests)."""
    setup_key_hash: str | None
    """Digest of the key that may create classes; None: nobody may."""
    decks: list[Deck] = field(default_factory=list)
    """The decks the report maps cards with (the bundled course decks)."""
    per_key: RateLimiter = field(default_factory=lambda: RateLimiter(rate=20, burst=60))
    """Requests per key."""
    per_address: RateLimiter = field(default_factory=lambda: RateLimiter(rate=5, burst=100))
    """Requests without a valid key (joining, logging in, a wrong key), per client address."""
    planners: dict[str | None, Planner] = field(default_factory=dict)
    """Replay planners by the students' kept settings (:func:`~kzjp_tutor.server.cards.planner_for`)."""
    autocommit: Engine = field(init=False)
    """The same pool, each statement its own transaction: for a lone statement (the key lookup),
    which then needs no BEGIN and no COMMIT or ROLLBACK round trip."""

    def __post_init__(self) -> None:
        self.autocommit = self.engine.execution_options(isolation_level="AUTOCOMMIT")


@dataclass(frozen=True)
class Student:
    """The student a request's key belongs to."""

    id: int
    class_id: int
    public_id: str
    name: str
    exam_date: dt.date | None
    """As stored: a push carrying the same date writes nothing."""


@dataclass(frozen=True)
class Instructor:
    """The class whose instructor key a request carries."""

    class_id: int
    name: str


def server(request: Request) -> ServerState:
    """The state of the app serving ``request``."""
    state: ServerState = request.app.state.server
    return state


def client_address(request: Request) -> str:
    """The peer's address (the proxy's, behind one, unless uvicorn was told to trust it)."""
    return request.client.host if request.client else "unknown"


def limit_address(request: Request) -> None:
    """Take one request from the client address's allowance (unauthenticated routes, failed keys)."""
    if not server(request).per_address.allow(client_address(request)):
        raise HTTPException(429, "too many requests; wait a minute")  # i18n: not text


def bearer(request: Request) -> str | None:
    """The key in ``Authorization: Bearer KEY``, if any."""
    header = request.headers.get("authorization", "")
    scheme, _sep, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _denied(request: Request, status: int = 401) -> HTTPException:
    limit_address(request)
    unknown = "a valid key is required"  # i18n: not text
    wrong_kind = "this key cannot do that"  # i18n: not text
    return HTTPException(status, unknown if status == 401 else wrong_kind)


def _limited(request: Request, key_hash: str) -> None:
    if not server(request).per_key.allow(key_hash):
        raise HTTPException(429, "too many requests for this key; slow down")  # i18n: not text


def _lookup(request: Request, table: sa.Table, column: sa.Column[Any], key: str) -> sa.Row[Any] | None:
    key_hash = digest(key)
    with server(request).autocommit.connect() as db:
        row = db.execute(sa.select(table).where(column == key_hash)).first()
    if row is None or not matches(row._mapping[column.name], key):
        return None
    _limited(request, key_hash)
    return row


def student(request: Request) -> Student:
    """The student whose key the request carries (401 without one, 403 with another kind)."""
    key = bearer(request)
    if key is None:
        raise _denied(request)
    if not key.startswith(STUDENT_PREFIX):
        raise _denied(request, 403 if key.startswith(INSTRUCTOR_PREFIX) else 401)
    row = _lookup(request, students, students.c.key_hash, key)
    if row is None:
        raise _denied(request)
    return Student(row.id, row.class_id, row.public_id, row.name, row.exam_date)


def instructor_by_key(request: Request, key: str | None) -> Instructor | None:
    """The class of an instructor key, or None (the browser login shares this check)."""
    if key is None or not key.startswith(INSTRUCTOR_PREFIX):
        return None
    row = _lookup(request, classes, classes.c.instructor_key_hash, key)
    return Instructor(row.id, row.name) if row is not None else None


def instructor(request: Request) -> Instructor:
    """The class whose instructor key the request carries (401 without one, 403 with a student's)."""
    key = bearer(request)
    if key is not None and key.startswith(STUDENT_PREFIX):
        raise _denied(request, 403)
    found = instructor_by_key(request, key)
    if found is None:
        raise _denied(request)
    return found
