"""The bundled decks: valid, faithful to the source text, and graded right by their own answers."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from kzjp_tutor.core.deck import ChoiceCard, DateCard, Deck, ListCard, NumberCard, TextCard
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.paths import bundled_decks_dir

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "sources" / "kz-jp-relations.ru.txt"
DECK_FILES = sorted(bundled_decks_dir().glob("*.toml"))
COURSE_DECKS = [p for p in DECK_FILES if p.name.startswith("kzjp-")]
TAGS = {"dates", "people", "concepts", "trade", "numbers", "documents", "places", "extra"}


@cache
def deck(path: Path) -> Deck:
    return load_deck(path)


@cache
def source_text() -> str:
    if not SOURCE.exists():
        # The lecture text is course material, not part of the project: a clone has no copy.
        pytest.skip(f"the course source text is not beside this clone (looked for {SOURCE})")
    return _norm(SOURCE.read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_bundled_decks_are_found() -> None:
    names = {p.name for p in DECK_FILES}
    assert {"kzjp-lecture-11.ru.toml", "kzjp-25-years.ru.toml", "kzjp-2021.ru.toml"} <= names
    assert {"kzjp-lecture-11.en.toml", "kzjp-25-years.en.toml", "kzjp-2021.en.toml"} <= names


def test_at_least_250_cards_across_the_russian_decks() -> None:
    total = sum(len(deck(p).cards()) for p in COURSE_DECKS if p.name.endswith(".ru.toml"))
    assert total >= 250


@pytest.mark.parametrize("path", DECK_FILES, ids=lambda p: p.name)
def test_deck_validates(path: Path) -> None:
    assert deck(path).cards()


@pytest.mark.parametrize("path", COURSE_DECKS, ids=lambda p: p.name)
def test_every_card_has_source_explain_and_known_tags(path: Path) -> None:
    problems = []
    for _, card in deck(path).cards():
        if not card.source or len(card.source) > 300:
            problems.append(f"{card.id}: source missing or over 300 characters")
        if not card.explain:
            problems.append(f"{card.id}: no explain")
        if not card.tags or not set(card.tags) <= TAGS:
            problems.append(f"{card.id}: tags {card.tags} not from {sorted(TAGS)}")
    assert problems == []


@pytest.mark.parametrize("path", COURSE_DECKS, ids=lambda p: p.name)
def test_every_source_quote_is_verbatim(path: Path) -> None:
    text = source_text()
    missing = [card.id for _, card in deck(path).cards() if card.source and _norm(card.source) not in text]
    assert missing == []


@pytest.mark.parametrize("ru", [p for p in COURSE_DECKS if p.name.endswith(".ru.toml")], ids=lambda p: p.name)
def test_english_deck_mirrors_russian(ru: Path) -> None:
    en = ru.with_name(ru.name.replace(".ru.toml", ".en.toml"))
    ru_deck, en_deck = deck(ru), deck(en)
    assert en_deck.deck.language == "en" and ru_deck.deck.language == "ru"
    assert [s.id for s in en_deck.sections] == [s.id for s in ru_deck.sections]
    assert [(c.id, c.type) for _, c in en_deck.cards()] == [(c.id, c.type) for _, c in ru_deck.cards()]


def _own_answers(card: TextCard | DateCard | NumberCard | ListCard | ChoiceCard) -> list[str]:
    """Answers that the card itself declares correct."""
    if isinstance(card, TextCard):
        return [card.answer, *card.accept]
    if isinstance(card, DateCard):
        return [card.answer]
    if isinstance(card, NumberCard):
        value = card.answer
        return [str(int(value)) if float(value).is_integer() else str(value)]
    if isinstance(card, ListCard):
        items = card.items
        need = card.required
        answers = [", ".join(item[0] for item in items[:need])]
        for index, item in enumerate(items):
            for alias in item[1:]:
                chosen = [alias, *[other[0] for k, other in enumerate(items) if k != index][: need - 1]]
                answers.append(", ".join(chosen))
        return answers
    return [card.answer, str(card.choices.index(card.answer) + 1)]


@pytest.mark.parametrize("path", DECK_FILES, ids=lambda p: p.name)
def test_deck_grades_its_own_answers(path: Path) -> None:
    loaded = deck(path)
    language = loaded.deck.language
    wrong = []
    for _, card in loaded.cards():
        for answer in _own_answers(card):
            verdict = grade(card, answer, language)
            if not verdict.correct:
                wrong.append(f"{card.id}: {answer!r} graded wrong ({verdict.feedback})")
        if isinstance(card, TextCard):
            for rejected in card.reject:
                verdict = grade(card, rejected, language)
                if verdict.correct:
                    wrong.append(f"{card.id}: reject {rejected!r} graded correct")
        if isinstance(card, ChoiceCard):
            for other in card.choices:
                if other != card.answer and grade(card, other, language).correct:
                    wrong.append(f"{card.id}: wrong choice {other!r} graded correct")
    assert wrong == []
