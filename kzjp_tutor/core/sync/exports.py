"""A student's events as a progress export, so the class report reads live data unchanged.

Why through the export: the class report (:mod:`kzjp_tutor.core.report`) is built from
exports, and one report is what the instructor should see whether the data came by e-mail or
from the server. The server keeps events; this module turns one student's events into the
export that student's device would have written: undone reviews dropped, each card replayed
(:mod:`.replay`) for its state and every review's state before it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from ..export import EXPORT_FORMAT, EXPORT_VERSION, ExportReview, ProgressExport, export_card
from ..scheduling import Planner
from .events import ReviewEvent, UndoEvent
from .replay import Answer, replay_card

__all__ = ["export_from_events"]


def export_from_events(
    events: Iterable[ReviewEvent | UndoEvent],
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
    reviews: dict[str, ReviewEvent] = {}
    undone: set[str] = set()
    for event in events:
        if isinstance(event, ReviewEvent):
            reviews[event.id] = event
        else:
            undone.add(event.review)
    by_card: defaultdict[tuple[str, str], list[ReviewEvent]] = defaultdict(list)
    for review in reviews.values():
        if review.id not in undone:
            by_card[(review.deck, review.card)].append(review)
    cards = []
    log: list[tuple[tuple[str, str], ExportReview]] = []
    for (deck, card), answers in sorted(by_card.items()):
        replayed = replay_card(
            planner, deck, card, (Answer(a.id, a.time, a.rating, a.duration_ms) for a in answers)
        )
        if replayed is None:
            continue
        cards.append(export_card(replayed.state))
        before = dict(replayed.before)
        for answer in answers:
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
    return ProgressExport(
        format=EXPORT_FORMAT,
        version=EXPORT_VERSION,
        exported_at=now.astimezone(dt.UTC),
        student=student,
        student_id=student_id,
        exam_date=exam_date,
        decks=sorted({deck for deck, _card in by_card}),
        cards=cards,
        reviews=[review for _order, review in log],
    )
