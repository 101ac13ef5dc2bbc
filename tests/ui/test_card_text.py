"""How a card's answer is written for the student after grading (the verdict panel, browse)."""

from __future__ import annotations

import pytest

from kzjp_tutor.core.deck import ChoiceCard, DateCard, ListCard, NumberCard
from kzjp_tutor.ui.widgets.card_text import canonical_answer


@pytest.mark.parametrize(
    ("answer", "language", "written"),
    [
        ("1991-12-28", "ru", "28 декабря 1991 года"),
        ("1991-12-28", "en", "December 28, 1991"),
        ("1992-01", "ru", "январь 1992 года"),
        ("1992-01", "en", "January 1992"),
        ("1997", "ru", "1997 год"),
        ("1997", "en", "1997"),
    ],
)
def test_dates_are_written_out_at_their_precision(answer: str, language: str, written: str) -> None:
    """Not the deck's ISO text: the date as the grader's feedback writes it, in the deck's language."""
    card = DateCard(id="d", prompt="When?", type="date", answer=answer)
    assert canonical_answer(card, language) == written


def test_other_types() -> None:
    """Lists join their items' first forms (with how many are needed); numbers keep unit and tolerance."""
    items = ListCard(id="l", prompt="Name two.", type="list", answer=[["Нефть", "oil"], "Уран"], need=1)
    assert canonical_answer(items) == "Нефть; Уран (any 1)"
    number = NumberCard(id="n", prompt="How many?", type="number", answer=47.5, tolerance=0.5, unit="млн $")
    assert canonical_answer(number) == "47.5 ± 0.5 млн $"
    choice = ChoiceCard(id="c", prompt="Which?", type="choice", choices=["1996", "1997"], answer="1997")
    assert canonical_answer(choice) == "2. 1997"
