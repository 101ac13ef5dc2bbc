"""Scheduling: a thin layer over ``fsrs.Scheduler`` that knows our settings, ids and exams.

All the spaced-repetition mathematics is py-fsrs's; this module only

* builds the fsrs scheduler from :class:`~kzjp_tutor.core.settings.Settings` (desired retention,
  learning steps, maximum interval; fuzzing switchable so tests can assert exact intervals);
* gives every card a stable integer fsrs id derived from deck id + card id with blake2b
  (``fsrs.Card()`` without an id sleeps 1 ms and uses the wall clock; Python's ``hash`` is
  randomised per process);
* maps the grader's :class:`~kzjp_tutor.core.grading.SuggestedRating` to ``fsrs.Rating``;
* counts lapses and flags leeches;
* plans for an exam (issue 19): the last ``exam_window_days`` before it are a final-review
  window in which every studied card is reviewed at least once. A card whose fsrs due would pass
  the window keeps its interval cut at the eve (the latest its predicted recall allows); the
  window's days are then filled from the eve backwards, least stable cards latest, an even share
  a day (:func:`window_spread`), and the queue asks each day's share ahead of the stored due
  (:meth:`Planner.window_today`). When a deck has more cards than its daily review limit can hold
  in the window, the window starts earlier for that deck. New cards are introduced only while
  there is time to learn them (learning steps plus one review on a later day). Nothing is left
  due on the exam day itself. Recall on exam day
  is forecast with ``get_card_retrievability``, and in the last :data:`CRAM_DAYS` days the cards
  most at risk are offered again (the cram queue).

Why the stored due is only cut, and the spread computed from all the deck's states when needed:
the stored schedule must stay a pure function of a card's own answers and the settings, so that
sync's replay (which sees one card at a time) rebuilds the same dues on every device; placing a
card by load needs the other cards, so that part is a pure function of the deck's states at the
time it is asked (the same states give the same plan on any device), never stored.

Time is always passed in, timezone-aware UTC; nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

import fsrs

from .deck import Deck
from .grading import SuggestedRating
from .settings import Settings
from .store import CardState, Store

__all__ = [
    "CRAM_DAYS",
    "EXAM_RETENTION",
    "ExamPlan",
    "Outcome",
    "Planner",
    "WindowPlan",
    "cannot_learn_in_time",
    "exam_start",
    "fsrs_card_id",
    "last_introduction",
    "new_cards_left",
    "review_forecast",
    "to_fsrs_rating",
    "window_spread",
]

CRAM_DAYS = 3
"""The cram queue opens this many days before the exam (and closes when it starts)."""
EXAM_RETENTION = 0.97
"""Predicted exam-day recall under which a card gets a second review before the exam (:meth:`Planner.cram_today`)."""

_RATINGS = {
    SuggestedRating.AGAIN: fsrs.Rating.Again,
    SuggestedRating.HARD: fsrs.Rating.Hard,
    SuggestedRating.GOOD: fsrs.Rating.Good,
    SuggestedRating.EASY: fsrs.Rating.Easy,
}

K = TypeVar("K")
_DAY = dt.timedelta(days=1)


def fsrs_card_id(deck_id: str, card_id: str) -> int:
    """A stable positive 63-bit fsrs card id for a deck card: the same in every process and run."""
    digest = hashlib.blake2b(f"{deck_id}\x1f{card_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & (2**63 - 1)


def to_fsrs_rating(suggested: SuggestedRating) -> fsrs.Rating:
    """The fsrs rating for the grader's suggestion (again→Again, hard→Hard, good→Good, easy→Easy)."""
    return _RATINGS[suggested]


def exam_start(exam_date: dt.date) -> dt.datetime:
    """The moment an exam day starts, taken as 00:00 UTC of that date (the store's day boundary)."""
    return dt.datetime.combine(exam_date, dt.time(), tzinfo=dt.UTC)


def new_cards_left(
    settings: Settings,
    *,
    introduced_today: int,
    unseen: int,
    deck_id: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """How many new cards a deck may still introduce today.

    The one home of the daily limit: the session, the home screen's counts and ``stats`` all ask
    here, so "new left today" cannot mean three different things. Given the deck and the time,
    it is 0 once the deck's exam is too close for a new card to be learned before it
    (:func:`last_introduction`), through the end of the exam day: a card met on the exam morning
    has no time to be learned before the exam either. After the exam day study goes on as usual.
    """
    if deck_id is not None and now is not None:
        exam = settings.exam_date_for(deck_id)
        if exam is not None and last_introduction(settings, exam) <= _utc(now) < exam_start(exam + _DAY):
            return 0
    return min(unseen, max(0, settings.new_per_day - introduced_today))


def last_introduction(settings: Settings, exam_date: dt.date) -> dt.datetime:
    """The moment after which a new card can no longer be learned before the exam.

    Learning it takes the learning steps and then one review on a later day, the eve at the
    latest; so the card must be met by the start of the eve minus the learning steps.
    """
    steps = dt.timedelta(minutes=sum(settings.learning_steps))
    return exam_start(exam_date) - _DAY - steps


def cannot_learn_in_time(
    settings: Settings, deck_id: str, now: dt.datetime, *, unseen: int, introduced_today: int
) -> int:
    """How many of a deck's unseen cards cannot be learned before its exam at ``new_per_day``.

    0 without a future exam. The days left to introduce cards are today up to the day of
    :func:`last_introduction`; today counts for what its limit still allows.
    """
    exam = settings.exam_date_for(deck_id)
    now = _utc(now)
    if exam is None or now >= exam_start(exam):
        return 0
    deadline = last_introduction(settings, exam)
    if now >= deadline:
        return unseen
    later_days = (deadline.date() - now.date()).days
    can = max(0, settings.new_per_day - introduced_today) + later_days * settings.new_per_day
    return max(0, unseen - can)


def review_forecast(dues: Iterable[dt.datetime], today: dt.date, until: dt.date) -> list[tuple[dt.date, int]]:
    """Cards due each day from ``today`` to ``until`` (inclusive); overdue cards count on today.

    The visible plan of the home screen and ``stats`` before a deck's window opens; in the window
    :meth:`Planner.exam_plan` shows :meth:`Planner.window_load`'s days, which add the cram and the
    second reviews to these dues.
    """
    days = max(0, (until - today).days + 1)
    counts = [0] * days
    for due in dues:
        index = max(0, (_utc(due).date() - today).days)
        if index < days:
            counts[index] += 1
    return [(today + dt.timedelta(days=offset), count) for offset, count in enumerate(counts)]


def _stability_order(state: CardState) -> tuple[float, int]:
    """Least stable first; the stable card id only breaks ties, so the order is the same everywhere."""
    stability = state.fsrs.stability
    return (stability if stability is not None else 0.0, fsrs_card_id(state.deck_id, state.card_id))


def window_spread(states: Iterable[CardState], window: WindowPlan, now: dt.datetime) -> dict[str, dt.date]:
    """The window day from today (or its start) to the eve on which each card still to review is planned.

    The rule (issue 19, "as late as its predicted recall allows" within an even load): the
    cards still to be reviewed before the exam are those in the Review state, last reviewed
    before today (or before the window, when it has not opened yet) and due before the exam;
    each may not go later than its due (its recall allows no later). Their number, with the
    cards already reviewed today, is shared evenly over the days left, and the days are filled
    from the eve backwards with the least stable cards first: a review late in the window is
    worth most to a card that forgets fast, while a stable card loses little by being reviewed
    a week early. What is left goes on the first day.

    Why from the card states and not stored per card: placing a card needs the others, but
    the stored due must stay a pure function of a card's own answers so that sync's replay
    (one card at a time) rebuilds it; so the stored due is only cut at the eve and this plan
    is recomputed from the states whenever it is needed (the queue, the forecast). Stable
    within a day: a card answered today still counts on today, so answering today's cards
    leaves the later days' plan as it was. Learning cards follow their steps and are left out.
    """
    now = _utc(now)
    today = now.date()
    eve = window.exam_date - _DAY
    first = max(today, window.start)
    if first > eve:
        return {}
    boundary = exam_start(first)
    exam = exam_start(window.exam_date)
    pending: list[CardState] = []
    done = 0
    for state in states:
        last = state.fsrs.last_review
        if last is not None and last >= boundary:
            done += state.first_seen < boundary  # reviewed today, known before: today's load
            continue
        if state.state != fsrs.State.Review or not state.due < exam:
            continue
        if first > today and state.due < boundary:
            continue  # due before the window opens: reviewed then, and planned again
        pending.append(state)
    days = (eve - first).days + 1
    share = math.ceil((len(pending) + done) / days)
    plan: dict[str, dt.date] = {}
    remaining = sorted(pending, key=_stability_order)
    for offset in range(days - 1, 0, -1):
        day = first + dt.timedelta(days=offset)
        rest: list[CardState] = []
        for state in remaining:
            if len(plan) < share * (days - offset) and _utc(state.due).date() >= day:
                plan[state.card_id] = day
            else:
                rest.append(state)
        remaining = rest
    plan.update((state.card_id, first) for state in remaining)
    return plan


def _planned_dues(states: Iterable[CardState], window: WindowPlan, now: dt.datetime) -> list[dt.datetime]:
    """Each card's due as the window will ask it: its planned window day, else its stored due."""
    states = list(states)
    plan = window_spread(states, window, now)
    return [exam_start(plan[s.card_id]) if s.card_id in plan else s.due for s in states]


def _utc(when: dt.datetime) -> dt.datetime:
    if when.tzinfo is None:
        raise ValueError("scheduling needs timezone-aware datetimes")  # i18n: not text
    return when.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class WindowPlan:
    """A deck's final-review window before its exam."""

    exam_date: dt.date
    start: dt.date
    """The window's first day; every studied card is reviewed from it to the eve."""
    days: int
    """How many days it has (``exam_window_days``, or more when the limit cannot hold the deck)."""
    usual_days: int
    """``exam_window_days``."""
    cards: int
    """The deck's cards the window is sized for (0 when not known)."""
    per_day_limit: int
    """``max_reviews_per_day``."""

    @property
    def extended(self) -> int:
        """Days the window starts earlier than ``exam_window_days`` because of the daily limit."""
        return self.days - self.usual_days


@dataclass(frozen=True, slots=True)
class ExamPlan:
    """What the home screen and ``stats`` say about one deck's coming exam."""

    deck_id: str
    window: WindowPlan
    forecast: list[tuple[dt.date, int]]
    """Cards due each day from today to the exam day (see :func:`review_forecast`)."""
    cannot_learn: int
    """Unseen cards that cannot be learned before the exam at ``new_per_day``."""
    new_per_day: int
    """The pace ``cannot_learn`` assumes."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one review: the card's new state and what happened to it."""

    state: CardState
    lapsed: bool
    """A learned card (Review state) was forgotten."""
    became_leech: bool
    """This review crossed the leech threshold."""
    capped: bool
    """The due date was pulled in so as not to pass the exam."""

    @property
    def interval(self) -> dt.timedelta:
        """Time from this review to the next due."""
        last = self.state.fsrs.last_review
        assert last is not None
        return self.state.due - last


class Planner:
    """Schedules reviews with fsrs according to the settings, and plans for exam dates.

    Args:
        settings: Desired retention, learning steps, maximum interval, leech threshold, exams.
        enable_fuzzing: fsrs's random spread of long intervals; pass False in tests.
        deck_sizes: Cards per deck id (see :meth:`know_decks`); unknown decks get the usual window.
    """

    def __init__(
        self, settings: Settings, *, enable_fuzzing: bool = True, deck_sizes: Mapping[str, int] | None = None
    ) -> None:
        self.settings = settings
        self.deck_sizes: dict[str, int] = dict(deck_sizes or {})
        """Cards per deck id being studied, so a deck too big for its window gets a longer one."""
        self.scheduler = fsrs.Scheduler(
            desired_retention=settings.desired_retention,
            learning_steps=tuple(dt.timedelta(minutes=m) for m in settings.learning_steps),
            maximum_interval=settings.max_interval_days,
            enable_fuzzing=enable_fuzzing,
        )

    def know_decks(self, decks: Iterable[Deck]) -> None:
        """Record how many cards these decks have to study, so each one's window can hold them."""
        for deck in decks:
            size = sum(1 for _s, card in deck.cards() if self.settings.include_extra or not card.is_extra)
            self.deck_sizes[deck.deck.id] = size

    def window(self, deck_id: str) -> WindowPlan | None:
        """The deck's final-review window, or None without an exam date.

        Usually ``exam_window_days`` long; when the deck has more cards than that many days of
        ``max_reviews_per_day`` can review, it starts as many days earlier as the limit needs
        (spreading, never spilling onto the exam day).
        """
        exam = self.settings.exam_date_for(deck_id)
        if exam is None:
            return None
        usual = self.settings.exam_window_days
        limit = self.settings.max_reviews_per_day
        cards = self.deck_sizes.get(deck_id, 0)
        days = max(usual, math.ceil(cards / limit)) if limit > 0 else usual
        return WindowPlan(exam, exam - dt.timedelta(days=days), days, usual, cards, limit)

    def exam_plan(
        self,
        deck: Deck,
        states: Iterable[CardState],
        now: dt.datetime,
        *,
        introduced_today: int,
        answered: Mapping[dt.date, int],
    ) -> ExamPlan | None:
        """The deck's window, forecast and cards too late to learn; None without a coming exam.

        The forecast is what the queue will ask (issue 19: it read "0 0 4 3 2 1 1" where 5, 5, 8,
        8, 8, 8, 8 were asked, since it left out the cram and the second reviews): before the
        window the stored dues, in it :meth:`window_load`'s days. Today's is exact when every
        answer today is right: today's planned cards are answered Good in a copy of the states
        and the day's second reviews planned from there, as the queue will once they are done.

        Args:
            deck: The deck (its size decides the window; its unseen cards the cut-off).
            states: Its cards' stored states (suspended ones left out by the caller).
            now: The time the plan is for (UTC).
            introduced_today: New cards the deck introduced today.
            answered: The deck's answers on each window day up to today (:meth:`window_answers`).
        """
        self.know_decks([deck])
        window = self.window(deck.deck.id)
        today = _utc(now).date()
        if window is None or window.exam_date < today:
            return None
        states = list(states)
        seen = {state.card_id for state in states}
        # In the queue's order: a deck's extra cards come after its other cards.
        ordered = sorted((card for _s, card in deck.cards()), key=lambda card: card.is_extra)
        unseen = [
            card.id
            for card in ordered
            if card.id not in seen and (self.settings.include_extra or not card.is_extra)
        ]
        forecast = review_forecast(_planned_dues(states, window, now), today, window.exam_date)
        if self.in_window(deck.deck.id, now):
            rolled = self._window_forecast(
                deck.deck.id,
                window,
                states,
                now,
                unseen=unseen,
                introduced_today=introduced_today,
                answered=answered,
            )
            forecast = [(day, rolled.get(day, count)) for day, count in forecast]
        return ExamPlan(
            deck.deck.id,
            window,
            forecast,
            cannot_learn_in_time(
                self.settings, deck.deck.id, now, unseen=len(unseen), introduced_today=introduced_today
            ),
            self.settings.new_per_day,
        )

    def new_state(self, deck_id: str, card_id: str, now: dt.datetime) -> CardState:
        """The state of a card never seen before: fsrs Learning, due ``now``."""
        now = _utc(now)
        card = fsrs.Card(card_id=fsrs_card_id(deck_id, card_id), due=now)
        return CardState(deck_id, card_id, card, reps=0, lapses=0, leech=False, first_seen=now)

    def shown(self, deck_id: str, card_id: str, now: dt.datetime) -> CardState:
        """The state of a new card just SHOWN (not answered): asked back after the first learning step.

        No answer is recorded and ``reps`` stays 0, but fsrs's memory starts where a new card's
        first Again puts it (its stability, difficulty and step 0): a student who has just read a
        fact they did not know is where fsrs's Again assumes them, the answer seen, not recalled.
        Why not "no memory yet": the answer a minute after reading is nearly always right, a first
        Good gives fsrs's stability of days and the card left the learning steps on its next answer;
        in ``bench/simulate_learning.py`` that cost 15 points of exam-day recall against ask-first
        (docs/learning.md). So a shown card is then scheduled exactly as ask-first's card after
        its forced miss. Due ``now`` + :attr:`show_delay`.
        """
        state = self.new_state(deck_id, card_id, now)
        card, _log = self.scheduler.review_card(state.fsrs, fsrs.Rating.Again, _utc(now))
        card.due = _utc(now) + self.show_delay
        return replace(state, fsrs=card)

    @property
    def show_delay(self) -> dt.timedelta:
        """How long after its showing a shown card is due: the first learning step (0 without steps).

        A time, not a number of cards: a student who reads fast sees many new cards before it comes
        back, so the study screens say this time (:func:`~kzjp_tutor.core.wording.asked_back`).
        """
        steps = self.scheduler.learning_steps
        return steps[0] if steps else dt.timedelta(0)

    def review(
        self,
        previous: CardState,
        rating: fsrs.Rating,
        now: dt.datetime,
        *,
        duration_ms: int | None = None,
    ) -> Outcome:
        """Apply one rating to a card at ``now``; the exam cap for its deck is applied.

        Args:
            previous: The card's state before the answer (from the store or :meth:`new_state`).
            rating: The final rating.
            now: When it was answered (UTC).
            duration_ms: How long the answer took, passed on to fsrs.
        """
        now = _utc(now)
        card, _log = self.scheduler.review_card(previous.fsrs, rating, now, duration_ms)
        lapsed = previous.state == fsrs.State.Review and rating == fsrs.Rating.Again
        lapses = previous.lapses + int(lapsed)
        leech = previous.leech or lapses >= self.settings.leech_threshold
        planned = self._plan(previous, card.due, now)
        capped = planned != card.due
        card.due = planned
        state = replace(previous, fsrs=card, reps=previous.reps + 1, lapses=lapses, leech=leech)
        return Outcome(state, lapsed=lapsed, became_leech=leech and not previous.leech, capped=capped)

    def _plan(self, previous: CardState, due: dt.datetime, now: dt.datetime) -> dt.datetime:
        """The due fsrs chose, moved for the deck's exam (see the module docstring)."""
        window = self.window(previous.deck_id)
        if window is None or now >= exam_start(window.exam_date):
            return due
        opens = exam_start(window.start)
        eve = exam_start(window.exam_date) - _DAY
        if now < opens:
            # Cut at the window: the latest day recall allows, the eve at most. The window's
            # days are filled from these dues by :meth:`window_today` (see :func:`window_spread`).
            return min(due, eve)
        # In the window this answer is the card's final review, unless the card is still being
        # learned (new or forgotten in the window): it then needs one review on a later day.
        # The exam day is left free: a due on it is the eve while the eve is ahead; answered on
        # the eve (a lapse relearned there, a short interval), the card comes back after the exam
        # day, since no later day could still help before the exam (issue 19's "nothing spills").
        learning = previous.reps == 0 or previous.state != fsrs.State.Review
        exam = exam_start(window.exam_date)
        on_exam_day = exam <= due < exam + _DAY
        if now < eve and (on_exam_day or (learning and eve < due)):
            return eve
        if on_exam_day:
            return exam + _DAY
        return due

    def in_window(self, deck_id: str, now: dt.datetime) -> bool:
        """Whether ``now`` is on a day of the deck's final-review window (the exam day is not)."""
        window = self.window(deck_id)
        return window is not None and window.start <= _utc(now).date() < window.exam_date

    def window_today(self, deck_id: str, states: Iterable[CardState], now: dt.datetime) -> list[CardState]:
        """Cards not yet due that the window's even spread puts on today: the queue asks them as reviews.

        Empty outside the deck's window. Most stable first (they lose least by an early review);
        see :func:`window_spread` for the rule.
        """
        window = self.window(deck_id)
        if window is None or not self.in_window(deck_id, now):
            return []
        states = list(states)
        plan = window_spread(states, window, now)
        pulled = [s for s in states if plan.get(s.card_id) == _utc(now).date() and s.due > _utc(now)]
        pulled.sort(key=_stability_order, reverse=True)
        return pulled

    def window_answers(self, store: Store, deck_id: str, now: dt.datetime) -> dict[dt.date, int]:
        """The deck's answers on each of its window's days up to today, from the store ({} outside it).

        What :meth:`window_load` needs of the days gone; one home for the queue and the forecast.
        """
        window = self.window(deck_id)
        today = _utc(now).date()
        if window is None or not self.in_window(deck_id, now):
            return {}
        done = store.reviews_by_day(window.start, today, [deck_id])
        return {window.start + dt.timedelta(days=n): 0 for n in range((today - window.start).days + 1)} | done

    def _window_forecast(
        self,
        deck_id: str,
        window: WindowPlan,
        states: Sequence[CardState],
        now: dt.datetime,
        *,
        unseen: Sequence[str],
        introduced_today: int,
        answered: Mapping[dt.date, int],
    ) -> dict[dt.date, int]:
        """Each window day from today to the eve: the answers the queue asks of cards known before it.

        Rolled forward day by day on a copy of the states, every answer right, as the queue asks:
        the day's planned cards (:meth:`_today_planned`) and then its new cards answered Good
        through their steps, then the day's fill (:meth:`window_load`) answered Good. Why rolled
        and not read from today's states: a card reviewed tomorrow becomes a second review for
        the eve only once it is reviewed, and the cards learned in the window come back on a
        later day (in the walk of issue 19 the eve's forecast was 37 answers short without them).
        New cards do not count on the day they are met (they are not reviews), but their answers
        weigh on the day's peak, as in the store.
        """
        held = {state.card_id: state for state in states}
        answers_per_day = dict(answered)
        waiting = list(unseen)
        counts: dict[dt.date, int] = {}
        when = _utc(now)
        while when.date() < window.exam_date:
            day = when.date()
            planned = self._today_planned(window, list(held.values()), when)
            held.update((s.card_id, self.review(s, fsrs.Rating.Good, when).state) for s in planned)
            given = answers_per_day.get(day, 0) + len(planned)
            met = new_cards_left(
                self.settings,
                introduced_today=introduced_today if when == _utc(now) else 0,
                unseen=len(waiting),
                deck_id=deck_id,
                now=when,
            )
            for card_id in waiting[:met]:
                held[card_id], steps = self._learned(deck_id, card_id, when)
                given += steps
            waiting = waiting[met:]
            load = self.window_load(
                deck_id, list(held.values()), when, answered={**answers_per_day, day: given}
            )
            fill = [] if load is None else load[1][day]
            held.update((s.card_id, self.review(s, fsrs.Rating.Good, when).state) for s in fill)
            counts[day] = len(planned) + len(fill)
            answers_per_day[day] = given + len(fill)
            when += _DAY
        return counts

    def _learned(self, deck_id: str, card_id: str, now: dt.datetime) -> tuple[CardState, int]:
        """A new card met at ``now`` and answered right through its learning steps, and its answers."""
        if self.settings.new_cards == "show-first":
            state = self.shown(deck_id, card_id, now)
        else:
            state = self.new_state(deck_id, card_id, now)
        answers = 0
        while state.state != fsrs.State.Review and answers <= len(self.settings.learning_steps):
            state = self.review(state, fsrs.Rating.Good, max(_utc(now), state.due)).state
            answers += 1
        return state, answers

    def _today_planned(
        self, window: WindowPlan, states: Sequence[CardState], now: dt.datetime
    ) -> list[CardState]:
        """The cards the queue asks on a window day before the fill: the spread's, learning cards due, the cram's."""
        asked = self._asked_anyway(window, states, now)
        return [*asked.values(), *self.cram_share(window, states, now, asked=asked)]

    def _asked_anyway(
        self, window: WindowPlan, states: Sequence[CardState], now: dt.datetime
    ) -> dict[str, CardState]:
        """The cards a window day asks whatever the cram: the spread's for today and the learning cards due today."""
        today = _utc(now).date()
        tomorrow = exam_start(today + _DAY)
        plan = window_spread(states, window, now)
        learning = (fsrs.State.Learning, fsrs.State.Relearning)
        return {
            s.card_id: s
            for s in states
            if plan.get(s.card_id) == today or (s.state in learning and s.due < tomorrow)
        }

    def cram_share(
        self,
        window: WindowPlan,
        states: Sequence[CardState],
        now: dt.datetime,
        *,
        asked: Mapping[str, CardState] | None = None,
    ) -> list[CardState]:
        """Today's cram (:meth:`cram_today`), its places given to cards nothing else asks today.

        The queue asks a card once a session, so a card the spread puts on today, or a learning
        card due today, would take a cram place and leave it empty: at S0 3 in
        ``bench/simulate_exam.py`` 37 fewer answers and recall at the exam 99.64 instead of 99.69 %
        (docs/learning.md, fifth run). So those are skipped and the next cards at risk crammed.
        ``asked``: those cards, when the caller has them already (:meth:`_asked_anyway`).
        """
        skip = self._asked_anyway(window, states, now) if asked is None else asked
        by_id = {s.card_id: s for s in states if s.due > _utc(now)}
        crammed = self.cram_today(list(by_id.items()), window.exam_date, now, skip=skip.keys())
        return [by_id[card_id] for card_id in crammed]

    def valley_today(
        self, deck_id: str, states: Iterable[CardState], now: dt.datetime, *, answered: Mapping[dt.date, int]
    ) -> list[CardState]:
        """Second reviews that fill today up to the window's peak day (:meth:`window_load`)."""
        load = self.window_load(deck_id, states, now, answered=answered)
        return [] if load is None else load[1][_utc(now).date()]

    def window_load(
        self, deck_id: str, states: Iterable[CardState], now: dt.datetime, *, answered: Mapping[dt.date, int]
    ) -> tuple[Counter[dt.date], dict[dt.date, list[CardState]]] | None:
        """The window's planned load per day from today to the eve, and the second reviews that fill each day.

        None outside the deck's window. The one home of a window day's planned load: the queue
        asks today's fill (:meth:`valley_today`), the forecast shows load plus fill (:meth:`exam_plan`).

        The fill: second reviews that fill a day up to the window's peak day, weakest at the exam first.

        The window spreads one review per card evenly, but its days do not end up even: the cram,
        second reviews and relearning make some days heavier, and the eve is often the lightest
        (docs/learning.md, fourth run). The student has already given the window's heaviest day,
        so a lighter day can take more reviews without asking more of any day: "fill the valleys,
        never raise the peak". The cards are those nothing else asks again before the exam (in the
        Review state, due after it, not answered today), at or above :data:`EXAM_RETENTION` at
        the exam (under it the cram asks them); the lowest predicted recall at the exam goes
        latest, since a late review helps most the card that forgets fastest. Today takes what
        the later days cannot hold: so most wait for the eve, where they count most.

        The peak is the heaviest window day: ``answered`` for the days gone (this deck's answers
        per day, from the store), today's answers plus its learning cards still due today, and
        for each later day the cards :func:`window_spread` plans on it, the cards answered today
        that come due on it, and an even share of the cram. A day is filled to the peak, never
        past ``max_reviews_per_day``. Never the exam day (the window ends on the eve). A pure
        function of the states, the answers per day and ``now``, like the spread; never stored.

        Per deck, as the window, its daily limit and its exam are. The decks' heaviest days differ,
        so the student's heaviest day can rise: in ``bench/simulate_exam.py`` at S0 3 from 95.7 to
        102.7 answers, under the issue's bound of twice the days before (144.8). Filling to the
        peak of the decks together left it unchanged, but also 0.06 points of exam-day recall short
        of the eve cap (docs/learning.md, fourth run).

        Args:
            deck_id: The deck.
            states: Its cards' states (suspended ones left out by the caller).
            now: The time (UTC).
            answered: This deck's answers on each window day up to today.
        """
        window = self.window(deck_id)
        if window is None or not self.in_window(deck_id, now):
            return None
        now = _utc(now)
        today = now.date()
        tomorrow = exam_start(today + _DAY)
        exam = exam_start(window.exam_date)
        states = list(states)
        days_left = (window.exam_date - today).days
        cram = self.cram_order(
            [(s, s) for s in states if s.due > now], window.exam_date, below=EXAM_RETENTION
        )
        load = Counter(window_spread(states, window, now).values())
        for day in range(1, days_left):
            load[today + dt.timedelta(days=day)] += math.ceil(len(cram) / days_left)
        learning = (fsrs.State.Learning, fsrs.State.Relearning)
        load[today] += answered.get(today, 0) + sum(
            1 for s in states if s.state in learning and s.due < tomorrow
        )
        candidates: list[tuple[float, int, CardState]] = []
        for state in states:
            last = state.fsrs.last_review
            answered_today = last is not None and last >= exam_start(today)
            if answered_today and state.due < exam and state.state not in learning:
                load[_utc(state.due).date()] += 1  # its second review, which the spread does not plan
            if answered_today or state.state != fsrs.State.Review or state.due < exam:
                continue
            recall = self.retrievability(state, exam)
            if recall >= EXAM_RETENTION:
                candidates.append((recall, fsrs_card_id(state.deck_id, state.card_id), state))
        candidates.sort(key=lambda c: c[:2])
        peak = max([*answered.values(), *load.values()])
        if window.per_day_limit > 0:
            peak = min(peak, window.per_day_limit)
        fills: dict[dt.date, list[CardState]] = {}
        for day in range(days_left - 1, -1, -1):  # the eve first: later days take the weakest
            date = today + dt.timedelta(days=day)
            room = max(0, peak - load[date])
            fills[date] = [state for _recall, _id, state in candidates[:room]]
            candidates = candidates[room:]
        return load, fills

    def retrievability(self, state: CardState | None, when: dt.datetime) -> float:
        """Predicted probability of recalling the card at ``when`` (0 for a card never studied)."""
        if state is None:
            return 0.0
        return float(self.scheduler.get_card_retrievability(state.fsrs, _utc(when)))

    def exam_recall(self, states: Iterable[CardState | None], exam_date: dt.date) -> float:
        """Mean predicted recall on the exam day over cards (None = never studied, counts as 0)."""
        values = [self.retrievability(s, exam_start(exam_date)) for s in states]
        return sum(values) / len(values) if values else 0.0

    def in_cram(self, exam_date: dt.date | None, now: dt.datetime) -> bool:
        """Whether ``now`` is within the last :data:`CRAM_DAYS` days before the exam starts."""
        if exam_date is None:
            return False
        start = exam_start(exam_date)
        return start - dt.timedelta(days=CRAM_DAYS) <= _utc(now) < start

    def cram_order(
        self, candidates: Sequence[tuple[K, CardState]], exam_date: dt.date, *, below: float | None = None
    ) -> list[tuple[K, float]]:
        """Studied cards most at risk on exam day first: (key, predicted recall), lowest recall first.

        Args:
            candidates: (key, state) pairs; the key is whatever the caller uses to find the card.
            exam_date: The exam day.
            below: Keep only cards predicted under this recall (default: the desired retention).
        """
        threshold = self.settings.desired_retention if below is None else below
        when = exam_start(exam_date)
        scored = [(key, self.retrievability(state, when)) for key, state in candidates]
        at_risk = [(key, recall) for key, recall in scored if recall < threshold]
        at_risk.sort(key=lambda pair: pair[1])
        return at_risk

    def cram_today(
        self,
        candidates: Sequence[tuple[K, CardState]],
        exam_date: dt.date,
        now: dt.datetime,
        *,
        skip: Collection[K] = (),
    ) -> list[K]:
        """Today's second reviews before the exam: an even share of the cards most at risk, lowest recall first.

        The cards predicted under :data:`EXAM_RETENTION` at the exam are shared evenly over the
        days left before it (today to the eve), and today takes the share with the lowest
        predicted recall. Why not every card at risk at once: that piled the whole cram on its
        first day (437 answers at S0 0.5 in ``bench/simulate_exam.py``). Why most at risk first
        and not latest: a card that fails needs its relearning steps and another day to hold;
        placing the weakest cards on the eve cost 3 to 4 points of simulated exam-day recall at
        S0 0.5. Why a higher bar than the desired retention: a review at 0.9 suits the long run,
        but the exam is one day; with 0.97 the window's simulated recall came within 0.2 points
        of the eve cap, with fewer reviews (measured, docs/learning.md). Recomputed from the
        states each time it is asked (the same states give the same list), never stored.
        """
        ranked = [key for key, _recall in self.cram_order(candidates, exam_date, below=EXAM_RETENTION)]
        days_left = max(1, (exam_date - _utc(now).date()).days)
        return [key for key in ranked if key not in skip][: math.ceil(len(ranked) / days_left)]
