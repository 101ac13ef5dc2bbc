"""One fact, one row: which loaded decks are language versions of one deck.

The course decks come in Russian and English with the same sections, card ids, types and order
(``docs/decks.md``), and a class may study either. Counted apart, a mixed class would split
every card's figures in two thin halves, so by default the report merges a deck with its
other-language twin; ``--by-language`` keeps them apart.

Twins are recognised by their content, not their file names or ids (the report sees loaded
decks only): exactly one Russian and one English deck with the same sections and the same card
ids and types in the same order. The Russian deck's id, prompts and section titles name the
merged rows, the course being Russian. Decks of one language are never merged, even when their
shapes match: two copies of a deck are two decks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from ..deck import Deck

__all__ = ["Versions", "counted", "language_versions", "versions_of"]

Versions = Mapping[str, str]
"""Deck id → the id its rows are counted under (itself when it has no twin)."""


def _shape(deck: Deck) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    return tuple(
        (section.id, tuple((card.id, type(card).__name__) for card in section.cards))
        for section in deck.sections
    )


def language_versions(decks: Sequence[Deck], *, merge: bool = True) -> dict[str, str]:
    """Map every deck id to the id it is counted under: an English twin to its Russian deck.

    Args:
        decks: The loaded decks.
        merge: False maps every deck to itself (``--by-language``).
    """
    versions = {deck.deck.id: deck.deck.id for deck in decks}
    if not merge:
        return versions
    by_shape: dict[object, list[Deck]] = defaultdict(list)
    for deck in decks:
        by_shape[_shape(deck)].append(deck)
    for group in by_shape.values():
        languages = sorted(deck.deck.language for deck in group)
        if languages == ["en", "ru"]:
            russian = next(deck for deck in group if deck.deck.language == "ru")
            for deck in group:
                versions[deck.deck.id] = russian.deck.id
    return versions


def versions_of(deck_id: str, versions: Versions) -> set[str]:
    """``deck_id`` and every deck counted under the same id (for ``--deck``)."""
    target = versions.get(deck_id, deck_id)
    return {deck_id} | {one for one, under in versions.items() if under == target}


def counted(deck_ids: Collection[str], versions: Versions) -> set[str]:
    """The ids ``deck_ids`` are counted under."""
    return {versions.get(one, one) for one in deck_ids}
