"""Numbered, append-only schema migrations for the progress database.

Why this shape (after llm's ``migrations.py``): a student's progress file outlives many versions
of the program, so the schema only ever moves forward through small named steps
(``m001_initial``, ``m002_daily_rollup``, …) and the names applied are recorded in
``_migrations``. A migration, once released, is never edited or removed; a change is a new
migration appended at the end.

Each migration runs in its own ``BEGIN IMMEDIATE`` transaction and records itself in that same
transaction, so a crash (even ``kill -9``) leaves the database either before or after the step,
never half-way; two programs opening the same file at once re-check inside the write lock, so a
step never runs twice. A database whose ``_migrations`` names a step this code does not know was
written by a newer version and is refused rather than guessed at.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator

from .errors import StoreError
from .i18n import gettext as _

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "Migration",
    "applied_migrations",
    "immediate",
    "migrate",
    "migration",
]

APPLICATION_ID = 0x4B5A4A50
"""``PRAGMA application_id`` of a kzjp-tutor database ("KZJP"); tells ours from a foreign SQLite file."""

Migration = Callable[[sqlite3.Connection], None]
"""A schema step: runs its statements on a connection already inside a transaction."""

MIGRATIONS: list[Migration] = []
"""Every migration in the order it must run; append only."""


def migration(function: Migration) -> Migration:
    """Register ``function`` as the next migration (decorator)."""
    MIGRATIONS.append(function)
    return function


@contextlib.contextmanager
def immediate(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` … ``COMMIT`` transaction, rolled back if the body (or COMMIT) fails.

    IMMEDIATE takes the write lock at BEGIN, so a read made inside the transaction cannot be
    overtaken by another program's write before ours (the basis of the re-checks in
    :func:`migrate` and of the store's "state changed" test). ``db`` must be in autocommit mode
    (``isolation_level=None``). The store's writes and every migration step go through here.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _run(db: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, which would break the one-transaction rule.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    """Card state keyed by (deck id, card id) and the review log.

    ``card_state.fsrs`` is fsrs ``Card.to_dict()`` as JSON; ``state`` and ``due`` are copied out
    of it so the study queue is an index range scan. ``review.previous`` is the card's whole
    state row before the review (JSON, NULL for a new card), which is what undo restores.
    Times are UTC text ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, so text order is time order.
    """
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run(
        db,
        """
        CREATE TABLE card_state (
            deck_id TEXT NOT NULL,
            card_id TEXT NOT NULL,
            fsrs TEXT NOT NULL,
            state INTEGER NOT NULL,
            due TEXT NOT NULL,
            reps INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0,
            leech INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (deck_id, card_id)
        ) WITHOUT ROWID;
        CREATE INDEX card_state_due ON card_state (deck_id, state, due);
        CREATE TABLE review (
            id TEXT PRIMARY KEY,
            deck_id TEXT NOT NULL,
            card_id TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,
            answer TEXT NOT NULL,
            correct INTEGER NOT NULL,
            score REAL NOT NULL,
            feedback TEXT NOT NULL,
            suggested TEXT NOT NULL,
            rating INTEGER NOT NULL,
            duration_ms INTEGER,
            previous TEXT,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX review_card ON review (deck_id, card_id, reviewed_at);
        CREATE INDEX review_time ON review (reviewed_at)
        """,
    )


@migration
def m002_daily_rollup(db: sqlite3.Connection) -> None:
    """A per deck, per UTC day roll-up of the review log, so stats never scan a million rows.

    ``correct`` counts final ratings other than Again (a student's "I was right" counts);
    ``mature``/``mature_correct`` count reviews of cards that were in the Review state, which
    is what true retention is measured on. Backfilled from the existing log.
    """
    _run(
        db,
        """
        CREATE TABLE daily (
            deck_id TEXT NOT NULL,
            day TEXT NOT NULL,
            reviews INTEGER NOT NULL DEFAULT 0,
            correct INTEGER NOT NULL DEFAULT 0,
            new_cards INTEGER NOT NULL DEFAULT 0,
            mature INTEGER NOT NULL DEFAULT 0,
            mature_correct INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (deck_id, day)
        ) WITHOUT ROWID;
        INSERT INTO daily (deck_id, day, reviews, correct, new_cards, mature, mature_correct)
        SELECT deck_id, substr(reviewed_at, 1, 10), count(*), sum(rating > 1), sum(previous IS NULL),
               sum(coalesce(json_extract(previous, '$.state') = 2, 0)),
               sum(coalesce(json_extract(previous, '$.state') = 2 AND rating > 1, 0))
        FROM review WHERE undone = 0 GROUP BY deck_id, substr(reviewed_at, 1, 10)
        """,
    )


@migration
def m003_card_events_and_exams(db: sqlite3.Connection) -> None:
    """What a student does to a card besides answering it, and practice exams.

    ``card_event`` is an append-only log of card steps that are not answers: ``shown`` (a new
    card's fact shown before it is asked), ``suspend``/``unsuspend``, ``flag`` (reported as wrong,
    with the student's ``comment``) and ``reset`` (progress started again). ``previous`` is the
    card's state row before a step that changes it (JSON, like ``review.previous``) and
    ``after_review`` the card's latest answer at that moment: together they let undo restore the
    exact state and refuse to undo a step that a later answer built on. ``suspended`` is the
    current suspension of each card, kept in the same transaction as its events so the queue and
    the due counts can skip suspended cards with one indexed look-up.

    ``exam`` and ``exam_answer`` keep each finished practice exam and every question's answer and
    verdict; ``review_id`` links an answer to the review it was recorded as (NULL when exam
    answers do not count as reviews).
    """
    _run(
        db,
        """
        CREATE TABLE card_event (
            id TEXT PRIMARY KEY,
            deck_id TEXT NOT NULL,
            card_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            comment TEXT,
            previous TEXT,
            after_review TEXT,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX card_event_card ON card_event (deck_id, card_id);
        CREATE INDEX card_event_kind ON card_event (kind, at);
        CREATE TABLE suspended (
            deck_id TEXT NOT NULL,
            card_id TEXT NOT NULL,
            since TEXT NOT NULL,
            PRIMARY KEY (deck_id, card_id)
        ) WITHOUT ROWID;
        CREATE TABLE exam (
            id TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            decks TEXT NOT NULL,
            section TEXT,
            seed INTEGER NOT NULL,
            questions INTEGER NOT NULL,
            minutes INTEGER,
            timed_out INTEGER NOT NULL,
            percent REAL NOT NULL,
            mark INTEGER NOT NULL
        );
        CREATE INDEX exam_time ON exam (finished_at);
        CREATE TABLE exam_answer (
            exam_id TEXT NOT NULL REFERENCES exam (id),
            position INTEGER NOT NULL,
            deck_id TEXT NOT NULL,
            card_id TEXT NOT NULL,
            section_id TEXT NOT NULL,
            answer TEXT,
            correct INTEGER NOT NULL,
            score REAL NOT NULL,
            feedback TEXT NOT NULL,
            review_id TEXT,
            PRIMARY KEY (exam_id, position)
        ) WITHOUT ROWID
        """,
    )


@migration
def m004_outbox(db: sqlite3.Connection) -> None:
    """The sync outbox: events (JSON) waiting to be pushed to the class server, oldest first.

    The store writes an answer's event in the answer's own transaction (see
    :mod:`kzjp_tutor.core.sync.local`); ``class join`` refills it from the whole review log.
    """
    _run(db, "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, event TEXT NOT NULL)")


@migration
def m005_settings_events(db: sqlite3.Connection) -> None:
    """The student's scheduling settings changes known to this device (see
    :mod:`kzjp_tutor.core.sync.schedule`): every device's, as the server sent them, and this
    device's own, with ``pushed`` 0 until the server has them.

    Not in the outbox: they go to the server by a route of their own, so a server that predates
    them refuses only them, never the answers queued behind.
    """
    _run(
        db,
        """
        CREATE TABLE settings_event (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            event TEXT NOT NULL,
            pushed INTEGER NOT NULL DEFAULT 0
        )
        """,
    )


def applied_migrations(db: sqlite3.Connection) -> list[str]:
    """Names recorded in ``_migrations`` (empty for a new database), in the order applied."""
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in db.execute("SELECT name FROM _migrations ORDER BY rowid")]


def _refuse_newer(applied: list[str], where: str | None) -> None:
    known = {m.__name__ for m in MIGRATIONS}
    unknown = [name for name in applied if name not in known]
    if not unknown:
        return
    steps = ", ".join(unknown)
    if where is None:
        message = _(
            "the progress database was written by a newer kzjp-tutor (it has schema steps {steps} "
            "that this version does not know); upgrade kzjp-tutor to use it"
        ).format(steps=steps)
    else:
        message = _(
            "the progress database {path} was written by a newer kzjp-tutor (it has schema steps "
            "{steps} that this version does not know); upgrade kzjp-tutor to use it"
        ).format(path=where, steps=steps)
    raise StoreError(message)


def migrate(db: sqlite3.Connection, *, now: dt.datetime, where: str | None = None) -> list[str]:
    """Bring ``db`` up to date; return the names of the migrations applied now.

    ``db`` must be in autocommit mode (``isolation_level=None``). Each step runs under
    ``BEGIN IMMEDIATE`` and is recorded in the same transaction.

    Args:
        db: The connection.
        now: The time recorded for each step (UTC).
        where: The database's path, for an error message (None: not named).

    Raises:
        StoreError: the database was written by a newer version.
        sqlite3.OperationalError: the database stayed locked (the caller retries).
    """
    _refuse_newer(applied_migrations(db), where)
    stamp = now.astimezone(dt.UTC).isoformat()
    done: list[str] = []
    for step in MIGRATIONS:
        with immediate(db):
            db.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            applied = applied_migrations(db)
            _refuse_newer(applied, where)
            if step.__name__ not in applied:
                step(db)
                db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (step.__name__, stamp))
                done.append(step.__name__)
    return done
