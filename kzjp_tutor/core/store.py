"""The progress database: card schedules and the review log in one SQLite file.

Storage model. ``HOME/progress.sqlite3`` holds, per (deck id, card id), the card's fsrs state
(``fsrs.Card.to_dict()`` as JSON, with ``state`` and ``due`` copied into indexed columns), its
lapse count and leech flag; and a review log with one row per answer. Progress is keyed by ids,
never by card text or position: a card removed from a deck keeps its history, a card that comes
back resumes where it was, and an edited card keeps its schedule.

Why it is safe to ``kill -9`` at any moment:

* every answer is ONE committed transaction (``BEGIN IMMEDIATE`` … ``COMMIT``) holding the review
  row, the card's new state and the day's roll-up, so the file is always before or after an
  answer, never between;
* the review id is made by the caller (uuid4 hex) and inserted with ``INSERT OR IGNORE``, so a
  retry after an uncertain commit cannot record an answer twice;
* WAL mode with ``synchronous=NORMAL``: a committed transaction survives the process dying; only
  a power cut may lose the last few answers, and the file stays consistent either way.

Why "database is locked" never reaches a student: two programs may share the file (the TUI and
a ``stats`` in another terminal). Each connection waits up to :data:`BUSY_TIMEOUT_MS` for the
lock, and a write that still meets a busy database is retried a bounded number of times before
it becomes a :class:`~kzjp_tutor.core.errors.StoreError` with a plain message.

Why a damaged file is moved, never deleted: it holds weeks of a student's work, which someone
may still recover. On open, a non-empty file must start with the SQLite header, carry our
``application_id`` (or be an empty SQLite file) and pass ``PRAGMA quick_check`` (on every open of
a file up to 32 MB; on a larger one, on the first open of each UTC day and after any damaged page
was met, since it reads the whole file); otherwise it is
renamed ``progress.sqlite3.corrupt-<UTC time>`` and the newest good daily backup (kept in
``HOME/backups/``, the last :data:`KEEP_BACKUPS`) is restored, or a fresh database is started.
:attr:`Store.notices` says what happened so the command line can tell the student.

Stats stay fast on a million reviews because they read the per-day roll-up table ``daily``
(maintained in the same transaction as each answer) and indexed ranges, never the whole log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from fsrs import Card as FsrsCard
from fsrs import Rating, State

from .errors import StoreError
from .migrations import APPLICATION_ID, applied_migrations, migrate

__all__ = [
    "BACKUP_DIR",
    "BUSY_TIMEOUT_MS",
    "DB_FILE",
    "KEEP_BACKUPS",
    "CardState",
    "DayCounts",
    "Review",
    "StateChanged",
    "Store",
    "format_ts",
    "parse_ts",
]

DB_FILE = "progress.sqlite3"
"""The database's name inside the home folder."""
BACKUP_DIR = "backups"
"""Daily backups live in this folder inside the home folder."""
KEEP_BACKUPS = 7
"""How many daily backups are kept; older ones are removed."""
BUSY_TIMEOUT_MS = 5000
"""How long one statement waits for another program's lock before SQLite reports busy."""
RETRIES = 5
"""How many times a busy write is retried (after the busy timeout) before giving up."""

SQLITE_HEADER = b"SQLite format 3\x00"
_MIN_DB_BYTES = 512
"""Smallest SQLite page size; a shorter non-empty file cannot be a whole database."""

T = TypeVar("T")


def format_ts(when: dt.datetime) -> str:
    """A time as fixed-width UTC text, so text order is time order in SQL."""
    if when.tzinfo is None:
        raise ValueError("store times must be timezone-aware")
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(text: str) -> dt.datetime:
    """The inverse of :func:`format_ts` (accepts any ISO form with an offset)."""
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value.astimezone(dt.UTC)


def _day(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).date().isoformat()


@dataclass(frozen=True, slots=True)
class CardState:
    """What the store knows about one card: its fsrs schedule and counters.

    ``fsrs`` is a py-fsrs ``Card``; treat it as read-only (the scheduler returns copies).
    """

    deck_id: str
    card_id: str
    fsrs: FsrsCard
    reps: int
    lapses: int
    leech: bool
    first_seen: dt.datetime

    @property
    def due(self) -> dt.datetime:
        """When the card is next due (UTC)."""
        return self.fsrs.due.astimezone(dt.UTC)

    @property
    def state(self) -> State:
        """Learning, Review or Relearning."""
        return self.fsrs.state

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; what a review row keeps as ``previous`` for undo."""
        return {
            "fsrs": self.fsrs.to_dict(),
            "state": int(self.fsrs.state),
            "due": format_ts(self.fsrs.due),
            "reps": self.reps,
            "lapses": self.lapses,
            "leech": self.leech,
            "first_seen": format_ts(self.first_seen),
        }

    @classmethod
    def from_dict(cls, deck_id: str, card_id: str, data: dict[str, Any]) -> CardState:
        """Rebuild a state saved with :meth:`to_dict`."""
        return cls(
            deck_id=deck_id,
            card_id=card_id,
            fsrs=FsrsCard.from_dict(data["fsrs"]),
            reps=int(data["reps"]),
            lapses=int(data["lapses"]),
            leech=bool(data["leech"]),
            first_seen=parse_ts(data["first_seen"]),
        )

    def same_as(self, other: CardState | None) -> bool:
        """Whether ``other`` is the same state (used to detect a concurrent change)."""
        return other is not None and self.to_dict() == other.to_dict()


@dataclass(frozen=True, slots=True)
class Review:
    """One answer as recorded: what was typed, how it was judged, how it was rated."""

    id: str
    """Made by the caller (uuid4 hex) so that retrying a write cannot record it twice."""
    deck_id: str
    card_id: str
    reviewed_at: dt.datetime
    answer: str
    correct: bool
    """The grader's judgement."""
    score: float
    feedback: str
    suggested: str
    """The grader's suggested rating (again/hard/good/easy)."""
    rating: int
    """The final fsrs rating (1 again … 4 easy) after any override by the student."""
    duration_ms: int | None = None
    state_before: int | None = None
    """The card's fsrs state before this answer (None for a new card); filled when read back."""


@dataclass(frozen=True, slots=True)
class DayCounts:
    """Review counts summed over some days and decks, from the ``daily`` roll-up."""

    reviews: int = 0
    correct: int = 0
    """Answers whose final rating was not Again."""
    new_cards: int = 0
    mature: int = 0
    """Reviews of cards in the Review state; the base of true retention."""
    mature_correct: int = 0


class StateChanged(StoreError):
    """The card's state changed since it was read (another program answered it); re-read and retry."""


_STATE_COLUMNS = "card_id, fsrs, reps, lapses, leech, first_seen"


def _state_from_row(deck_id: str, row: tuple[Any, ...]) -> CardState:
    card_id, fsrs_json, reps, lapses, leech, first_seen = row
    return CardState(
        deck_id=deck_id,
        card_id=card_id,
        fsrs=FsrsCard.from_json(fsrs_json),
        reps=reps,
        lapses=lapses,
        leech=bool(leech),
        first_seen=parse_ts(first_seen),
    )


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _placeholders(values: Collection[Any]) -> str:
    return ",".join("?" * len(values))


class Store:
    """A small interface over the progress database; see the module docstring for the model.

    Open it with :meth:`open`; use it as a context manager or call :meth:`close`.
    """

    def __init__(self, home: Path, db: sqlite3.Connection, notices: list[str]) -> None:
        """Wrap an open connection; use :meth:`open` instead."""
        self.home = home
        self.path = home / DB_FILE
        self._db = db
        self.notices = notices
        """Things the student should be told about opening (a file moved aside, a restore)."""
        self.moved_aside: Path | None = None
        """Where a damaged database was moved, if one was."""
        self.restored_from: Path | None = None
        """The backup restored after moving a damaged database aside, if any."""

    # ---------------------------------------------------------------- opening

    @classmethod
    def open(cls, home: Path, *, now: dt.datetime, backup: bool = True) -> Store:
        """Open (creating, checking, repairing and migrating) ``HOME/progress.sqlite3``.

        Args:
            home: The home folder; created if missing.
            now: The current time (UTC); names moved-aside files and backups.
            backup: Make today's backup if there is none yet.

        Raises:
            StoreError: the folder cannot be written, or the database is newer than this
                program, or it stayed locked.
        """
        try:
            home.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data folder {home}: {exc.strerror or exc}") from None
        with _open_lock(home):
            return cls._open_locked(home, now=now, backup=backup)

    @classmethod
    def _open_locked(cls, home: Path, *, now: dt.datetime, backup: bool) -> Store:
        path = home / DB_FILE
        notices: list[str] = []
        moved: Path | None = None
        restored: Path | None = None
        problem = _file_problem(path)
        db: sqlite3.Connection | None = None
        if problem is None:
            try:
                db = _connect(path)
            except sqlite3.DatabaseError as exc:
                if _is_busy(exc):
                    raise StoreError(f"the progress database {path} is locked: {exc}; try again") from None
                problem = f"damaged: {exc}"
            else:
                full = _full_check_due(home, now)
                problem = _db_problem(db, full=full)
                if problem is None and full:
                    _check_marker(home).unlink(missing_ok=True)
                if problem is not None:
                    db.close()
                    db = None
        if problem is not None:
            moved = _move_aside(path, now)
            restored = _restore_backup(home, path)
            notices.append(
                f"the progress database {path} was unusable ({problem}); it was moved to {moved}"
                + (f" and the backup {restored.name} was restored" if restored else "; starting afresh")
            )
            db = _connect(path)
        assert db is not None
        store = cls(home, db, notices)
        store.moved_aside = moved
        store.restored_from = restored
        try:
            store._retry(lambda: db.execute("PRAGMA journal_mode = WAL").fetchone())
            store._retry(lambda: migrate(db, now=now, where=str(path)))
            if backup:
                store.backup(now)
        except BaseException:
            db.close()
            raise
        return store

    def close(self) -> None:
        """Close the connection; safe to call twice."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- plumbing

    def _retry(self, attempt: Callable[[], T]) -> T:
        """Run ``attempt``, retrying while the database is busy; other errors become StoreError."""
        for number in range(RETRIES + 1):
            try:
                return attempt()
            except sqlite3.OperationalError as exc:
                if _is_busy(exc) and number < RETRIES:
                    time.sleep(min(0.05 * 2**number, 1.0))
                    continue
                if _is_busy(exc):
                    raise StoreError(
                        f"the progress database {self.path} is kept busy by another kzjp-tutor; "
                        "close it and try again"
                    ) from None
                raise StoreError(f"the progress database {self.path} failed: {exc}") from None
            except sqlite3.DatabaseError as exc:
                with contextlib.suppress(OSError):
                    _check_marker(self.home).touch()
                raise StoreError(
                    f"the progress database {self.path} is damaged ({exc}); run kzjp-tutor again to "
                    "move it aside and restore the latest backup"
                ) from None
        raise AssertionError("unreachable")

    def _write(self, body: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``body`` in one ``BEGIN IMMEDIATE`` transaction, retried while busy."""

        def attempt() -> T:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                result = body(self._db)
                self._db.execute("COMMIT")
                return result
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

        return self._retry(attempt)

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._retry(lambda: self._db.execute(sql, tuple(params)).fetchall())
        return rows

    # ---------------------------------------------------------------- reads

    def state(self, deck_id: str, card_id: str) -> CardState | None:
        """The card's state, or None if it was never answered."""
        rows = self._read(
            f"SELECT {_STATE_COLUMNS} FROM card_state WHERE deck_id = ? AND card_id = ?", (deck_id, card_id)
        )
        return _state_from_row(deck_id, rows[0]) if rows else None

    def states(self, deck_id: str, card_ids: Collection[str] | None = None) -> dict[str, CardState]:
        """States of a deck's cards (all, or those in ``card_ids``), by card id."""
        rows = self._read(f"SELECT {_STATE_COLUMNS} FROM card_state WHERE deck_id = ?", (deck_id,))
        wanted = None if card_ids is None else set(card_ids)
        return {row[0]: _state_from_row(deck_id, row) for row in rows if wanted is None or row[0] in wanted}

    def seen_ids(self, deck_id: str) -> set[str]:
        """Ids of the deck's cards that have a state (were answered at least once)."""
        return {row[0] for row in self._read("SELECT card_id FROM card_state WHERE deck_id = ?", (deck_id,))}

    def due_states(
        self,
        deck_id: str,
        *,
        until: dt.datetime,
        states: Collection[State],
        limit: int,
        offset: int = 0,
        after: dt.datetime | None = None,
    ) -> list[CardState]:
        """Cards in ``states`` due at or before ``until`` (and after ``after``), earliest first.

        One index range scan per state (``state IN (…)`` would make SQLite sort every due row),
        so it is cheap however many cards the deck has.
        """
        bounds = " AND due > ?" if after is not None else ""
        found: list[tuple[str, tuple[Any, ...]]] = []
        for state in sorted({int(s) for s in states}):
            params: list[Any] = [deck_id, state, format_ts(until)]
            if after is not None:
                params.append(format_ts(after))
            rows = self._read(
                f"SELECT due, {_STATE_COLUMNS} FROM card_state WHERE deck_id = ? AND state = ?"
                f" AND due <= ?{bounds} ORDER BY due LIMIT ?",
                [*params, offset + limit],
            )
            found.extend((row[0], row[1:]) for row in rows)
        found.sort(key=lambda pair: pair[0])
        return [_state_from_row(deck_id, row) for _due, row in found[offset : offset + limit]]

    def count_due(self, deck_ids: Collection[str], now: dt.datetime) -> int:
        """How many cards of these decks are due at ``now``."""
        total = 0
        for deck_id in deck_ids:
            rows = self._read(
                "SELECT count(*) FROM card_state WHERE deck_id = ? AND state IN (1, 2, 3) AND due <= ?",
                (deck_id, format_ts(now)),
            )
            total += int(rows[0][0])
        return total

    def next_due(self, deck_ids: Collection[str], *, after: dt.datetime | None = None) -> dt.datetime | None:
        """The earliest due time among these decks' cards (after ``after`` if given)."""
        best: str | None = None
        for deck_id in deck_ids:
            for state in (1, 2, 3):
                sql = "SELECT min(due) FROM card_state WHERE deck_id = ? AND state = ?"
                params: list[Any] = [deck_id, state]
                if after is not None:
                    sql += " AND due > ?"
                    params.append(format_ts(after))
                value = self._read(sql, params)[0][0]
                if value is not None and (best is None or value < best):
                    best = value
        return parse_ts(best) if best else None

    def counts(
        self,
        deck_ids: Collection[str] | None = None,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> DayCounts:
        """Review counts from the daily roll-up, for some decks (all if None) and UTC days (inclusive)."""
        where: list[str] = []
        params: list[Any] = []
        if deck_ids is not None:
            where.append(f"deck_id IN ({_placeholders(deck_ids)})")
            params.extend(deck_ids)
        if since is not None:
            where.append("day >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("day <= ?")
            params.append(until.isoformat())
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        row = self._read(
            "SELECT coalesce(sum(reviews), 0), coalesce(sum(correct), 0), coalesce(sum(new_cards), 0),"
            f" coalesce(sum(mature), 0), coalesce(sum(mature_correct), 0) FROM daily{clause}",
            params,
        )[0]
        return DayCounts(*(int(v) for v in row))

    def reviews_by_day(self, since: dt.date, until: dt.date) -> dict[dt.date, int]:
        """Reviews on each UTC day from ``since`` to ``until`` (inclusive), all decks; days without any are absent.

        One grouped read of the ``daily`` roll-up, so a half-year calendar costs one query.
        """
        rows = self._read(
            "SELECT day, sum(reviews) FROM daily WHERE day >= ? AND day <= ? GROUP BY day HAVING sum(reviews) > 0",
            (since.isoformat(), until.isoformat()),
        )
        return {dt.date.fromisoformat(day): int(total) for day, total in rows}

    def count_seen(self, deck_ids: Collection[str] | None = None) -> int:
        """How many cards have been answered at least once."""
        if deck_ids is None:
            return int(self._read("SELECT count(*) FROM card_state")[0][0])
        return sum(
            int(self._read("SELECT count(*) FROM card_state WHERE deck_id = ?", (d,))[0][0]) for d in deck_ids
        )

    def leeches(self, deck_ids: Collection[str] | None = None) -> list[tuple[str, str, int]]:
        """(deck id, card id, lapses) of every card flagged as a leech."""
        sql = "SELECT deck_id, card_id, lapses FROM card_state WHERE leech = 1"
        params: list[Any] = []
        if deck_ids is not None:
            sql += f" AND deck_id IN ({_placeholders(deck_ids)})"
            params.extend(deck_ids)
        return [(r[0], r[1], int(r[2])) for r in self._read(sql + " ORDER BY deck_id, card_id", params)]

    def deck_ids(self) -> list[str]:
        """Every deck id with progress, sorted."""
        return [r[0] for r in self._read("SELECT DISTINCT deck_id FROM card_state ORDER BY deck_id")]

    def review(self, review_id: str) -> Review | None:
        """A recorded review by id (including undone ones), or None."""
        rows = self._read(
            "SELECT id, deck_id, card_id, reviewed_at, answer, correct, score, feedback, suggested, rating,"
            " duration_ms FROM review WHERE id = ?",
            (review_id,),
        )
        if not rows:
            return None
        r = rows[0]
        return Review(r[0], r[1], r[2], parse_ts(r[3]), r[4], bool(r[5]), r[6], r[7], r[8], r[9], r[10])

    def reviews(self, deck_ids: Sequence[str], *, card_id: str | None = None) -> list[Review]:
        """The review log of these decks (or of one card), oldest first, without undone answers.

        For exports and a card's history; it reads every matching row, so it is not for stats.
        """
        if not deck_ids:
            return []
        marks = ",".join("?" * len(deck_ids))
        sql = (
            "SELECT id, deck_id, card_id, reviewed_at, answer, correct, score, feedback, suggested, rating,"
            " duration_ms, json_extract(previous, '$.state') FROM review"
            f" WHERE undone = 0 AND deck_id IN ({marks})"
        )
        params: list[str] = list(deck_ids)
        if card_id is not None:
            sql += " AND card_id = ?"
            params.append(card_id)
        rows = self._read(sql + " ORDER BY reviewed_at, rowid", tuple(params))
        return [
            Review(r[0], r[1], r[2], parse_ts(r[3]), r[4], bool(r[5]), r[6], r[7], r[8], r[9], r[10], r[11])
            for r in rows
        ]

    def count_reviews(self, *, include_undone: bool = False) -> int:
        """How many reviews the log holds (a full count; for tests and tools, not for stats)."""
        sql = "SELECT count(*) FROM review" + ("" if include_undone else " WHERE undone = 0")
        return int(self._read(sql)[0][0])

    # ---------------------------------------------------------------- writes

    def record(self, review: Review, previous: CardState | None, new: CardState) -> bool:
        """Record one answer: the review row, the card's new state and the roll-up, in ONE transaction.

        Args:
            review: The answer.
            previous: The state the new one was computed from (None for a new card).
            new: The card's state after the answer.

        Returns:
            True if recorded, False if a review with this id was already recorded (a retry).

        Raises:
            StateChanged: the card's stored state is no longer ``previous``; recompute and retry.
            StoreError: the database cannot be written.
        """

        def body(db: sqlite3.Connection) -> bool:
            if db.execute("SELECT 1 FROM review WHERE id = ?", (review.id,)).fetchone():
                return False
            rows = db.execute(
                f"SELECT {_STATE_COLUMNS} FROM card_state WHERE deck_id = ? AND card_id = ?",
                (review.deck_id, review.card_id),
            ).fetchall()
            current = _state_from_row(review.deck_id, rows[0]) if rows else None
            if (current is None) != (previous is None) or (
                previous is not None and not previous.same_as(current)
            ):
                raise StateChanged(f"card {review.deck_id}/{review.card_id} changed since it was read")
            db.execute(
                "INSERT OR IGNORE INTO review (id, deck_id, card_id, reviewed_at, answer, correct, score, feedback,"
                " suggested, rating, duration_ms, previous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    review.id,
                    review.deck_id,
                    review.card_id,
                    format_ts(review.reviewed_at),
                    review.answer,
                    int(review.correct),
                    float(review.score),
                    review.feedback,
                    review.suggested,
                    int(review.rating),
                    review.duration_ms,
                    json.dumps(previous.to_dict()) if previous else None,
                ),
            )
            _put_state(db, new)
            _bump_daily(db, review, previous, +1)
            return True

        return self._write(body)

    def undo(self, review_id: str) -> Review | None:
        """Undo a review: restore the card's exact previous state and mark the review undone.

        Only the card's latest review can be undone (otherwise a later answer would be lost).

        Returns:
            The undone review, or None if it does not exist, is already undone or is not the
            card's latest.
        """

        def body(db: sqlite3.Connection) -> Review | None:
            row = db.execute(
                "SELECT deck_id, card_id, previous FROM review WHERE id = ? AND undone = 0", (review_id,)
            ).fetchone()
            if row is None:
                return None
            deck_id, card_id, previous_json = row
            latest = db.execute(
                "SELECT id FROM review WHERE deck_id = ? AND card_id = ? AND undone = 0"
                " ORDER BY reviewed_at DESC, rowid DESC LIMIT 1",
                (deck_id, card_id),
            ).fetchone()
            if latest is None or latest[0] != review_id:
                return None
            previous = (
                CardState.from_dict(deck_id, card_id, json.loads(previous_json)) if previous_json else None
            )
            if previous is None:
                db.execute("DELETE FROM card_state WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))
            else:
                _put_state(db, previous)
            db.execute("UPDATE review SET undone = 1 WHERE id = ?", (review_id,))
            undone = self._review_in(db, review_id)
            _bump_daily(db, undone, previous, -1)
            return undone

        return self._write(body)

    def _review_in(self, db: sqlite3.Connection, review_id: str) -> Review:
        r = db.execute(
            "SELECT id, deck_id, card_id, reviewed_at, answer, correct, score, feedback, suggested, rating,"
            " duration_ms FROM review WHERE id = ?",
            (review_id,),
        ).fetchone()
        return Review(r[0], r[1], r[2], parse_ts(r[3]), r[4], bool(r[5]), r[6], r[7], r[8], r[9], r[10])

    # ---------------------------------------------------------------- backups

    def backup(self, now: dt.datetime, *, force: bool = False) -> Path | None:
        """Make today's backup in ``HOME/backups/`` unless one exists; keep the last :data:`KEEP_BACKUPS`.

        Uses the SQLite online backup API, so it is consistent even while another program
        writes. An empty database is not backed up.

        Returns:
            The backup written, or None if none was needed.
        """
        folder = self.home / BACKUP_DIR
        target = folder / f"progress-{now.astimezone(dt.UTC):%Y-%m-%d}.sqlite3"
        if target.exists() and not force:
            return None
        if not self._read("SELECT 1 FROM review LIMIT 1"):
            return None
        try:
            folder.mkdir(exist_ok=True)
            _clean_stale_temps(folder)
            temp = folder / f".{target.name}.tmp-{os.getpid()}"
            temp.unlink(missing_ok=True)
            dest = sqlite3.connect(temp)
            try:
                self._retry(lambda: self._db.backup(dest))
            finally:
                dest.close()
            os.replace(temp, target)
            for old in sorted(folder.glob("progress-*.sqlite3"))[:-KEEP_BACKUPS]:
                old.unlink(missing_ok=True)
        except OSError as exc:
            self.notices.append(f"could not write the daily backup in {folder}: {exc.strerror or exc}")
            return None
        return target

    def backups(self) -> list[Path]:
        """The daily backups, oldest first."""
        return sorted((self.home / BACKUP_DIR).glob("progress-*.sqlite3"))


# -------------------------------------------------------------------- helpers


def _put_state(db: sqlite3.Connection, state: CardState) -> None:
    db.execute(
        "INSERT OR REPLACE INTO card_state (deck_id, card_id, fsrs, state, due, reps, lapses, leech, first_seen)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            state.deck_id,
            state.card_id,
            state.fsrs.to_json(),
            int(state.fsrs.state),
            format_ts(state.fsrs.due),
            state.reps,
            state.lapses,
            int(state.leech),
            format_ts(state.first_seen),
        ),
    )


def _bump_daily(db: sqlite3.Connection, review: Review, previous: CardState | None, sign: int) -> None:
    passed = int(review.rating) > int(Rating.Again)
    mature = previous is not None and previous.state == State.Review
    db.execute(
        "INSERT INTO daily (deck_id, day, reviews, correct, new_cards, mature, mature_correct)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (deck_id, day) DO UPDATE SET"
        " reviews = reviews + excluded.reviews, correct = correct + excluded.correct,"
        " new_cards = new_cards + excluded.new_cards, mature = mature + excluded.mature,"
        " mature_correct = mature_correct + excluded.mature_correct",
        (
            review.deck_id,
            _day(review.reviewed_at),
            sign,
            sign * passed,
            sign * (previous is None),
            sign * mature,
            sign * (mature and passed),
        ),
    )


def _connect(path: Path) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the progress database {path}: {exc}") from None
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error:
        db.close()
        raise
    return db


def _file_problem(path: Path) -> str | None:
    """Why the file is unusable before SQLite even opens it, or None (also for a missing/empty file)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read the progress database {path}: {exc.strerror or exc}") from None
    if size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        return "not an SQLite database"
    if size < _MIN_DB_BYTES:
        return f"truncated to {size} bytes"
    return None


ALWAYS_CHECK_BYTES = 32 * 1024 * 1024
"""Files up to this size (years of daily study) are fully checked on every open."""


def _check_marker(home: Path) -> Path:
    return home / f".{DB_FILE}.needs-check"


def _full_check_due(home: Path, now: dt.datetime) -> bool:
    """Whether this open must run ``PRAGMA quick_check``.

    It reads every page: milliseconds on a real student's file, so every open of a file up to
    :data:`ALWAYS_CHECK_BYTES` runs it. On a larger one (about 0.2 s on a 280 MB, million-review
    file) it runs on the first open of each UTC day -- which then makes the day's backup, so a
    backup is always of a checked file -- and whenever a damaged page was met while running. Other
    opens still check the header, the application id and the schema.
    """
    try:
        size = (home / DB_FILE).stat().st_size
    except OSError:
        size = 0
    if size <= ALWAYS_CHECK_BYTES:
        return True
    today = home / BACKUP_DIR / f"progress-{now.astimezone(dt.UTC):%Y-%m-%d}.sqlite3"
    return not today.exists() or _check_marker(home).exists()


def _db_problem(db: sqlite3.Connection, *, full: bool = True) -> str | None:
    """Why an open database is unusable (damaged or someone else's), or None."""
    try:
        if full:
            result = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                return f"integrity check failed: {result[0]}"
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            return "it belongs to another program"
        if app_id == APPLICATION_ID:
            applied_migrations(db)
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise StoreError(
                f"the progress database is locked by another program for too long ({exc}); try again"
            ) from None
        return f"damaged: {exc}"
    except sqlite3.DatabaseError as exc:
        return f"damaged: {exc}"
    return None


def _move_aside(path: Path, now: dt.datetime) -> Path:
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        # Companions first: a stale -wal left beside a fresh database would be replayed into it.
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        os.replace(path, target)
    except OSError as exc:
        raise StoreError(
            f"the progress database {path} is damaged and could not be moved aside: {exc.strerror or exc}"
        ) from None
    return target


def _restore_backup(home: Path, path: Path) -> Path | None:
    """Copy the newest backup that passes its checks into ``path``; return it, or None."""
    for candidate in sorted((home / BACKUP_DIR).glob("progress-*.sqlite3"), reverse=True):
        if _file_problem(candidate) is not None:
            continue
        try:
            probe = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        except sqlite3.Error:
            continue
        try:
            problem = _db_problem(probe)
        finally:
            probe.close()
        if problem is not None:
            continue
        temp = path.with_name(f".{path.name}.restore-{os.getpid()}")
        try:
            shutil.copyfile(candidate, temp)
            os.replace(temp, path)
        except OSError:
            temp.unlink(missing_ok=True)
            continue
        return candidate
    return None


def _clean_stale_temps(folder: Path) -> None:
    """Remove temp files left by backups of programs that were killed mid-way."""
    for temp in folder.glob(".progress-*.tmp-*"):
        pid_text = temp.name.rsplit("-", 1)[-1]
        if not pid_text.isdigit():
            continue
        if not _pid_alive(int(pid_text)):
            temp.unlink(missing_ok=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but belongs to someone else
    return True


@contextlib.contextmanager
def _open_lock(home: Path) -> Iterator[None]:
    """Serialise the check-repair-migrate phase of opening between programs.

    Without it, one program could inspect the file while another is creating it and mistake
    a half-made file for a damaged one. Held only while opening; a no-op where ``fcntl`` is
    missing (Windows), where SQLite's own locking still protects every transaction.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with (home / f".{DB_FILE}.open-lock").open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
