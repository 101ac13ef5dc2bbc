"""Benchmark the progress store: next card, saving an answer, stats on a million reviews.

Run: ``.venv/bin/python bench/bench_store.py`` (takes about a minute; builds its data in a temp
folder). Prints a table with the targets:

* next card with 100,000 card states: ≤ 1 ms
* save an answer (one transaction): p95 ≤ 2 ms
* stats on 1,000,000 reviews: ≤ 300 ms wall (core call, and the whole ``kzjp-tutor stats`` process)

It also prints the cost of opening the store (header, ``quick_check``, schema, the scan for card
rows whose JSON cannot be read) on the 100,000-state file, which every command pays once.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import fsrs

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.scheduling import Planner, fsrs_card_id
from kzjp_tutor.core.session import StudySession
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.stats import compute_stats
from kzjp_tutor.core.store import DB_FILE, Store, format_ts

NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
CARDS = 100_000
REVIEWS = 1_000_000
STATS_CARDS = 2_000


def _deck(deck_id: str, cards: int) -> Deck:
    per_section = 20_000
    sections = []
    for s in range(0, cards, per_section):
        sections.append(
            {
                "id": f"s{s // per_section}",
                "title": f"Section {s // per_section}",
                "cards": [
                    {"id": f"c{n}", "prompt": f"Question {n}?", "answer": f"answer {n}"}
                    for n in range(s, min(cards, s + per_section))
                ],
            }
        )
    return Deck.model_validate(
        {"format": 1, "deck": {"id": deck_id, "title": deck_id, "language": "en"}, "sections": sections}
    )


def _state_row(deck_id: str, card_id: str, rng: random.Random) -> tuple[object, ...]:
    roll = rng.random()
    if roll < 0.85:
        state, due = fsrs.State.Review, NOW + dt.timedelta(days=rng.uniform(0.5, 200))
    elif roll < 0.95:
        state, due = fsrs.State.Review, NOW - dt.timedelta(days=rng.uniform(0, 5))
    else:
        state, due = fsrs.State.Learning, NOW + dt.timedelta(minutes=rng.uniform(-30, 30))
    last = due - dt.timedelta(days=rng.uniform(1, 30))
    card = fsrs.Card(
        card_id=fsrs_card_id(deck_id, card_id),
        state=state,
        step=0 if state == fsrs.State.Learning else None,
        stability=rng.uniform(1, 100),
        difficulty=rng.uniform(1, 10),
        due=due,
        last_review=last,
    )
    return (deck_id, card_id, card.to_json(), int(state), format_ts(due), 3, 0, 0, format_ts(last))


def _fill_states(home: Path, deck_id: str, count: int, seen: int) -> None:
    rng = random.Random(7)
    with Store.open(home, now=NOW, backup=False):
        pass
    db = sqlite3.connect(home / DB_FILE, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    db.executemany(
        "INSERT INTO card_state VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_state_row(deck_id, f"c{n}", rng) for n in range(min(seen, count))),
    )
    db.execute("COMMIT")
    db.close()


def _fill_reviews(home: Path, deck_id: str, count: int, cards: int) -> None:
    rng = random.Random(11)
    db = sqlite3.connect(home / DB_FILE, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    start = NOW - dt.timedelta(days=3 * 365)
    step = (NOW - start) / count
    previous = json.dumps({"state": 2})
    db.executemany(
        "INSERT INTO review (id, deck_id, card_id, reviewed_at, answer, correct, score, feedback, suggested,"
        " rating, duration_ms, previous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                f"{n:032x}",
                deck_id,
                f"c{rng.randrange(cards)}",
                format_ts(start + step * n),
                "some typed answer",
                int(ok := rng.random() < 0.85),
                1.0 if ok else 0.0,
                "Верно." if ok else "Неверно.",
                "good" if ok else "again",
                3 if ok else 1,
                rng.randrange(1000, 20000),
                previous if n % 5 else None,
            )
            for n in range(count)
        ),
    )
    db.execute("DELETE FROM daily")
    db.execute(
        "INSERT INTO daily SELECT deck_id, substr(reviewed_at, 1, 10), count(*), sum(rating > 1),"
        " sum(previous IS NULL), sum(coalesce(json_extract(previous, '$.state') = 2, 0)),"
        " sum(coalesce(json_extract(previous, '$.state') = 2 AND rating > 1, 0))"
        " FROM review WHERE undone = 0 GROUP BY deck_id, substr(reviewed_at, 1, 10)"
    )
    db.execute("COMMIT")
    db.close()


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_session(root: Path) -> list[tuple[str, str, str]]:
    """Next card and save an answer with 100,000 card states."""
    home = root / "big"
    deck = _deck("big", CARDS + 500)
    _fill_states(home, "big", CARDS + 500, CARDS)
    settings = Settings(new_per_day=10_000, max_reviews_per_day=100_000)
    planner = Planner(settings, enable_fuzzing=False)
    clock_time = [NOW]
    clock = Clock(lambda: clock_time[0])
    rows = []
    with Store.open(home, now=NOW, backup=False) as store:
        started = time.perf_counter()
        session = StudySession([deck], store, planner, settings, clock)
        setup = time.perf_counter() - started
        picks: list[float] = []
        saves: list[float] = []
        for _ in range(1000):
            t0 = time.perf_counter()
            item = session.next_card()
            t1 = time.perf_counter()
            assert item is not None
            session.answer(f"answer {item.card.id[1:]}")
            t2 = time.perf_counter()
            session.commit()
            t3 = time.perf_counter()
            picks.append(t1 - t0)
            saves.append(t3 - t2)
            clock_time[0] += dt.timedelta(seconds=5)
    ms = 1000
    rows.append(("session start (100,000 states)", f"{setup * ms:.1f} ms", "-"))
    rows.append(
        (
            "next card, 100,000 states (p50 / p95)",
            f"{statistics.median(picks) * ms:.3f} / {_pct(picks, 0.95) * ms:.3f} ms",
            "≤ 1 ms",
        )
    )
    rows.append(
        (
            "save an answer (p50 / p95)",
            f"{statistics.median(saves) * ms:.3f} / {_pct(saves, 0.95) * ms:.3f} ms",
            "p95 ≤ 2 ms",
        )
    )
    return rows


def bench_open(root: Path) -> list[tuple[str, str, str]]:
    """Opening the 100,000-state file of :func:`bench_session`: every check a command waits for."""
    home = root / "big"
    size = (home / DB_FILE).stat().st_size / 1e6
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        with Store.open(home, now=NOW, backup=False):
            times.append(time.perf_counter() - t0)
    return [
        (
            f"open the store, 100,000 states ({size:.0f} MB), median of 5",
            f"{statistics.median(times) * 1000:.1f} ms",
            "-",
        )
    ]


def bench_stats(root: Path) -> list[tuple[str, str, str]]:
    """compute_stats and the whole ``kzjp-tutor stats --json`` on 1,000,000 reviews."""
    home = root / "stats"
    _fill_states(home, "stats", STATS_CARDS, STATS_CARDS)
    _fill_reviews(home, "stats", REVIEWS, STATS_CARDS)
    deck = _deck("stats", STATS_CARDS)
    settings = Settings(exam_date=(NOW + dt.timedelta(days=30)).date())
    size = (home / DB_FILE).stat().st_size / 1e6
    rows = []
    with Store.open(home, now=NOW, backup=False) as store:
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            stats = compute_stats(store, [deck], Planner(settings), settings, NOW)
            times.append(time.perf_counter() - t0)
        assert stats.reviews == REVIEWS
    rows.append(
        (
            f"stats core call, 1,000,000 reviews ({size:.0f} MB), median",
            f"{statistics.median(times) * 1000:.1f} ms",
            "≤ 300 ms",
        )
    )
    env = dict(os.environ, KZJP_TUTOR_HOME=str(home), KZJP_TUTOR_NOW=NOW.isoformat())
    walls = []
    for _ in range(4):
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "kzjp_tutor", "stats", "--json"],
            env=env,
            capture_output=True,
            check=True,
        )
        walls.append(time.perf_counter() - t0)
        assert json.loads(done.stdout)["reviews"] == REVIEWS
    rows.append(
        (
            "`kzjp-tutor stats --json` first run of the day (quick_check + backup)",
            f"{walls[0] * 1000:.0f} ms",
            "-",
        )
    )
    rows.append(
        (
            "`kzjp-tutor stats --json` process wall, median of 3",
            f"{statistics.median(walls[1:]) * 1000:.0f} ms",
            "≤ 300 ms",
        )
    )
    return rows


def main() -> None:
    """Build the data, run the measurements, print the table."""
    with tempfile.TemporaryDirectory(prefix="kzjp-bench-") as tmp:
        root = Path(tmp)
        rows = bench_session(root) + bench_open(root) + bench_stats(root)
    width = max(len(r[0]) for r in rows)
    print(f"{'measurement':<{width}}  {'result':>22}  target")
    print(f"{'-' * width}  {'-' * 22}  ------")
    for name, result, target in rows:
        print(f"{name:<{width}}  {result:>22}  {target}")


if __name__ == "__main__":
    main()
