"""Sync events: what a device sends to the class server and gets back from it.

Why events and not card states: two devices of one student study offline and then meet. A card's
state is a function of its answers, so the answers are what travel; each is an immutable event
with the review id the store made (uuid4 hex), which makes a push idempotent (the server keeps
one row per student and id) and lets every device rebuild the same state by replaying
(:mod:`.replay`). Undo on one device is an event too: it names the review (or card step) it
takes back. Card steps that are not answers — shown, suspend/unsuspend, flag, reset — travel as
:class:`StepEvent` (replay needs shown and reset; the instructor needs flags), and a finished
practice exam as :class:`ExamEvent` (its answers that count as reviews travel as reviews too).
The student's scheduling settings travel as :class:`SettingsEvent` (why: :mod:`.schedule`); they
are not in :data:`Event`, the answers' stream, but go through their own route, so a server or
device that predates them never meets one.

Everything here is also what the server validates. A payload comes from the network, so the
models are strict (``extra="forbid"``), ids are the deck format's ids, answers are capped at the
store's own cap, and nothing a device sends names another student: the server decides whose
events they are from the key alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, field_validator

from ..deck import Id
from ..review_fields import FsrsRating, Mark, Percent, Score, Suggested
from ..store.records import MAX_COMMENT, MAX_STORED_ANSWER, Review, format_ts
from .schedule import SCHEDULING_SETTINGS, checked_values

if TYPE_CHECKING:  # the store calls this module, so it imports nothing of the store's at run time
    from ..store.events import CardEvent

__all__ = [
    "EVENT_ID_PATTERN",
    "MAX_DURATION_MS",
    "MAX_EXAM_QUESTIONS",
    "AnyEvent",
    "Event",
    "EventId",
    "ExamAnswerItem",
    "ExamEvent",
    "ReviewEvent",
    "SettingsEvent",
    "StepEvent",
    "UndoEvent",
    "exam_event",
    "review_event",
    "settings_event",
    "step_event",
    "step_event_of",
    "undo_event",
    "undo_event_id",
]

EVENT_ID_PATTERN = r"^[0-9a-f]{32}$"
"""An event id: 32 lowercase hex digits, as the store's review ids (``uuid4().hex``)."""
MAX_DURATION_MS = 24 * 3600 * 1000
"""A longer answer time is a broken clock, not an answer."""
MAX_EXAM_QUESTIONS = 200
"""Most questions one practice exam event may carry (the exam command asks for far fewer)."""

EventId = Annotated[str, StringConstraints(pattern=EVENT_ID_PATTERN)]
Answer = Annotated[str, StringConstraints(max_length=MAX_STORED_ANSWER)]


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReviewEvent(_Event):
    """One recorded answer, as the store's review log holds it (no feedback text, no path)."""

    kind: Literal["review"] = "review"
    id: EventId
    """The review id; the same on every device and on the server."""
    time: AwareDatetime
    deck: Id
    card: Id
    answer: Answer
    correct: bool
    score: Score
    suggested: Suggested
    rating: FsrsRating
    duration_ms: Annotated[int, Field(ge=0, le=MAX_DURATION_MS)] | None = None

    @property
    def order(self) -> tuple[str, str]:
        """The replay order: time, then id (two answers in one microsecond still have one order)."""
        return (format_ts(self.time), self.id)


class UndoEvent(_Event):
    """An answer or card step taken back on some device; every device and the server drop it."""

    kind: Literal["undo"] = "undo"
    id: EventId
    review: EventId
    """The id of the review (or :class:`StepEvent`) taken back; the name is from the first version."""


class StepEvent(_Event):
    """A card step that is not an answer, as the store's ``card_event`` log holds it."""

    kind: Literal["step"] = "step"
    id: EventId
    time: AwareDatetime
    deck: Id
    card: Id
    step: Literal["shown", "suspend", "unsuspend", "flag", "reset"]
    comment: Annotated[str, StringConstraints(max_length=MAX_COMMENT)] | None = None
    """The student's words with a flag (None otherwise)."""

    @property
    def order(self) -> tuple[str, str]:
        """The replay order, the same rule as answers'."""
        return (format_ts(self.time), self.id)


class ExamAnswerItem(_Event):
    """One question of a practice exam: the card, what was typed and the verdict (no feedback text)."""

    position: Annotated[int, Field(ge=0, lt=MAX_EXAM_QUESTIONS)]
    deck: Id
    card: Id
    section: Id
    answer: Answer | None = None
    correct: bool
    score: Score
    review: EventId | None = None
    """The review this answer was recorded as (None when exam answers do not count as reviews)."""


class ExamEvent(_Event):
    """A finished practice exam: its score, its mark and every question's verdict."""

    kind: Literal["exam"] = "exam"
    id: EventId
    started: AwareDatetime
    finished: AwareDatetime
    decks: Annotated[list[Id], Field(max_length=64)]
    section: Id | None = None
    seed: int
    questions: Annotated[int, Field(ge=0, le=MAX_EXAM_QUESTIONS)]
    minutes: Annotated[int, Field(ge=0, le=24 * 60)] | None = None
    timed_out: bool
    percent: Percent
    mark: Mark
    answers: Annotated[list[ExamAnswerItem], Field(max_length=MAX_EXAM_QUESTIONS)]


class SettingsEvent(_Event):
    """Some of the student's scheduling settings as set on one device at ``time`` (:mod:`.schedule`).

    ``values`` holds only the settings this change set (the first event of a student holds them
    all), in the settings file's own terms, checked by :class:`~kzjp_tutor.core.settings.Settings`
    itself: a payload out of Settings' bounds, or naming any other setting, is refused.
    """

    kind: Literal["settings"] = "settings"
    id: EventId
    time: AwareDatetime
    values: Annotated[dict[str, Any], Field(min_length=1, max_length=len(SCHEDULING_SETTINGS))]

    @field_validator("values")
    @classmethod
    def _scheduling_only(cls, values: dict[str, Any]) -> dict[str, Any]:
        return checked_values(values)

    @property
    def order(self) -> tuple[str, str]:
        """Latest wins in this order: the same rule as answers'."""
        return (format_ts(self.time), self.id)


Event = Annotated[ReviewEvent | UndoEvent | StepEvent | ExamEvent, Field(discriminator="kind")]
"""Any kind, told apart by ``kind``."""
AnyEvent = ReviewEvent | UndoEvent | StepEvent | ExamEvent
"""The same union without the discriminator, for annotations."""


def review_event(review: Review) -> ReviewEvent:
    """The event for a review being written to (or read from) the store, NOT validated here.

    The store calls this inside the answer's transaction, and an answer must never fail to be
    recorded because of sync; an event the server would refuse (an id written by hand, say) is
    left out when the outbox is read (:func:`~.outbox.outbox_batch`).
    """
    return ReviewEvent.model_construct(
        kind="review",
        id=review.id,
        time=review.reviewed_at.astimezone(dt.UTC),
        deck=review.deck_id,
        card=review.card_id,
        answer=review.answer[:MAX_STORED_ANSWER],
        correct=review.correct,
        score=min(1.0, max(0.0, float(review.score))),
        suggested=review.suggested,  # type: ignore[arg-type]  # checked when the outbox is read
        rating=review.rating,
        duration_ms=min(review.duration_ms, MAX_DURATION_MS) if review.duration_ms is not None else None,
    )


def undo_event_id(review_id: str) -> str:
    """The id of the undo of ``review_id``: derived, so two devices undoing it send one event.

    A review can be taken back only once, so its undo needs no randomness of its own.
    """
    return hashlib.blake2b(f"undo\x1f{review_id}".encode(), digest_size=16).hexdigest()


def undo_event(review_id: str) -> UndoEvent:
    """The event that takes back ``review_id`` (not validated: see :func:`review_event`)."""
    return UndoEvent.model_construct(kind="undo", id=undo_event_id(review_id), review=review_id)


def settings_event(time: dt.datetime, values: dict[str, Any]) -> SettingsEvent:
    """The event for settings changed on this device, validated (a device never sends what the
    server would refuse).

    Its id is derived from its time and values, so it needs no randomness: two devices can only
    make the same id by setting the same values in the same microsecond, which is one change.
    """
    when = time.astimezone(dt.UTC)
    canonical = json.dumps(values, sort_keys=True, separators=(",", ":"))
    event_id = hashlib.blake2b(f"settings\x1f{format_ts(when)}\x1f{canonical}".encode(), digest_size=16)
    return SettingsEvent(id=event_id.hexdigest(), time=when, values=values)


def step_event(event: CardEvent) -> StepEvent:
    """The event for a card step being written to the store (not validated: see :func:`review_event`)."""
    return step_event_of(event.id, event.deck_id, event.card_id, event.kind, event.at, event.comment)


def step_event_of(
    event_id: str, deck: str, card: str, kind: str, at: dt.datetime, comment: str | None
) -> StepEvent:
    """The same from a ``card_event`` row's values (refilling the outbox reads rows, not events)."""
    return StepEvent.model_construct(
        kind="step",
        id=event_id,
        time=at.astimezone(dt.UTC),
        deck=deck,
        card=card,
        step=kind,  # type: ignore[arg-type]  # checked when the outbox is read
        comment=comment[:MAX_COMMENT] if comment else None,
    )


def exam_event(exam: dict[str, Any], answers: list[tuple[Any, ...]]) -> ExamEvent:
    """The event for a practice exam being kept (the store's ``exam`` row and ``exam_answer`` rows).

    Not validated here (see :func:`review_event`); the feedback text stays on the device.
    """
    decks = exam["decks"]
    return ExamEvent.model_construct(
        kind="exam",
        id=exam["id"],
        started=exam["started_at"].astimezone(dt.UTC),
        finished=exam["finished_at"].astimezone(dt.UTC),
        decks=json.loads(decks) if isinstance(decks, str) else list(decks),
        section=exam.get("section"),
        seed=int(exam["seed"]),
        questions=int(exam["questions"]),
        minutes=exam.get("minutes"),
        timed_out=bool(exam["timed_out"]),
        percent=float(exam["percent"]),
        mark=int(exam["mark"]),
        answers=[
            ExamAnswerItem.model_construct(
                position=position,
                deck=deck,
                card=card,
                section=section,
                answer=None if answer is None else str(answer)[:MAX_STORED_ANSWER],
                correct=bool(correct),
                score=min(1.0, max(0.0, float(score))),
                review=review,
            )
            for position, deck, card, section, answer, correct, score, _feedback, review in answers
        ],
    )
