"""A student's events as a progress export, so the class report reads live data unchanged.

Why through the export: the class report (:mod:`kzjp_tutor.core.report`) is built from
exports, and one report is what the instructor should see whether the data came by e-mail or
from the server. The server keeps events; this module turns one student's events into the
export that student's device would have written: undone reviews dropped, each card replayed
(:mod:`.replay`, resets and showings included) for its state and every review's state
before it, with the student's flags and practice exam results.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from ..export import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    ExportExam,
    ExportFlag,
    ExportReview,
    ProgressExport,
    export_card,
)
from ..scheduling import Planner
from .events import AnyEvent, ExamEvent, ReviewEvent, StepEvent
from .replay import Answer, Step, replay_card

__all__ = ["export_from_events"]

Key = tuple[str, str]


def export_from_events(
    events: Iterable[AnyEvent],
    planner: Planner,
    now: dt.datetime,
    *,
    student: str | None,
    student_id: str | None,
    exam_date: dt.date | None = None,
) -> ProgressExport:
    """The export one student's device would write, rebuilt from their events.

    Args:
        events: The student's events, any order.
        planner: From :func:`~.replay.replay_planner`.
        now: The export time (UTC).
        student: Their name on the report.
        student_id: Their public id (32 hex), so the report counts them once.
        exam_date: Their exam date, for the recall forecast.
    """
    kept: dict[str, AnyEvent] = {}
    undone: set[str] = set()
    for event in events:
        if event.kind == "undo":
            undone.add(event.review)
        else:
            kept[event.id] = event
    answers: defaultdict[Key, list[ReviewEvent]] = defaultdict(list)
    steps: defaultdict[Key, list[StepEvent]] = defaultdict(list)
    flags: list[StepEvent] = []
    exams: list[ExamEvent] = []
    for event_id, event in kept.items():
        if event_id in undone:
            continue
        if isinstance(event, ReviewEvent):
            answers[(event.deck, event.card)].append(event)
        elif isinstance(event, StepEvent):
            steps[(event.deck, event.card)].append(event)
            if event.step == "flag":
                flags.append(event)
        elif isinstance(event, ExamEvent):
            exams.append(event)
    cards = []
    log: list[tuple[tuple[str, str], ExportReview]] = []
    for deck, card in sorted({*answers, *steps}):
        replayed = replay_card(
            planner,
            deck,
            card,
            (Answer(a.id, a.time, a.rating, a.duration_ms) for a in answers[(deck, card)]),
            (Step(s.id, s.time, s.step) for s in steps[(deck, card)]),
        )
        if replayed is None:
            continue
        if replayed.state is not None:
            cards.append(export_card(replayed.state))
        before = dict(replayed.before)
        for answer in answers[(deck, card)]:
            state = before[answer.id]
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
                        state_before=int(state.state) if state is not None else 0,
                    ),
                )
            )
    log.sort(key=lambda pair: pair[0])
    flags.sort(key=lambda flag: flag.order)
    exams.sort(key=lambda exam: (exam.finished, exam.id))
    return ProgressExport(
        format=EXPORT_FORMAT,
        version=EXPORT_VERSION,
        exported_at=now.astimezone(dt.UTC),
        student=student,
        student_id=student_id,
        exam_date=exam_date,
        decks=sorted({deck for deck, _card in answers} | {c.deck for c in cards}),
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
