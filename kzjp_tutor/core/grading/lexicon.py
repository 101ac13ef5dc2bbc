"""Every answer word of a deck: the names and terms a typo must not turn into one another."""

from __future__ import annotations

from ..deck import ChoiceCard, Deck, ListCard, TextCard
from .normalize import tokens

__all__ = ["deck_lexicon"]


def deck_lexicon(deck: Deck) -> frozenset[str]:
    """The normalised words of every answer, alias, near miss, choice and list item of ``deck``.

    Built once per deck by whoever grades many answers (a study session, ``kzjp-tutor grade``)
    and passed to :func:`~kzjp_tutor.core.grading.grade`.
    """
    language = deck.deck.language
    words: set[str] = set()
    for _, card in deck.cards():
        forms: list[str] = []
        if isinstance(card, TextCard):
            forms = [card.answer, *card.accept, *card.reject]
        elif isinstance(card, ChoiceCard):
            forms = list(card.choices)
        elif isinstance(card, ListCard):
            forms = [form for item in card.items for form in item]
        for form in forms:
            words.update(tokens(form, language))
    return frozenset(words)
