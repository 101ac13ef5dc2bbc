"""Fuzzy search over every card's prompt, answer and tags (rapidfuzz), UI-free.

Why an index: with 10,000 cards the search runs on every keystroke, so each card's searchable
text is built once, lower-cased, and rapidfuzz's C scorer ranks them.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from .catalog import CardRef
from .wording import answer_text

__all__ = ["CardIndex"]


class CardIndex:
    """Every card of the loaded decks with one search string each."""

    def __init__(self, cards: Sequence[CardRef]) -> None:
        """Build the search strings: prompt, answer and tags."""
        self.cards = list(cards)
        self._texts = [
            " ".join(
                (ref.card.prompt, answer_text(ref.card, ref.deck.deck.language), *ref.card.tags)
            ).casefold()
            for ref in self.cards
        ]

    def search(self, query: str, limit: int = 200) -> list[CardRef]:
        """Cards best matching ``query`` (all cards in deck order, up to ``limit``, when it is empty)."""
        query = query.strip().casefold()
        if not query:
            return self.cards[:limit]
        found = process.extract(query, self._texts, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=60)
        return [self.cards[index] for _text, _score, index in found]
