"""A student's events as a progress export, so the class report reads live data unchanged.

Why through the export: the class report (:mod:`kzjp_tutor.core.report`) is built from
exports, and one report is what the instructor should see whether the data came by e-mail or
from the server. The server keeps events; this module turns one student's events into the
export that student's device would have written: undone reviews dropped, each card replayed
(:mod:`.replay`, resets and showings included) for its state and every review's state
before it, with the student's flags and practice exam results.

Why three steps (:func:`gather`, :func:`replay_cards`, :func:`assemble`) and not one: replaying
is most of the work, and the class server keeps each card's replay (a :class:`CardReplay`)
from one push to the next, replaying only the cards a push touched, so its report assembles
exports from kept replays instead of replaying the whole class. Both paths call the same three
functions, so the report cannot tell them apart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from ..export import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    ExportCard,
    ExportExam,
    ExportFlag,
    ExportReview,
    ProgressExport,
    export_card,
)
from ..scheduling import Planner
from .events import ExamEvent, StepEvent, UndoEvent
from .replay import Answer, Step, replay_card

__all__ = ["Answered", "CardReplay", "Gathered", "assemble", "export_from_events", "gather", "replay_cards"]

Key = tuple[str, str]
"""(deck, card)."""


class Answered(Protocol):
    """What the export needs of one answer.

    A :class:`~.events.ReviewEvent` is one. Why not only that: the class server reads a whole
    class's answers for each report, and building 30,000 validated events only to read their
    fields back cost it more than the report itself; it reads its rows as plain records with
    these fields instead (:mod:`kzjp_tutor.server.rows`).
    """

    @property
    def kind(self) -> Literal["review"]: ...
    @property
    def id(self) -> str: ...
    @property
    def time(self) -> dt.datetime: ...
    @property
    def deck(self) -> str: ...
    @property
    def card(self) -> str: ...
    @property
    def answer(self) -> str: ...
    @property
    def correct(self) -> bool: ...
    @property
    def score(self) -> float: ...
    @property
    def suggested(self) -> Literal["again", "hard", "good", "easy"]: ...
    @property
    def rating(self) -> int: ...
    @property
    def duration_ms(self) -> int | None: ...
    @property
    def order(self) -> tuple[str, str]:
        """Time order, ties by id (:attr:`~.events.ReviewEvent.order`)."""
        ...


Event = Answered | UndoEvent | StepEvent | ExamEvent
"""What :func:`gather` sorts (a :class:`~.events.ReviewEvent` is an :class:`Answered`)."""


@dataclass(slots=True)
class Gathered:
    """One student's events sorted into what the export holds, undone ones dropped."""

    answers: defaultdict[Key, list[Answered]] = field(default_factory=lambda: defaultdict(list))
    steps: defaultdict[Key, list[StepEvent]] = field(default_factory=lambda: defaultdict(list))
    flags: list[StepEvent] = field(default_factory=list)
    exams: list[ExamEvent] = field(default_factory=list)

    @property
    def cards(self) -> list[Key]:
        """Every card with an answer or a step, sorted."""
        return sorted({*self.answers, *self.steps})


@dataclass(frozen=True, slots=True)
class CardReplay:
    """What the export needs of one replayed card."""

    card: ExportCard | None
    """Its state; None when its last schedule step was a reset (the export lists no state)."""
    before: dict[str, int]
    """Each answer's id and the card's py-fsrs state before it (0: new)."""


def gather(events: Iterable[Event]) -> Gathered:
    """Sort a student's events (any order) for the export; an undo drops the event it names."""
    kept: dict[str, Answered | StepEvent | ExamEvent] = {}
    undone: set[str] = set()
    for event in events:
        if isinstance(event, UndoEvent):
            undone.add(event.review)
        else:
            kept[event.id] = event
    gathered = Gathered()
    for event_id, event in kept.items():
        if event_id in undone:
            continue
        if isinstance(event, StepEvent):
            gathered.steps[(event.deck, event.card)].append(event)
            if event.step == "flag":
                gathered.flags.append(event)
        elif isinstance(event, ExamEvent):
            gathered.exams.append(event)
        else:
            gathered.answers[(event.deck, event.card)].append(event)
    return gathered


def replay_cards(
    gathered: Gathered, planner: Planner, keys: Collection[Key] | None = None
) -> dict[Key, CardReplay]:
    """Replay the gathered cards (only ``keys`` when given; a key without events is left out).

    Args:
        gathered: From :func:`gather`.
        planner: From :func:`~.replay.replay_planner`, with the student's settings.
        keys: The cards to replay; None for every card.
    """
    replays: dict[Key, CardReplay] = {}
    for deck, card in gathered.cards if keys is None else sorted(keys):
        answers = gathered.answers.get((deck, card), [])
        replayed = replay_card(
            planner,
            deck,
            card,
            (Answer(a.id, a.time, a.rating, a.duration_ms) for a in answers),
            (Step(s.id, s.time, s.step) for s in gathered.steps.get((deck, card), [])),
        )
        if replayed is None:
            continue
        replays[(deck, card)] = CardReplay(
            card=export_card(replayed.state) if replayed.state is not None else None,
            before={
                review: int(state.state) if state is not None else 0 for review, state in replayed.before
            },
        )
    return replays


def assemble(
    gathered: Gathered,
    replays: Mapping[Key, CardReplay],
    now: dt.datetime,
    *,
    student: str | None,
    student_id: str | None,
    exam_date: dt.date | None = None,
) -> ProgressExport:
    """The export from gathered events and their cards' replays (every gathered card's).

    Args:
        gathered: From :func:`gather`.
        replays: From :func:`replay_cards` over the same events (or kept from an earlier call
            over them: the class server's).
        now: The export time (UTC).
        student: Their name on the report.
        student_id: Their public id (32 hex), so the report counts them once.
        exam_date: Their exam date, for the recall forecast.
    """
    cards: list[ExportCard] = []
    log: list[tuple[tuple[str, str], ExportReview]] = []
    for key in gathered.cards:
        replay = replays.get(key)
        if replay is None:
            continue
        if replay.card is not None:
            cards.append(replay.card)
        deck, card = key
        for answer in gathered.answers.get(key, []):
            log.append(
                (
                    answer.order,
                    ExportReview(
                        time=answer.time,
                        deck=deck,
                        card=card,
                        answer=answer.answer,
                        correct=answer.correct,
                        score=answer.score,
                        suggested=answer.suggested,
                        rating=answer.rating,
                        duration_ms=answer.duration_ms,
                        state_before=replay.before[answer.id],
                    ),
                )
            )
    log.sort(key=lambda pair: pair[0])
    flags = sorted(gathered.flags, key=lambda flag: flag.order)
    exams = sorted(gathered.exams, key=lambda exam: (exam.finished, exam.id))
    return ProgressExport(
        format=EXPORT_FORMAT,
        version=EXPORT_VERSION,
        exported_at=now.astimezone(dt.UTC),
        student=student,
        student_id=student_id,
        exam_date=exam_date,
        decks=sorted({deck for deck, _card in gathered.answers} | {c.deck for c in cards}),
        cards=cards,
        reviews=[review for _order, review in log],
        flags=[ExportFlag(time=f.time, deck=f.deck, card=f.card, comment=f.comment) for f in flags],
        exams=[
            ExportExam(
                finished=e.finished,
                decks=e.decks,
                section=e.section,
                questions=e.questions,
                percent=e.percent,
                mark=e.mark,
                timed_out=e.timed_out,
            )
            for e in exams
        ],
    )


def export_from_events(
    events: Iterable[Event],
    planner: Planner,
    now: dt.datetime,
    *,
    student: str | None,
    student_id: str | None,
    exam_date: dt.date | None = None,
) -> ProgressExport:
    """The export one student's device would write, rebuilt from their events (any order),
    every card replayed with ``planner`` (from :func:`~.replay.replay_planner`); the other
    arguments as :func:`assemble`'s."""
    gathered = gather(events)
    return assemble(
        gathered,
        replay_cards(gathered, planner),
        now,
        student=student,
        student_id=student_id,
        exam_date=exam_date,
    )
