"""The class item analysis: what many students' exports say about each card, section and student.

An instructor collects one export per student (:mod:`kzjp_tutor.core.export`) and asks: which
cards are hardest, what do students answer instead, where is the grader too strict, which
sections are not yet learned, who is ready for the exam, and which cards get mixed up.

Definitions (all times UTC, ``now`` passed in):

* one row per fact: a deck and its other-language twin share card ids, and their answers are
  counted together under the Russian deck's id unless ``by_language`` (:mod:`.languages`);
* first-try failure: a student's first answer to the card had the final rating Again;
* predicted recall: FSRS's forgetting curve ``(1 + F·t/S)^D`` (py-fsrs's own parameters) with
  the elapsed time ``t`` in FRACTIONAL days, averaged over the students who studied the card.
  py-fsrs's ``get_card_retrievability`` counts whole days, which made a card failed this
  morning 100 % recalled this afternoon. And within :data:`OUTCOME_WINDOW` of a failed answer
  the failure itself is the evidence (recall 0): the curve is fitted on day-scale intervals and
  does not resolve what happened an hour ago;
* wrong answers: answers rated Again, grouped by value (:mod:`.tally`; blank answers, "I don't
  know", are not grouped);
* "I was right" override: the grader suggested Again and the final rating was Good or Easy
  (turned into ``accept`` suggestions by :mod:`.suggestions`); "I was wrong": the grader did not
  suggest Again and the final rating was Again. Each student's rate of both is shown;
* a card answered by fewer than :data:`~.model.MIN_RANKED_STUDENTS` students is not ranked;
* section mastery: mean predicted recall over every (student, card of the section) pair, a card
  the student never studied counting 0; the students are those whose export has the deck;
* retention: share of answers to cards in the Review state that were not rated Again;
* exam-day recall: mean predicted recall at 00:00 UTC of the exam day over the student's cards
  (every card of the deck when the deck is loaded, unstudied ones counting 0);
* confusion: see :mod:`.suggestions`;
* flagged cards: every flag of every student (a card and its twin are one row), with the
  comments, most students first; a student's practice exams: how many, and the latest result.

Exports that cannot be used are listed in :attr:`Report.skipped` (see
:func:`~kzjp_tutor.core.export.load_exports`) and never stop the report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import fsrs

from ..deck import Card, Deck
from ..export import ExportCard, LoadedExport, Skipped
from ..i18n import gettext as _
from ..scheduling import exam_start
from . import suggestions
from .languages import Versions, language_versions, versions_of
from .model import (
    MIN_RANKED_STUDENTS,
    CardRow,
    ExamScore,
    Figure,
    FlagComment,
    FlaggedCard,
    Report,
    SectionRow,
    StudentRow,
    WrongAnswer,
)
from .tally import AnswerGroups, CardTally

__all__ = ["OUTCOME_WINDOW", "TOP_WRONG", "build_report"]

TOP_WRONG = 5
"""Most common wrong answers kept per card."""
OUTCOME_WINDOW = dt.timedelta(days=1)
"""Within this time of a failed answer, the card counts as not recalled (see the module doc)."""

Key = tuple[str, str]
"""(deck id the row is counted under, card id)."""


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


class _Recall:
    """Predicted recall of exported card states: py-fsrs's curve and parameters, fractional days."""

    def __init__(self) -> None:
        parameters = fsrs.Scheduler().parameters
        self.decay = -parameters[20]
        self.factor = 0.9 ** (1 / self.decay) - 1

    def at(self, card: ExportCard, when: dt.datetime, failed_at: dt.datetime | None = None) -> float:
        """Retrievability of ``card`` at ``when``; 0 within :data:`OUTCOME_WINDOW` of ``failed_at``.

        Args:
            card: The exported state.
            when: The moment asked about (UTC).
            failed_at: When the card's LAST answer was rated Again, if it was.
        """
        if failed_at is not None and dt.timedelta(0) <= when - failed_at < OUTCOME_WINDOW:
            return 0.0
        if card.last_review is None or card.stability is None:
            return 0.0
        days = max(0.0, (when - card.last_review) / dt.timedelta(days=1))
        return float((1 + self.factor * days / card.stability) ** self.decay)


@dataclass(frozen=True, slots=True)
class _Student:
    """One export as the analysis needs it: card states, recall now, answers per card, overrides."""

    number: int
    """Position in the exports; what the tallies' student sets hold."""
    loaded: LoadedExport
    states: dict[Key, ExportCard]
    """One state per row key: of two language versions, the one reviewed last."""
    failed_at: dict[Key, dt.datetime]
    """Cards whose last answer was rated Again, and when."""
    recall_now: dict[Key, float]
    answers: Counter[Key]

    @classmethod
    def read(
        cls, number: int, loaded: LoadedExport, recall: _Recall, now: dt.datetime, versions: Versions
    ) -> _Student:
        export = loaded.export
        states: dict[Key, ExportCard] = {}
        for card in export.cards:
            key = (versions.get(card.deck, card.deck), card.card)
            held = states.get(key)
            if held is None or _reviewed(card) > _reviewed(held):
                states[key] = card
        last: dict[Key, tuple[dt.datetime, int]] = {}
        answers: Counter[Key] = Counter()
        for review in export.reviews:
            key = (versions.get(review.deck, review.deck), review.card)
            answers[key] += 1
            last[key] = (review.time, review.rating)
        failed_at = {key: when for key, (when, rating) in last.items() if rating == fsrs.Rating.Again}
        return cls(
            number=number,
            loaded=loaded,
            states=states,
            failed_at=failed_at,
            recall_now={key: recall.at(card, now, failed_at.get(key)) for key, card in states.items()},
            answers=answers,
        )


def _reviewed(card: ExportCard) -> dt.datetime:
    return card.last_review or card.first_seen


def build_report(
    exports: Sequence[LoadedExport],
    decks: Sequence[Deck],
    now: dt.datetime,
    *,
    deck_id: str | None = None,
    exam_date: dt.date | None = None,
    skipped: Sequence[Skipped] = (),
    by_language: bool = False,
) -> Report:
    """Compute the item analysis.

    Args:
        exports: The usable exports (from :func:`~kzjp_tutor.core.export.load_exports`).
        decks: Deck files, to map cards to sections, show prompts, merge language versions and
            find confusions.
        now: The report time (UTC), for predicted recall.
        deck_id: Only this deck (and its other-language twin unless ``by_language``); exports
            should already be filtered by ``load_exports``.
        exam_date: Overrides every export's exam dates for the exam-day forecast.
        skipped: Exports already skipped, carried into the report.
        by_language: Count each language version of a deck on its own rows.
    """
    now = now.astimezone(dt.UTC)
    versions = language_versions(decks, merge=not by_language)
    wanted = versions_of(deck_id, versions) if deck_id is not None else None
    every_deck = {d.deck.id: d for d in decks if wanted is None or d.deck.id in wanted}
    by_deck = {one: d for one, d in every_deck.items() if versions.get(one, one) == one}
    recall = _Recall()
    students = [_Student.read(n, loaded, recall, now, versions) for n, loaded in enumerate(exports)]
    tallies: dict[Key, CardTally] = defaultdict(CardTally)
    deck_students: dict[str, set[int]] = defaultdict(set)
    cards = _CardLookup(every_deck)
    for student in students:
        _tally(student, tallies, deck_students, versions, cards)

    missing = sorted({deck for tally in tallies.values() for deck in tally.versions} - set(every_deck))
    notes = (
        [
            _("deck files not loaded for {decks}: no prompts, sections or confusions for them").format(
                decks=", ".join(missing)
            )
        ]
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
        student_rows=_student_rows(students, by_deck, recall, exam_date, versions),
        aliases=suggestions.aliases(tallies, every_deck),
        confusions=suggestions.confusions(
            tallies, every_deck, lambda number, key: key in students[number].states
        ),
        skipped=list(skipped),
        notes=notes,
        missing_decks=missing,
        by_language=by_language,
        flagged=_flagged(exports, every_deck, versions),
    )


def _flagged(
    exports: Sequence[LoadedExport], decks: Mapping[str, Deck], versions: Versions
) -> list[FlaggedCard]:
    """The cards students flagged as wrong, with every comment, most students first."""
    flags: defaultdict[Key, list[FlagComment]] = defaultdict(list)
    who: defaultdict[Key, set[int]] = defaultdict(set)
    made_in: defaultdict[Key, set[str]] = defaultdict(set)
    for number, loaded in enumerate(exports):
        for flag in loaded.export.flags:
            key = (versions.get(flag.deck, flag.deck), flag.card)
            flags[key].append(FlagComment(loaded.label, flag.time, flag.comment))
            who[key].add(number)
            made_in[key].add(flag.deck)
    rows = []
    for (deck_id, card_id), comments in flags.items():
        deck = decks.get(deck_id)
        card = deck.card(card_id) if deck else None
        rows.append(
            FlaggedCard(
                deck_id=deck_id,
                card_id=card_id,
                prompt=card.prompt if card else None,
                students=len(who[(deck_id, card_id)]),
                comments=tuple(sorted(comments, key=lambda c: (c.time, c.student))),
                versions=tuple(sorted(made_in[(deck_id, card_id)])),
            )
        )
    rows.sort(key=lambda row: (-row.students, -len(row.comments), row.deck_id, row.card_id))
    return rows


class _CardLookup:
    """The loaded card (and its deck's language) answered in a review; looked up once per card."""

    def __init__(self, decks: Mapping[str, Deck]) -> None:
        self.decks = decks
        self.found: dict[Key, tuple[Card | None, str]] = {}

    def __call__(self, deck_id: str, card_id: str) -> tuple[Card | None, str]:
        key = (deck_id, card_id)
        hit = self.found.get(key)
        if hit is None:
            deck = self.decks.get(deck_id)
            hit = (deck.card(card_id), deck.deck.language) if deck else (None, "ru")
            self.found[key] = hit
        return hit


def _groups(held: dict[str, AnswerGroups], deck_id: str, card_id: str, cards: _CardLookup) -> AnswerGroups:
    groups = held.get(deck_id)
    if groups is None:
        card, language = cards(deck_id, card_id)
        groups = held[deck_id] = AnswerGroups(card, language)
    return groups


def _tally(
    student: _Student,
    tallies: dict[Key, CardTally],
    deck_students: dict[str, set[int]],
    versions: Versions,
    cards: _CardLookup,
) -> None:
    """Add one student's card states and answers to the per-card totals."""
    number = student.number
    for key, card in student.states.items():
        tally = tallies[key]
        tally.students.add(number)
        tally.recall.append(student.recall_now[key])
        tally.leeches += int(card.leech)
        tally.versions.add(card.deck)
        deck_students[key[0]].add(number)
    firsts: set[Key] = set()
    for review in student.loaded.export.reviews:
        key = (versions.get(review.deck, review.deck), review.card)
        tally = tallies[key]
        tally.students.add(number)
        tally.versions.add(review.deck)
        deck_students[key[0]].add(number)
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
                _groups(tally.right_claims, review.deck, review.card, cards).add(review.answer, number)
        if review.rating == fsrs.Rating.Again:
            _groups(tally.wrong, review.deck, review.card, cards).add(review.answer, number)


def _wrong_answers(tally: CardTally) -> tuple[WrongAnswer, ...]:
    wrong = tally.all_wrong()
    groups = sorted(
        (
            WrongAnswer(wrong.usual(key), key, wrong.count(key), len(wrong.given[key]), wrong.forms(key))
            for key in wrong.spellings
        ),
        key=lambda w: (-w.answers, -w.students, w.normalized),
    )
    return tuple(groups[:TOP_WRONG])


def _card_rows(
    tallies: Mapping[Key, CardTally], by_deck: Mapping[str, Deck], deck_students: Mapping[str, set[int]]
) -> list[CardRow]:
    rows: list[CardRow] = []
    for (deck_id, card_id), tally in tallies.items():
        deck = by_deck.get(deck_id)
        section = deck.section_of(card_id) if deck else None
        card = deck.card(card_id) if deck else None
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
                wrong_answers=_wrong_answers(tally),
                ranked=tally.first_n >= MIN_RANKED_STUDENTS,
                versions=tuple(sorted(tally.versions)),
            )
        )
    ranked = sorted(
        (r for r in rows if r.ranked),
        key=lambda r: (
            -(r.first_try_failure.value if r.first_try_failure.value is not None else -1.0),
            r.recall.value if r.recall.value is not None else 2.0,
            r.deck_id,
            r.card_id,
        ),
    )
    few = sorted(
        (r for r in rows if not r.ranked),
        key=lambda r: (-r.first_try_failure.students, -r.seen.answers, r.deck_id, r.card_id),
    )
    return ranked + few


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
    student: _Student,
    by_deck: Mapping[str, Deck],
    recall: _Recall,
    exam_override: dt.date | None,
    versions: Versions,
) -> tuple[dt.date | None, Figure | None]:
    """The earliest exam date of the student's decks and the mean recall forecast for it."""
    export = student.loaded.export
    exams: dict[str, dt.date] = {}
    for deck in export.decks:
        exam = exam_override or export.deck_exam_dates.get(deck, export.exam_date)
        if exam is not None:
            under = versions.get(deck, deck)
            exams[under] = min(exam, exams.get(under, exam))
    values: list[float] = []
    answers = 0
    for under, exam in sorted(exams.items()):
        when = exam_start(exam)
        loaded_deck = by_deck.get(under)
        keys = (
            [(under, c.id) for _s, c in loaded_deck.cards()]
            if loaded_deck
            else [k for k in student.states if k[0] == under]
        )
        for key in keys:
            state = student.states.get(key)
            values.append(recall.at(state, when, student.failed_at.get(key)) if state is not None else 0.0)
            answers += student.answers[key]
    if not exams:
        return None, None
    return min(exams.values()), Figure(_mean(values), 1, answers)


def _last_exam(loaded: LoadedExport) -> ExamScore | None:
    exams = loaded.export.exams
    if not exams:
        return None
    last = max(exams, key=lambda exam: exam.finished)
    return ExamScore(last.finished, last.percent, last.mark, last.questions)


def _student_rows(
    students: Sequence[_Student],
    by_deck: Mapping[str, Deck],
    recall: _Recall,
    exam_override: dt.date | None,
    versions: Versions,
) -> list[StudentRow]:
    rows: list[StudentRow] = []
    for student in students:
        reviews = student.loaded.export.reviews
        mature = [r for r in reviews if r.state_before == fsrs.State.Review]
        passed = sum(1 for r in mature if r.rating != fsrs.Rating.Again)
        called_wrong = [r for r in reviews if r.suggested == "again"]
        called_right = [r for r in reviews if r.suggested != "again"]
        claimed_right = sum(1 for r in called_wrong if r.rating >= fsrs.Rating.Good)
        claimed_wrong = sum(1 for r in called_right if r.rating == fsrs.Rating.Again)
        exam_date, exam_recall = _exam_recall(student, by_deck, recall, exam_override, versions)
        rows.append(
            StudentRow(
                label=student.loaded.label,
                cards_seen=len(student.states),
                answers=len(reviews),
                retention=Figure(_share(passed, len(mature)), 1, len(mature)),
                leeches=sum(1 for c in student.states.values() if c.leech),
                exam_date=exam_date,
                exam_recall=exam_recall,
                right_claims=Figure(_share(claimed_right, len(called_wrong)), 1, len(called_wrong)),
                wrong_claims=Figure(_share(claimed_wrong, len(called_right)), 1, len(called_right)),
                student_id=student.loaded.student_id,
                exams=len(student.loaded.export.exams),
                last_exam=_last_exam(student.loaded),
            )
        )
    rows.sort(
        key=lambda s: (
            s.exam_recall.value if s.exam_recall and s.exam_recall.value is not None else 2.0,
            s.label,
        )
    )
    return rows
