"""The grader's shared pieces, each written once: the month table, the feedback sentences, the verdicts."""

from __future__ import annotations

import string

import pytest

from kzjp_tutor.core.grading.feedback import _SENTENCES, message
from kzjp_tutor.core.grading.months import month_number
from kzjp_tutor.core.grading.normalize import tokens
from kzjp_tutor.core.grading.verdict import SuggestedRating, Verdict


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("января", 1),
        ("январа", 1),  # a typo in the case ending still names the month
        ("янв", 1),
        ("jan", 1),
        ("january", 1),
        ("марте", 3),
        ("мая", 5),
        ("may", 5),
        ("сент.", 9),
        ("декабря", 12),
        ("dec", 12),
    ],
)
def test_a_month_is_recognised_in_either_language(word: str, month: int) -> None:
    assert month_number(word) == month


@pytest.mark.parametrize("word", ["маршал", "mayor", "мартовский", "декабристы", "ма", "1991"])
def test_a_word_that_only_begins_like_a_month_is_not_one(word: str) -> None:
    assert month_number(word) is None


def test_the_normaliser_and_the_date_parser_read_months_alike() -> None:
    """'августа' and 'Aug' become one month token; a word that merely starts like a month stays a word."""
    assert tokens("29 августа", "ru") == ("29", "m08") and tokens("Aug 29", "ru") == ("m08", "29")
    assert "маршал" in tokens("маршал", "ru")


def test_every_sentence_exists_in_both_languages_with_the_same_blanks() -> None:
    def blanks(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert _SENTENCES["ru"].keys() == _SENTENCES["en"].keys()
    for key, russian in _SENTENCES["ru"].items():
        assert blanks(russian) == blanks(_SENTENCES["en"][key]), key


def test_a_deck_in_another_language_gets_russian() -> None:
    assert message("kk", "correct") == "Верно." and message("en", "correct") == "Correct."


def test_verdict_constructors() -> None:
    right = Verdict.right("Верно.", "Астана")
    assert (right.correct, right.score, right.rating, right.partial) == (
        True,
        1.0,
        SuggestedRating.GOOD,
        False,
    )
    assert Verdict.right("x", None, rating=SuggestedRating.HARD).rating is SuggestedRating.HARD
    wrong = Verdict.wrong("Неверно.", "Астана", score=0.25, partial=True)
    assert (wrong.correct, wrong.score, wrong.rating, wrong.partial) == (
        False,
        0.25,
        SuggestedRating.AGAIN,
        True,
    )


def test_accepted_forms_serve_the_lexicon_and_the_report() -> None:
    """One list of what a card accepts; the lexicon adds near misses, the report's confusion index uses it as is."""
    from kzjp_tutor.core.deck import DateCard, ListCard, NumberCard, TextCard
    from kzjp_tutor.core.grading.lexicon import accepted_forms

    text = TextCard(id="t", prompt="Кто?", answer="Хасимото", accept=["Хашимото"], reject=["Обути"])
    assert accepted_forms(text) == ["Хасимото", "Хашимото"]
    items = ListCard(id="l", prompt="Что?", type="list", answer=[["нефть", "oil"], "уран"], need=1)
    assert accepted_forms(items) == ["нефть", "oil", "уран"]
    assert accepted_forms(DateCard(id="d", prompt="Когда?", type="date", answer="1992-01-26")) == ["1992"]
    assert accepted_forms(NumberCard(id="n", prompt="Сколько?", type="number", answer=74.0)) == ["74"]


def test_list_feedback_comes_from_the_one_table_in_both_languages() -> None:
    """Reasons joined, the first capitalised, then what is missing."""
    from kzjp_tutor.core.deck import ListCard
    from kzjp_tutor.core.grading import grade

    card = ListCard(id="l", prompt="Назовите два.", type="list", answer=["нефть", "уран"], need=2)
    verdict = grade(card, "нефть, Тойота", "ru")
    assert not verdict.correct
    assert verdict.feedback == "Не из списка: «тойота»; названо 1 из 2. Не названо: уран."
    assert (
        grade(card, "oil", "en").feedback == "Not in the list: “oil”; named 0 of 2. Not named: нефть, уран."
    )


def test_could_not_read_gives_no_course_answer_away() -> None:
    """The forms the grader understands are shown with examples; none may be a bundled card's answer."""
    import re

    from kzjp_tutor.core.deck import DateCard, NumberCard
    from kzjp_tutor.core.grading.dates import format_date
    from kzjp_tutor.core.loader import load_deck
    from kzjp_tutor.core.paths import bundled_decks_dir
    from kzjp_tutor.core.wording import number_text

    sentences = " ".join(
        message(lang, key) for lang in ("ru", "en") for key in ("date.unread_forms", "number.unread_forms")
    )
    grouped = re.sub(r"(?<=\d)[ ,](?=\d{3}\b)", "", sentences)  # "1 350", "1,350" are 1350
    numbers = set(re.findall(r"\d+", grouped))
    for path in bundled_decks_dir().glob("*.toml"):
        deck = load_deck(path)
        for _section, card in deck.cards():
            if isinstance(card, DateCard):
                assert str(card.parts[0]) not in numbers, (card.id, card.parts)
                assert format_date(*card.parts, deck.language) not in sentences
            elif isinstance(card, NumberCard):
                assert number_text(card.answer).replace(" ", "") not in numbers, (card.id, card.answer)
