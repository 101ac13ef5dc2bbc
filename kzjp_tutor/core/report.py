"""The class item analysis: what many students' exports say about each card, section and student.

An instructor collects one export per student (:mod:`kzjp_tutor.core.export`) and asks: which
cards are hardest, what do students answer instead, where is the grader too strict, which
sections are not yet learned, who is ready for the exam, and which cards get mixed up. Small
classes make every percentage fragile, so every figure here is a :class:`Figure` carrying the
number of students and of answers it rests on; a 100 % failure rate from one answer must look
different from one resting on forty.

Definitions (all times UTC, ``now`` passed in):

* first-try failure: a student's first answer to the card had the final rating Again;
* predicted recall: py-fsrs ``Scheduler().get_card_retrievability`` at ``now`` of the card's
  state rebuilt as an ``fsrs.Card``, averaged over the students who studied it;
* wrong answers: answers rated Again, grouped by :func:`~kzjp_tutor.core.grading.normalize.normalize`
  (blank answers, "I don't know", are not grouped);
* "I was right" override: the grader suggested Again and the final rating was Good or Easy;
  the same normalised answer overridden by at least :data:`ALIAS_MIN_STUDENTS` students becomes
  a suggested ``accept`` entry, printed as a TOML line ready to paste into the deck;
* section mastery: mean predicted recall over every (student, card of the section) pair, a card
  the student never studied counting 0; the students are those whose export has the deck;
* retention: share of answers to cards in the Review state that were not rated Again;
* exam-day recall: mean predicted recall at 00:00 UTC of the exam day over the student's cards
  (every card of the deck when the deck is loaded, unstudied ones counting 0);
* confusion: a wrong answer to one card that :func:`~kzjp_tutor.core.grading.grade` accepts for
  another card of the same deck (choice cards excluded: "2" is an answer to every one of them).

Exports that cannot be used (corrupt, another format version, no progress for ``--deck``, an
exact duplicate) are listed in :attr:`Report.skipped`, one line each, and never stop the report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import fsrs
import tomli_w

from .deck import Card, ChoiceCard, DateCard, Deck, ListCard, NumberCard, TextCard
from .export import ExportCard, ExportError, ProgressExport, parse_export
from .grading import grade
from .grading.normalize import normalize, tokens
from .scheduling import exam_start

__all__ = [
    "ALIAS_MIN_STUDENTS",
    "TOP_WRONG",
    "AliasSuggestion",
    "CardRow",
    "Confusion",
    "Figure",
    "LoadedExport",
    "Report",
    "SectionRow",
    "Skipped",
    "StudentRow",
    "WrongAnswer",
    "build_report",
    "export_files",
    "load_exports",
]

ALIAS_MIN_STUDENTS = 2
"""How many different students must override the grader on the same answer before it is
suggested as an alias; one student insisting is not evidence."""
TOP_WRONG = 5
"""Most common wrong answers kept per card."""
_KEY_CHARS = 4
"""Confusion candidates share word beginnings of this length (inflection-proof, cheap): at least
half of the wrong answer's words must begin like words of the other card's accepted forms before
``grade()`` is asked."""


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
class Skipped:
    """An export left out of the report, and why."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass(frozen=True, slots=True)
class LoadedExport:
    """One usable export and the label it appears under."""

    label: str
    """The student's name, else the file's name (never a full path)."""
    export: ProgressExport


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


# ------------------------------------------------------------------ loading


def export_files(paths: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """Expand folders into their ``*.json`` files (sorted); missing paths are skipped with a reason."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.json") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            skipped.append(Skipped(str(path), "no such file or folder"))
    return files, skipped


def load_exports(
    paths: Iterable[Path], *, deck_id: str | None = None
) -> tuple[list[LoadedExport], list[Skipped]]:
    """Read every export; what cannot be used is skipped with one reason each, never raised.

    Args:
        paths: Export files and folders of them.
        deck_id: Keep only this deck's data; exports without it are skipped.
    """
    files, skipped = export_files(paths)
    loaded: list[LoadedExport] = []
    digests: dict[str, str] = {}
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            skipped.append(Skipped(str(path), f"cannot be read: {exc.strerror or exc}"))
            continue
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        if digest in digests:
            skipped.append(Skipped(str(path), f"same content as {digests[digest]}; counted once"))
            continue
        try:
            export = parse_export(data)
        except ExportError as exc:
            skipped.append(Skipped(str(path), str(exc)))
            continue
        digests[digest] = str(path)
        if deck_id is not None:
            if deck_id not in export.decks:
                has = ", ".join(export.decks) or "no deck"
                skipped.append(Skipped(str(path), f"holds no progress for deck {deck_id!r} (it has {has})"))
                continue
            export = _only_deck(export, deck_id)
        loaded.append(LoadedExport(export.student or path.name, export))
    return loaded, skipped


def _only_deck(export: ProgressExport, deck_id: str) -> ProgressExport:
    return export.model_copy(
        update={
            "decks": [deck_id],
            "cards": [c for c in export.cards if c.deck == deck_id],
            "reviews": [r for r in export.reviews if r.deck == deck_id],
            "deck_exam_dates": {k: v for k, v in export.deck_exam_dates.items() if k == deck_id},
        }
    )


# ------------------------------------------------------------------ figures


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


@dataclass
class _CardAcc:
    """Running totals for one card while reading the exports."""

    students: set[int] = field(default_factory=set)
    answers: int = 0
    first_fail: int = 0
    first_n: int = 0
    recall: list[float] = field(default_factory=list)
    suggested_again: int = 0
    suggested_again_students: set[int] = field(default_factory=set)
    overrides: int = 0
    leeches: int = 0
    wrong: dict[str, Counter[str]] = field(default_factory=dict)
    wrong_students: dict[str, set[int]] = field(default_factory=dict)
    right_claims: dict[str, Counter[str]] = field(default_factory=dict)
    right_students: dict[str, set[int]] = field(default_factory=dict)


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
        exports: The usable exports (from :func:`load_exports`).
        decks: Deck files, to map cards to sections, show prompts and find confusions.
        now: The report time (UTC), for predicted recall.
        deck_id: Only this deck (exports should already be filtered by :func:`load_exports`).
        exam_date: Overrides every export's exam dates for the exam-day forecast.
        skipped: Exports already skipped, carried into the report.
    """
    now = now.astimezone(dt.UTC)
    by_deck = {d.deck.id: d for d in decks if deck_id is None or d.deck.id == deck_id}
    recall = _Recall()
    acc: dict[tuple[str, str], _CardAcc] = defaultdict(_CardAcc)
    deck_students: dict[str, set[int]] = defaultdict(set)
    state_of: list[dict[tuple[str, str], ExportCard]] = []
    recall_now: list[dict[tuple[str, str], float]] = []
    answers_by: list[Counter[tuple[str, str]]] = []
    total_answers = 0

    for number, loaded in enumerate(exports):
        export = loaded.export
        states = {(c.deck, c.card): c for c in export.cards}
        state_of.append(states)
        now_r = {key: recall.at(card, now) for key, card in states.items()}
        recall_now.append(now_r)
        for (deck, card_id), card in states.items():
            a = acc[(deck, card_id)]
            a.students.add(number)
            a.recall.append(now_r[(deck, card_id)])
            a.leeches += int(card.leech)
            deck_students[deck].add(number)
        firsts: set[tuple[str, str]] = set()
        counts: Counter[tuple[str, str]] = Counter()
        for review in export.reviews:
            key = (review.deck, review.card)
            a = acc[key]
            a.students.add(number)
            deck_students[review.deck].add(number)
            a.answers += 1
            counts[key] += 1
            if key not in firsts:
                firsts.add(key)
                a.first_n += 1
                a.first_fail += int(review.rating == 1)
            if review.suggested == "again":
                a.suggested_again += 1
                a.suggested_again_students.add(number)
                if review.rating >= 3:
                    a.overrides += 1
                    _group(a.right_claims, a.right_students, review.answer, number)
            if review.rating == 1:
                _group(a.wrong, a.wrong_students, review.answer, number)
        answers_by.append(counts)
        total_answers += len(export.reviews)

    cards = _card_rows(acc, by_deck, deck_students)
    sections = _section_rows(by_deck, deck_students, recall_now, answers_by)
    students = _student_rows(exports, by_deck, state_of, answers_by, recall, exam_date)
    aliases = _aliases(acc, by_deck)
    confusions = _confusions(acc, by_deck)
    notes: list[str] = []
    missing = sorted({deck for deck, _card in acc} - set(by_deck))
    if missing:
        notes.append(
            f"deck files not loaded for {', '.join(missing)}: no prompts, sections or confusions for them "
            "(pass them with --deck-file)"
        )
    return Report(
        generated_at=now,
        deck_id=deck_id,
        students=len(exports),
        answers=total_answers,
        cards=cards,
        sections=sections,
        student_rows=students,
        aliases=aliases,
        confusions=confusions,
        skipped=list(skipped),
        notes=notes,
    )


def _group(groups: dict[str, Counter[str]], who: dict[str, set[int]], answer: str, student: int) -> None:
    norm = normalize(answer)
    if not norm:
        return
    groups.setdefault(norm, Counter())[answer.strip()] += 1
    who.setdefault(norm, set()).add(student)


def _card_rows(
    acc: dict[tuple[str, str], _CardAcc], by_deck: dict[str, Deck], deck_students: dict[str, set[int]]
) -> list[CardRow]:
    rows: list[CardRow] = []
    for (deck_id, card_id), a in acc.items():
        deck = by_deck.get(deck_id)
        section = deck.section_of(card_id) if deck else None
        card = deck.card(card_id) if deck else None
        wrong = sorted(
            (
                WrongAnswer(
                    text=spellings.most_common(1)[0][0],
                    normalized=norm,
                    answers=sum(spellings.values()),
                    students=len(a.wrong_students[norm]),
                )
                for norm, spellings in a.wrong.items()
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
                seen=Figure(_share(len(a.students), class_size), len(a.students), a.answers),
                first_try_failure=Figure(_share(a.first_fail, a.first_n), a.first_n, a.first_n),
                recall=Figure(_mean(a.recall), len(a.recall), a.answers),
                overrides=Figure(
                    _share(a.overrides, a.suggested_again),
                    len(a.suggested_again_students),
                    a.suggested_again,
                ),
                leeches=a.leeches,
                wrong_answers=tuple(wrong),
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
    by_deck: dict[str, Deck],
    deck_students: dict[str, set[int]],
    recall_now: list[dict[tuple[str, str], float]],
    answers_by: list[Counter[tuple[str, str]]],
) -> list[SectionRow]:
    rows: list[SectionRow] = []
    for deck_id, deck in sorted(by_deck.items()):
        students = sorted(deck_students.get(deck_id, ()))
        if not students:
            continue
        for section in deck.sections:
            keys = [(deck_id, card.id) for card in section.cards]
            total = 0.0
            seen = 0
            answers = 0
            for number in students:
                r = recall_now[number]
                for key in keys:
                    value = r.get(key)
                    if value is not None:
                        total += value
                        seen += 1
                    answers += answers_by[number][key]
            pairs = len(students) * len(keys)
            rows.append(
                SectionRow(
                    deck_id=deck_id,
                    section_id=section.id,
                    title=section.title,
                    cards=len(keys),
                    mastery=Figure(total / pairs, len(students), answers),
                    coverage=Figure(seen / pairs, len(students), answers),
                )
            )
    return rows


def _student_rows(
    exports: Sequence[LoadedExport],
    by_deck: dict[str, Deck],
    state_of: list[dict[tuple[str, str], ExportCard]],
    answers_by: list[Counter[tuple[str, str]]],
    recall: _Recall,
    exam_override: dt.date | None,
) -> list[StudentRow]:
    rows: list[StudentRow] = []
    for number, loaded in enumerate(exports):
        export = loaded.export
        states = state_of[number]
        mature = [r for r in export.reviews if r.state_before == 2]
        passed = sum(1 for r in mature if r.rating > 1)
        exam_values: list[float] = []
        exam_answers = 0
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
                else [k for k in states if k[0] == deck]
            )
            for key in keys:
                state = states.get(key)
                exam_values.append(recall.at(state, when) if state is not None else 0.0)
                exam_answers += answers_by[number][key]
        exam_recall = Figure(_mean(exam_values), 1, exam_answers) if dates else None
        rows.append(
            StudentRow(
                label=loaded.label,
                cards_seen=len(states),
                answers=len(export.reviews),
                retention=Figure(_share(passed, len(mature)), 1, len(mature)),
                leeches=sum(1 for c in states.values() if c.leech),
                exam_date=min(dates) if dates else None,
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


def _aliases(acc: dict[tuple[str, str], _CardAcc], by_deck: dict[str, Deck]) -> list[AliasSuggestion]:
    found: list[AliasSuggestion] = []
    for (deck_id, card_id), a in sorted(acc.items()):
        deck = by_deck.get(deck_id)
        card = deck.card(card_id) if deck else None
        if card is not None and not isinstance(card, TextCard):
            continue  # only text cards have an accept list
        rejects = {normalize(r) for r in card.reject} if isinstance(card, TextCard) else set()
        entries: list[str] = []
        students: set[int] = set()
        answers = 0
        for norm, spellings in sorted(a.right_claims.items(), key=lambda kv: -sum(kv[1].values())):
            who = a.right_students[norm]
            if len(who) < ALIAS_MIN_STUDENTS or norm in rejects:
                continue
            text = spellings.most_common(1)[0][0]
            if (
                isinstance(card, TextCard)
                and deck is not None
                and grade(card, text, deck.deck.language).correct
            ):
                continue  # the deck already accepts it (fixed since)
            entries.append(text)
            students |= who
            answers += sum(spellings.values())
        if not entries:
            continue
        existing = list(card.accept) if isinstance(card, TextCard) else []
        line = "accept = [" + ", ".join(_toml_string(e) for e in existing + entries) + "]"
        found.append(AliasSuggestion(deck_id, card_id, tuple(entries), line, len(students), answers))
    found.sort(key=lambda s: (-s.students, -s.answers, s.deck_id, s.card_id))
    return found


def _toml_string(text: str) -> str:
    """``text`` as a TOML string literal, escaped by tomli-w (so it pastes into a deck as is)."""
    return tomli_w.dumps({"x": text}).strip()[len("x = ") :]


def _forms(card: Card) -> list[str]:
    """What a card accepts, as text, for the confusion index."""
    if isinstance(card, TextCard):
        return [card.answer, *card.accept]
    if isinstance(card, DateCard):
        return [str(card.parts[0])]
    if isinstance(card, NumberCard):
        value = card.answer
        return [str(int(value)) if float(value).is_integer() else str(value)]
    if isinstance(card, ListCard):
        return [form for item in card.items for form in item]
    return []


def _keys(text: str, language: str) -> set[str]:
    return {word[:_KEY_CHARS] for word in tokens(text, language) if word}


def _confusions(acc: dict[tuple[str, str], _CardAcc], by_deck: dict[str, Deck]) -> list[Confusion]:
    index: dict[str, dict[str, set[str]]] = {}
    for deck_id, deck in by_deck.items():
        lang = deck.deck.language
        words: dict[str, set[str]] = defaultdict(set)
        for _section, card in deck.cards():
            if isinstance(card, ChoiceCard):
                continue
            for form in _forms(card):
                for key in _keys(form, lang):
                    words[key].add(card.id)
        index[deck_id] = words
    cache: dict[tuple[str, str], list[str]] = {}
    found: list[Confusion] = []
    for (deck_id, card_id), a in sorted(acc.items()):
        found_deck = by_deck.get(deck_id)
        asked = found_deck.card(card_id) if found_deck else None
        if found_deck is None or asked is None or isinstance(asked, ChoiceCard):
            continue
        lang = found_deck.deck.language
        pairs: dict[str, tuple[int, set[int], str]] = {}
        for norm, spellings in a.wrong.items():
            text = spellings.most_common(1)[0][0]
            hits = cache.get((deck_id, norm))
            if hits is None:
                keys = _keys(text, lang)
                shared: Counter[str] = Counter()
                for key in keys:
                    shared.update(index[deck_id].get(key, ()))
                # An answer another card accepts shares most of its words with that card's forms.
                need = (len(keys) + 1) // 2
                hits = []
                for other_id in sorted(c for c, n in shared.items() if n >= need):
                    other = found_deck.card(other_id)
                    if other is not None and grade(other, text, lang).correct:
                        hits.append(other_id)
                cache[(deck_id, norm)] = hits
            for other_id in hits:
                if other_id == card_id:
                    continue
                count, who, example = pairs.get(other_id, (0, set(), text))
                pairs[other_id] = (count + sum(spellings.values()), who | a.wrong_students[norm], example)
        for other_id, (count, who, example) in pairs.items():
            found.append(Confusion(deck_id, card_id, other_id, example, len(who), count))
    found.sort(key=lambda c: (-c.students, -c.answers, c.deck_id, c.card_id, c.other_id))
    return found
