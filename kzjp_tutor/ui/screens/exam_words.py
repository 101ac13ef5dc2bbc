"""What a practice exam says, once, for the Exam screen and ``kzjp-tutor exam --plain`` alike.

Why a module without Textual: the line-by-line exam (``commands/exam.py``) prints the same
result as the Exam screen shows, and the commands layer may import the UI layer but must not pay
for importing Textual when it only prints. One home for each sentence, so the two front ends can
never word a mark or a verdict differently.
"""

from __future__ import annotations

import datetime as dt

from ...core.exam import ExamResult, SectionScore
from ...core.grading import Verdict
from ...core.i18n import gettext as _
from ...core.i18n import ngettext
from ...core.queue import QueueItem
from ...core.wording import number, share

__all__ = [
    "clock_text",
    "headline",
    "limit_text",
    "place",
    "recorded_line",
    "section_line",
    "verdict_mark",
]


def verdict_mark(verdict: Verdict) -> str:
    """The verdict as a mark and a word: "✓ correct", "✗ partly correct", "✗ wrong"."""
    if verdict.correct:
        return _("✓ correct")
    return _("✗ partly correct") if verdict.partial else _("✗ wrong")


def place(item: QueueItem) -> str:
    """Where a question comes from: "Deck › Section" (deck text, never translated)."""
    return f"{item.deck.deck.title} › {item.section.title}"


def limit_text(minutes: int | None) -> str:
    """The time allowed: "30 min" or "no time limit"."""
    return _("no time limit") if minutes is None else _("{minutes} min").format(minutes=minutes)


def clock_text(left: dt.timedelta) -> str:
    """Time left as a countdown, "12:05" (minutes:seconds), hours folded into the minutes."""
    seconds = max(0, int(left.total_seconds()))
    return f"{seconds // 60}:{seconds % 60:02d}"


def headline(result: ExamResult) -> str:
    """The score and the mark: "Result: 7.5 of 10 (75%), mark 4"."""
    points = sum(answer.verdict.score for answer in result.answers)
    return _("Result: {points} of {total} ({percent}), mark {mark}").format(
        points=number(points, 1),
        total=len(result.answers),
        percent=share(result.percent / 100),
        mark=result.mark,
    )


def section_line(score: SectionScore) -> str:
    """One line of the breakdown per section."""
    return _("  {place}: {points} of {total} ({percent})").format(
        place=f"{score.deck.deck.title} › {score.section.title}",
        points=number(score.points, 1),
        total=score.questions,
        percent=share(score.percent / 100),
    )


def recorded_line(counted: int) -> str:
    """What the exam left in the schedule: its answers as reviews, or why not."""
    if not counted:
        return _("Answers not recorded as reviews (the exam_reviews setting is off).")
    return ngettext(
        "{count} answer recorded as a review: failed questions come back soon.",
        "{count} answers recorded as reviews: failed questions come back soon.",
        counted,
    ).format(count=counted)
