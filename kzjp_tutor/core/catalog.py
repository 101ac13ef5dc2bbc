"""The decks the app was asked to show, each either loaded or with the reason it could not be.

Why a separate, UI-free module: a bad deck among good ones must not stop the others, so every
path becomes a :class:`DeckEntry` holding either a :class:`~kzjp_tutor.core.deck.Deck` or the
:class:`~kzjp_tutor.core.errors.DeckError` with all its problems. Loading runs in a worker
thread after the first paint; this module therefore touches no widget.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .deck import Card, Deck, Section
from .errors import DeckError, Problem
from .loader import deck_paths, load_deck

__all__ = ["CardRef", "DeckEntry", "expand_paths", "load_catalog"]


@dataclass(frozen=True, slots=True)
class CardRef:
    """One card with the deck and section it belongs to: what every screen needs to show it."""

    deck: Deck
    section: Section
    card: Card

    @property
    def key(self) -> tuple[str, str]:
        """(deck id, card id): how the store keys progress."""
        return (self.deck.deck.id, self.card.id)


@dataclass(frozen=True, slots=True)
class DeckEntry:
    """One deck file: loaded, or refused with its problems."""

    path: Path
    deck: Deck | None = None
    error: DeckError | None = None

    @property
    def name(self) -> str:
        """The deck's title when loaded, else its file name."""
        return self.deck.deck.title if self.deck is not None else self.path.name

    @property
    def problems(self) -> list[Problem]:
        """Everything wrong with the file (empty for a good deck)."""
        return list(self.error.problems) if self.error is not None else []

    def cards(self) -> list[CardRef]:
        """Every card of a good deck, in lecture order (none for a bad one)."""
        if self.deck is None:
            return []
        deck = self.deck
        return [CardRef(deck, section, card) for section, card in deck.cards()]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Folders become their ``*.toml`` files; a missing path is kept so it is listed as an error."""
    found: list[Path] = []
    for path in paths:
        try:
            found.extend(deck_paths([path]))
        except FileNotFoundError:
            found.append(path)
    return found


def load_one(path: Path) -> DeckEntry:
    """Load one deck file, turning every failure into an entry that says why."""
    try:
        return DeckEntry(path, deck=load_deck(path))
    except DeckError as exc:
        return DeckEntry(path, error=exc)
    except OSError as exc:
        problem = Problem(path.name, f"cannot read the file: {exc.strerror or exc}")
        return DeckEntry(path, error=DeckError(path, [problem]))


def load_catalog(paths: Iterable[Path]) -> list[DeckEntry]:
    """Load every deck; good and bad ones alike come back, in the order given."""
    return [load_one(path) for path in expand_paths(paths)]
