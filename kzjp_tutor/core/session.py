"""A study session: which card comes next, grading an answer, recording it, undo.

UI-free on purpose: the Textual app and the plain line mode drive the same object, so what is
studied, graded and recorded cannot differ between them.

The flow is two-step so that a UI can show the verdict and let the student override it::

    item = session.next_card()        # what to ask (None: nothing left)
    graded = session.answer(text, ms) # grade it; nothing is recorded yet
    session.commit()                  # record with the suggested rating, or
    session.commit("right")           # "I was right" → Good; "wrong" → Again; "easy" → Easy

A new card may come as a fact to read first (``item.show``, ``new_cards = "show-first"``): the
front end shows its question, answer, explanation and source, and calls :meth:`acknowledge` when
the student has read it; the card is recorded as *shown* (not answered) and asked back after
the first learning step, scheduled from then on as an ask-first card after its forced miss
(:meth:`~kzjp_tutor.core.scheduling.Planner.shown`). Answering a shown item instead simply
asks it at once (as ``ask-first``). :meth:`suspend`, :meth:`flag` and :meth:`reset` act on a
card; every step, an answer or not, is its own committed transaction and :meth:`undo` takes
back the last one.

A plain mode simply calls ``commit()`` right after ``answer()``. ``commit`` is ONE database
transaction (review row + the card's new state), so an answer is either wholly recorded or not.
An answer the grader could not read (``verdict.unreadable``: no date in a date card's answer) is
not pending at all: nothing can be committed, and the same card stays current for another try.

Choice cards are shown shuffled, a new order at each showing: a student must learn the content,
not "press 1". The order comes from the session's explicit ``seed`` and the showing's number (no
hidden randomness), is kept on the :class:`QueueItem` (so undo shows the same order), and a number
the student types means the option at that place in the order SHOWN; the grader sees the card in
that order and the recorded answer is the chosen option's text.

Which card comes next is the :class:`~kzjp_tutor.core.queue.StudyQueue`'s business (see :mod:`.queue`).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import fsrs

from . import grading
from .clock import Clock
from .deck import ChoiceCard, Deck
from .errors import KzjpError
from .grading import Verdict
from .i18n import gettext as _
from .queue import QueueItem, StudyQueue
from .scheduling import Outcome, Planner, to_fsrs_rating
from .settings import Settings
from .store import CardEvent, CardState, EventKind, Review, StateChanged, Store

__all__ = [
    "Choice",
    "Graded",
    "Recorded",
    "Step",
    "StudySession",
    "Summary",
    "grade_item",
]

Choice = fsrs.Rating | Literal["right", "wrong", "hard", "easy"] | None
"""How to rate a committed answer: None = the grader's suggestion, an fsrs Rating, or an override."""

_OVERRIDES = {
    "right": fsrs.Rating.Good,
    "wrong": fsrs.Rating.Again,
    "hard": fsrs.Rating.Hard,
    "easy": fsrs.Rating.Easy,
}


@dataclass(frozen=True, slots=True)
class Graded:
    """An answer graded but not yet recorded."""

    item: QueueItem
    answer: str
    verdict: Verdict
    suggested: fsrs.Rating
    duration_ms: int | None


@dataclass(frozen=True, slots=True)
class Recorded:
    """An answer as recorded: its review id, the rating used and the card's new schedule."""

    item: QueueItem
    review_id: str
    answer: str
    verdict: Verdict
    rating: fsrs.Rating
    outcome: Outcome
    duration_ms: int | None = None

    @property
    def due(self) -> dt.datetime:
        """When the card comes back."""
        return self.outcome.state.due

    @property
    def interval(self) -> dt.timedelta:
        """How long until it comes back."""
        return self.outcome.interval


@dataclass(frozen=True, slots=True)
class Step:
    """A recorded card step that is not an answer: a card shown, suspended, flagged or reset."""

    item: QueueItem | None
    """The session's card it acted on when that was the current card (restored by undo)."""
    event: CardEvent

    @property
    def event_key(self) -> tuple[str, str]:
        """(deck id, card id) of the card acted on."""
        return self.event.deck_id, self.event.card_id


@dataclass(frozen=True, slots=True)
class Summary:
    """What this session did."""

    answered: int
    correct: int
    """Answers whose final rating was not Again."""
    elapsed: dt.timedelta
    next_due: dt.datetime | None
    """The earliest time any card of the session's decks is due again."""
    shown: int = 0
    """New cards shown as facts (not answers)."""


_SHOWN_NUMBER = re.compile(r"\s*([0-9]{1,2})\s*")


def grade_item(item: QueueItem, text: str, lexicon: frozenset[str]) -> tuple[str, Verdict]:
    """Grade ``text`` as the answer to ``item`` as SHOWN: (the answer as recorded, the verdict).

    The one home of "a number picks the option at that place in the order shown", for study
    and the practice exam alike.
    """
    card = item.card
    if isinstance(card, ChoiceCard):
        text = _picked(item, text)
        # The grader reads numbers in words («второй») in the order it is given: the shown one.
        card = card.model_copy(update={"choices": list(item.choices)})
    return text, grading.grade(card, text, item.deck.deck.language, lexicon)


def _picked(item: QueueItem, text: str) -> str:
    """A typed option number (as SHOWN) turned into that option's text; any other text unchanged.

    An answer that is itself one of the options (a choice "1992") stays that option.
    """
    choices = item.choices
    number = _SHOWN_NUMBER.fullmatch(text)
    if number is None or text.strip() in choices:
        return text
    index = int(number.group(1))
    return choices[index - 1] if 1 <= index <= len(choices) else text


def reviewed(
    planner: Planner,
    key: tuple[str, str],
    previous: CardState | None,
    verdict: Verdict,
    answer: str,
    rating: fsrs.Rating,
    now: dt.datetime,
    review_id: str,
    duration_ms: int | None = None,
) -> tuple[Review, Outcome]:
    """One graded answer as the review to record and the scheduler's outcome (the next state).

    The one home of "an answer becomes a review": the study session and the practice exam both
    record answers, and a field filled in one and forgotten in the other would skew the log.
    """
    deck_id, card_id = key
    base = previous or planner.new_state(deck_id, card_id, now)
    outcome = planner.review(base, rating, now, duration_ms=duration_ms)
    review = Review(
        id=review_id,
        deck_id=deck_id,
        card_id=card_id,
        reviewed_at=now,
        answer=answer,
        correct=verdict.correct,
        score=verdict.score,
        feedback=verdict.feedback,
        suggested=str(verdict.rating),
        rating=int(rating),
        duration_ms=duration_ms,
    )
    return review, outcome


class StudySession:
    """One sitting of study over some decks (optionally one section), backed by a store.

    Args:
        decks: The decks to study, in the order their new cards should come.
        store: Where progress is read and recorded.
        planner: The fsrs scheduler wrapper.
        settings: Daily limits (normally the planner's own settings).
        clock: The time source; read at each call, never stored.
        section: Study only the section with this id.
        limit: Stop after this many answers.
        new_review_id: Makes review ids (default uuid4 hex); replaceable for tests.
        seed: Fixes the order of choice cards' options (with each showing's number): the
            front end passes a fresh one per session, or a constant for a reproducible run.

    Raises:
        KzjpError: no deck has the section asked for.
    """

    def __init__(
        self,
        decks: Sequence[Deck],
        store: Store,
        planner: Planner,
        settings: Settings,
        clock: Clock,
        *,
        section: str | None = None,
        limit: int | None = None,
        new_review_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        seed: int = 0,
    ) -> None:
        self.store = store
        self.planner = planner
        self.settings = settings
        self.clock = clock
        self.limit = limit
        self._new_id = new_review_id
        self.queue = StudyQueue(decks, store, planner, settings, section=section, seed=seed)
        self.decks: dict[str, Deck] = self.queue.decks
        self._started = clock.now()
        self._current: QueueItem | None = None
        self._pending: Graded | None = None
        self._pending_id: str | None = None
        self._last: QueueItem | None = None
        self._steps: list[Recorded | Step] = []
        self._lexicons: dict[str, frozenset[str]] = {}

    # ------------------------------------------------------------- the queue

    def next_card(self) -> QueueItem | None:
        """The card to ask now, or None when the session is done.

        Calling it again before the card is answered and committed returns the same card.
        """
        if self._current is not None:
            return self._current
        if self.limit is not None and len(self.history) >= self.limit:
            return None
        self._current = self.queue.next(self.clock.now(), self._last)
        return self._current

    # ------------------------------------------------------------- answering

    def answer(self, text: str, duration_ms: int | None = None) -> Graded:
        """Grade ``text`` as the answer to the current card; nothing is recorded yet.

        A choice card's number means the option at that place as shown (the answer becomes that
        option's text). When the verdict is ``unreadable`` nothing is pending afterwards: the
        answer cannot be committed, and the same card stays current to be answered again.

        Raises:
            RuntimeError: there is no current card (call :meth:`next_card` first).
        """
        graded = self._grade(text, duration_ms)
        if graded.verdict.unreadable:
            self._pending = None
            self._pending_id = None
        else:
            self._pending = graded
            self._pending_id = self._new_id()
        return graded

    def _grade(self, text: str, duration_ms: int | None) -> Graded:
        item = self._current
        if item is None:
            raise RuntimeError("answer() needs a current card; call next_card() first")  # i18n: not text
        text, verdict = grade_item(item, text, self._lexicon(item.deck))
        return Graded(item, text, verdict, to_fsrs_rating(verdict.rating), duration_ms)

    def prepare(self) -> None:
        """Build what grading needs for every deck now, so no answer waits for it.

        Front ends call this off their UI thread right after the session starts: a 10,000-card
        deck's lexicon takes about 0.1 s, which would otherwise land on the first key press.
        """
        for deck in self.decks.values():
            self._lexicon(deck)

    def _lexicon(self, deck: Deck) -> frozenset[str]:
        """The deck's answer words, built on the deck's first answer and kept for the session."""
        found = self._lexicons.get(deck.deck.id)
        if found is None:
            found = self._lexicons[deck.deck.id] = grading.deck_lexicon(deck)
        return found

    def commit(self, choice: Choice = None) -> Recorded:
        """Record the pending answer in ONE transaction: the review row and the card's new state.

        Args:
            choice: None for the grader's suggestion; an ``fsrs.Rating``; or "right" (Good),
                "wrong" (Again), "hard" (Hard) or "easy" (Easy) when the student overrides the
                verdict.

        Raises:
            RuntimeError: there is no graded answer (call :meth:`answer` first).
            StoreError: the database could not be written.
        """
        graded = self._pending
        review_id = self._pending_id
        if graded is None or review_id is None:
            raise RuntimeError("commit() needs a graded answer; call answer() first")
        rating = self._rating(choice, graded.suggested)
        item = graded.item
        deck_id, card_id = item.key
        for _attempt in range(10):
            now = self.clock.now()
            previous = self.store.state(deck_id, card_id)
            review, outcome = reviewed(
                self.planner,
                item.key,
                previous,
                graded.verdict,
                graded.answer,
                rating,
                now,
                review_id,
                graded.duration_ms,
            )
            try:
                self.store.record(review, previous, outcome.state)
            except StateChanged:
                continue  # another program answered this card meanwhile; rebuild on its state
            break
        else:
            raise KzjpError(
                _("card {card} keeps changing under this session; try again").format(
                    card=f"{deck_id}/{card_id}"
                )
            )
        recorded = Recorded(
            item, review_id, graded.answer, graded.verdict, rating, outcome, graded.duration_ms
        )
        self._steps.append(recorded)
        self.queue.answered(item)
        self._pending = None
        self._pending_id = None
        self._current = None
        self._last = item
        return recorded

    @staticmethod
    def _rating(choice: Choice, suggested: fsrs.Rating) -> fsrs.Rating:
        if choice is None:
            return suggested
        if isinstance(choice, fsrs.Rating):
            return choice
        if choice not in _OVERRIDES:
            raise ValueError(
                f"unknown choice {choice!r}; use a Rating, 'right', 'wrong', 'hard' or 'easy'"  # i18n: not text
            )
        return _OVERRIDES[choice]

    @property
    def pending(self) -> Graded | None:
        """The graded answer waiting for :meth:`commit`, if any."""
        return self._pending

    @property
    def history(self) -> list[Recorded]:
        """This session's recorded answers, oldest first (undone ones removed)."""
        return [step for step in self._steps if isinstance(step, Recorded)]

    @property
    def steps(self) -> list[Recorded | Step]:
        """Everything this session recorded (answers and card steps), oldest first; undo takes the last."""
        return list(self._steps)

    # ------------------------------------------------------------- card steps

    def acknowledge(self) -> Step | None:
        """The student has read the current card's fact: record it as shown (ONE transaction).

        The card gets the schedule of :meth:`~kzjp_tutor.core.scheduling.Planner.shown` (asked
        back after the first learning step) and counts as introduced today.

        Returns:
            The step; None if another program answered the card meanwhile (it is then asked
            as the card it has become).

        Raises:
            RuntimeError: the current card is not one to show.
            StoreError: the database could not be written.
        """
        item = self._current
        if item is None or not item.show or self._pending is not None:
            raise RuntimeError("acknowledge() needs a card to show; see QueueItem.show")  # i18n: not text
        now = self.clock.now()
        deck_id, card_id = item.key
        event = CardEvent(self._new_id(), deck_id, card_id, "shown", now)
        self._current = None
        try:
            self.store.act(event, shown=self.planner.shown(deck_id, card_id, now))
        except StateChanged:
            return None
        self.queue.answered(item)
        self._last = item
        step = Step(item, event)
        self._steps.append(step)
        return step

    def _act(self, kind: EventKind, key: tuple[str, str] | None, comment: str | None = None) -> Step | None:
        item = self._current
        if key is None:
            if item is None:
                raise RuntimeError(f"{kind}() needs a card; call next_card() first")  # i18n: not text
            key = item.key
        if item is not None and item.key != key:
            item = None
        event = CardEvent(self._new_id(), key[0], key[1], kind, self.clock.now(), comment)
        if not self.store.act(event):
            return None
        step = Step(item, event)
        self._steps.append(step)
        return step

    def suspend(self, key: tuple[str, str] | None = None) -> Step | None:
        """Set a card aside (the current one by default): it is not asked until unsuspended.

        A graded answer still waiting for :meth:`commit` is dropped with the card.
        """
        step = self._act("suspend", key)
        if step is not None and step.item is not None:
            self._current = None
            self._pending = None
            self._pending_id = None
        return step

    def unsuspend(self, key: tuple[str, str]) -> Step | None:
        """Take a card back into study."""
        return self._act("unsuspend", key)

    def flag(self, comment: str | None = None, key: tuple[str, str] | None = None) -> Step | None:
        """Report a card (the current one by default) as wrong, with the student's optional comment.

        The card stays current: reporting it is not answering it.
        """
        return self._act("flag", key, (comment or "").strip() or None)

    def reset(self, key: tuple[str, str] | None = None) -> Step | None:
        """Start a card's progress again (the current one by default): it is a new card.

        Its answers stay in the log; undo puts its schedule back.

        Returns:
            The step, or None when the card has no progress to reset.
        """
        step = self._act("reset", key)
        if step is None:
            return None
        self.queue.forget(step.event_key)
        if step.item is not None:
            self._current = None
            self._pending = None
            self._pending_id = None
        return step

    def undo(self) -> bool:
        """Undo the last step: drop a graded-but-uncommitted answer, else un-record the last answer.

        An un-recorded answer's card gets back its exact previous state and is asked next.

        Returns:
            False if there was nothing to undo, or the card was answered again since (by
            another program) so its last answer is no longer this session's.
        """
        if self._pending is not None:
            self._pending = None
            self._pending_id = None
            return True
        if not self._steps:
            return False
        last = self._steps[-1]
        if isinstance(last, Step):
            return self._undo_step(last)
        if self.store.undo(last.review_id) is None:
            return False
        self._steps.pop()
        deck_id, card_id = last.item.key
        self.queue.unanswered(last.item)
        self._current = QueueItem(
            last.item.deck,
            last.item.section,
            last.item.card,
            last.item.kind,
            self.store.state(deck_id, card_id),
            last.item.order,
        )
        self._last = self._previous_item()
        return True

    def _previous_item(self) -> QueueItem | None:
        for step in reversed(self._steps):
            if isinstance(step, Recorded) or step.event.kind == "shown":
                return step.item
        return None

    def _undo_step(self, step: Step) -> bool:
        if self.store.undo_event(step.event.id) is None:
            return False
        self._steps.pop()
        kind = step.event.kind
        if kind == "shown":
            self.queue.forget(step.event_key)
        elif kind == "reset":
            self.queue.remember(step.event_key)
        if step.item is not None and kind in ("shown", "suspend", "reset"):
            deck_id, card_id = step.event_key
            # Asked again as it was: a shown card is shown again, a reset card has its schedule back.
            state = self.store.state(deck_id, card_id)
            self._current = replace(step.item, state=state, show=step.item.show and state is None)
            self._pending = None
            self._pending_id = None
        self._last = self._previous_item()
        return True

    def amend(self, choice: Choice) -> Recorded | None:
        """Re-record the last answer with the student's own rating ("I was right" after the fact).

        For front ends that commit at once (the plain mode): the last answer is undone -- its card
        gets back its exact previous state -- and recorded again, same text, with ``choice``.

        Returns:
            The new record, or None when there is no answer of this session's to amend.
        """
        if self._pending is not None or not self._steps:
            return None
        last = self._steps[-1]
        if not isinstance(last, Recorded) or not self.undo():
            return None
        self.answer(last.answer, last.duration_ms)
        return self.commit(choice)

    def summary(self) -> Summary:
        """Answers and correct answers so far, time since the session began, next due card."""
        now = self.clock.now()
        answers = self.history
        correct = sum(1 for r in answers if r.rating != fsrs.Rating.Again)
        return Summary(
            answered=len(answers),
            correct=correct,
            elapsed=now - self._started,
            next_due=self.store.next_due(list(self.decks)),
            shown=sum(1 for s in self._steps if isinstance(s, Step) and s.event.kind == "shown"),
        )
