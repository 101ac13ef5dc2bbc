"""Which card comes next: the study queue a session asks, rebuilt from the store at each card.

Split from :mod:`.session` (which grades, records and undoes) because the order is a concept of its
own with its own state: cursors over each deck's new cards, the cram ranking, and the showings that
seed a choice card's order. Queue order (recomputed on every :meth:`StudyQueue.next`, so cards
become due while a session runs and two programs sharing a database stay consistent): due reviews
(up to ``max_reviews_per_day`` per deck and day), then learning cards due now, then, in the last
days before an exam, the cram queue (studied cards most at risk on exam day), then new cards in
lecture order (up to ``new_per_day`` per deck and day, counted from the store; with
``new_cards = "show-first"`` a new card comes as a fact to read, see :attr:`QueueItem.show`), then, in a
final-review window, second reviews up to the window's heaviest day (``Planner.valley_today``), and finally
learning cards due within :data:`LEARN_AHEAD`. A card is not shown right after a card of the same
section with a similar prompt or an overlapping answer (list siblings), unless nothing else is left.
Suspended cards are never asked.
"""

from __future__ import annotations

import datetime as dt
import difflib
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

import fsrs

from .catalog import first_per_id
from .deck import Card, ChoiceCard, Deck, ListCard, Section
from .errors import KzjpError
from .i18n import gettext as _
from .scheduling import Planner, new_cards_left
from .settings import Settings
from .store import CardState, Store

__all__ = ["LEARN_AHEAD", "ItemKind", "QueueItem", "StudyQueue", "choice_order"]

LEARN_AHEAD = dt.timedelta(minutes=20)
"""When nothing else is left, learning cards due within this long are shown early."""
SIMILAR_PROMPTS = 0.6
"""Prompt similarity (difflib ratio) from which two cards of a section count as siblings."""
_BATCH = 8

ItemKind = Literal["review", "learning", "new", "cram", "ahead", "exam"]


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One card to ask, with where it comes from and why it is next."""

    deck: Deck
    section: Section
    card: Card
    kind: ItemKind
    state: CardState | None
    """The stored state (None for a new card)."""
    order: tuple[int, ...] = ()
    """A choice card's option indexes (into ``card.choices``) in the order shown; empty otherwise."""
    show: bool = False
    """Show this new card's fact first (question, answer, explanation, source) and ask it later
    (``new_cards = "show-first"``); the student acknowledges it with
    :meth:`~kzjp_tutor.core.session.StudySession.acknowledge`."""

    @property
    def choices(self) -> tuple[str, ...]:
        """A choice card's options as shown, numbered from 1 in that order; () for other cards."""
        card = self.card
        if not isinstance(card, ChoiceCard):
            return ()
        if sorted(self.order) != list(range(len(card.choices))):
            return tuple(card.choices)
        return tuple(card.choices[index] for index in self.order)

    @property
    def is_new(self) -> bool:
        """Never answered before."""
        return self.state is None

    @property
    def is_leech(self) -> bool:
        """Forgotten at least ``leech_threshold`` times."""
        return self.state is not None and self.state.leech

    @property
    def key(self) -> tuple[str, str]:
        """(deck id, card id)."""
        return self.deck.deck.id, self.card.id


def choice_order(count: int, seed: int, showing: int, key: tuple[str, str]) -> tuple[int, ...]:
    """The order of ``count`` options at one showing of one card: a permutation of ``range(count)``.

    Fixed by its arguments alone (``random.Random`` seeded with a string is the same in every
    process), so a session with an explicit seed is reproducible and a showing is shown alike
    after undo.
    """
    order = list(range(count))
    random.Random(f"{seed}/{showing}/{key[0]}/{key[1]}").shuffle(order)
    return tuple(order)


def _answers(card: Card) -> set[str]:
    if isinstance(card, ListCard):
        return {item[0].casefold() for item in card.items}
    return {str(card.answer).casefold()}


def _siblings(a: QueueItem, b: QueueItem) -> bool:
    if a.key == b.key:
        return True
    if a.deck.deck.id != b.deck.deck.id or a.section.id != b.section.id:
        return False
    if _answers(a.card) & _answers(b.card):
        return True
    matcher = difflib.SequenceMatcher(None, a.card.prompt.casefold(), b.card.prompt.casefold())
    return matcher.quick_ratio() >= SIMILAR_PROMPTS and matcher.ratio() >= SIMILAR_PROMPTS


class StudyQueue:
    """The cards of some decks (optionally one section) in the order they should be asked.

    Args:
        decks: The decks, in the order their new cards should come (one per deck id).
        store: Where the cards' states are read.
        planner: Knows the cram window and ranks cards for it.
        settings: Daily limits and exam dates.
        section: Only the section with this id.
        seed: With each showing's number, fixes the order of a choice card's options.

    Raises:
        KzjpError: no deck has the section asked for.
    """

    def __init__(
        self,
        decks: Sequence[Deck],
        store: Store,
        planner: Planner,
        settings: Settings,
        *,
        section: str | None = None,
        seed: int = 0,
    ) -> None:
        self.store = store
        self.planner = planner
        self.settings = settings
        self.seed = seed
        self._showings = 0
        self.decks: dict[str, Deck] = {}
        self._members: dict[str, dict[str, tuple[Section, Card]]] = {}
        self._order: dict[str, list[str]] = {}
        for deck in first_per_id(decks):
            members = {
                c.id: (s, c)
                for s, c in deck.cards()
                if (section is None or s.id == section) and (settings.include_extra or not c.is_extra)
            }
            if not members:
                continue
            self.decks[deck.deck.id] = deck
            self._members[deck.deck.id] = members
            # Core facts first: a deck's extra cards are introduced only after all its other cards.
            self._order[deck.deck.id] = sorted(members, key=lambda card_id: members[card_id][1].is_extra)
        if section is not None and not self.decks:
            raise KzjpError(_("no deck being studied has a section {name}").format(name=repr(section)))
        planner.know_decks(self.decks.values())
        self._seen = {deck_id: store.seen_ids(deck_id) for deck_id in self.decks}
        self._new_cursor = dict.fromkeys(self.decks, 0)
        self._answered: Counter[tuple[str, str]] = Counter()
        """Answers (and showings) recorded in this session per card: such a card is not crammed in it."""
        self._cram_cache: dict[str, list[str]] = {}
        self._suspended: dict[str, set[str]] = {}

    def next(self, now: dt.datetime, last: QueueItem | None) -> QueueItem | None:
        """The card to ask at ``now``, avoiding a sibling of ``last``; None when nothing is left."""
        candidates = self._candidates(now)
        if not candidates:
            return None
        chosen = candidates[0]
        if last is not None:
            for item in candidates:
                if not _siblings(item, last):
                    chosen = item
                    break
        if chosen.kind == "new" and self.settings.new_cards == "show-first":
            chosen = replace(chosen, show=True)
        if isinstance(chosen.card, ChoiceCard):
            self._showings += 1
            order = choice_order(len(chosen.card.choices), self.seed, self._showings, chosen.key)
            chosen = replace(chosen, order=order)
        return chosen

    def answered(self, item: QueueItem) -> None:
        """``item`` was recorded: it is no longer new, and it is not crammed again in this session.

        Not only a crammed card: the cram list is ranked once per session, so a card answered as a
        (window) review came back minutes later as "cram", the same question twice in a sitting.
        """
        deck_id, card_id = item.key
        self._seen[deck_id].add(card_id)
        self._answered[item.key] += 1

    def unanswered(self, item: QueueItem) -> None:
        """``item``'s answer (or showing) was undone: a new card is new again."""
        if item.state is None:
            self.forget(item.key)
        self._answered[item.key] -= 1
        if self._answered[item.key] <= 0:
            del self._answered[item.key]

    def forget(self, key: tuple[str, str]) -> None:
        """The card has no progress any more (its showing undone, or reset): it is new again."""
        deck_id, card_id = key
        if deck_id in self._seen:
            self._seen[deck_id].discard(card_id)
            self._new_cursor[deck_id] = 0

    def remember(self, key: tuple[str, str]) -> None:
        """The card has progress again (a reset undone): it is not new."""
        deck_id, card_id = key
        if deck_id in self._seen:
            self._seen[deck_id].add(card_id)

    def _today(self, now: dt.datetime) -> dt.date:
        return now.astimezone(dt.UTC).date()

    def _item(self, deck_id: str, card_id: str, kind: ItemKind, state: CardState | None) -> QueueItem | None:
        found = self._members[deck_id].get(card_id)
        if found is None:
            return None  # a card no longer in the deck (or outside the section): history kept, not asked
        if card_id in self._suspended.get(deck_id, ()):
            return None  # set aside by the student
        return QueueItem(self.decks[deck_id], found[0], found[1], kind, state)

    def _due(
        self,
        deck_id: str,
        states: tuple[fsrs.State, ...],
        kind: ItemKind,
        until: dt.datetime,
        want: int,
        after: dt.datetime | None = None,
    ) -> list[QueueItem]:
        found: list[QueueItem] = []
        offset = 0
        while len(found) < want:
            rows = self.store.due_states(
                deck_id, until=until, states=states, limit=_BATCH, offset=offset, after=after
            )
            for state in rows:
                item = self._item(deck_id, state.card_id, kind, state)
                if item is not None:
                    found.append(item)
            if len(rows) < _BATCH:
                break
            offset += _BATCH
        return found

    def _candidates(self, now: dt.datetime) -> list[QueueItem]:
        today = self._today(now)
        reviews: list[QueueItem] = []
        learning: list[QueueItem] = []
        new: list[QueueItem] = []
        cram: list[QueueItem] = []
        # Read at every card, as the states are: another program (Browse) may suspend a card.
        self._suspended = {deck_id: self.store.suspended_ids(deck_id) for deck_id in self.decks}
        for deck_id in self.decks:
            counts = self.store.counts([deck_id], since=today, until=today)
            if counts.mature < self.settings.max_reviews_per_day:
                reviews += self._due(deck_id, (fsrs.State.Review,), "review", now, _BATCH)
                if self.planner.in_window(deck_id, now):  # the final-review window's share of today
                    spread = self._studied(deck_id)
                    pulled = self.planner.window_today(deck_id, spread, now)[:_BATCH]
                    reviews += [i for s in pulled if (i := self._item(deck_id, s.card_id, "review", s))]
            learning += self._due(
                deck_id, (fsrs.State.Learning, fsrs.State.Relearning), "learning", now, _BATCH
            )
            if new_cards_left(
                self.settings, introduced_today=counts.new_cards, unseen=_BATCH, deck_id=deck_id, now=now
            ):
                new += self._new_cards(deck_id, _BATCH)
            exam = self.settings.exam_date_for(deck_id)
            if exam is not None and (self.planner.in_window(deck_id, now) or self.planner.in_cram(exam, now)):
                cram += self._cram(deck_id, now)
        reviews.sort(key=lambda i: i.state.due if i.state else now)
        learning.sort(key=lambda i: i.state.due if i.state else now)
        ordered = reviews + learning + cram + new
        if ordered:
            return ordered
        valley = [item for deck_id in self.decks for item in self._valley(deck_id, now)]
        if valley:
            return valley
        ahead: list[QueueItem] = []
        for deck_id in self.decks:
            ahead += self._due(
                deck_id,
                (fsrs.State.Learning, fsrs.State.Relearning),
                "ahead",
                now + LEARN_AHEAD,
                _BATCH,
                after=now,
            )
        ahead.sort(key=lambda i: i.state.due if i.state else now)
        return ahead

    def _new_cards(self, deck_id: str, want: int) -> list[QueueItem]:
        order = self._order[deck_id]
        seen = self._seen[deck_id]
        cursor = self._new_cursor[deck_id]
        while cursor < len(order) and order[cursor] in seen:
            cursor += 1
        self._new_cursor[deck_id] = cursor
        found: list[QueueItem] = []
        for card_id in order[cursor:]:
            if len(found) >= want:
                break
            if card_id not in seen:
                item = self._item(deck_id, card_id, "new", None)
                if item is not None:
                    found.append(item)
        return found

    def _studied(self, deck_id: str) -> list[CardState]:
        """The deck's studied cards that are not suspended: what the window and the cram plan over."""
        held = self.store.states(deck_id, self._members[deck_id]).values()
        return [s for s in held if s.card_id not in self._suspended[deck_id]]

    def _valley(self, deck_id: str, now: dt.datetime) -> list[QueueItem]:
        """The window's second reviews that fit under its peak day, once today's other work is done."""
        if not self.planner.in_window(deck_id, now):
            return []
        answered = self.planner.window_answers(self.store, deck_id, now)
        states = self._studied(deck_id)
        found: list[QueueItem] = []
        for state in self.planner.valley_today(deck_id, states, now, answered=answered)[:_BATCH]:
            item = self._item(deck_id, state.card_id, "cram", state)
            if item is not None:
                found.append(item)
        return found

    def _cram(self, deck_id: str, now: dt.datetime) -> list[QueueItem]:
        window = self.planner.window(deck_id)
        if deck_id not in self._cram_cache and window is not None:
            states = self._studied(deck_id)
            self._cram_cache[deck_id] = [s.card_id for s in self.planner.cram_share(window, states, now)]
        found: list[QueueItem] = []
        for card_id in self._cram_cache.get(deck_id, []):
            if (deck_id, card_id) in self._answered:
                continue
            state = self.store.state(deck_id, card_id)
            if state is None or state.due <= now:
                continue  # answered since; the ordinary queue has it
            item = self._item(deck_id, card_id, "cram", state)
            if item is not None:
                found.append(item)
            if len(found) >= _BATCH:
                break
        return found
