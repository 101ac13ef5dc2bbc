"""Migrations: exact schema, idempotence, the v1 fixture, refusing a newer database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from kzjp_tutor.core.errors import StoreError
from kzjp_tutor.core.migrations import APPLICATION_ID, MIGRATIONS, applied_migrations, immediate, migrate
from kzjp_tutor.core.store import DB_FILE, Store

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "progress-v1.sqlite3"
NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


def _columns(db: sqlite3.Connection, table: str) -> dict[str, str]:
    return {row[1]: row[2] for row in db.execute(f"PRAGMA table_info({table})")}


def _indexes(db: sqlite3.Connection) -> set[str]:
    return {
        row[0]
        for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    }


def test_fresh_database_has_exact_schema() -> None:
    """An in-memory database migrated from nothing has exactly the expected tables and columns."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    assert migrate(db, now=NOW) == [
        "m001_initial",
        "m002_daily_rollup",
        "m003_card_events_and_exams",
        "m004_outbox",
        "m005_settings_events",
    ]
    assert applied_migrations(db) == [m.__name__ for m in MIGRATIONS]
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert _columns(db, "card_state") == {
        "deck_id": "TEXT",
        "card_id": "TEXT",
        "fsrs": "TEXT",
        "state": "INTEGER",
        "due": "TEXT",
        "reps": "INTEGER",
        "lapses": "INTEGER",
        "leech": "INTEGER",
        "first_seen": "TEXT",
    }
    assert _columns(db, "review") == {
        "id": "TEXT",
        "deck_id": "TEXT",
        "card_id": "TEXT",
        "reviewed_at": "TEXT",
        "answer": "TEXT",
        "correct": "INTEGER",
        "score": "REAL",
        "feedback": "TEXT",
        "suggested": "TEXT",
        "rating": "INTEGER",
        "duration_ms": "INTEGER",
        "previous": "TEXT",
        "undone": "INTEGER",
    }
    assert _columns(db, "daily") == {
        "deck_id": "TEXT",
        "day": "TEXT",
        "reviews": "INTEGER",
        "correct": "INTEGER",
        "new_cards": "INTEGER",
        "mature": "INTEGER",
        "mature_correct": "INTEGER",
    }
    assert _columns(db, "card_event") == {
        "id": "TEXT",
        "deck_id": "TEXT",
        "card_id": "TEXT",
        "kind": "TEXT",
        "at": "TEXT",
        "comment": "TEXT",
        "previous": "TEXT",
        "after_review": "TEXT",
        "undone": "INTEGER",
    }
    assert _columns(db, "suspended") == {"deck_id": "TEXT", "card_id": "TEXT", "since": "TEXT"}
    assert set(_columns(db, "exam")) == {
        "id",
        "started_at",
        "finished_at",
        "decks",
        "section",
        "seed",
        "questions",
        "minutes",
        "timed_out",
        "percent",
        "mark",
    }
    assert set(_columns(db, "exam_answer")) == {
        "exam_id",
        "position",
        "deck_id",
        "card_id",
        "section_id",
        "answer",
        "correct",
        "score",
        "feedback",
        "review_id",
    }
    assert _columns(db, "settings_event") == {
        "id": "TEXT",
        "at": "TEXT",
        "event": "TEXT",
        "pushed": "INTEGER",
    }
    assert _indexes(db) == {
        "card_state_due",
        "review_card",
        "review_time",
        "card_event_card",
        "card_event_kind",
        "exam_time",
    }


def test_migrate_twice_is_a_no_op() -> None:
    """Running the migrations again applies nothing and changes nothing."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    migrate(db, now=NOW)
    assert migrate(db, now=NOW) == []
    assert db.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(MIGRATIONS)


def test_v1_fixture_is_migrated_keeping_everything(tmp_path: Path) -> None:
    """The release-1 database gains the roll-up, backfilled from its log, and keeps its progress."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(FIXTURE, home / DB_FILE)
    with Store.open(home, now=NOW) as store:
        assert not store.notices
        state = store.state("demo", "capital")
        assert state is not None
        assert state.fsrs.card_id == 1234
        assert state.fsrs.stability == 3.1
        assert state.reps == 2
        assert store.count_reviews() == 2
        counts = store.counts(["demo"])
        assert (counts.reviews, counts.correct, counts.new_cards, counts.mature) == (2, 2, 1, 0)
        assert store.counts(["demo"], since=dt.date(2026, 9, 1), until=dt.date(2026, 9, 1)).reviews == 2
    db = sqlite3.connect(home / DB_FILE)
    assert [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY rowid")] == [
        "m001_initial",
        "m002_daily_rollup",
        "m003_card_events_and_exams",
        "m004_outbox",
        "m005_settings_events",
    ]
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_release_2_database_gains_card_steps_and_keeps_its_progress(tmp_path: Path) -> None:
    """A database at m002 (before card steps and exams) is upgraded in place; its cards stay due
    and can then be suspended (the new tables work on the old data)."""
    home = tmp_path / "home"
    home.mkdir()
    db = sqlite3.connect(home / DB_FILE, isolation_level=None)
    for step in MIGRATIONS[:2]:
        with immediate(db):
            db.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            step(db)
            db.execute("INSERT INTO _migrations VALUES (?, 'x')", (step.__name__,))
    db.close()
    shutil.copyfile(FIXTURE, home / "v1.sqlite3")
    with Store.open(home, now=NOW) as store:
        assert store.count_reviews() == 0
    db = sqlite3.connect(home / DB_FILE)
    assert [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY rowid")][2:] == [
        "m003_card_events_and_exams",
        "m004_outbox",
        "m005_settings_events",
    ]
    db.close()
    home2 = tmp_path / "home2"
    home2.mkdir()
    shutil.copyfile(FIXTURE, home2 / DB_FILE)
    from kzjp_tutor.core.store import CardEvent

    with Store.open(home2, now=NOW) as store:
        state = store.state("demo", "capital")
        assert state is not None
        due_before = store.count_due(["demo"], state.due)
        assert due_before == 1
        assert store.act(CardEvent("e1", "demo", "capital", "suspend", NOW))
        assert store.count_due(["demo"], state.due) == 0
        assert store.suspended_ids("demo") == {"capital"}


def test_newer_database_is_refused(tmp_path: Path) -> None:
    """A database with a migration this code does not know is refused with a clear message."""
    home = tmp_path / "home"
    with Store.open(home, now=NOW):
        pass
    db = sqlite3.connect(home / DB_FILE)
    db.execute("INSERT INTO _migrations VALUES ('m099_from_the_future', 'x')")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match=r"written by a newer kzjp-tutor.*upgrade"):
        Store.open(home, now=NOW)
    assert (home / DB_FILE).exists(), "a newer database must be left alone, not moved aside"


def test_failed_migration_leaves_nothing_behind() -> None:
    """A migration that fails midway is rolled back with its record: all or nothing."""
    db = sqlite3.connect(":memory:", isolation_level=None)

    def m_broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    MIGRATIONS.append(m_broken)
    try:
        with pytest.raises(RuntimeError):
            migrate(db, now=NOW)
    finally:
        MIGRATIONS.remove(m_broken)
    assert "m_broken" not in applied_migrations(db)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0


def test_immediate_commits_or_rolls_back_whole() -> None:
    """The one transaction helper of the store and the migrations: all of the body, or none of it."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("CREATE TABLE t (x)")
    with immediate(db):
        db.execute("INSERT INTO t VALUES (1)")
        assert db.in_transaction
    with pytest.raises(KeyboardInterrupt), immediate(db):
        db.execute("INSERT INTO t VALUES (2)")
        raise KeyboardInterrupt
    assert not db.in_transaction
    assert db.execute("SELECT x FROM t").fetchall() == [(1,)]
