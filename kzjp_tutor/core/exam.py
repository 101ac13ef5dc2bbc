"""A practice exam: a seeded draw of questions, answers without feedback, then a marked result.

Why its own module: the exam is not a study session. Nothing is graded or recorded while it runs
(a real exam gives no feedback), the student moves back and forth between questions, and only
:meth:`Exam.finish` grades everything at once. Front ends stay thin::

    exam = Exam(draw(decks, count=20, seed=seed), started=now, minutes=30, seed=seed)
    exam.answer(0, "1992"); exam.goto(5); exam.answer(5, "Hashimoto")
    result = exam.finish(clock.now())
    save(result, store, planner, settings)   # the result, and the answers as reviews

The draw (:func:`draw`) is fixed by its seed: the same decks and seed give the same questions in
the same order with the same option orders, in any process. It spreads the questions over the
sections as evenly as their sizes allow, prefers core cards to cards tagged extra
(:data:`EXTRA_WEIGHT`), mixes the card types within a section and never repeats a card.
No clock is read here: the start, the deadline and the end are passed in.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import grading
from .catalog import first_per_id
from .deck import Card, ChoiceCard, Deck, Section
from .errors import KzjpError
from .grading import Verdict
from .i18n import gettext as _
from .queue import QueueItem, choice_order
from .scheduling import Planner, to_fsrs_rating
from .session import grade_item, reviewed
from .settings import EXAM_MARKS, Settings
from .store import CardState, Review, StateChanged, Store
from .wording import answer_text

__all__ = [
    "EXTRA_WEIGHT",
    "Exam",
    "ExamAnswer",
    "ExamResult",
    "SectionScore",
    "draw",
    "mark",
    "save",
]

EXTRA_WEIGHT = 0.25
"""How likely a card tagged extra is drawn, relative to a core card (1.0) of its section."""


def _weight(card: Card) -> float:
    return EXTRA_WEIGHT if card.is_extra else 1.0


def _mixed(cards: list[Card], want: int) -> list[Card]:
    """``want`` cards from ``cards`` (already in weighted random order), types mixed.

    Each pick takes the first remaining card of the type picked least so far, so a section of
    text and date cards does not give only text questions, while the weighted order still
    decides which card of that type.
    """
    remaining = list(cards)
    used: dict[str, int] = {}
    picked: list[Card] = []
    while remaining and len(picked) < want:
        least = min(used.get(card.type, 0) for card in remaining)
        card = next(c for c in remaining if used.get(c.type, 0) == least)
        remaining.remove(card)
        used[card.type] = used.get(card.type, 0) + 1
        picked.append(card)
    return picked


def draw(
    decks: Sequence[Deck],
    *,
    count: int,
    seed: int,
    section: str | None = None,
    include_extra: bool = True,
    exclude: Collection[tuple[str, str]] = (),
) -> list[QueueItem]:
    """Draw up to ``count`` questions (fewer only when the decks have fewer cards).

    Args:
        decks: The decks to draw from (one per deck id).
        count: How many questions.
        seed: Fixes everything random: which cards, their order, each choice card's options.
        section: Only the section with this id.
        include_extra: Draw cards tagged extra at all (at :data:`EXTRA_WEIGHT`).
        exclude: (deck id, card id) never to draw: suspended cards.

    Raises:
        KzjpError: no card to draw (no such section, or everything excluded).
    """
    rng = random.Random(f"exam/{seed}")
    groups: list[tuple[Deck, Section, list[Card]]] = []
    for deck in first_per_id(decks):
        for sec in deck.sections:
            if section is not None and sec.id != section:
                continue
            cards = [
                c
                for c in sec.cards
                if (include_extra or not c.is_extra) and (deck.deck.id, c.id) not in exclude
            ]
            if cards:
                # Efraimidis-Spirakis: sorting by u ** (1 / weight) is a weighted draw without repeats.
                keyed = sorted(cards, key=lambda c: rng.random() ** (1 / _weight(c)), reverse=True)
                groups.append((deck, sec, keyed))
    if not groups:
        if section is not None:
            raise KzjpError(_("no deck being studied has a section {name}").format(name=repr(section)))
        raise KzjpError(_("no cards to draw an exam from"))
    quotas = [0] * len(groups)
    total = min(count, sum(len(cards) for _d, _s, cards in groups))
    turn = list(range(len(groups)))
    rng.shuffle(turn)  # which sections get one more when the questions do not divide evenly
    given = 0
    while given < total:
        for index in turn:
            if given < total and quotas[index] < len(groups[index][2]):
                quotas[index] += 1
                given += 1
    questions = [
        (deck, sec, card)
        for (deck, sec, cards), quota in zip(groups, quotas, strict=True)
        for card in _mixed(cards, quota)
    ]
    rng.shuffle(questions)
    items: list[QueueItem] = []
    for position, (deck, sec, card) in enumerate(questions, start=1):
        item = QueueItem(deck, sec, card, "exam", None)
        if isinstance(card, ChoiceCard):
            order = choice_order(len(card.choices), seed, position, item.key)
            item = QueueItem(deck, sec, card, "exam", None, order)
        items.append(item)
    return items


def mark(percent: float, thresholds: Sequence[int]) -> int:
    """The mark on the 5-point scale: 2, plus one for each threshold (percent for 3, 4, 5) reached."""
    return 2 + sum(1 for threshold in thresholds if percent >= threshold)


@dataclass(frozen=True, slots=True)
class ExamAnswer:
    """One question of a finished exam: what was answered, how it was judged, what was right."""

    position: int
    item: QueueItem
    answer: str | None
    """As recorded (a choice's number becomes its option's text); None if left unanswered."""
    verdict: Verdict
    right: str
    """The right answer as the student reads it (dates written out)."""

    @property
    def explanation(self) -> str | None:
        """The card's explanation, shown with the result."""
        return self.item.card.explain


@dataclass(frozen=True, slots=True)
class SectionScore:
    """The result of one section's questions."""

    deck: Deck
    section: Section
    questions: int
    points: float

    @property
    def percent(self) -> float:
        """Points as a percentage of the questions."""
        return 100 * self.points / self.questions if self.questions else 0.0


@dataclass(frozen=True, slots=True)
class ExamResult:
    """A finished exam: every answer, the score, the mark, the breakdown per section."""

    started: dt.datetime
    finished: dt.datetime
    minutes: int | None
    seed: int
    section: str | None
    timed_out: bool
    answers: list[ExamAnswer]
    percent: float
    """Points (a verdict's score: 1 right, partial credit between) over questions, in percent."""
    mark: int
    sections: list[SectionScore]


@dataclass
class Exam:
    """A running exam: questions, answers so far, where the student is, and the time allowed.

    Args:
        questions: From :func:`draw`.
        started: When it began (UTC).
        minutes: Time allowed (None: untimed).
        seed: The draw's seed, kept with the result.
        section: The section asked for, kept with the result.
    """

    questions: list[QueueItem]
    started: dt.datetime
    minutes: int | None = None
    seed: int = 0
    section: str | None = None
    answers: list[str | None] = field(default_factory=list)
    position: int = 0

    def __post_init__(self) -> None:
        if not self.questions:
            raise ValueError("an exam needs at least one question")  # i18n: not text
        self.answers = [None] * len(self.questions)

    @property
    def current(self) -> QueueItem:
        """The question the student is on."""
        return self.questions[self.position]

    def goto(self, index: int) -> QueueItem:
        """Move to question ``index`` (0-based), clamped to the exam; returns it."""
        self.position = max(0, min(index, len(self.questions) - 1))
        return self.current

    def answer(self, index: int, text: str | None) -> None:
        """Set (or, with None or blanks, clear) the answer to question ``index``; nothing is graded.

        Raises:
            IndexError: no such question.
        """
        if not 0 <= index < len(self.questions):
            raise IndexError(index)
        self.answers[index] = text if text and text.strip() else None

    @property
    def unanswered(self) -> list[int]:
        """Indexes of the questions without an answer."""
        return [i for i, text in enumerate(self.answers) if text is None]

    @property
    def deadline(self) -> dt.datetime | None:
        """When time runs out (None: untimed)."""
        return None if self.minutes is None else self.started + dt.timedelta(minutes=self.minutes)

    def time_left(self, now: dt.datetime) -> dt.timedelta | None:
        """Time until the deadline, never negative (None: untimed)."""
        deadline = self.deadline
        return None if deadline is None else max(dt.timedelta(0), deadline - now)

    def over(self, now: dt.datetime) -> bool:
        """Whether time has run out."""
        deadline = self.deadline
        return deadline is not None and now >= deadline

    def finish(self, now: dt.datetime, *, thresholds: Sequence[int] = EXAM_MARKS) -> ExamResult:
        """Grade every answer and mark the exam; nothing is recorded (see :func:`save`).

        Args:
            now: When it was handed in (or time ran out).
            thresholds: Percent for a 3, a 4 and a 5 (``settings.exam_marks``).
        """
        lexicons: dict[str, frozenset[str]] = {}
        graded: list[ExamAnswer] = []
        for position, (item, text) in enumerate(zip(self.questions, self.answers, strict=True)):
            deck_id = item.deck.deck.id
            if deck_id not in lexicons:
                lexicons[deck_id] = grading.deck_lexicon(item.deck)
            recorded, verdict = grade_item(item, text or "", lexicons[deck_id])
            right = answer_text(item.card, item.deck.deck.language, item.choices)
            graded.append(ExamAnswer(position, item, recorded if text else None, verdict, right))
        by_section: dict[tuple[str, str], SectionScore] = {}
        for answer in graded:
            key = (answer.item.deck.deck.id, answer.item.section.id)
            was = by_section.get(key) or SectionScore(answer.item.deck, answer.item.section, 0, 0.0)
            by_section[key] = SectionScore(
                was.deck, was.section, was.questions + 1, was.points + answer.verdict.score
            )
        points = sum(answer.verdict.score for answer in graded)
        percent = 100 * points / len(graded)
        deadline = self.deadline
        return ExamResult(
            started=self.started,
            finished=now if deadline is None else min(now, deadline),
            minutes=self.minutes,
            seed=self.seed,
            section=self.section,
            timed_out=self.over(now),
            answers=graded,
            percent=percent,
            mark=mark(percent, thresholds),
            sections=list(by_section.values()),
        )


def _reviews(
    result: ExamResult, store: Store, planner: Planner, new_id: Callable[[], str]
) -> list[tuple[Review, CardState | None, CardState]]:
    """Each answer as a review at the hand-in time, rated as the grader suggests."""
    reviews: list[tuple[Review, CardState | None, CardState]] = []
    now = result.finished
    for answer in result.answers:
        previous = store.state(*answer.item.key)
        rating = to_fsrs_rating(answer.verdict.rating)
        review, outcome = reviewed(
            planner, answer.item.key, previous, answer.verdict, answer.answer or "", rating, now, new_id()
        )
        reviews.append((review, previous, outcome.state))
    return reviews


def save(
    result: ExamResult,
    store: Store,
    planner: Planner,
    settings: Settings,
    *,
    new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
) -> int:
    """Keep the result and (unless ``settings.exam_reviews`` is off) record each answer as a review.

    ONE transaction: the exam, its answers and their reviews are kept together or not at all.

    Returns:
        How many answers were recorded as reviews.

    Raises:
        KzjpError: the cards keep changing under the exam (another program studying them).
        StoreError: the database cannot be written.
    """
    row: dict[str, Any] = {
        "id": new_id(),
        "started_at": result.started,
        "finished_at": result.finished,
        "decks": json.dumps(sorted({a.item.deck.deck.id for a in result.answers})),
        "section": result.section,
        "seed": result.seed,
        "questions": len(result.answers),
        "minutes": result.minutes,
        "timed_out": int(result.timed_out),
        "percent": result.percent,
        "mark": result.mark,
    }
    for _attempt in range(10):
        reviews = _reviews(result, store, planner, new_id) if settings.exam_reviews else []
        answers = [
            (
                a.position,
                a.item.deck.deck.id,
                a.item.card.id,
                a.item.section.id,
                a.answer,
                a.verdict.correct,
                a.verdict.score,
                a.verdict.feedback,
                reviews[a.position][0].id if reviews else None,
            )
            for a in result.answers
        ]
        try:
            store.record_exam(row, answers, reviews)
        except StateChanged:
            continue  # a card was answered elsewhere meanwhile: rebuild on its new state
        return len(reviews)
    raise KzjpError(_("the exam's cards keep changing under it; try saving again"))
