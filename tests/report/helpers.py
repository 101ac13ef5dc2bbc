"""What the report tests share (imported from here; the fixtures in conftest.py use it too).

Three students' exports of a small deck, built through the real store, grader and scheduler.

Everything runs at fixed times on one day (2026-09-01, UTC) with no learning steps, so each
card's state is known by hand: a new card answered with any rating goes straight to the fsrs
Review state, and the report's "now" is the same day, so every studied card's predicted recall
is exactly 1.0 (py-fsrs counts whole elapsed days; 0 days → R = 1).

Who answered what (the grader's verdicts are those of ``grade()`` on ``data/mini.en.toml``)::

    Alice (setting student="Alice", exam_date 2026-09-01)
      09:00 pm-visit  "Koizumi"   correct → Good     state before: new (0)
      10:00 silk-road "Koizumi"   wrong   → Again    new (0)        (is pm-visit's answer)
      11:00 pm-visit  "Koizumi"   correct → Good     Review (2)
    Bob (no name; file bob.json; no exam date)
      09:00 silk-road "Koizumi"   wrong   → Again    new (0)        (is pm-visit's answer)
      10:00 pm-visit  "koizumi"   correct → Good     new (0)
      11:00 pm-visit  "Hashimoto" wrong   → Again    Review (2)     (is silk-road's answer)
      12:00 silk-road "Ryutaro"   wrong, "I was right" → Good       Review (2)
      13:00 relations "1993"      wrong   → Again    new (0)
    Carol (student="Carol", deck_exam_dates kzjp-mini = 2026-09-01)
      09:00 silk-road "Ryutaro"   wrong, "I was right" → Good       new (0)
      10:00 capital   "2"         correct (choice 2 = Astana) → Good new (0)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import fsrs

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.context import Context
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.scheduling import Planner, to_fsrs_rating
from kzjp_tutor.core.settings import Settings, save_settings
from kzjp_tutor.core.store import Review, Store

DATA = Path(__file__).parent / "data"
DECK_FILE = DATA / "mini.en.toml"
T0 = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
REPORT_AT = T0 + dt.timedelta(hours=8)
EXAM = dt.date(2026, 9, 1)
ALICE_ID, BOB_ID, CAROL_ID = "a1" * 16, "b2" * 16, "c3" * 16
"""The three profiles' ids, as ``export`` would have drawn them."""

Answer = tuple[int, str, str, str | None]
"""(hours after T0, card id, typed answer, "right" for an "I was right" override or None)."""

ALICE: list[Answer] = [
    (0, "pm-visit", "Koizumi", None),
    (1, "silk-road", "Koizumi", None),
    (2, "pm-visit", "Koizumi", None),
]
BOB: list[Answer] = [
    (0, "silk-road", "Koizumi", None),
    (1, "pm-visit", "koizumi", None),
    (2, "pm-visit", "Hashimoto", None),
    (3, "silk-road", "Ryutaro", "right"),
    (4, "relations", "1993", None),
]
CAROL: list[Answer] = [(0, "silk-road", "Ryutaro", "right"), (1, "capital", "2", None)]


def study(home: Path, deck: Deck, answers: list[Answer], settings: Settings) -> None:
    """Record ``answers`` in the store of ``home`` exactly as a session would."""
    save_settings(home, settings)
    planner = Planner(settings, enable_fuzzing=False)
    with Store.open(home, now=T0) as store:
        for number, (hours, card_id, text, override) in enumerate(answers):
            when = T0 + dt.timedelta(hours=hours)
            card = deck.card(card_id)
            assert card is not None
            verdict = grade(card, text, deck.deck.language)
            rating = fsrs.Rating.Good if override == "right" else to_fsrs_rating(verdict.rating)
            previous = store.state(deck.deck.id, card_id)
            base = previous or planner.new_state(deck.deck.id, card_id, when)
            outcome = planner.review(base, rating, when, duration_ms=3000 + number)
            review = Review(
                f"{home.name}-{number}", deck.deck.id, card_id, when, text, verdict.correct, verdict.score,
                verdict.feedback, str(verdict.rating), int(rating), 3000 + number,
            )  # fmt: skip
            assert store.record(review, previous, outcome.state)


@dataclass
class ClassExports:
    """The three students' homes and the folder holding their JSON exports."""

    folder: Path
    homes: dict[str, Path]


@dataclass
class Ran:
    """What a command printed and returned."""

    code: int
    out: str
    err: str


def run_command(module: ModuleType, argv: list[str], home: Path, now: dt.datetime = REPORT_AT) -> Ran:
    """Run one of this feature's subcommands through its own ``register``/handler."""
    parser = argparse.ArgumentParser(prog="kzjp-tutor")
    module.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    ctx = Context(home=home, clock=Clock.fixed(now), stdout=out, stderr=err)
    handler: Callable[[argparse.Namespace, Context], int] = args.handler
    return Ran(handler(args, ctx), out.getvalue(), err.getvalue())


def figure(fig: Any) -> tuple[float | None, int, int]:
    """A Figure as (value rounded to 4 places, students, answers), for compact asserts."""
    return (None if fig.value is None else round(fig.value, 4), fig.students, fig.answers)
