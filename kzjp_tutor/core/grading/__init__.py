"""Grading free answers (placeholder: exact comparison until the real grader lands)."""

from __future__ import annotations

from ..deck import Card
from .verdict import DiffOp, SuggestedRating, Verdict

__all__ = ["DiffOp", "SuggestedRating", "Verdict", "grade"]


def grade(card: Card, answer: str, language: str = "ru") -> Verdict:
    """Grade ``answer`` to ``card``."""
    expected = str(card.answer)
    ok = answer.strip().casefold() == expected.casefold()
    return Verdict(ok, 1.0 if ok else 0.0, SuggestedRating.GOOD if ok else SuggestedRating.AGAIN, "", expected)
