"""The store: recording answers, undo, backups, and damaged files moved aside (never deleted)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fsrs
import pytest

import kzjp_tutor.core.store as store_package
import kzjp_tutor.core.store.backups as backups_module
import kzjp_tutor.core.store.health as health_module
from kzjp_tutor.core.errors import StoreError
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.store import BACKUP_DIR, DB_FILE, KEEP_BACKUPS, CardState, Review, StateChanged, Store
from kzjp_tutor.core.store.records import MAX_STORED_ANSWER

T0 = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)


def _review(review_id: str, card_id: str = "capital", when: dt.datetime = T0, rating: int = 3) -> Review:
    return Review(review_id, "demo", card_id, when, "Tokyo", rating > 1, 1.0, "ok", "good", rating, 900)


def _answer(
    store: Store,
    planner: Planner,
    review_id: str,
    card_id: str = "capital",
    when: dt.datetime = T0,
    rating: int = 3,
) -> CardState:
    previous = store.state("demo", card_id)
    base = previous or planner.new_state("demo", card_id, when)
    new = planner.review(base, fsrs.Rating(rating), when).state
    assert store.record(_review(review_id, card_id, when, rating), previous, new)
    return new


def _filled_home(home: Path, planner: Planner, answers: int = 30) -> None:
    with Store.open(home, now=T0) as store:
        for n in range(answers):
            _answer(store, planner, f"r{n}", f"card-{n % 10}", T0 + dt.timedelta(minutes=n))


def test_record_then_read_back(store: Store, make_planner: Callable[..., Planner]) -> None:
    """An answer stores the review row, the new state and the roll-up together."""
    planner = make_planner()
    new = _answer(store, planner, "a1")
    assert store.state("demo", "capital") == new or store.state("demo", "capital").same_as(new)  # type: ignore[union-attr]
    assert store.count_reviews() == 1
    counts = store.counts(["demo"], since=T0.date(), until=T0.date())
    assert (counts.reviews, counts.correct, counts.new_cards) == (1, 1, 1)
    review = store.review("a1")
    assert (
        review is not None and review.answer == "Tokyo" and review.rating == 3 and review.duration_ms == 900
    )


def test_retry_with_same_id_is_harmless(store: Store, make_planner: Callable[..., Planner]) -> None:
    """Recording the same review id twice records it once."""
    planner = make_planner()
    new = _answer(store, planner, "same")
    again = planner.review(new, fsrs.Rating.Good, T0 + dt.timedelta(minutes=10)).state
    assert store.record(_review("same"), new, again) is False
    assert store.count_reviews() == 1
    assert store.counts().reviews == 1


def test_stale_previous_state_is_refused(store: Store, make_planner: Callable[..., Planner]) -> None:
    """Writing over a state someone else changed raises StateChanged and writes nothing."""
    planner = make_planner()
    _answer(store, planner, "first")
    stale = planner.new_state("demo", "capital", T0)
    with pytest.raises(StateChanged):
        store.record(_review("second"), None, stale)
    with pytest.raises(StateChanged):
        store.record(_review("third"), stale, stale)
    assert store.count_reviews() == 1


def test_undo_restores_the_exact_previous_state(store: Store, make_planner: Callable[..., Planner]) -> None:
    """Undo puts back the very state the card had, and takes the answer out of the counts."""
    planner = make_planner()
    first = _answer(store, planner, "u1")
    before = store.state("demo", "capital")
    assert before is not None
    _answer(store, planner, "u2", when=T0 + dt.timedelta(minutes=10))
    assert store.undo("u2") is not None
    after = store.state("demo", "capital")
    assert after is not None
    assert after.to_dict() == before.to_dict() == first.to_dict()
    assert store.count_reviews() == 1
    assert store.count_reviews(include_undone=True) == 2
    assert store.counts().reviews == 1
    assert store.undo("u2") is None, "an undone review cannot be undone twice"
    assert store.undo("u1") is not None
    assert store.state("demo", "capital") is None, "undoing a new card's first answer makes it new again"
    assert store.counts().new_cards == 0


def test_only_the_latest_review_of_a_card_can_be_undone(
    store: Store, make_planner: Callable[..., Planner]
) -> None:
    """Undoing an older review would lose the later one, so it is refused."""
    planner = make_planner()
    _answer(store, planner, "old")
    _answer(store, planner, "new", when=T0 + dt.timedelta(minutes=10))
    assert store.undo("old") is None
    assert store.count_reviews() == 2


def test_removed_card_keeps_history_and_edited_card_keeps_schedule(
    store: Store, make_planner: Callable[..., Planner]
) -> None:
    """Progress is keyed by deck id + card id only: nothing about the card's text is stored."""
    planner = make_planner()
    saved = _answer(store, planner, "h1")
    assert store.states("demo", ["capital"])["capital"].to_dict() == saved.to_dict()
    assert store.states("demo", ["gone"]) == {}
    assert store.seen_ids("demo") == {"capital"}


def test_zero_byte_file_is_initialised(home: Path) -> None:
    """An empty file is simply a new database: nothing moved aside."""
    home.mkdir()
    (home / DB_FILE).write_bytes(b"")
    with Store.open(home, now=T0) as store:
        assert store.notices == [] and store.moved_aside is None
        assert store.count_reviews() == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"this is my essay about Japan\n" * 100, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "truncated"),
    ],
)
def test_garbage_is_moved_aside_not_deleted(home: Path, content: bytes, reason: str) -> None:
    """A file that is not a database is renamed .corrupt-<time>, byte for byte, and a fresh one starts."""
    home.mkdir()
    (home / DB_FILE).write_bytes(content)
    with Store.open(home, now=T0) as store:
        assert store.moved_aside == home / f"{DB_FILE}.corrupt-20260901T090000Z"
        assert store.moved_aside.read_bytes() == content
        assert reason in store.notices[0] and str(store.moved_aside) in store.notices[0]
        assert store.count_reviews() == 0


def test_truncated_database_is_moved_aside_and_backup_restored(
    home: Path, make_planner: Callable[..., Planner]
) -> None:
    """A real database cut in half fails its check, is moved aside, and today's backup comes back."""
    _filled_home(home, make_planner(), answers=400)
    with Store.open(home, now=T0) as store:
        assert store.backups() == [home / BACKUP_DIR / "progress-2026-09-01.sqlite3"]
    path = home / DB_FILE
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[: len(data) // 2])
    later = T0 + dt.timedelta(days=1)
    with Store.open(home, now=later) as store:
        assert store.moved_aside is not None and store.moved_aside.read_bytes() == data[: len(data) // 2]
        assert store.restored_from == home / BACKUP_DIR / "progress-2026-09-01.sqlite3"
        assert "restored" in store.notices[0]
        assert store.count_reviews() > 0


def test_foreign_sqlite_file_is_moved_aside(home: Path) -> None:
    """Another program's SQLite database is not ours to migrate; it is moved aside intact."""
    home.mkdir()
    db = sqlite3.connect(home / DB_FILE)
    db.execute("CREATE TABLE recipes (name TEXT)")
    db.execute("INSERT INTO recipes VALUES ('plov')")
    db.commit()
    db.close()
    with Store.open(home, now=T0) as store:
        assert store.moved_aside is not None
        assert "another program" in store.notices[0]
    moved = sqlite3.connect(store.moved_aside)
    assert moved.execute("SELECT name FROM recipes").fetchall() == [("plov",)]


def test_backups_one_a_day_keep_seven(home: Path, make_planner: Callable[..., Planner]) -> None:
    """Opening makes at most one backup a day and keeps only the last seven."""
    _filled_home(home, make_planner(), answers=3)
    for day in range(10):
        for _twice in range(2):
            with Store.open(home, now=T0 + dt.timedelta(days=day, hours=_twice)):
                pass
    names = sorted(p.name for p in (home / BACKUP_DIR).iterdir())
    assert len(names) == KEEP_BACKUPS
    assert names[0] == "progress-2026-09-04.sqlite3" and names[-1] == "progress-2026-09-10.sqlite3"
    copy = sqlite3.connect(home / BACKUP_DIR / names[-1])
    assert copy.execute("SELECT count(*) FROM review").fetchone()[0] == 3
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_queries_are_range_limited(store: Store, make_planner: Callable[..., Planner]) -> None:
    """due_states returns due cards of the asked states, earliest first, honouring limit and offset."""
    planner = make_planner()
    for n in range(5):
        _answer(store, planner, f"q{n}", f"c{n}", T0 + dt.timedelta(minutes=n))
    due = store.due_states("demo", until=T0 + dt.timedelta(hours=1), states=[fsrs.State.Learning], limit=3)
    assert [s.card_id for s in due] == ["c0", "c1", "c2"]
    rest = store.due_states(
        "demo", until=T0 + dt.timedelta(hours=1), states=[fsrs.State.Learning], limit=3, offset=3
    )
    assert [s.card_id for s in rest] == ["c3", "c4"]
    assert store.count_due(["demo"], T0 + dt.timedelta(minutes=12)) == 3
    assert store.next_due(["demo"]) == T0 + dt.timedelta(minutes=10)


def test_damage_in_a_small_file_is_caught_on_the_next_open(
    home: Path, make_planner: Callable[..., Planner]
) -> None:
    """A student-sized file is fully checked on every open, so damage never reaches a session."""
    _filled_home(home, make_planner(), answers=400)
    with Store.open(home, now=T0) as store:
        assert store.backups()
    path = home / DB_FILE
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + b"\xff" * (len(data) - len(data) // 2))
    with Store.open(home, now=T0 + dt.timedelta(hours=2)) as store:
        assert store.moved_aside is not None and store.moved_aside.exists()
        assert store.restored_from is not None
        assert store.count_reviews() == 400


def test_damage_met_while_running_is_repaired_on_next_open(
    home: Path, make_planner: Callable[..., Planner], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a file too large to check on every open, damage met while running is a StoreError and
    the next open repairs it."""
    monkeypatch.setattr(health_module, "ALWAYS_CHECK_BYTES", 0)
    _filled_home(home, make_planner(), answers=400)
    with Store.open(home, now=T0) as store:
        assert store.backups()  # today's check passed and the backup was made
    path = home / DB_FILE
    data = path.read_bytes()
    # Scribble over the second half: the header and schema stay readable, the rows do not.
    path.write_bytes(data[: len(data) // 2] + b"\xff" * (len(data) - len(data) // 2))
    later = T0 + dt.timedelta(hours=2)
    try:
        with Store.open(home, now=later) as store:
            assert store.moved_aside is None, "same day: only the cheap checks ran"
            # Between them these reads touch every table and index, so one meets the lost half.
            store.states("demo")
            store.counts(["demo"])
            store.count_due(["demo"], later)
            store.next_due(["demo"])
            store.leeches()
            for n in range(400):
                store.review(f"r{n}")
        raise AssertionError("reading the lost half must fail")
    except StoreError as exc:
        assert "damaged" in str(exc)
    with Store.open(home, now=later + dt.timedelta(minutes=1)) as store:
        assert store.moved_aside is not None
        assert store.restored_from is not None
        assert store.count_reviews() == 400


def test_reviews_reads_the_log_oldest_first_without_undone(
    home: Path, make_planner: Callable[..., Planner]
) -> None:
    """A card's history: its live answers in order, each with the state it was answered in."""
    planner = make_planner()
    with Store.open(home, now=T0) as store:
        state = None
        for n, (answer, rating) in enumerate([("x", 1), ("Tokyo", 3), ("Kyoto", 1)]):
            when = T0 + dt.timedelta(hours=n)
            base = state or planner.new_state("demo", "capital", when)
            outcome = planner.review(base, fsrs.Rating(rating), when)
            review = Review(f"r{n}", "demo", "capital", when, answer, rating > 1, 1.0, "", "good", rating)
            assert store.record(review, state, outcome.state)
            state = outcome.state
        assert store.undo("r2") is not None
        history = store.reviews(["demo"], card_id="capital")
        assert [(r.id, r.answer, r.rating) for r in history] == [("r0", "x", 1), ("r1", "Tokyo", 3)]
        assert history[0].state_before is None  # a new card
        assert history[1].state_before == int(fsrs.State.Learning)
        assert store.reviews(["other-deck"]) == []


# ------------------------------------------------------------------ a full disk, notices, leftovers


class _CheckCannotRun(sqlite3.Connection):
    """A connection whose integrity check fails to RUN (as on a full disk), without a verdict."""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if "quick_check" in sql:
            exc = sqlite3.OperationalError("disk I/O error")
            exc.sqlite_errorcode = sqlite3.SQLITE_IOERR | (19 << 8)  # SQLITE_IOERR_SHMSIZE
            raise exc
        return super().execute(sql, *args)


def test_an_error_while_checking_is_not_damage(
    home: Path, make_planner: Callable[..., Planner], monkeypatch: pytest.MonkeyPatch
) -> None:
    """F1: the check could not run (disk full): the open is refused, nothing is moved, no data lost."""
    _filled_home(home, make_planner(), answers=5)
    data = (home / DB_FILE).read_bytes()

    def connect(path: Path) -> sqlite3.Connection:
        return sqlite3.connect(path, isolation_level=None, factory=_CheckCannotRun)

    with monkeypatch.context() as patch:
        patch.setattr(health_module, "connect", connect)
        with pytest.raises(StoreError, match="free some space") as caught:
            Store.open(home, now=T0 + dt.timedelta(hours=1))
    assert "Nothing was moved" in str(caught.value)
    assert not list(home.glob(f"{DB_FILE}.corrupt-*"))
    assert (home / DB_FILE).read_bytes() == data
    with Store.open(home, now=T0 + dt.timedelta(hours=2)) as store:
        assert store.count_reviews() == 5 and store.notices == []


def test_busy_and_damage_are_told_by_code_not_by_message() -> None:
    """Message text is not an API: only the SQLite result code decides."""
    worded = sqlite3.OperationalError("database is locked")
    assert not health_module.is_busy(worded)
    coded = sqlite3.OperationalError("anything")
    coded.sqlite_errorcode = sqlite3.SQLITE_LOCKED | (1 << 8)  # SQLITE_LOCKED_SHAREDCACHE
    assert health_module.is_busy(coded) and not health_module.is_damage(coded)
    corrupt = sqlite3.DatabaseError("anything")
    corrupt.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
    assert health_module.is_damage(corrupt)


def test_notices_reach_the_student_when_a_later_step_fails(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file moved aside and then a failing migration: the error still says where the file went."""
    home.mkdir()
    (home / DB_FILE).write_bytes(b"my essay" * 100)

    def migrate(*_args: object, **_kwargs: object) -> list[str]:
        raise StoreError("the schema step failed")

    monkeypatch.setattr(store_package, "migrate", migrate)
    with pytest.raises(StoreError) as caught:
        Store.open(home, now=T0)
    message = str(caught.value)
    assert f"it was moved to {home / DB_FILE}.corrupt-20260901T090000Z" in message
    assert message.endswith("the schema step failed")


def test_a_schema_less_file_beside_backups_is_restored(
    home: Path, make_planner: Callable[..., Planner]
) -> None:
    """F2: an SQLite file with no tables (a half-made file) beside backups is damage: backup restored."""
    _filled_home(home, make_planner(), answers=5)
    with Store.open(home, now=T0):
        pass  # the second open of the day makes the backup
    (home / DB_FILE).unlink()
    sqlite3.connect(home / DB_FILE).execute("PRAGMA user_version = 1").close()
    assert (home / DB_FILE).stat().st_size > 0
    with Store.open(home, now=T0 + dt.timedelta(days=1)) as store:
        assert store.restored_from == home / BACKUP_DIR / "progress-2026-09-01.sqlite3"
        assert store.moved_aside is not None and "it is empty" in store.notices[0]
        assert store.count_reviews() == 5


def test_a_missing_file_beside_backups_is_a_fresh_start(
    home: Path, make_planner: Callable[..., Planner]
) -> None:
    """Deleting the file on purpose starts afresh; the backups stay, nothing is restored."""
    _filled_home(home, make_planner(), answers=5)
    with Store.open(home, now=T0):
        pass
    (home / DB_FILE).unlink()
    with Store.open(home, now=T0 + dt.timedelta(days=1)) as store:
        assert store.notices == [] and store.count_reviews() == 0
    assert (home / BACKUP_DIR / "progress-2026-09-01.sqlite3").exists()


def test_rotation_keeps_the_last_backup_with_more_answers(
    home: Path, make_planner: Callable[..., Planner]
) -> None:
    """F2: after a reset, seven daily backups of the small new file do not push out the big old one."""
    planner = make_planner()
    _filled_home(home, planner, answers=30)
    with Store.open(home, now=T0):
        pass
    (home / DB_FILE).unlink()
    for day in range(1, 11):
        when = T0 + dt.timedelta(days=day)
        with Store.open(home, now=when) as store:
            _answer(store, planner, f"d{day}", f"card-{day}", when)
    names = [p.name for p in sorted((home / BACKUP_DIR).glob("progress-*.sqlite3"))]
    assert names[0] == "progress-2026-09-01.sqlite3", "the 30-answer backup is kept"
    assert len(names) == KEEP_BACKUPS + 1
    assert names[1:] == [f"progress-2026-09-{d:02d}.sqlite3" for d in range(5, 12)]
    assert backups_module.review_total(home / BACKUP_DIR / names[0]) == 30


def test_backups_leave_no_companions_and_stale_temps_are_removed(
    home: Path, make_planner: Callable[..., Planner]
) -> None:
    """Temps of dead programs (with their -journal) go; a live program's temp and a written -wal stay."""
    _filled_home(home, make_planner(), answers=3)
    folder = home / BACKUP_DIR
    folder.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # reaped: its pid is free
    stale = [folder / f".progress-2026-08-30.sqlite3.tmp-{dead.pid}{end}" for end in ("", "-journal")]
    live = folder / f".progress-2026-08-30.sqlite3.tmp-{os.getpid()}-journal"
    shm, empty_wal = folder / "progress-2026-08-30.sqlite3-shm", folder / "progress-2026-08-30.sqlite3-wal"
    written_wal = folder / "progress-2026-08-29.sqlite3-wal"
    for path in [*stale, live, shm, empty_wal]:
        path.write_bytes(b"")
    written_wal.write_bytes(b"someone's writes")
    with Store.open(home, now=T0 + dt.timedelta(days=1)) as store:
        assert store.backups() == [folder / "progress-2026-09-02.sqlite3"]
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([live.name, written_wal.name, "progress-2026-09-02.sqlite3"])
    backup = folder / "progress-2026-09-02.sqlite3"
    assert backup.read_bytes()[18:20] == b"\x01\x01", "written in rollback-journal mode"
    (home / DB_FILE).write_bytes(b"garbage" * 200)
    with Store.open(home, now=T0 + dt.timedelta(days=1, hours=1)) as store:
        assert store.restored_from == backup and store.count_reviews() == 3
    assert sorted(p.name for p in folder.iterdir()) == left, "restoring left nothing beside the backup"


def test_stored_answers_are_capped(store: Store, make_planner: Callable[..., Planner]) -> None:
    """F19: a pasted megabyte is stored as its first 4,000 characters, marked as cut."""
    planner = make_planner()
    new = planner.review(planner.new_state("demo", "capital", T0), fsrs.Rating.Again, T0).state
    review = Review("big", "demo", "capital", T0, "я" * 1_000_000, False, 0.0, "no", "again", 1)
    assert store.record(review, None, new)
    stored = store.review("big")
    assert stored is not None and len(stored.answer) == MAX_STORED_ANSWER and stored.answer.endswith("я…")
    short = store.reviews(["demo"])[0]
    assert short.answer == stored.answer


def test_an_undecodable_row_is_skipped_answered_afresh_or_repaired(
    store: Store, make_planner: Callable[..., Planner]
) -> None:
    """A card whose saved schedule is bad JSON is left out, not a crash; answering or repair resets it."""
    planner = make_planner()
    for n, card in enumerate(["capital", "river", "steppe"]):
        _answer(store, planner, f"b{n}", card)
    store._db.execute("UPDATE card_state SET fsrs = '{not json' WHERE card_id IN ('river', 'steppe')")
    assert sorted(store.states("demo")) == ["capital"]
    assert store.state("demo", "river") is None
    assert ("demo", "river") in store.unreadable and any("demo/river" in n for n in store.notices)
    _answer(store, planner, "b3", "river", T0 + dt.timedelta(minutes=5))
    assert store.state("demo", "river") is not None, "answering replaced the unreadable state"
    assert store.repair() == [("demo", "steppe")]
    assert store.repair() == []
    assert store.seen_ids("demo") == {"capital", "river"}
    assert store.count_reviews() == 4, "the review log is untouched"


def test_reviews_by_day_of_some_decks(store: Store, make_planner: Callable[..., Planner]) -> None:
    """One grouped read per deck set: the exam window counts its own deck's answers, not the others'."""
    planner = make_planner()
    day2 = T0 + dt.timedelta(days=1)
    _answer(store, planner, "d1", "capital", T0)
    _answer(store, planner, "d2", "river", day2)
    _answer(store, planner, "d3", "lake", day2)
    other = planner.review(planner.new_state("other", "x", day2), fsrs.Rating.Good, day2).state
    assert store.record(
        Review("o1", "other", "x", day2, "Tokyo", True, 1.0, "ok", "good", 3, 900), None, other
    )
    assert store.reviews_by_day(T0.date(), day2.date()) == {T0.date(): 1, day2.date(): 3}
    assert store.reviews_by_day(T0.date(), day2.date(), ["demo"]) == {T0.date(): 1, day2.date(): 2}
    assert store.reviews_by_day(T0.date(), day2.date(), ["other"]) == {day2.date(): 1}
    assert store.reviews_by_day(T0.date(), day2.date(), []) == {}
