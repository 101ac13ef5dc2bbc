"""Simulate a student with a known forgetting curve: show-first against ask-first, 14 days.

Run: ``.venv/bin/python bench/simulate_learning.py [--days 14] [--seeds 3]`` (about a minute).

The student (the model, stated so the numbers can be checked):

* knows nothing of a card before meeting it (``PRIOR`` = 0: the lecture was not read);
* a card's memory is encoded when its fact is seen: when it is SHOWN (show-first) or when the
  verdict shows the right answer after a miss (both modes), with stability ``S0`` days;
* recall at a moment is ``exp(-days since last encoding or success / S)``; the student answers
  right with that probability (the seeded RNG decides), else types nothing ("I don't know");
* a right answer multiplies S by ``GROWTH``; a miss re-encodes it (S back to ``S0``);
* one sitting a day at 09:00 until the queue is empty, 15 s per step; the real
  :class:`~kzjp_tutor.core.session.StudySession`, store, queue and FSRS scheduler decide what is
  asked when (default settings: 20 new cards per deck a day, learning steps 1 and 10 min).

Reported per mode (mean over the seeds): answers recorded (reviews), showings, misses, the
steps to a card's first right answer (showings + answers up to it), and exam-day recall: the
model's mean recall over every card of the decks at 09:00 on the day after the last sitting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kzjp_tutor.core.catalog import resolve_decks
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.session import StudySession
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store

START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
PRIOR = 0.0
S0 = 0.5
"""Days of stability a fact gets when it is first seen (changed by ``--s0``)."""
GROWTH = 2.5
STEP = dt.timedelta(seconds=15)


@dataclass
class Memory:
    """The model student's memory of one card."""

    stability: float = 0.0
    since: dt.datetime | None = None

    def recall(self, now: dt.datetime) -> float:
        if self.since is None:
            return PRIOR
        return math.exp(-(now - self.since).total_seconds() / 86400 / self.stability)

    def encode(self, now: dt.datetime) -> None:
        self.stability, self.since = S0, now  # the module's S0, set from --s0 in main

    def success(self, now: dt.datetime) -> None:
        self.stability, self.since = self.stability * GROWTH, now


@dataclass
class Run:
    reviews: int = 0
    shown: int = 0
    misses: int = 0
    steps_to_first_right: list[int] = field(default_factory=list)
    exam_recall: float = 0.0


def simulate(mode: str, seed: int, days: int) -> Run:
    settings = Settings(new_cards=mode)
    decks = resolve_decks([], settings, lambda _message: None)
    rng = random.Random(seed)
    memory: dict[tuple[str, str], Memory] = {}
    steps: dict[tuple[str, str], int] = {}
    first_right: dict[tuple[str, str], int] = {}
    run = Run()
    now = START
    with tempfile.TemporaryDirectory() as home, Store.open(Path(home), now=now, backup=False) as store:
        planner = Planner(settings, enable_fuzzing=False)
        counter = iter(range(1, 10**9))
        clock_now = [now]  # the simulated time; the session's clock reads it
        for day in range(days):
            clock_now[0] = START + dt.timedelta(days=day)
            session = StudySession(
                decks,
                store,
                planner,
                settings,
                Clock(lambda: clock_now[0]),
                new_review_id=lambda: f"{next(counter):032x}",
                seed=seed,
            )
            while (item := session.next_card()) is not None:
                t = clock_now[0]
                key = item.key
                mind = memory.setdefault(key, Memory())
                steps[key] = steps.get(key, 0) + 1
                if item.show:
                    session.acknowledge()
                    mind.encode(t)
                    run.shown += 1
                else:
                    right = rng.random() < mind.recall(t)
                    session.answer("")
                    session.commit("right" if right else "wrong")
                    run.reviews += 1
                    if right:
                        mind.success(t)
                        first_right.setdefault(key, steps[key])
                    else:
                        run.misses += 1
                        mind.encode(t)  # the verdict shows the answer
                clock_now[0] = t + STEP
        exam = START + dt.timedelta(days=days)
        cards = [(deck.deck.id, card.id) for deck in decks for _section, card in deck.cards()]
        run.exam_recall = statistics.fmean(memory.get(key, Memory()).recall(exam) for key in cards)
        run.steps_to_first_right = list(first_right.values())
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--days", type=int, default=14)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--s0", type=float, default=S0, help="days of stability of a fact first seen")
    args = parser.parse_args(argv)
    globals()["S0"] = args.s0
    print(f"{args.days} days, {args.seeds} seeds, S0 = {args.s0} d, growth x{GROWTH}, prior {PRIOR}")
    print(
        f"{'mode':<11} {'reviews':>8} {'shown':>6} {'misses':>7} {'steps to 1st right':>19} {'exam-day recall':>16}"
    )
    for mode in ("show-first", "ask-first"):
        runs = [simulate(mode, seed, args.days) for seed in range(args.seeds)]
        reviews = statistics.fmean(r.reviews for r in runs)
        shown = statistics.fmean(r.shown for r in runs)
        misses = statistics.fmean(r.misses for r in runs)
        first = statistics.fmean(statistics.fmean(r.steps_to_first_right) for r in runs)
        recall = statistics.fmean(r.exam_recall for r in runs)
        print(f"{mode:<11} {reviews:>8.0f} {shown:>6.0f} {misses:>7.0f} {first:>19.2f} {recall:>15.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
