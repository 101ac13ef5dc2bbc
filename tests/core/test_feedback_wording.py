"""Feedback is a sentence a teacher would write: the deck's quotation marks, a capital, a full stop,
and never the verdict's own word ("Correct", "Wrong") said again under the front end's headline."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core.deck import ListCard
from kzjp_tutor.core.grading import grade
from kzjp_tutor.core.grading.feedback import _SENTENCES, already_names, message, only_says_correct, quoted

FRAGMENTS = {"lowercase", "list.order", "list.not_in", "list.count"}
"""Keys that are pieces joined into a sentence by the list grader, not sentences themselves."""
VALUES = {
    "answer": "Астана",
    "reject": "Обути",
    "extra": "академик",
    "missing": "Центральной Азии",
    "pairs": "астанна → Астана",
    "wrong": "нефть",
    "count": "1",
    "need": "2",
    "typed": "Японии",
    "wanted": "Казахстана",
}


def test_every_sentence_is_a_sentence_with_the_decks_quotes() -> None:
    """A capital first, a full stop last; English sentences never use «…», Russian never “…”."""
    for language, table in _SENTENCES.items():
        for key in table:
            if key in FRAGMENTS:
                continue
            sentence = message(language, key, **VALUES)
            assert sentence.lstrip("«“")[0].isupper() and sentence.endswith("."), (language, key, sentence)
            foreign = "«»" if language == "en" else "“”"
            assert not any(mark in sentence for mark in foreign), (language, key, sentence)


def test_wrong_does_not_repeat_the_headline() -> None:
    """ "✗ Wrong" is the headline; the sentence gives the answer, not «Неверно.» / "Wrong." again."""
    assert message("ru", "wrong", answer="Астана") == "Правильно: Астана."
    assert message("en", "wrong", answer="Astana") == "The answer is: Astana."
    assert only_says_correct("Верно.") and only_says_correct("Correct.")
    assert not only_says_correct("Засчитано с опечаткой: астанна → Астана.")
    assert already_names("Правильно: Астана.", "Астана") and not already_names("Верно.", "Астана")


LIST = ListCard(id="l", prompt="Name two.", type="list", answer=["oil", "uranium"], need=2)


@given(
    extra=st.text(alphabet=string.ascii_lowercase + " ", min_size=3, max_size=20).filter(
        lambda text: text.strip() != ""
    )
)
def test_property_english_list_feedback_uses_english_quotes(extra: str) -> None:
    """Whatever wrong item is named on an English list card, it is quoted “…”, never «…»."""
    feedback = grade(LIST, f"oil, {extra}", "en").feedback
    assert "«" not in feedback and "»" not in feedback
    if "not in the list" in feedback.casefold():
        assert quoted("en", "")[0] in feedback
