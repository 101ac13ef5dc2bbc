"""The class item analysis: what many students' exports say about each card, section and student.

An instructor collects one export per student (:mod:`kzjp_tutor.core.export`) and asks: which
cards are hardest, what do students answer instead, where is the grader too strict, which
sections are not yet learned, who is ready for the exam, and which cards get mixed up.

Definitions (all times UTC, ``now`` passed in):

* first-try failure: a student's first answer to the card had the final rating Again;
* predicted recall: py-fsrs ``Scheduler().get_card_retrievability`` at ``now`` of the card's
  state rebuilt as an ``fsrs.Card``, averaged over the students who studied it;
* wrong answers: answers rated Again, grouped by :func:`~kzjp_tutor.core.grading.normalize.normalize`
  (blank answers, "I don't know", are not grouped);
* "I was right" override: the grader suggested Again and the final rating was Good or Easy
  (turned into ``accept`` suggestions by :mod:`.suggestions`);
* section mastery: mean predicted recall over every (student, card of the section) pair, a card
  the student never studied counting 0; the students are those whose export has the deck;
* retention: share of answers to cards in the Review state that were not rated Again;
* exam-day recall: mean predicted recall at 00:00 UTC of the exam day over the student's cards
  (every card of the deck when the deck is loaded, unstudied ones counting 0);
* confusion: see :mod:`.suggestions`.

Exports that cannot be used are listed in :attr:`Report.skipped` (see
:func:`~kzjp_tutor.core.export.load_exports`) and never stop the report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import fsrs

from ..deck import Deck
from ..export import ExportCard, LoadedExport, Skipped
from ..scheduling import exam_start
from . import suggestions
from .model import CardRow, Figure, Report, SectionRow, StudentRow, WrongAnswer
from .tally import CardTally

__all__ = ["TOP_WRONG", "build_report"]

TOP_WRONG = 5
"""Most common wrong answers kept per card."""

Key = tuple[str, str]
"""(deck id, card id)."""


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


class _Recall:
    """Predicted recall of exported card states, via py-fsrs's own formula."""

    def __init__(self) -> None:
        self.scheduler = fsrs.Scheduler()

    def at(self, card: ExportCard, when: dt.datetime) -> float:
        """Retrievability of ``card`` at ``when``."""
        rebuilt = fsrs.Card(
            card_id=card.fsrs_card_id,
            state=fsrs.State(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=card.last_review,
        )
        return float(self.scheduler.get_card_retrievability(rebuilt, when))


@dataclass(frozen=True, slots=True)
class _Student:
    """One export as the analysis needs it: its card states, their recall now, answers per card."""

    number: int
    """Position in the exports; what the tallies' student sets hold."""
    loaded: LoadedExport
    states: dict[Key, ExportCard]
    recall_now: dict[Key, float]
    answers: Counter[Key]

    @classmethod
    def read(cls, number: int, loaded: LoadedExport, recall: _Recall, now: dt.datetime) -> _Student:
        export = loaded.export
        states = {(c.deck, c.card): c for c in export.cards}
        return cls(
            number=number,
            loaded=loaded,
            states=states,
            recall_now={key: recall.at(card, now) for key, card in states.items()},
            answers=Counter((r.deck, r.card) for r in export.reviews),
        )


def build_report(
    exports: Sequence[LoadedExport],
    decks: Sequence[Deck],
    now: dt.datetime,
    *,
    deck_id: str | None = None,
    exam_date: dt.date | None = None,
    skipped: Sequence[Skipped] = (),
) -> Report:
    """Compute the item analysis.

    Args:
        exports: The usable exports (from :func:`~kzjp_tutor.core.export.load_exports`).
        decks: Deck files, to map cards to sections, show prompts and find confusions.
        now: The report time (UTC), for predicted recall.
        deck_id: Only this deck (exports should already be filtered by ``load_exports``).
        exam_date: Overrides every export's exam dates for the exam-day forecast.
        skipped: Exports already skipped, carried into the report.
    """
    now = now.astimezone(dt.UTC)
    by_deck = {d.deck.id: d for d in decks if deck_id is None or d.deck.id == deck_id}
    recall = _Recall()
    students = [_Student.read(number, loaded, recall, now) for number, loaded in enumerate(exports)]
    tallies: dict[Key, CardTally] = defaultdict(CardTally)
    deck_students: dict[str, set[int]] = defaultdict(set)
    for student in students:
        _tally(student, tallies, deck_students)

    missing = sorted({deck for deck, _card in tallies} - set(by_deck))
    notes = (
        [f"deck files not loaded for {', '.join(missing)}: no prompts, sections or confusions for them"]
        if missing
        else []
    )
    return Report(
        generated_at=now,
        deck_id=deck_id,
        students=len(exports),
        answers=sum(len(s.loaded.export.reviews) for s in students),
        cards=_card_rows(tallies, by_deck, deck_students),
        sections=_section_rows(by_deck, deck_students, students),
        student_rows=_student_rows(students, by_deck, recall, exam_date),
        aliases=suggestions.aliases(tallies, by_deck),
        confusions=suggestions.confusions(tallies, by_deck),
        skipped=list(skipped),
        notes=notes,
        missing_decks=missing,
    )


def _tally(student: _Student, tallies: dict[Key, CardTally], deck_students: dict[str, set[int]]) -> None:
    """Add one student's card states and answers to the per-card totals."""
    number = student.number
    for key, card in student.states.items():
        tally = tallies[key]
        tally.students.add(number)
        tally.recall.append(student.recall_now[key])
        tally.leeches += int(card.leech)
        deck_students[key[0]].add(number)
    firsts: set[Key] = set()
    for review in student.loaded.export.reviews:
        key = (review.deck, review.card)
        tally = tallies[key]
        tally.students.add(number)
        deck_students[review.deck].add(number)
        tally.answers += 1
        if key not in firsts:
            firsts.add(key)
            tally.first_n += 1
            tally.first_fail += int(review.rating == fsrs.Rating.Again)
        if review.suggested == "again":
            tally.suggested_again += 1
            tally.suggested_again_students.add(number)
            if review.rating >= fsrs.Rating.Good:
                tally.overrides += 1
                tally.right_claims.add(review.answer, number)
        if review.rating == fsrs.Rating.Again:
            tally.wrong.add(review.answer, number)


def _card_rows(
    tallies: Mapping[Key, CardTally], by_deck: Mapping[str, Deck], deck_students: Mapping[str, set[int]]
) -> list[CardRow]:
    rows: list[CardRow] = []
    for (deck_id, card_id), tally in tallies.items():
        deck = by_deck.get(deck_id)
        section = deck.section_of(card_id) if deck else None
        card = deck.card(card_id) if deck else None
        wrong = tally.wrong
        groups = sorted(
            (
                WrongAnswer(wrong.usual(norm), norm, wrong.count(norm), len(wrong.students[norm]))
                for norm in wrong.spellings
            ),
            key=lambda w: (-w.answers, -w.students, w.normalized),
        )[:TOP_WRONG]
        class_size = len(deck_students[deck_id])
        rows.append(
            CardRow(
                deck_id=deck_id,
                card_id=card_id,
                section_id=section.id if section else None,
                prompt=card.prompt if card else None,
                seen=Figure(_share(len(tally.students), class_size), len(tally.students), tally.answers),
                first_try_failure=Figure(
                    _share(tally.first_fail, tally.first_n), tally.first_n, tally.first_n
                ),
                recall=Figure(_mean(tally.recall), len(tally.recall), tally.answers),
                overrides=Figure(
                    _share(tally.overrides, tally.suggested_again),
                    len(tally.suggested_again_students),
                    tally.suggested_again,
                ),
                leeches=tally.leeches,
                wrong_answers=tuple(groups),
            )
        )
    rows.sort(
        key=lambda r: (
            -(r.first_try_failure.value if r.first_try_failure.value is not None else -1.0),
            r.recall.value if r.recall.value is not None else 2.0,
            r.deck_id,
            r.card_id,
        )
    )
    return rows


def _section_rows(
    by_deck: Mapping[str, Deck], deck_students: Mapping[str, set[int]], students: Sequence[_Student]
) -> list[SectionRow]:
    rows: list[SectionRow] = []
    for deck_id, deck in sorted(by_deck.items()):
        numbers = sorted(deck_students.get(deck_id, ()))
        if not numbers:
            continue
        for section in deck.sections:
            keys = [(deck_id, card.id) for card in section.cards]
            total = 0.0
            seen = 0
            answers = 0
            for number in numbers:
                student = students[number]
                for key in keys:
                    value = student.recall_now.get(key)
                    if value is not None:
                        total += value
                        seen += 1
                    answers += student.answers[key]
            pairs = len(numbers) * len(keys)
            rows.append(
                SectionRow(
                    deck_id=deck_id,
                    section_id=section.id,
                    title=section.title,
                    cards=len(keys),
                    mastery=Figure(total / pairs, len(numbers), answers),
                    coverage=Figure(seen / pairs, len(numbers), answers),
                )
            )
    return rows


def _exam_recall(
    student: _Student, by_deck: Mapping[str, Deck], recall: _Recall, exam_override: dt.date | None
) -> tuple[dt.date | None, Figure | None]:
    """The earliest exam date of the student's decks and the mean recall forecast for it."""
    export = student.loaded.export
    values: list[float] = []
    answers = 0
    dates: set[dt.date] = set()
    for deck in export.decks:
        exam = exam_override or export.deck_exam_dates.get(deck, export.exam_date)
        if exam is None:
            continue
        dates.add(exam)
        when = exam_start(exam)
        loaded_deck = by_deck.get(deck)
        keys = (
            [(deck, c.id) for _s, c in loaded_deck.cards()]
            if loaded_deck
            else [k for k in student.states if k[0] == deck]
        )
        for key in keys:
            state = student.states.get(key)
            values.append(recall.at(state, when) if state is not None else 0.0)
            answers += student.answers[key]
    if not dates:
        return None, None
    return min(dates), Figure(_mean(values), 1, answers)


def _student_rows(
    students: Sequence[_Student], by_deck: Mapping[str, Deck], recall: _Recall, exam_override: dt.date | None
) -> list[StudentRow]:
    rows: list[StudentRow] = []
    for student in students:
        reviews = student.loaded.export.reviews
        mature = [r for r in reviews if r.state_before == fsrs.State.Review]
        passed = sum(1 for r in mature if r.rating != fsrs.Rating.Again)
        exam_date, exam_recall = _exam_recall(student, by_deck, recall, exam_override)
        rows.append(
            StudentRow(
                label=student.loaded.label,
                cards_seen=len(student.states),
                answers=len(reviews),
                retention=Figure(_share(passed, len(mature)), 1, len(mature)),
                leeches=sum(1 for c in student.states.values() if c.leech),
                exam_date=exam_date,
                exam_recall=exam_recall,
            )
        )
    rows.sort(
        key=lambda s: (
            s.exam_recall.value if s.exam_recall and s.exam_recall.value is not None else 2.0,
            s.label,
        )
    )
    return rows
