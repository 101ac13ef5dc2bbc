"""The class server's storage: one schema and one query layer for SQLite and PostgreSQL.

Why SQLAlchemy Core (and not an ORM): the server's queries are few and plain (insert events,
read a student's events after a position, read a class's events for the report), and Core lets
the same statement run on the embedded SQLite file of a single class and on the PostgreSQL of a
department. The schema moves forward only through Alembic migrations
(``kzjp_tutor/server/migrations/versions``), run every time the server starts.

Tables: ``classes`` (a name and the instructor key's hash), ``join_codes`` (hashed, revocable),
``students`` (a class's students, each with a hashed key, a public id and their merged
scheduling settings), ``events`` (the
students' immutable events — answers, undos, card steps, practice exams; ``seq`` is the
server's order, the pull cursor; answers and undos in columns, card steps and exams whole in
``payload`` with their time, deck and card copied to columns; an undo carries its target's deck
and card, so a card's events are one index range),
``settings_events`` (each student's scheduling settings changes, whole in ``payload``, sent back
only to that student's devices), ``card_states`` (each card's replay as the report needs it, kept
up to date by pushes: :mod:`.cards`), ``sessions`` (the browser report's logins, hashed). No key, code or session token is stored in
the clear; see :mod:`.keys`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Engine
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

__all__ = [
    "DB_FILE",
    "arrays_insert",
    "as_arrays",
    "aware",
    "card_states",
    "classes",
    "connect",
    "database_url",
    "events",
    "join_codes",
    "metadata",
    "migrate",
    "sessions",
    "settings_events",
    "students",
]

DB_FILE = "server.sqlite3"
"""The embedded database's name inside the server's home folder."""
POOL_SIZE = 20
"""PostgreSQL connections kept per server process."""
POOL_OVERFLOW = 20
"""Extra connections a burst may open per process (closed when returned): with the pool, one
per request thread (anyio's 40). PostgreSQL allows 100 connections by default, which bounds
the server processes on one database at two (docs/scaling.md)."""
PING_AFTER_IDLE_S = 1.0
"""A pooled PostgreSQL connection idle this long is checked before use."""

metadata = sa.MetaData()

_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
"""64-bit on PostgreSQL; SQLite's INTEGER PRIMARY KEY is the rowid (already 64-bit)."""

classes = sa.Table(
    "classes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("instructor_key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

join_codes = sa.Table(
    "join_codes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("class_id", sa.Integer, sa.ForeignKey("classes.id", ondelete="CASCADE"), nullable=False),
    sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
)

students = sa.Table(
    "students",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("class_id", sa.Integer, sa.ForeignKey("classes.id", ondelete="CASCADE"), nullable=False),
    sa.Column("public_id", sa.String(32), nullable=False, unique=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("exam_date", sa.Date, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("settings", sa.Text, nullable=True),
    sa.Column("replayed", sa.Boolean, nullable=False, server_default=sa.false()),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("seq", _BigId, primary_key=True, autoincrement=True),
    sa.Column("student_id", sa.Integer, sa.ForeignKey("students.id", ondelete="CASCADE"), nullable=False),
    sa.Column("class_id", sa.Integer, sa.ForeignKey("classes.id", ondelete="CASCADE"), nullable=False),
    sa.Column("event_id", sa.String(32), nullable=False),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("time", sa.String(32), nullable=True),
    sa.Column("deck", sa.String(64), nullable=True),
    sa.Column("card", sa.String(64), nullable=True),
    sa.Column("answer", sa.Text, nullable=True),
    sa.Column("correct", sa.Boolean, nullable=True),
    sa.Column("score", sa.Float, nullable=True),
    sa.Column("suggested", sa.String(8), nullable=True),
    sa.Column("rating", sa.SmallInteger, nullable=True),
    sa.Column("duration_ms", sa.Integer, nullable=True),
    sa.Column("target", sa.String(32), nullable=True),
    sa.Column("payload", sa.Text, nullable=True),
    sa.UniqueConstraint("student_id", "event_id", name="events_student_event"),
    sa.Index("events_class_seq", "class_id", "seq"),
    sa.Index("events_student_seq", "student_id", "seq"),
    sa.Index("events_student_card", "student_id", "deck", "card"),
)

card_states = sa.Table(
    "card_states",
    metadata,
    sa.Column("student_id", sa.Integer, sa.ForeignKey("students.id", ondelete="CASCADE"), nullable=False),
    sa.Column("deck", sa.String(64), nullable=False),
    sa.Column("card", sa.String(64), nullable=False),
    sa.Column("state", sa.Text, nullable=True),
    sa.Column("before", sa.Text, nullable=False),
    sa.Column("through", _BigId, nullable=False),
    sa.PrimaryKeyConstraint("student_id", "deck", "card", name="card_states_key"),
)

settings_events = sa.Table(
    "settings_events",
    metadata,
    sa.Column("seq", _BigId, primary_key=True, autoincrement=True),
    sa.Column("student_id", sa.Integer, sa.ForeignKey("students.id", ondelete="CASCADE"), nullable=False),
    sa.Column("event_id", sa.String(32), nullable=False),
    sa.Column("time", sa.String(32), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.UniqueConstraint("student_id", "event_id", name="settings_events_student_event"),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("class_id", sa.Integer, sa.ForeignKey("classes.id", ondelete="CASCADE"), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)


def arrays_insert(table: sa.Table, columns: Sequence[str]) -> postgresql.Insert:
    """PostgreSQL's form of a many-row INSERT: one array per column, unnested into rows.

    Why not a VALUES list or executemany: ten events are 150 parameters, and psycopg caches the
    conversion of a query only up to 50 (then re-parses it on every push), while PostgreSQL
    plans each new query text, and executemany sends one statement per row; one array per
    column is one query text for any number of rows, prepared once per connection. Measured
    2026-12-02: about 0.6 ms less client CPU per push of ten (docs/scaling.md).
    """
    arrays = [sa.bindparam(name, type_=postgresql.ARRAY(table.c[name].type)) for name in columns]
    rows = (
        sa.func.unnest(*arrays)
        .table_valued(*(sa.column(name, table.c[name].type) for name in columns))
        .render_derived(name="pushed")
    )
    return postgresql.insert(table).from_select(columns, sa.select(*(rows.c[name] for name in columns)))


def as_arrays(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> dict[str, list[Any]]:
    """Rows as the parameters of :func:`arrays_insert`."""
    return {name: [row[name] for row in rows] for name in columns}


def database_url(db: str | None, home: Path) -> str:
    """The SQLAlchemy URL for ``--db``: none is the home's SQLite file; ``postgresql://`` uses psycopg 3."""
    if not db:
        return f"sqlite:///{home / DB_FILE}"
    if db.startswith("postgresql://") or db.startswith("postgres://"):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def connect(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, a busy timeout and enforced foreign keys."""
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = sa.create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            poolclass=StaticPool if memory else None,
        )

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi: object, _record: object) -> None:
            cursor = dbapi.cursor()  # type: ignore[attr-defined]
            cursor.execute("PRAGMA foreign_keys = ON")
            if not memory:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.close()

        return engine
    engine = sa.create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)
    _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection before use when it has lain idle over :data:`PING_AFTER_IDLE_S`.

    Why not ``pool_pre_ping``: it pings on every checkout, a round trip that was half of a
    push's four. The connections it saves are those that died while idle (a database restart
    overnight, a firewall dropping quiet connections), and those are exactly the idle ones; a
    connection used a moment ago is alive unless the database restarted in that moment, and
    then the request fails once, SQLAlchemy drops every pooled connection, and the device retries.
    """

    @sa.event.listens_for(engine.pool, "checkin")
    def _idle_from(_dbapi: object, record: ConnectionPoolEntry) -> None:
        record.info["idle_from"] = time.monotonic()

    @sa.event.listens_for(engine.pool, "checkout")
    def _check(dbapi: DBAPIConnection, record: ConnectionPoolEntry, _proxy: object) -> None:
        idle_from = record.info.pop("idle_from", None)
        if idle_from is None or time.monotonic() - idle_from < PING_AFTER_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi)
        except engine.dialect.loaded_dbapi.Error as exc:
            if engine.dialect.is_disconnect(exc, dbapi, None):
                raise sa.exc.DisconnectionError from exc  # the pool opens a new connection
            raise


def migrate(engine: Engine) -> None:
    """Bring the schema up to date with Alembic (the server does this on every start)."""
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def aware(value: dt.datetime) -> dt.datetime:
    """A stored time read back as aware UTC on either engine."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
