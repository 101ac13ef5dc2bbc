""" "Your answer": the typed text verbatim, wrong words in ⟦…⟧, missing words named, no colour needed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core.deck import ChoiceCard, DateCard, TextCard
from kzjp_tutor.core.grading import Verdict, grade
from kzjp_tutor.core.grading.marks import mark_answer

DELEGATION = TextCard(
    id="delegation", prompt="Что решил Токаев?", answer="отправить делегацию в Японию", type="text"
)
PARTNER = TextCard(
    id="partner", prompt="Кем является Япония?", answer="ключевой стратегический партнёр", type="text"
)
LEADER = TextCard(
    id="leader", prompt="Как Суга назвал Казахстан?", answer="лидер в Центральной Азии", type="text"
)
OLYMPICS = TextCard(id="olympics", prompt="What occasion?", answer="Tokyo Summer Olympics", type="text")
DATE = DateCard(id="d", prompt="Когда?", answer="1991-12-28", type="date")
CHOICE = ChoiceCard(id="c", prompt="Какой?", choices=["первый", "второй"], answer="первый", type="choice")


def _plain(card: TextCard | DateCard | ChoiceCard, answer: str, language: str = "ru") -> str:
    """The marks for a refused answer (a verdict made here, so the test does not hang on how the
    grader judges it today: marking is shown for any refused answer)."""
    return mark_answer(card, answer, Verdict.wrong("Неверно.", str(card.answer)), language).plain()


def test_wrong_words_are_wrapped_and_missing_words_named_as_the_deck_writes_them() -> None:
    """Case and spelling as typed; the missing words keep the deck's capitals."""
    assert (
        _plain(DELEGATION, "послать делегацию в Японию")
        == "⟦послать⟧ делегацию в Японию (missing: отправить)"
    )
    assert _plain(PARTNER, "главным торговым партнером") == (
        "⟦главным торговым⟧ партнером (missing: ключевой стратегический)"
    )
    assert _plain(LEADER, "лидером в регионе") == "лидером в ⟦регионе⟧ (missing: Центральной Азии)"
    assert _plain(OLYMPICS, "Tokyo 2020 Olympics", "en") == "Tokyo ⟦2020⟧ Olympics (missing: Summer)"


def test_what_is_not_marked() -> None:
    """An accepted answer, a wholly different answer, a date and a choice are shown as typed."""
    accepted = Verdict.right("Верно.", DELEGATION.answer)
    assert mark_answer(DELEGATION, "Отправить делегацию в Японию!", accepted, "ru").plain() == (
        "Отправить делегацию в Японию!"
    )
    assert _plain(LEADER, "Хосокава") == "Хосокава"
    assert _plain(DATE, "28.11.1991") == "28.11.1991"
    assert _plain(CHOICE, "второй") == "второй"


WORDS = st.sampled_from(
    ["лидером", "в", "регионе", "Азии", "Центральной", "главным", "партнер", "Summer", "2020"]
)


@given(
    words=st.lists(WORDS, min_size=1, max_size=6),
    separators=st.lists(st.sampled_from([" ", ", ", " - "]), min_size=6),
)
def test_property_the_marks_removed_give_the_typed_answer_back(
    words: list[str], separators: list[str]
) -> None:
    """Whatever is typed, the marked text without ⟦, ⟧ and the "(missing: …)" note is the answer
    exactly as typed: nothing is lower-cased, added or merged."""
    answer = "".join(word + separator for word, separator in zip(words, separators, strict=False)).strip()
    for card in (LEADER, PARTNER, OLYMPICS):
        marked = mark_answer(card, answer, grade(card, answer, "ru"), "ru")
        assert "".join(run for run, _wrong in marked.parts) == answer
        text = marked.plain()
        if marked.missing:
            text = text[: text.rindex(" (missing: ")]
        assert text.replace("⟦", "").replace("⟧", "") == answer
