"""The class server under test, on SQLite and (where it runs) PostgreSQL; devices as home folders.

PostgreSQL: set ``KZJP_TUTOR_TEST_PG`` to a server URL whose user may create databases
(``.ci/run`` starts one and sets it). Each test gets a database of its own, dropped afterwards.
Without it the PostgreSQL half of every test skips, saying so.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fsrs
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import CardEvent, Review, Store
from kzjp_tutor.core.sync.client import Backoff, ClassClient, Transport
from kzjp_tutor.server.app import create_app
from kzjp_tutor.server.db import connect, database_url, migrate
from kzjp_tutor.server.keys import digest
from kzjp_tutor.server.limits import RateLimiter

PG_ENV = "KZJP_TUTOR_TEST_PG"
SETUP = "kza_test-setup-key"
NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
SERVER = "http://testserver"


def _pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated server database of each engine."""
    if request.param == "sqlite":
        engine = connect(database_url(None, tmp_path))
        migrate(engine)
        yield engine
        engine.dispose()
        return
    base = _pg_url()
    if base is None:
        pytest.skip(f"PostgreSQL not available: set {PG_ENV} (.ci/run starts one)")
    name = f"kzjp_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(database_url(base, tmp_path), isolation_level="AUTOCOMMIT")
    with admin.connect() as db:
        db.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.make_url(database_url(base, tmp_path)).set(database=name)
    engine = connect(url.render_as_string(hide_password=False))
    migrate(engine)
    yield engine
    engine.dispose()
    with admin.connect() as db:
        db.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def make_app(engine: Engine, *, rate: float = 1000, burst: float = 1000) -> FastAPI:
    """The app with a fixed clock and generous limits (the limit tests pass their own)."""
    return create_app(
        engine,
        now=lambda: NOW,
        setup_key_hash=digest(SETUP),
        per_key=RateLimiter(rate, burst),
        per_address=RateLimiter(rate, burst),
    )


@pytest.fixture
def api(engine: Engine) -> Iterator[TestClient]:
    """A client of the app over each engine."""
    with TestClient(make_app(engine)) as client:
        yield client


def bearer(key: str) -> dict[str, str]:
    """The Authorization header for ``key``."""
    return {"Authorization": f"Bearer {key}"}


@dataclass
class Class:
    """A class made through the API."""

    instructor_key: str
    join_code: str


def new_class(api: TestClient, name: str = "KZ-JP") -> Class:
    """Create a class with the setup key."""
    made = api.post("/api/v1/classes", json={"name": name}, headers=bearer(SETUP))
    assert made.status_code == 201, made.text
    return Class(made.json()["instructor_key"], made.json()["join_code"])


def join(api: TestClient, code: str, student: str) -> str:
    """Join and return the student's key."""
    joined = api.post("/api/v1/join", json={"code": code, "student": student})
    assert joined.status_code == 201, joined.text
    return str(joined.json()["student_key"])


class AppTransport:
    """The client's transport, answered in-process by a TestClient."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        headers = {"Content-Type": "application/json"}
        if key is not None:
            headers.update(bearer(key))
        answer = self.client.request(method, url.removeprefix(SERVER), content=body, headers=headers)
        return answer.status_code, answer.content


def sync_client(transport: Transport, key: str, sleeps: list[float] | None = None) -> ClassClient:
    """A client with recorded sleeps and a fixed jitter."""
    waits = sleeps if sleeps is not None else []
    return ClassClient(
        transport, SERVER, key, sleep=waits.append, jitter=lambda: 0.5, backoff=Backoff(attempts=4)
    )


@dataclass
class Device:
    """A home folder with a progress store, answering cards through the store's real write path."""

    home: Path
    planner: Planner = field(default_factory=lambda: Planner(Settings(), enable_fuzzing=False))

    def answer(self, card: str, rating: int, when: dt.datetime, *, deck: str = "kzjp-test") -> str:
        """Record one answer as the session does; returns its review id."""
        with Store.open(self.home, now=when, backup=False) as store:
            previous = store.state(deck, card)
            base = previous or self.planner.new_state(deck, card, when)
            outcome = self.planner.review(base, fsrs.Rating(rating), when)
            review_id = uuid.uuid4().hex
            review = Review(
                review_id,
                deck,
                card,
                when,
                f"answer {rating}",
                rating > 1,
                1.0 if rating > 1 else 0.0,
                "",
                "good" if rating > 1 else "again",
                rating,
                1500,
            )
            store.record(review, previous, outcome.state)
        return review_id

    def undo(self, review_id: str) -> None:
        """Undo a review as the session does."""
        with Store.open(self.home, now=NOW, backup=False) as store:
            assert store.undo(review_id) is not None

    def states(self) -> dict[tuple[str, str], dict[str, object]]:
        """Every card's stored state, for comparing devices."""
        with Store.open(self.home, now=NOW, backup=False, write=False) as store:
            return {
                (deck, card): state.to_dict()
                for deck in store.deck_ids()
                for card, state in store.states(deck).items()
            }

    def log(self) -> list[tuple[str, bool]]:
        """(review id, undone) of every review, sorted."""
        with Store.open(self.home, now=NOW, backup=False, write=False) as store:
            return sorted(
                store.transaction(lambda db: db.execute("SELECT id, undone FROM review").fetchall())
            )

    def step(self, kind: str, card: str, when: dt.datetime, *, comment: str | None = None) -> str:
        """Record a card step as the study and Browse screens do; returns its id."""
        event_id = uuid.uuid4().hex
        with Store.open(self.home, now=when, backup=False) as store:
            shown = self.planner.shown("kzjp-test", card, when) if kind == "shown" else None
            event = CardEvent(event_id, "kzjp-test", card, kind, when, comment)  # type: ignore[arg-type]
            assert store.act(event, shown=shown)
        return event_id

    def undo_step(self, event_id: str) -> None:
        """Undo a card step as the session does."""
        with Store.open(self.home, now=NOW, backup=False) as store:
            assert store.undo_event(event_id) is not None

    def exam(self, when: dt.datetime, percent: float, mark: int, cards: list[str]) -> str:
        """Keep a practice exam whose answers count as reviews (Good), as core.exam.save does."""
        exam_id = uuid.uuid4().hex
        with Store.open(self.home, now=when, backup=False) as store:
            reviews = []
            answers = []
            for position, card in enumerate(cards):
                previous = store.state("kzjp-test", card)
                base = previous or self.planner.new_state("kzjp-test", card, when)
                review = Review(
                    uuid.uuid4().hex, "kzjp-test", card, when, "exam answer", True, 1.0, "", "good", 3, None
                )
                reviews.append((review, previous, self.planner.review(base, fsrs.Rating.Good, when).state))
                answers.append((position, "kzjp-test", card, "s1", "exam answer", True, 1.0, "", review.id))
            row = {
                "id": exam_id,
                "started_at": when - dt.timedelta(minutes=10),
                "finished_at": when,
                "decks": '["kzjp-test"]',
                "section": None,
                "seed": 7,
                "questions": len(cards),
                "minutes": 10,
                "timed_out": 0,
                "percent": percent,
                "mark": mark,
            }
            store.record_exam(row, answers, reviews)
        return exam_id

    def everything(self) -> dict[str, Any]:
        """Every table sync must make equal: states, suspensions, steps, exams, the log, the day counts."""

        def read(db: sqlite3.Connection) -> dict[str, Any]:
            return {
                "suspended": db.execute("SELECT * FROM suspended ORDER BY 1, 2").fetchall(),
                "steps": db.execute(
                    "SELECT id, deck_id, card_id, kind, at, comment, previous, after_review, undone"
                    " FROM card_event ORDER BY id"
                ).fetchall(),
                "exams": db.execute("SELECT * FROM exam ORDER BY id").fetchall(),
                "exam_answers": db.execute(
                    "SELECT exam_id, position, deck_id, card_id, section_id, answer, correct, score, review_id"
                    " FROM exam_answer ORDER BY 1, 2"
                ).fetchall(),
                "reviews": db.execute(
                    "SELECT id, deck_id, card_id, reviewed_at, rating, previous, undone FROM review ORDER BY id"
                ).fetchall(),
                "daily": db.execute(
                    "SELECT * FROM daily WHERE reviews > 0 OR new_cards > 0 ORDER BY 1, 2"
                ).fetchall(),
            }

        with Store.open(self.home, now=NOW, backup=False, write=False) as store:
            return {"states": self.states(), **store.transaction(read)}
