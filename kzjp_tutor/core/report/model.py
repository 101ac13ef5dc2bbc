"""What the class item analysis finds: plain frozen records, one per table of the report.

Small classes make every percentage fragile, so every figure is a :class:`Figure` carrying the
number of students and of answers it rests on; a 100 % failure rate from one answer must look
different from one resting on forty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..export import Skipped

__all__ = [
    "AliasSuggestion",
    "CardRow",
    "Confusion",
    "Figure",
    "Report",
    "SectionRow",
    "StudentRow",
    "WrongAnswer",
]


@dataclass(frozen=True, slots=True)
class Figure:
    """A number together with how much data it rests on."""

    value: float | None
    """None when there is nothing to compute it from."""
    students: int
    answers: int

    def percent(self) -> str:
        """The value as a whole percentage, or "—"."""
        return "—" if self.value is None else f"{100 * self.value:.0f}%"

    def basis(self) -> str:
        """How many students and answers, e.g. "12 st · 30 ans"."""
        return f"{self.students} st · {self.answers} ans"


@dataclass(frozen=True, slots=True)
class WrongAnswer:
    """A group of wrong answers that normalise to the same text."""

    text: str
    """The most common spelling in the group."""
    normalized: str
    answers: int
    students: int


@dataclass(frozen=True, slots=True)
class AliasSuggestion:
    """Answers students repeatedly claimed were right, as an ``accept`` line for the card."""

    deck_id: str
    card_id: str
    entries: tuple[str, ...]
    """The new forms to accept."""
    line: str
    """``accept = [...]``: the card's existing accept list plus the new forms, ready to paste."""
    students: int
    answers: int


@dataclass(frozen=True, slots=True)
class CardRow:
    """The class's figures for one card."""

    deck_id: str
    card_id: str
    section_id: str | None
    prompt: str | None
    """From the loaded deck; None when the deck is not loaded."""
    seen: Figure
    """``value`` is the share of the class (students with the deck) who studied the card."""
    first_try_failure: Figure
    recall: Figure
    overrides: Figure
    """Share of Again suggestions the students overrode with Good/Easy."""
    leeches: int
    wrong_answers: tuple[WrongAnswer, ...]


@dataclass(frozen=True, slots=True)
class SectionRow:
    """Mastery of one section across the class."""

    deck_id: str
    section_id: str
    title: str
    cards: int
    mastery: Figure
    coverage: Figure
    """Share of (student, card) pairs studied at all."""


@dataclass(frozen=True, slots=True)
class StudentRow:
    """One student's readiness."""

    label: str
    cards_seen: int
    answers: int
    retention: Figure
    leeches: int
    exam_date: dt.date | None
    exam_recall: Figure | None


@dataclass(frozen=True, slots=True)
class Confusion:
    """Students answering card ``card_id`` with what card ``other_id`` asks for."""

    deck_id: str
    card_id: str
    other_id: str
    example: str
    students: int
    answers: int


@dataclass(frozen=True, slots=True)
class Report:
    """The whole item analysis."""

    generated_at: dt.datetime
    deck_id: str | None
    students: int
    answers: int
    cards: list[CardRow]
    """Hardest first: highest first-try failure, then lowest predicted recall."""
    sections: list[SectionRow]
    student_rows: list[StudentRow]
    aliases: list[AliasSuggestion]
    confusions: list[Confusion]
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Things the instructor should know about the figures (e.g. decks not loaded)."""
    missing_decks: list[str] = field(default_factory=list)
    """Deck ids with answers in the exports but no deck file loaded (a front end may say how to
    load them)."""
