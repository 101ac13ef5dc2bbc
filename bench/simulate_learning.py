"""Simulate a student with a known forgetting curve: show-first against ask-first, 14 days.

Run: ``.venv/bin/python bench/simulate_learning.py [--days 14] [--seeds 3]`` (about a minute).

The student (the model, stated so the numbers can be checked):

* knows nothing of a card before meeting it (``PRIOR`` = 0: the lecture was not read);
* a card's memory is encoded when its fact is seen: when it is SHOWN (show-first) or when the
  verdict shows the right answer after a miss (both modes), with stability ``S0`` days;
* recall at a moment is ``exp(-days since last encoding or success / S)``; the student answers
  right with that probability, else types nothing ("I don't know"). The chance is drawn per card
  and per draw (``Dice``: common random numbers), and nothing is drawn for a card never seen
  (recall 0), so two modes that treat a card alike draw alike and differ only where they differ;
* a right answer multiplies S by ``GROWTH``; a miss re-encodes it (S back to ``S0``); with
  ``--spacing`` the growth shrinks with the recall at the answer (``1 + (GROWTH - 1) * (1 - R)``:
  an answer minutes after seeing the fact adds almost nothing, the spacing effect), a check that
  the result does not rest on massed repetition counting as much as spaced;
* one sitting a day at 09:00 until the queue is empty, 15 s per step; the real
  :class:`~kzjp_tutor.core.session.StudySession`, store, queue and FSRS scheduler decide what is
  asked when (default settings: 20 new cards per deck a day, learning steps 1 and 10 min).

Reported per mode (mean over the seeds): answers recorded (reviews), showings, misses, the
steps to a card's first right TYPED answer (showings, choices and answers up to it), and
exam-day recall: the model's mean recall over every card of the decks at 09:00 on the day after
the last sitting. A shown card starts fsrs's memory as a first Again does
(:meth:`~kzjp_tutor.core.scheduling.Planner.shown`); ``--old-showing`` adds a row with the
showing before that change (no fsrs memory, so the first answer started it as a first Good).

``--recognition`` adds two rows: recognition before recall, simulated here (not built in the
app). A card whose answer is a date, a number or a name (a text card tagged ``people``) is asked
on its first answer as a choice among its real neighbours (up to 3 other answers of the same
kind in its section; typed as usual when it has none), then always typed. The student picks
right when they recall it, else when they recognise it (familiarity decays ``FAMILIARITY`` times
slower than recall), else by a guess; a choice is recorded as an answer rated at most Hard
(recognition is not recall), and only a choice made by recall counts as a success; any other
choice is like seeing the answer (encoding). The wrong options' texts are not simulated: the
student's pick is drawn, and recorded through the session as a right or wrong answer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import statistics
import sys
import tempfile
import types
from dataclasses import dataclass, field
from pathlib import Path

from kzjp_tutor.core.catalog import resolve_decks
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.deck import Card, ChoiceCard, DateCard, Deck, ListCard, NumberCard, TextCard
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.session import StudySession
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import CardState, Store

START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
PRIOR = 0.0
S0 = 0.5
"""Days of stability a fact gets when it is first seen (changed by ``--s0``)."""
GROWTH = 2.5
SPACING = False
"""Growth depends on the recall at the answer (``--spacing``)."""
FAMILIARITY = 3.0
"""How many times slower recognition decays than recall (``--recognition``)."""
NEIGHBOURS = 3
"""Most wrong options of a recognition choice."""
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

    def recognise(self, now: dt.datetime) -> float:
        """Probability of picking the right option without recalling it (familiarity)."""
        if self.since is None:
            return PRIOR
        return math.exp(-(now - self.since).total_seconds() / 86400 / (self.stability * FAMILIARITY))

    def success(self, now: dt.datetime) -> None:
        growth = GROWTH
        if SPACING:
            growth = 1 + (GROWTH - 1) * (1 - self.recall(now))
        self.stability, self.since = self.stability * growth, now


class Dice:
    """Per-card random draws fixed by (seed, card, draw number): common random numbers."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.drawn: dict[tuple[str, str], int] = {}

    def __call__(self, key: tuple[str, str]) -> float:
        number = self.drawn[key] = self.drawn.get(key, 0) + 1
        return random.Random(f"{self.seed}/{key[0]}/{key[1]}/{number}").random()

    def below(self, key: tuple[str, str], chance: float) -> bool:
        """True with probability ``chance``; no draw when it is 0 or 1."""
        return chance >= 1 or (chance > 0 and self(key) < chance)


def old_showing(self: Planner, deck_id: str, card_id: str, now: dt.datetime) -> CardState:
    """``Planner.shown`` before 7152778: no fsrs memory, due after the first learning step."""
    state = self.new_state(deck_id, card_id, now)
    steps = self.scheduler.learning_steps
    if steps:
        state.fsrs.due = now + steps[0]
    return state


@dataclass
class Run:
    reviews: int = 0
    shown: int = 0
    misses: int = 0
    choices: int = 0
    steps_to_first_right: list[int] = field(default_factory=list)
    exam_recall: float = 0.0


def _kind(card: Card) -> str | None:
    """A card's answer kind for recognition (date, number, name), or None: always typed."""
    if isinstance(card, DateCard | NumberCard):
        return card.type
    if isinstance(card, TextCard) and "people" in card.tags:
        return "name"
    return None


def neighbours(decks: list[Deck]) -> dict[tuple[str, str], int]:
    """Each recognisable card's number of options: its answer and up to ``NEIGHBOURS`` other
    cards' distinct answers of the same kind in its section (cards with none left out)."""
    groups: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for deck in decks:
        for section, card in deck.cards():
            kind = _kind(card)
            if kind is not None and not isinstance(card, ListCard | ChoiceCard):
                answer = str(card.answer).casefold()
                groups.setdefault((deck.deck.id, section.id, kind), []).append((card.id, answer))
    options: dict[tuple[str, str], int] = {}
    for (deck_id, _section, _kind_name), members in groups.items():
        for card_id, answer in members:
            others = {other for _id, other in members if other != answer}
            if others:
                options[(deck_id, card_id)] = 1 + min(NEIGHBOURS, len(others))
    return options


def simulate(mode: str, seed: int, days: int, *, recognition: bool = False, old: bool = False) -> Run:
    settings = Settings(new_cards=mode)
    decks = resolve_decks([], settings, lambda _message: None)
    dice = Dice(seed)
    memory: dict[tuple[str, str], Memory] = {}
    steps: dict[tuple[str, str], int] = {}
    first_right: dict[tuple[str, str], int] = {}
    options = neighbours(decks) if recognition else {}
    run = Run()
    now = START
    with tempfile.TemporaryDirectory() as home, Store.open(Path(home), now=now, backup=False) as store:
        planner = Planner(settings, enable_fuzzing=False)
        if old:
            planner.shown = types.MethodType(old_showing, planner)  # type: ignore[method-assign]
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
                elif key in options and (item.state is None or item.state.reps == 0):
                    # Recognition before recall: the card's first answer is a choice.
                    recalled = dice.below(key, mind.recall(t))
                    right = (
                        recalled or dice.below(key, mind.recognise(t)) or dice.below(key, 1 / options[key])
                    )
                    session.answer("")
                    session.commit("hard" if right else "wrong")
                    run.reviews += 1
                    run.choices += 1
                    if recalled:
                        mind.success(t)
                    else:
                        run.misses += not right
                        mind.encode(t)  # the verdict shows the answer
                else:
                    right = dice.below(key, mind.recall(t))
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
    parser.add_argument("--spacing", action="store_true", help="growth shrinks with the recall at the answer")
    parser.add_argument("--recognition", action="store_true", help="also run recognition before recall")
    parser.add_argument("--old-showing", action="store_true", help="also run show-first with the old showing")
    args = parser.parse_args(argv)
    globals()["S0"] = args.s0
    globals()["SPACING"] = args.spacing
    growth = f"x{GROWTH}" + (" x (1 - R) (spacing)" if args.spacing else "")
    print(f"{args.days} days, {args.seeds} seeds, S0 = {args.s0} d, growth {growth}, prior {PRIOR}")
    print(
        f"{'mode':<20} {'reviews':>8} {'shown':>6} {'choices':>8} {'misses':>7}"
        f" {'steps to 1st typed right':>25} {'exam-day recall':>16}"
    )
    variants = [("show-first", False, False), ("ask-first", False, False)]
    if args.old_showing:
        variants.insert(0, ("show-first", False, True))
    if args.recognition:
        variants += [("show-first", True, False), ("ask-first", True, False)]
    for mode, recognition, old in variants:
        runs = [
            simulate(mode, seed, args.days, recognition=recognition, old=old) for seed in range(args.seeds)
        ]
        reviews = statistics.fmean(r.reviews for r in runs)
        shown = statistics.fmean(r.shown for r in runs)
        choices = statistics.fmean(r.choices for r in runs)
        misses = statistics.fmean(r.misses for r in runs)
        first = statistics.fmean(statistics.fmean(r.steps_to_first_right) for r in runs)
        recall = statistics.fmean(r.exam_recall for r in runs)
        name = mode + (" + choice" if recognition else "") + (" (old)" if old else "")
        print(
            f"{name:<20} {reviews:>8.0f} {shown:>6.0f} {choices:>8.0f} {misses:>7.0f} {first:>25.2f} {recall:>15.1%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
