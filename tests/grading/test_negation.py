"""The one negation rule: a negator the card's own forms do not hold makes an answer a non-answer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core.grading.negation import NEGATORS, negates


@pytest.mark.parametrize(
    "answer",
    [
        "не в 1992 году",
        "НЕ 74",
        "кроме Обути",
        "за исключением Хасимото",
        "not 74",
        "anything but Hashimoto",
        "Not in 1997",
    ],
)
def test_negations_and_exclusions(answer: str) -> None:
    assert negates(answer)


@pytest.mark.parametrize(
    "answer", ["1992", "Хашимото", "notes", "нефть", "новый уровень", "Nothing", "Янонис", "кроме-то"]
)
def test_words_that_only_contain_a_negator_are_not_one(answer: str) -> None:
    assert not negates(answer)


def test_a_negative_fact_can_be_answered_in_its_own_words() -> None:
    assert not negates("соглашение пока не заключено", ["Соглашение ещё не заключено"])
    assert negates("не Хашимото", ["Хашимото"])


@given(
    language=st.sampled_from(sorted(NEGATORS)),
    data=st.data(),
    rest=st.text(
        alphabet="абвгдеёжзийклмнопрстуфхцчшщыэюяabcdefghijklmnopqrstuvwxyz0123456789 ", max_size=30
    ),
)
def test_any_negator_before_any_answer_negates(language: str, data: st.DataObject, rest: str) -> None:
    negator = data.draw(st.sampled_from(NEGATORS[language]))
    assert negates(f"{negator} {rest}")
    assert negates(f"{rest} {negator.upper()}")
