"""The grader's answer: what a fair teacher would say about one typed answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["DiffOp", "SuggestedRating", "Verdict"]


class SuggestedRating(StrEnum):
    """The FSRS rating the verdict suggests; "easy" is only ever the student's own choice."""

    AGAIN = "again"
    HARD = "hard"
    GOOD = "good"
    EASY = "easy"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One run of the character diff between the student's answer and the nearest accepted form.

    ``kind`` is "equal", "insert" (missing from the answer), "delete" (extra in the answer) or
    "replace"; ``answer`` and ``expected`` are the two sides' text for the run.
    """

    kind: str
    answer: str
    expected: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The grade of one answer.

    ``correct`` decides; ``score`` (0..1) is partial credit for lists and reports; ``rating`` is
    the suggestion the student may override; ``feedback`` is one sentence for the student;
    ``nearest`` and ``diff`` let the UI highlight what differed.
    """

    correct: bool
    score: float
    rating: SuggestedRating
    feedback: str
    nearest: str | None = None
    diff: tuple[DiffOp, ...] = field(default_factory=tuple)
    partial: bool = False
    """Partly correct: some list items right, or the year right but not the day."""
    unreadable: bool = False
    """Nothing the card asks for could be read (no date in a date card's answer, no number in a
    number card's): not a wrong answer. Nothing is recorded and the card stays; ``feedback`` says
    which forms are understood."""

    @classmethod
    def right(
        cls,
        feedback: str,
        nearest: str | None,
        *,
        rating: SuggestedRating = SuggestedRating.GOOD,
        diff: tuple[DiffOp, ...] = (),
    ) -> Verdict:
        """An accepted answer: full score, Good unless a typo makes it Hard."""
        return cls(True, 1.0, rating, feedback, nearest, diff)

    @classmethod
    def wrong(
        cls,
        feedback: str,
        nearest: str | None,
        *,
        score: float = 0.0,
        diff: tuple[DiffOp, ...] = (),
        partial: bool = False,
    ) -> Verdict:
        """A refused answer: always Again; ``score`` is partial credit for reports only."""
        return cls(False, score, SuggestedRating.AGAIN, feedback, nearest, diff, partial)

    @classmethod
    def unread(cls, feedback: str, nearest: str | None) -> Verdict:
        """An answer the grader could not read for this card: neither right nor wrong."""
        return cls(False, 0.0, SuggestedRating.AGAIN, feedback, nearest, unreadable=True)
