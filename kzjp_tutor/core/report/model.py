"""What the class item analysis finds: plain frozen records, one per table of the report.

Small classes make every percentage fragile, so every figure is a :class:`Figure` carrying the
number of students and of answers it rests on; a 100 % failure rate from one answer must look
different from one resting on forty, and a card answered by fewer than
:data:`MIN_RANKED_STUDENTS` students is not ranked among the hardest at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..export import Skipped
from ..i18n import N_, ngettext
from ..i18n import gettext as _
from ..wording import share

__all__ = [
    "MIN_RANKED_STUDENTS",
    "OVERRIDES_NOTE",
    "AliasSuggestion",
    "CardRow",
    "Confusion",
    "ExamScore",
    "Figure",
    "FlagComment",
    "FlaggedCard",
    "Report",
    "SectionRow",
    "StudentRow",
    "WrongAnswer",
]

MIN_RANKED_STUDENTS = 3
"""A card answered by fewer students is listed apart, not ranked: one student's slip is not a
hard card."""

OVERRIDES_NOTE = N_(
    "“I was right”: share of the answers the grader called wrong that the student accepted; “I was "
    "wrong”: share of those it accepted that the student failed. A high rate means a strict grader "
    "or a student gaming it."
)
"""What the two override rates of a student mean (every front end shows it with them)."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A number together with how much data it rests on."""

    value: float | None
    """None when there is nothing to compute it from."""
    students: int
    answers: int

    def percent(self) -> str:
        """The value as a whole percentage in the interface's language, or "—"."""
        return "—" if self.value is None else share(self.value)

    def basis(self) -> str:
        """How many students and answers, e.g. "12 st · 30 ans"."""
        return _("{students} st · {answers} ans").format(students=self.students, answers=self.answers)

    def shown(self) -> str:
        """The value and its basis on one line: "67% (3 st · 3 ans)"."""
        return _("{value} ({basis})").format(value=self.percent(), basis=self.basis())


@dataclass(frozen=True, slots=True)
class WrongAnswer:
    """A group of wrong answers that are one value: the same normalised text, or for a date or
    number card the same date or number however it was written."""

    text: str
    """The most common spelling in the group."""
    normalized: str
    """The group's key: normalised text, or ``date:…`` / ``number:…`` for a parsed value."""
    answers: int
    students: int
    forms: tuple[str, ...] = ()
    """Every spelling typed, most common first (``text`` is the first)."""


@dataclass(frozen=True, slots=True)
class AliasSuggestion:
    """Answers students repeatedly claimed were right, as an ``accept`` line for the card."""

    deck_id: str
    """The deck FILE to paste into: with merged language versions, the version the claims were
    typed in (an English answer is no alias for the Russian card)."""
    card_id: str
    entries: tuple[str, ...]
    """The new forms to accept."""
    line: str
    """``accept = [...]``: the card's existing accept list plus the new forms, ready to paste."""
    students: int
    answers: int


@dataclass(frozen=True, slots=True)
class CardRow:
    """The class's figures for one card (one fact: its language versions merged unless asked)."""

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
    ranked: bool = True
    """False when fewer than :data:`MIN_RANKED_STUDENTS` students answered it: listed apart."""
    versions: tuple[str, ...] = ()
    """The deck ids whose answers this row holds (a deck and its other-language twin)."""


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
class ExamScore:
    """One practice exam's result, as a student's row shows their latest."""

    finished: dt.datetime
    percent: float
    mark: int
    """2–5 on the course's scale."""
    questions: int


@dataclass(frozen=True, slots=True)
class FlagComment:
    """One student's report that a card is wrong."""

    student: str
    """The student's label on the report."""
    time: dt.datetime
    comment: str | None
    """Their words (None when they flagged without a comment)."""


@dataclass(frozen=True, slots=True)
class FlaggedCard:
    """A card students reported as wrong, with every comment: the instructor checks the card."""

    deck_id: str
    """The deck the row is counted under (a deck and its other-language twin are one row)."""
    card_id: str
    prompt: str | None
    """From the loaded deck; None when the deck is not loaded."""
    students: int
    """How many students flagged it."""
    comments: tuple[FlagComment, ...]
    """Every flag, oldest first."""
    versions: tuple[str, ...] = ()
    """The deck ids the flags were made in (the deck file to fix)."""


@dataclass(frozen=True, slots=True)
class StudentRow:
    """One student's readiness, and how often they overrode the grader."""

    label: str
    cards_seen: int
    answers: int
    retention: Figure
    leeches: int
    exam_date: dt.date | None
    exam_recall: Figure | None
    right_claims: Figure = Figure(None, 1, 0)
    """"I was right": share of the answers the grader called wrong that the student rated
    Good/Easy. A high rate flags a strict grader or a student gaming it."""
    wrong_claims: Figure = Figure(None, 1, 0)
    """"I was wrong": share of the answers the grader accepted that the student rated Again."""
    student_id: str | None = None
    """The profile's id from the exports (None for exports written before ids existed)."""
    exams: int = 0
    """Practice exams taken (exports before version 2 have none)."""
    last_exam: ExamScore | None = None
    """The latest practice exam's result."""

    def exams_shown(self) -> str:
        """The practice exams in one cell: the latest mark and score, then how many ("—" if none).

        Every front end (terminal, HTML, the Instructor screen) shows this same text.
        """
        if self.last_exam is None:
            return "—"
        taken = ngettext("{count} exam", "{count} exams", self.exams).format(count=self.exams)
        return _("mark {mark} ({percent}) · {taken}").format(
            mark=self.last_exam.mark, percent=share(self.last_exam.percent / 100), taken=taken
        )


@dataclass(frozen=True, slots=True)
class Confusion:
    """Students answering card ``card_id`` with what card ``other_id`` asks for.

    Counted only for students who had studied ``other_id`` before they gave the answer: a wrong
    year that merely equals another card's year, from students who never saw that card, is not
    a confusion."""

    deck_id: str
    card_id: str
    other_id: str
    example: str
    students: int
    answers: int
    prompt: str | None = None
    other_prompt: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """The whole item analysis."""

    generated_at: dt.datetime
    deck_id: str | None
    students: int
    answers: int
    cards: list[CardRow]
    """Ranked cards hardest first (highest first-try failure, then lowest predicted recall),
    then the cards too few students answered (:attr:`CardRow.ranked` False), most answered first."""
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
    by_language: bool = False
    """True when each language version of a deck has its own rows (``--by-language``)."""
    flagged: list[FlaggedCard] = field(default_factory=list)
    """Cards students flagged as wrong, most students first."""

    @property
    def hardest(self) -> list[CardRow]:
        """The ranked cards, hardest first."""
        return [c for c in self.cards if c.ranked]

    @property
    def too_few(self) -> list[CardRow]:
        """The cards fewer than :data:`MIN_RANKED_STUDENTS` students answered."""
        return [c for c in self.cards if not c.ranked]

    def unranked_note(self) -> str:
        """Why :attr:`hardest` is empty, where the ranked cards would be (every front end shows it).

        "No answers in these exports" was shown for a class of two whose answers were all there,
        and on the live server, which has no exports: the true reason is the ranking rule, said
        with the counts it is waiting on, in words that fit exports and the server alike.
        """
        if self.answers == 0:
            return _("No answers yet.")
        students = ngettext("{count} student", "{count} students", self.students).format(count=self.students)
        answers = ngettext("{count} answer", "{count} answers", self.answers).format(count=self.answers)
        return ngettext(
            "No card is ranked yet: a card is ranked once at least {count} student has answered it. "
            "So far: {students}, {answers}.",
            "No card is ranked yet: a card is ranked once at least {count} students have answered it. "
            "So far: {students}, {answers}.",
            MIN_RANKED_STUDENTS,
        ).format(count=MIN_RANKED_STUDENTS, students=students, answers=answers)
