"""A correct detail from the card's source, added after a right answer, is not a second answer;
a new name built around the answer from the same source is. On the real course decks."""

from __future__ import annotations

import pytest

from .casebook import Case, grade_real


@pytest.mark.parametrize(
    ("deck", "card", "answer"),
    [
        # (not-a-showcase's «торговый оборот между двумя странами» left with 2747e58, which made
        # «торговый оборот» that card's near miss)
        ("kzjp-lecture-11.ru.toml", "eurasian-diplomacy-author", "Р. Хашимото, в 1997 году"),
        (
            "kzjp-25-years.ru.toml",
            "high-level-book-of-memory",
            "книгу памяти со списками японских военнопленных",
        ),
        (
            "kzjp-lecture-11.ru.toml",
            "silk-road-economic-goal",
            "природных ресурсов для обеспечения процветания в регионе",
        ),
    ],
)
def test_a_source_detail_after_the_answer_is_accepted(deck: str, card: str, answer: str) -> None:
    assert grade_real(Case(deck, card, answer, True, "source_detail")).correct


@pytest.mark.parametrize(
    ("deck", "card", "answer"),
    [
        (
            "kzjp-25-years.ru.toml",
            "atom-ctbt-abbrev",
            "Организация Договора о всеобъемлющем запрещении ядерных испытаний",
        ),
        ("kzjp-25-years.en.toml", "atom-ctbt-abbrev", "Comprehensive Nuclear-Test-Ban Treaty Organization"),
        ("kzjp-lecture-11.ru.toml", "not-a-showcase", "не торговый оборот между двумя странами"),
    ],
)
def test_a_new_name_or_a_negation_from_the_same_source_is_not(deck: str, card: str, answer: str) -> None:
    assert not grade_real(Case(deck, card, answer, False, "source_detail")).correct
