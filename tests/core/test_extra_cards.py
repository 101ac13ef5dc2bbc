"""Core facts first: a deck's ``extra`` cards come after all its other cards, or not at all.

Issue 16: trivia (careers in detail, performers, village names) must not crowd the facts an exam
asks about, so the queue introduces them last, and ``include_extra = false`` leaves them out.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.store import Store

from .helpers import MovableClock, make_deck
from .test_session import Harness

_TOPICS = [
    "Who opened the embassy",
    "When was the treaty signed",
    "Which river flows north",
    "What did the minister sign",
    "Where is the uranium mined",
    "How many students went abroad",
    "Which company built the plant",
    "What is the capital of the region",
    "Whose visit began the partnership",
    "Which forum met in Tokyo",
    "What share of trade is oil",
    "Why was the fund created",
]


def _deck(extra_flags: list[bool]) -> Deck:
    cards: list[dict[str, Any]] = [
        {
            "id": f"c{index:02d}",
            "prompt": f"{_TOPICS[index]}?",  # unlike prompts: similar ones are kept apart as siblings
            "answer": f"answer{index}",
            "tags": ["extra"] if extra else [],
        }
        for index, extra in enumerate(extra_flags)
    ]
    return make_deck("mixed", {"s1": cards[: len(cards) // 2], "s2": cards[len(cards) // 2 :]})


def _introduced(store: Store, moving: MovableClock, deck: Deck, **settings: Any) -> list[str]:
    session = Harness(store, moving, [deck], new_per_day=100, **settings).session()
    order: list[str] = []
    for _ in range(100):
        item = session.next_card()
        if item is None:
            break
        if item.kind == "new":
            order.append(item.card.id)
        session.answer(str(item.card.answer), 1000)
        session.commit()
        moving.advance(minutes=15)  # past a learning step, so the learning card can come back too
    return order


def test_extra_cards_come_after_every_other_card_of_the_deck(store: Store, moving: MovableClock) -> None:
    deck = _deck([True, False, True, False, False, True])
    order = _introduced(store, moving, deck)
    assert order[:3] == ["c01", "c03", "c04"]  # the core cards, in deck order
    assert order[3:] == ["c00", "c02", "c05"]  # then the extra ones, in deck order


def test_include_extra_false_leaves_them_out(store: Store, moving: MovableClock) -> None:
    deck = _deck([True, False, True, False])
    assert _introduced(store, moving, deck, include_extra=False) == ["c01", "c03"]


def test_is_extra_reads_the_tag() -> None:
    deck = _deck([True, False])
    flags = {card.id: card.is_extra for _section, card in deck.cards()}
    assert flags == {"c00": True, "c01": False}


@given(st.lists(st.booleans(), min_size=2, max_size=12))
def test_no_extra_card_is_introduced_before_a_core_card(extra_flags: list[bool]) -> None:
    """Whatever the mix, every core card is introduced before any extra card.

    (Within each group the order may differ from the deck's: the queue keeps similar prompts apart.)
    """
    import datetime as dt
    import tempfile
    from pathlib import Path

    from .helpers import T0

    with tempfile.TemporaryDirectory() as home:
        store = Store.open(Path(home), now=T0)
        try:
            deck = _deck(extra_flags)
            order = _introduced(store, MovableClock(T0 + dt.timedelta()), deck)
        finally:
            store.close()
    core = [f"c{i:02d}" for i, extra in enumerate(extra_flags) if not extra]
    extra = [f"c{i:02d}" for i, extra in enumerate(extra_flags) if extra]
    assert sorted(order[: len(core)]) == core
    assert sorted(order[len(core) :]) == extra
