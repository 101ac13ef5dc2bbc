""" "Your answer": the typed text verbatim, wrong words in ⟦…⟧, missing words named, no colour needed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core.deck import ChoiceCard, DateCard, TextCard
from kzjp_tutor.core.grading import Verdict, grade
from kzjp_tutor.core.grading.marks import as_written, mark_answer

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
        _plain(DELEGATION, "принять делегацию в Японию")
        == "⟦принять⟧ делегацию в Японию (missing: отправить)"
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


def test_feedback_quotes_words_as_the_deck_and_the_student_wrote_them() -> None:
    """Missing and extra words keep their capitals and the small words between them."""
    assert as_written("лидер в Центральной Азии", ("центральной", "азии"), "ru") == "Центральной Азии"
    assert (
        as_written(
            "the Book of Memory with lists of Japanese prisoners of war",
            ("lists", "japanese", "prisoners", "war"),
            "en",
        )
        == "lists of Japanese prisoners of war"
    )
    verdict = grade(LEADER, "лидером в регионе", "ru")
    assert "«Центральной Азии»" in verdict.feedback and "центральной азии" not in verdict.feedback


SOURCE = st.lists(
    st.sampled_from(["Центральной", "Азии", "в", "лидер", "Japanese", "of", "war", "Кисё"]),
    min_size=1,
    max_size=8,
)


@given(words=SOURCE, data=st.data())
def test_property_as_written_quotes_only_text_that_is_there(words: list[str], data: st.DataObject) -> None:
    """Every phrase given back is a verbatim piece of the text (never lower-cased or re-spelt)."""
    text = " ".join(words)
    from kzjp_tutor.core.grading.normalize import tokens

    normalised = sorted({t for w in words for t in tokens(w, "ru", keep_fillers=True)})
    wanted = data.draw(st.lists(st.sampled_from(normalised), min_size=1, unique=True))
    quoted_back = as_written(text, wanted, "ru")
    if quoted_back != " ".join(wanted):
        for phrase in quoted_back.split(", "):
            assert phrase in text
