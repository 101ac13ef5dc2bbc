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

Opening checks the file and moves a damaged one aside (never deletes it), restoring the newest
good daily backup; a full disk or a read-only file is reported, never mistaken for damage. That
half lives in :mod:`.health`; the records read and written here live in :mod:`.records`.
:attr:`Store.notices` says what the student should be told.

Stats stay fast on a million reviews because they read the per-day roll-up table ``daily``
(maintained in the same transaction as each answer) and indexed ranges, never the whole log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from fsrs import State

from ..errors import StoreError, reason
from ..files import make_data_folder
from ..i18n import gettext as _
from ..migrations import immediate, migrate
from .backups import BACKUP_DIR, KEEP_BACKUPS, backup_path, rotate_backups, write_backup
from .events import EVENT_COLUMNS, CardEvent, EventKind, event_from_row, event_in, undo_event_in
from .health import (
    BUSY_TIMEOUT_MS,
    DB_FILE,
    check_marker,
    is_busy,
    is_damage,
    open_checked,
    open_lock,
    store_error,
    telling,
    unreadable_notice,
)
from .records import (
    REVIEW_COLUMNS,
    STATE_COLUMNS,
    CardState,
    DayCounts,
    Review,
    StateChanged,
    UnreadableState,
    format_ts,
    parse_ts,
    placeholders,
    review_from_row,
    state_from_row,
)
from .writes import record_in, repair_in, undo_in

__all__ = [
    "BACKUP_DIR",
    "BUSY_TIMEOUT_MS",
    "DB_FILE",
    "KEEP_BACKUPS",
    "CardEvent",
    "CardState",
    "DayCounts",
    "EventKind",
    "ExamRecord",
    "Review",
    "StateChanged",
    "Store",
    "format_ts",
    "parse_ts",
]

RETRIES = 5
"""How many times a busy write is retried (after the busy timeout) before giving up."""

_SCHEDULED = (State.Learning, State.Review, State.Relearning)
"""Every state a card with a stored schedule can be in."""

_NOT_SUSPENDED = (
    " AND NOT EXISTS (SELECT 1 FROM suspended s"
    " WHERE s.deck_id = card_state.deck_id AND s.card_id = card_state.card_id)"
)
"""The clause that leaves suspended cards out of what is due (one home for the rule)."""

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ExamRecord:
    """One kept practice exam, as the history lists it."""

    id: str
    finished: dt.datetime
    decks: tuple[str, ...]
    section: str | None
    questions: int
    percent: float
    mark: int
    timed_out: bool


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
        """Where a damaged database was moved, if one was (read by tests)."""
        self.restored_from: Path | None = None
        """The backup restored after moving a damaged database aside, if any (read by tests)."""
        self.unreadable: set[tuple[str, str]] = set()
        """(deck id, card id) of cards skipped because their saved schedule cannot be decoded."""

    # ---------------------------------------------------------------- opening

    @classmethod
    def open(cls, home: Path, *, now: dt.datetime, backup: bool = True, write: bool = True) -> Store:
        """Open (creating, checking, repairing and migrating) ``HOME/progress.sqlite3``.

        Args:
            home: The home folder; created if missing.
            now: The current time (UTC); names moved-aside files and backups.
            backup: Make today's backup if there is none yet (a failure is only a notice).
            write: The caller will record answers: refuse a read-only file now, before a card
                is shown, rather than after the student typed an answer.

        Raises:
            StoreError: the folder or file cannot be used (read-only, a folder, the disk is
                full), the database is newer than this program, or it stayed locked. The
                message starts with any notice about a file moved aside.
        """
        make_data_folder(home, StoreError)
        with open_lock(home):
            opened = open_checked(home, now)
            store = cls(home, opened.db, opened.notices)
            store.moved_aside = opened.moved_aside
            store.restored_from = opened.restored_from
            db = opened.db
            try:
                with telling(store.notices):
                    store._retry(lambda: db.execute("PRAGMA synchronous = NORMAL"))
                    store._retry(lambda: db.execute("PRAGMA journal_mode = WAL").fetchone())
                    store._retry(lambda: migrate(db, now=now, where=str(store.path)))
                    if write:
                        store._write(lambda db: db.execute("DELETE FROM _migrations WHERE 0"))
                    if opened.checked:
                        store.notices.extend(store._retry(lambda: unreadable_notice(db)))
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
            except sqlite3.DatabaseError as exc:
                if is_busy(exc) and number < RETRIES:
                    time.sleep(min(0.05 * 2**number, 1.0))
                    continue
                if is_damage(exc):
                    with contextlib.suppress(OSError):
                        check_marker(self.home).touch()
                raise store_error(exc, self.path, "used") from None
        raise AssertionError("unreachable")

    def _write(self, body: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``body`` in one ``BEGIN IMMEDIATE`` transaction, retried while busy."""

        def attempt() -> T:
            with immediate(self._db):
                return body(self._db)

        return self._retry(attempt)

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._retry(lambda: self._db.execute(sql, tuple(params)).fetchall())
        return rows

    def transaction(self, body: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``body`` in ONE write transaction with the busy retries (the sync layer's outbox and pulls).

        ``body`` may run more than once (a busy retry), so it must only touch the database.
        """
        return self._write(body)

    def _decode(self, deck_id: str, rows: Iterable[tuple[Any, ...]]) -> list[CardState]:
        """Rows of :data:`STATE_COLUMNS` as states, skipping (and noting) any that cannot be decoded.

        One bad row must not end every study session: the card is left out until
        :meth:`repair`, and the rest stay studyable.
        """
        states: list[CardState] = []
        for row in rows:
            try:
                states.append(state_from_row(deck_id, row))
            except UnreadableState:
                if (deck_id, row[0]) not in self.unreadable:
                    self.unreadable.add((deck_id, row[0]))
                    # Only the ids: the decoder's own words (JSONDecodeError...) help no student.
                    self.notices.append(
                        _(
                            "skipped card {card}: its saved schedule cannot be read; "
                            "`kzjp-tutor stats --repair` starts it again as new"
                        ).format(card=f"{deck_id}/{row[0]}")
                    )
        return states

    # ---------------------------------------------------------------- reads

    def state(self, deck_id: str, card_id: str) -> CardState | None:
        """The card's state, or None if it was never answered (or its saved state cannot be read)."""
        rows = self._read(
            f"SELECT {STATE_COLUMNS} FROM card_state WHERE deck_id = ? AND card_id = ?", (deck_id, card_id)
        )
        states = self._decode(deck_id, rows)
        return states[0] if states else None

    def states(self, deck_id: str, card_ids: Collection[str] | None = None) -> dict[str, CardState]:
        """States of a deck's cards (all, or those in ``card_ids``), by card id."""
        rows = self._read(f"SELECT {STATE_COLUMNS} FROM card_state WHERE deck_id = ?", (deck_id,))
        wanted = None if card_ids is None else set(card_ids)
        return {s.card_id: s for s in self._decode(deck_id, rows) if wanted is None or s.card_id in wanted}

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
        """Unsuspended cards in ``states`` due at or before ``until`` (and after ``after``), earliest first.

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
                f"SELECT due, {STATE_COLUMNS} FROM card_state WHERE deck_id = ? AND state = ?"
                f" AND due <= ?{bounds}{_NOT_SUSPENDED} ORDER BY due LIMIT ?",
                [*params, offset + limit],
            )
            found.extend((row[0], row[1:]) for row in rows)
        found.sort(key=lambda pair: pair[0])
        return self._decode(deck_id, (row for _due, row in found[offset : offset + limit]))

    def count_due(self, deck_ids: Collection[str], now: dt.datetime) -> int:
        """How many cards of these decks are due at ``now`` (suspended cards are not)."""
        if not deck_ids:
            return 0
        rows = self._read(
            f"SELECT count(*) FROM card_state WHERE deck_id IN ({placeholders(deck_ids)})"
            f" AND state IN ({placeholders(_SCHEDULED)}) AND due <= ?{_NOT_SUSPENDED}",
            (*deck_ids, *(int(s) for s in _SCHEDULED), format_ts(now)),
        )
        return int(rows[0][0])

    def next_due(self, deck_ids: Collection[str], *, after: dt.datetime | None = None) -> dt.datetime | None:
        """The earliest due time among these decks' unsuspended cards (after ``after`` if given).

        One ``min()`` per deck and state: each is a single seek on the (deck, state, due) index.
        """
        best: str | None = None
        for deck_id in deck_ids:
            for state in _SCHEDULED:
                sql = "SELECT min(due) FROM card_state WHERE deck_id = ? AND state = ?" + _NOT_SUSPENDED
                params: list[Any] = [deck_id, int(state)]
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
            where.append(f"deck_id IN ({placeholders(deck_ids)})")
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

    def reviews_by_day(
        self, since: dt.date, until: dt.date, deck_ids: Collection[str] | None = None
    ) -> dict[dt.date, int]:
        """Reviews on each UTC day from ``since`` to ``until`` (inclusive), of these decks (default all);
        days without any are absent.

        One grouped read of the ``daily`` roll-up, so a half-year calendar (or an exam window asked
        on every card of the queue's last phase) costs one query.
        """
        sql = "SELECT day, sum(reviews) FROM daily WHERE day >= ? AND day <= ?"
        params: list[str] = [since.isoformat(), until.isoformat()]
        if deck_ids is not None:
            if not deck_ids:
                return {}
            sql += f" AND deck_id IN ({placeholders(deck_ids)})"
            params += list(deck_ids)
        rows = self._read(sql + " GROUP BY day HAVING sum(reviews) > 0", params)
        return {dt.date.fromisoformat(day): int(total) for day, total in rows}

    def count_seen(self, deck_ids: Collection[str] | None = None) -> int:
        """How many cards have been answered at least once."""
        if deck_ids is None:
            return int(self._read("SELECT count(*) FROM card_state")[0][0])
        if not deck_ids:
            return 0
        sql = f"SELECT count(*) FROM card_state WHERE deck_id IN ({placeholders(deck_ids)})"
        return int(self._read(sql, deck_ids)[0][0])

    def leeches(self, deck_ids: Collection[str] | None = None) -> list[tuple[str, str, int]]:
        """(deck id, card id, lapses) of every card flagged as a leech."""
        sql = "SELECT deck_id, card_id, lapses FROM card_state WHERE leech = 1"
        params: list[Any] = []
        if deck_ids is not None:
            sql += f" AND deck_id IN ({placeholders(deck_ids)})"
            params.extend(deck_ids)
        return [(r[0], r[1], int(r[2])) for r in self._read(sql + " ORDER BY deck_id, card_id", params)]

    def deck_ids(self) -> list[str]:
        """Every deck id with progress, sorted."""
        return [r[0] for r in self._read("SELECT DISTINCT deck_id FROM card_state ORDER BY deck_id")]

    def review(self, review_id: str) -> Review | None:
        """A recorded review by id (including undone ones), or None."""
        rows = self._read(f"SELECT {REVIEW_COLUMNS} FROM review WHERE id = ?", (review_id,))
        return review_from_row(rows[0]) if rows else None

    def reviews(self, deck_ids: Sequence[str], *, card_id: str | None = None) -> list[Review]:
        """The review log of these decks (or of one card), oldest first, without undone answers.

        For exports and a card's history; it reads every matching row, so it is not for stats.
        """
        if not deck_ids:
            return []
        sql = (
            f"SELECT {REVIEW_COLUMNS} FROM review WHERE undone = 0 AND deck_id IN ({placeholders(deck_ids)})"
        )
        params: list[str] = list(deck_ids)
        if card_id is not None:
            sql += " AND card_id = ?"
            params.append(card_id)
        return [review_from_row(r) for r in self._read(sql + " ORDER BY reviewed_at, rowid", tuple(params))]

    def count_reviews(self, *, include_undone: bool = False) -> int:
        """How many reviews the log holds (a full count; for tests and tools, not for stats)."""
        sql = "SELECT count(*) FROM review" + ("" if include_undone else " WHERE undone = 0")
        return int(self._read(sql)[0][0])

    # ---------------------------------------------------------------- writes

    def record(self, review: Review, previous: CardState | None, new: CardState) -> bool:
        """Record one answer: the review row, the card's new state and the roll-up, in ONE transaction.

        The answer text is kept up to :data:`~.records.MAX_STORED_ANSWER` characters. A card
        whose saved state cannot be decoded counts as new here, so answering it replaces the
        unreadable state (the same as :meth:`repair` would).

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
        return self._write(lambda db: record_in(db, review, previous, new))

    def undo(self, review_id: str) -> Review | None:
        """Undo a review: restore the card's exact previous state and mark the review undone.

        Only the card's latest review can be undone (otherwise a later answer would be lost).

        Returns:
            The undone review, or None if it does not exist, is already undone or is not the
            card's latest.
        """
        return self._write(lambda db: undo_in(db, review_id))

    def repair(self) -> list[tuple[str, str]]:
        """Start every card whose saved schedule cannot be decoded again as a new card.

        Why reset rather than rebuild: the state after a card's last answer is stored nowhere
        else (the log keeps the state *before* each answer), and replaying the log would need the
        student's scheduler settings of that time. A new card is what a teacher expects of a lost
        schedule; the card's answers stay in the review log and in every count.

        Returns:
            (deck id, card id) of the cards reset, sorted.
        """
        repaired = self._write(repair_in)
        self.unreadable.difference_update(repaired)
        return repaired

    # ---------------------------------------------------------------- card steps

    def act(self, event: CardEvent, *, shown: CardState | None = None) -> bool:
        """Record a card step that is not an answer, with what it changes, in ONE transaction.

        ``shown``: for a ``shown`` event, the card's schedule after the showing (see
        :meth:`~kzjp_tutor.core.scheduling.Planner.shown`). A ``reset`` deletes the card's
        schedule (its answers stay in the log); ``suspend``/``unsuspend`` change whether the queue
        and the due counts see the card; a ``flag`` keeps the comment for the instructor.

        Returns:
            True if recorded; False for a retry of an event already recorded, or a reset of a
            card that has no progress.

        Raises:
            StateChanged: a card to be shown already has a schedule.
            StoreError: the database cannot be written.
        """
        return self._write(lambda db: event_in(db, event, shown=shown))

    def undo_event(self, event_id: str) -> CardEvent | None:
        """Undo a card step: the exact state before it is back and the event is marked undone.

        Returns:
            The undone event, or None if there is no such event, it is undone already, or (for
            shown and reset) the card has had an answer or such a step since.
        """
        return self._write(lambda db: undo_event_in(db, event_id))

    def suspended_ids(self, deck_id: str) -> set[str]:
        """Ids of the deck's suspended cards (the queue skips them)."""
        return {row[0] for row in self._read("SELECT card_id FROM suspended WHERE deck_id = ?", (deck_id,))}

    def events(
        self, deck_ids: Sequence[str] | None = None, *, kinds: Collection[EventKind] | None = None
    ) -> list[CardEvent]:
        """Card steps (not undone) of these decks (all if None), of these kinds, oldest first.

        ``events(kinds=["flag"])`` is what reaches the instructor: every card reported as wrong
        with the student's comment.
        """
        where = ["undone = 0"]
        params: list[Any] = []
        if deck_ids is not None:
            where.append(f"deck_id IN ({placeholders(deck_ids)})")
            params.extend(deck_ids)
        if kinds is not None:
            where.append(f"kind IN ({placeholders(kinds)})")
            params.extend(kinds)
        rows = self._read(
            f"SELECT {EVENT_COLUMNS} FROM card_event WHERE {' AND '.join(where)} ORDER BY at, rowid", params
        )
        return [event_from_row(row) for row in rows]

    # ---------------------------------------------------------------- practice exams

    def record_exam(
        self,
        exam: Mapping[str, Any],
        answers: Sequence[tuple[Any, ...]],
        reviews: Sequence[tuple[Review, CardState | None, CardState]],
    ) -> None:
        """Keep a finished exam, its answers and the reviews they count as, in ONE transaction.

        Args:
            exam: The ``exam`` row by column (times as datetimes).
            answers: ``exam_answer`` rows: (position, deck id, card id, section id, answer,
                correct, score, feedback, review id).
            reviews: (review, state before, state after) per answer that counts as a review.

        Raises:
            StateChanged: a card changed since its state was read; nothing was written.
            StoreError: the database cannot be written.
        """

        def body(db: sqlite3.Connection) -> None:
            for review, previous, new in reviews:
                if not record_in(db, review, previous, new):
                    raise StateChanged(review.id)
            row = dict(exam)
            row["started_at"] = format_ts(row["started_at"])
            row["finished_at"] = format_ts(row["finished_at"])
            db.execute(
                f"INSERT INTO exam ({', '.join(row)}) VALUES ({placeholders(row)})", tuple(row.values())
            )
            db.executemany(
                "INSERT INTO exam_answer (exam_id, position, deck_id, card_id, section_id, answer, correct,"
                " score, feedback, review_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(row["id"], *answer) for answer in answers],
            )
            from ..sync.outbox import enqueue_exam  # here: core.sync imports the store's records

            enqueue_exam(db, dict(exam), list(answers))  # the sync outbox, in the exam's transaction

        self._write(body)

    def exams(self) -> list[ExamRecord]:
        """Every kept practice exam, oldest first: the history and its trend."""
        rows = self._read(
            "SELECT id, finished_at, decks, section, questions, percent, mark, timed_out FROM exam"
            " ORDER BY finished_at, rowid"
        )
        return [
            ExamRecord(
                r[0],
                parse_ts(r[1]),
                tuple(json.loads(r[2])),
                r[3],
                int(r[4]),
                float(r[5]),
                int(r[6]),
                bool(r[7]),
            )
            for r in rows
        ]

    # ---------------------------------------------------------------- backups

    def backup(self, now: dt.datetime, *, force: bool = False) -> Path | None:
        """Make today's backup in ``HOME/backups/`` unless one exists; rotate old ones.

        An empty database is not backed up. A backup that cannot be written (read-only folder,
        full disk) is a notice, never an error: it must not stop the student from studying or
        reading their stats.

        Returns:
            The backup written, or None if none was needed or it failed.
        """
        target = backup_path(self.home, now)
        if target.exists() and not force:
            return None
        try:
            if not self._read("SELECT 1 FROM review LIMIT 1"):
                return None
            write_backup(self._db, target)
            rotate_backups(target.parent, self.counts().reviews)
        except (OSError, sqlite3.Error, StoreError) as exc:
            self.notices.append(
                _(
                    "could not write today's backup in {folder} ({reason}); your progress itself is saved"
                ).format(folder=target.parent, reason=reason(exc))
            )
            return None
        return target

    def backups(self) -> list[Path]:
        """The daily backups, oldest first (read by tests)."""
        return sorted((self.home / BACKUP_DIR).glob("progress-*.sqlite3"))
