"""Exam planning (issue 19): no planning, the old eve-of-exam cap, and the final-review window.

Run: ``.venv/bin/python bench/simulate_exam.py [--days 40] [--seeds 3] [--s0 2]`` (a few minutes).

The student is the one of ``bench/simulate_learning.py`` (imported, not copied: an exponential
forgetting curve that is not FSRS's, stability ``S0`` days when a fact is seen, x2.5 per right
answer, a miss re-encodes). They study the three bundled Russian decks every morning at 09:00
until the queue is empty, from day 0 to the exam day itself (day ``--days``), through the real
session, store, queue and FSRS scheduler with default settings and ``exam_date`` on day
``--days``. The exam is at 12:00 that day.

Set-ups:

* ``none``: no exam date at all (FSRS alone);
* ``eve cap``: the rule before issue 19, rebuilt here as the baseline (no card may be due past
  the eve of the exam: every interval that would pass it is cut to the eve's 00:00);
* ``window``: the planner as it is (``exam_window_days`` = 7).

Reported (mean over the seeds): answers (reviews recorded; showings of new cards are not
answers) per day in the final week (days exam-7 .. exam-1), maximum and mean; the mean over the
active days before the final week; answers on the exam day; the model's mean recall over every
card at the exam (12:00), and at 00:00 of the exam day (before that morning's study, which the
eve cap uses for the reviews its daily limit pushed off the eve); total answers.

``--spacing`` uses the harness's spacing-aware student (growth ``1 + (GROWTH - 1) * (1 - R)``): an
answer minutes after the last adds almost nothing, where the plain model multiplies the stability
by ``GROWTH`` for it as for a review days later.

``--explain`` prints, per set-up, where recall is lost (the model's and fsrs's recall at the exam
by the day of each card's last answer and its number of answers in the final week), the final
week's answers by kind, the weakest cards and the exam day's answers, each with its last answers
(day from the exam, kind, right or wrong, the next due's day and fsrs's stability).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import fsrs
import simulate_learning as student  # bench/ is the script's folder, so on sys.path
from simulate_learning import STEP, Memory

from kzjp_tutor.core.catalog import resolve_decks
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.scheduling import Planner, exam_start
from kzjp_tutor.core.session import StudySession
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import CardState, Store

START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
SETUPS = ("none", "eve cap", "window")
FINAL_WEEK = 7
K = TypeVar("K")


class EveCapPlanner(Planner):
    """The scheduler before issue 19: every due that would pass the eve of the exam is the eve."""

    def _plan(self, previous: CardState, due: dt.datetime, now: dt.datetime) -> dt.datetime:
        exam = self.settings.exam_date_for(previous.deck_id)
        if exam is None:
            return due
        eve = exam_start(exam) - dt.timedelta(days=1)
        return eve if now < eve < due else due

    def in_window(self, deck_id: str, now: dt.datetime) -> bool:
        """No final-review window: the queue neither spreads the window's share nor opens the cram early."""
        return False

    def cram_today(
        self,
        candidates: Sequence[tuple[K, CardState]],
        exam_date: dt.date,
        now: dt.datetime,
        *,
        skip: Collection[K] = (),
    ) -> list[K]:
        """The cram before issue 19: every card under the desired retention at once, most at risk first.

        ``skip`` (the window's cards for today) is ignored: this set-up has no window, and with every
        card taken at once there is no share to refill.
        """
        return [key for key, _recall in self.cram_order(candidates, exam_date)]


@dataclass
class Answer:
    """One recorded answer of the simulated student (for ``--explain``)."""

    at: dt.datetime
    kind: str
    right: bool
    state: CardState
    """The card's state after the answer."""

    @property
    def due(self) -> dt.datetime:
        return self.state.due

    @property
    def stability(self) -> float:
        return self.state.fsrs.stability or 0.0


@dataclass
class Run:
    per_day: list[int] = field(default_factory=list)
    exam_recall: float = 0.0
    history: dict[tuple[str, str], list[Answer]] = field(default_factory=dict)
    """Every card's answers in order."""
    recall: dict[tuple[str, str], float] = field(default_factory=dict)
    """Every card's model recall at the exam."""
    recall_before: float = 0.0
    """The model's mean recall at 00:00 of the exam day, before that day's study."""


def simulate(setup: str, seed: int, days: int) -> Run:
    exam = (START + dt.timedelta(days=days)).date()
    settings = Settings() if setup == "none" else Settings(exam_date=exam)
    decks = resolve_decks([], settings, lambda _message: None)
    rng = random.Random(seed)
    memory: dict[tuple[str, str], Memory] = {}
    run = Run(per_day=[0] * (days + 1))
    kind = EveCapPlanner if setup == "eve cap" else Planner
    planner = kind(settings, enable_fuzzing=False)
    with tempfile.TemporaryDirectory() as home, Store.open(Path(home), now=START, backup=False) as store:
        counter = iter(range(1, 10**9))
        clock_now = [START]
        cards = [(deck.deck.id, card.id) for deck in decks for _section, card in deck.cards()]
        for day in range(days + 1):
            clock_now[0] = START + dt.timedelta(days=day)
            if day == days:
                at = exam_start(exam)
                run.recall_before = statistics.fmean(memory.get(key, Memory()).recall(at) for key in cards)
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
                mind = memory.setdefault(item.key, Memory())
                if item.show:
                    session.acknowledge()
                    mind.encode(t)
                else:
                    right = rng.random() < mind.recall(t)
                    session.answer("")
                    recorded = session.commit(fsrs.Rating.Good if right else fsrs.Rating.Again)
                    run.per_day[day] += 1
                    answer = Answer(t, item.kind, right, recorded.outcome.state)
                    run.history.setdefault(item.key, []).append(answer)
                    if right:
                        mind.success(t)
                    else:
                        mind.encode(t)
                clock_now[0] = t + STEP
        at = exam_start(exam) + dt.timedelta(hours=12)
        run.recall = {key: memory.get(key, Memory()).recall(at) for key in cards}
        run.exam_recall = statistics.fmean(run.recall.values())
    return run


@dataclass
class Summary:
    week_max: float
    week_mean: float
    before_mean: float
    exam_day: float
    recall: float
    recall_before: float
    total: float


def summarise(runs: list[Run], days: int) -> Summary:
    week = [r.per_day[days - FINAL_WEEK : days] for r in runs]
    before = [[n for n in r.per_day[: days - FINAL_WEEK] if n] for r in runs]
    return Summary(
        week_max=statistics.fmean(max(w) for w in week),
        week_mean=statistics.fmean(statistics.fmean(w) for w in week),
        before_mean=statistics.fmean(statistics.fmean(b) if b else 0.0 for b in before),
        exam_day=statistics.fmean(r.per_day[days] for r in runs),
        recall=statistics.fmean(r.exam_recall for r in runs),
        recall_before=statistics.fmean(r.recall_before for r in runs),
        total=statistics.fmean(sum(r.per_day) for r in runs),
    )


def _day(at: dt.datetime, days: int) -> int:
    """Days from the exam day (0) to ``at``'s day: -1 is the eve."""
    return (at.date() - START.date()).days - days


def _story(answers: list[Answer], days: int) -> str:
    """Each answer as day (from the exam), kind's initial, right (+) or wrong (-), then the next due's
    day and fsrs stability: ``-3r+>-1/4.2`` is a review right 3 days before the exam, due on the eve."""
    return " ".join(
        f"{_day(a.at, days)}{a.kind[0]}{'+' if a.right else '-'}>{_day(a.due, days)}/{a.stability:.1f}"
        for a in answers
    )


def explain(setup: str, runs: list[Run], days: int) -> None:
    """Where a set-up loses exam-day recall: by the day of each card's last answer and its answers in the
    final week; then the weakest cards and the exam day's answers with their histories (to stderr)."""
    out = sys.stderr
    groups: dict[tuple[str, int], list[float]] = {}
    predicted: dict[tuple[str, int], list[float]] = {}
    fsrs_view = Planner(Settings(), enable_fuzzing=False)
    at = exam_start((START + dt.timedelta(days=days)).date()) + dt.timedelta(hours=12)
    for run in runs:
        for key, recall in run.recall.items():
            answers = run.history.get(key, [])
            last = _day(answers[-1].at, days) if answers else -99
            week = sum(1 for a in answers if -FINAL_WEEK <= _day(a.at, days) < 0)
            group = (f"{last:+d}" if last >= -FINAL_WEEK else "earlier", min(week, 3))
            groups.setdefault(group, []).append(recall)
            state = answers[-1].state if answers else None
            predicted.setdefault(group, []).append(fsrs_view.retrievability(state, at))
    loss = sum(1 - r for values in groups.values() for r in values)
    print(
        f"  {setup}: last answer day, answers in the final week -> cards/seed, mean recall, share of the loss,"
        " fsrs's mean predicted recall at the exam",
        file=out,
    )
    for (when, week), values in sorted(groups.items()):
        lost = sum(1 - r for r in values)
        print(
            f"    last {when:>7} week {week}{'+' if week == 3 else ' '}: {len(values) / len(runs):6.1f}"
            f" {statistics.fmean(values):7.1%} {lost / loss if loss else 0:6.1%}"
            f" {statistics.fmean(predicted[(when, week)]):7.1%}",
            file=out,
        )
    kinds: dict[tuple[int, str], int] = {}
    for run in runs:
        for answers in run.history.values():
            met = False
            for a in answers:
                day = _day(a.at, days)
                if -FINAL_WEEK <= day <= 0:
                    name = f"{a.kind}{'' if met else ' (1st)'}"
                    kinds[(day, name)] = kinds.get((day, name), 0) + 1
                    met = True
    names = sorted({name for _day_, name in kinds})
    print(f"  {setup}: answers a day by kind, (1st) = the card's first in the final week, per seed", file=out)
    print("    " + " ".join(f"{name:>14}" for name in ["day", *names]), file=out)
    for day in range(-FINAL_WEEK, 1):
        cells = [f"{kinds.get((day, name), 0) / len(runs):>14.1f}" for name in names]
        print(f"    {day:>14} " + " ".join(cells), file=out)
    run = runs[0]
    print(f"  {setup} seed 0, weakest cards (day from exam, kind, right):", file=out)
    for key in sorted(run.recall, key=run.recall.__getitem__)[:8]:
        print(
            f"    {run.recall[key]:6.1%} {key[1]:<40} {_story(run.history.get(key, [])[-6:], days)}", file=out
        )
    spilled = [
        (seed, key, answers[max(0, index - 5) : index + 1])
        for seed, run in enumerate(runs)
        for key, answers in run.history.items()
        for index, answer in enumerate(answers)
        if _day(answer.at, days) == 0
    ]
    print(f"  {setup}: {len(spilled)} exam-day answers over {len(runs)} seeds; the first 5:", file=out)
    for seed, key, answers in spilled[:5]:
        print(f"    seed {seed} {key[1]:<40} {_story(answers, days)}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--days", type=int, default=40, help="days from the first sitting to the exam")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--s0", type=float, default=student.S0, help="days of stability of a fact first seen")
    parser.add_argument("--daily", action="store_true", help="also print every run's answers per day")
    parser.add_argument("--explain", action="store_true", help="also print where recall is lost (stderr)")
    parser.add_argument("--setups", nargs="+", choices=SETUPS, default=list(SETUPS), help="set-ups to run")
    parser.add_argument("--spacing", action="store_true", help="growth shrinks with the recall at the answer")
    args = parser.parse_args(argv)
    student.S0 = args.s0  # Memory.encode reads the harness module's S0
    student.SPACING = args.spacing  # and Memory.answer its SPACING
    growth = f"x{student.GROWTH}" + (" x (1 - R) (spacing)" if args.spacing else "")
    print(f"{args.days} days to the exam, {args.seeds} seeds, S0 = {args.s0} d, growth {growth}")
    print(
        f"{'set-up':<8} {'final wk max':>12} {'final wk mean':>13} {'before mean':>11}"
        f" {'exam day':>8} {'exam recall':>11} {'at 00:00':>8} {'answers':>8}"
    )
    for setup in args.setups:
        runs = [simulate(setup, seed, args.days) for seed in range(args.seeds)]
        if args.daily:
            for seed, run in enumerate(runs):
                print(f"  {setup} seed {seed}: {run.per_day}", file=sys.stderr)
        if args.explain:
            explain(setup, runs, args.days)
        s = summarise(runs, args.days)
        print(
            f"{setup:<8} {s.week_max:>12.1f} {s.week_mean:>13.1f} {s.before_mean:>11.1f}"
            f" {s.exam_day:>8.1f} {s.recall:>10.2%} {s.recall_before:>8.2%} {s.total:>8.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
