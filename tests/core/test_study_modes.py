"""Issue 17 in the session: show a new card first then ask it; Hard; suspend, flag, reset; undo of each."""

from __future__ import annotations

import datetime as dt
from typing import Any

import fsrs
import pytest

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.queue import QueueItem
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.session import StudySession
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import CardEvent, Store

from .helpers import T0, MovableClock


def _session(
    store: Store, moving: MovableClock, deck: Deck, prefix: str = "a", **settings: Any
) -> StudySession:
    """A session whose ids are 32 hex digits (as uuid4 hex), numbered, ``prefix`` first."""
    chosen = Settings(**settings)
    counter = iter(range(1, 10_000))
    return StudySession(
        [deck],
        store,
        Planner(chosen, enable_fuzzing=False),
        chosen,
        moving.clock(),
        new_review_id=lambda: f"{prefix}{next(counter):031x}",
    )


def _next(session: StudySession) -> QueueItem:
    item = session.next_card()
    assert item is not None
    return item


def _walk(session: StudySession, moving: MovableClock, steps: int) -> list[tuple[str, str]]:
    """Study ``steps`` cards the way a student does: read each fact, answer each question right;
    20 s per card. Returns (what happened, card id) in order."""
    seen: list[tuple[str, str]] = []
    for _ in range(steps):
        item = session.next_card()
        if item is None:
            break
        if item.show:
            session.acknowledge()
            seen.append(("show", item.card.id))
        else:
            session.answer(str(item.card.answer))
            session.commit()
            seen.append(("ask", item.card.id))
        moving.advance(seconds=20)
    return seen


def test_a_new_card_is_shown_then_asked_after_other_cards(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    """Show-first (the default): every new card is shown before it is asked, and it is asked only
    after other cards, when its first learning step (1 min) has passed."""
    session = _session(store, moving, deck)
    walk = _walk(session, moving, 12)
    shown_at = {card: i for i, (what, card) in enumerate(walk) if what == "show"}
    asked_at = {card: i for i, (what, card) in reversed(list(enumerate(walk))) if what == "ask"}
    assert set(shown_at) == {"capital", "founded", "river", "pm", "steppe"}
    for card, position in asked_at.items():
        assert shown_at[card] < position, f"{card} asked before it was shown"
    assert asked_at["capital"] - shown_at["capital"] >= 3, "asked back at once, not after a few cards"


def test_showing_is_recorded_as_shown_not_answered(store: Store, moving: MovableClock, deck: Deck) -> None:
    """A showing writes no review, an event 'shown', a schedule due after the first learning step
    with fsrs's memory of a first Again (the answer seen, not recalled; reps stays 0), and counts
    the card as introduced today."""
    session = _session(store, moving, deck)
    item = _next(session)
    assert item.show and item.kind == "new"
    step = session.acknowledge()
    assert step is not None and step.event.kind == "shown"
    assert store.count_reviews() == 0
    assert [(e.kind, e.card_id) for e in store.events(["demo"])] == [("shown", "capital")]
    state = store.state("demo", "capital")
    assert state is not None and state.reps == 0 and state.lapses == 0
    again, _log = fsrs.Scheduler(enable_fuzzing=False).review_card(fsrs.Card(due=T0), fsrs.Rating.Again, T0)
    assert (state.fsrs.stability, state.fsrs.difficulty, state.fsrs.step) == (
        again.stability,
        again.difficulty,
        0,
    )
    assert state.due == T0 + dt.timedelta(minutes=1)
    assert store.counts(["demo"]).new_cards == 1 and store.counts(["demo"]).reviews == 0
    assert session.summary().shown == 1 and session.summary().answered == 0


def test_first_answer_after_showing_starts_fsrs_and_is_not_a_second_new_card(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    """The answer after a showing is fsrs's first review (stability set) and the card is not
    counted as a new card twice."""
    session = _session(store, moving, deck, new_per_day=1)
    _next(session)
    session.acknowledge()
    moving.advance(minutes=2)
    item = _next(session)
    assert item.card.id == "capital" and not item.show and item.kind == "learning"
    session.answer("Tokyo")
    recorded = session.commit()
    assert recorded.outcome.state.fsrs.stability is not None
    assert store.counts(["demo"]).new_cards == 1
    # new_per_day = 1 was used by the showing: the next card is not a new one.
    nxt = session.next_card()
    assert nxt is None or nxt.kind != "new"


def test_ask_first_keeps_todays_behaviour(store: Store, moving: MovableClock, deck: Deck) -> None:
    """new_cards = "ask-first": a new card is asked at once, never shown."""
    session = _session(store, moving, deck, new_cards="ask-first")
    walk = _walk(session, moving, 5)
    assert [what for what, _card in walk] == ["ask"] * 5


def test_answering_a_card_to_show_asks_it_at_once(store: Store, moving: MovableClock, deck: Deck) -> None:
    """A front end that answers instead of acknowledging gets today's behaviour, not an error."""
    session = _session(store, moving, deck)
    assert _next(session).show
    session.answer("Tokyo")
    recorded = session.commit()
    assert recorded.rating == fsrs.Rating.Good and store.count_reviews() == 1


def test_undo_a_showing_makes_the_card_new_and_shown_again(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    session = _session(store, moving, deck)
    _next(session)
    session.acknowledge()
    assert session.undo()
    again = _next(session)
    assert again.card.id == "capital" and again.show and again.state is None
    assert store.state("demo", "capital") is None
    assert store.counts(["demo"]).new_cards == 0
    assert store.events(["demo"]) == []


def test_undo_walks_back_answer_then_showing(store: Store, moving: MovableClock, deck: Deck) -> None:
    """Undo takes back the last step each time: the answer (back to the shown state), then the showing."""
    session = _session(store, moving, deck, new_per_day=1)
    _next(session)
    session.acknowledge()
    shown_state = store.state("demo", "capital")
    moving.advance(minutes=2)
    _next(session)
    session.answer("Tokyo")
    session.commit()
    assert session.undo()
    after = store.state("demo", "capital")
    assert after is not None and shown_state is not None and after.same_as(shown_state)
    assert session.undo()
    assert store.state("demo", "capital") is None
    assert not session.undo()


@pytest.mark.parametrize(
    ("choice", "rating"), [("hard", fsrs.Rating.Hard), (fsrs.Rating.Hard, fsrs.Rating.Hard)]
)
def test_hard_is_a_rating(
    store: Store, moving: MovableClock, deck: Deck, choice: Any, rating: fsrs.Rating
) -> None:
    session = _session(store, moving, deck, new_cards="ask-first")
    _next(session)
    session.answer("Tokyo")
    assert session.commit(choice).rating == rating


def test_suspend_skips_the_card_until_unsuspended(store: Store, moving: MovableClock, deck: Deck) -> None:
    """A suspended card is not asked (new or due), is not counted due, and comes back when unsuspended."""
    session = _session(store, moving, deck, new_cards="ask-first")
    _next(session)
    session.answer("Tokyo")
    session.commit()
    moving.advance(days=30)
    assert store.count_due(["demo"], moving.when) == 1
    step = session.suspend(("demo", "capital"))
    assert step is not None
    assert store.count_due(["demo"], moving.when) == 0
    assert store.next_due(["demo"]) is None
    asked = [what for what in _walk(session, moving, 10)]
    assert ("ask", "capital") not in asked
    assert session.unsuspend(("demo", "capital")) is not None
    assert store.count_due(["demo"], moving.when) == 1
    assert _next(session).card.id == "capital"


def test_suspending_the_current_card_moves_on_and_undo_brings_it_back(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    session = _session(store, moving, deck)
    assert _next(session).card.id == "capital"
    session.suspend()
    assert store.suspended_ids("demo") == {"capital"}
    assert _next(session).card.id != "capital"
    assert session.undo()
    assert store.suspended_ids("demo") == set()
    back = _next(session)
    assert back.card.id == "capital" and back.show


def test_flag_keeps_the_comment_for_the_instructor_and_undo_removes_it(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    session = _session(store, moving, deck)
    _next(session)
    session.flag("  the embassy opened in 1993, not 1992  ")
    session.flag(key=("demo", "river"))
    flags = store.events(["demo"], kinds=["flag"])
    assert [(f.card_id, f.comment) for f in flags] == [
        ("capital", "the embassy opened in 1993, not 1992"),
        ("river", None),
    ]
    assert _next(session).card.id == "capital", "flagging is not answering: the card stays"
    assert session.undo()
    assert [f.card_id for f in store.events(["demo"], kinds=["flag"])] == ["capital"]


def test_reset_starts_a_card_again_and_undo_restores_its_schedule(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    """Reset: the card is new again (its answers stay in the log); undo puts the exact schedule back."""
    session = _session(store, moving, deck, new_cards="ask-first")
    _next(session)
    session.answer("Tokyo")
    session.commit()
    before = store.state("demo", "capital")
    assert before is not None
    assert session.reset(("demo", "capital")) is not None
    assert store.state("demo", "capital") is None
    assert store.count_reviews() == 1
    assert session.reset(("demo", "capital")) is None, "nothing left to reset"
    # New again: asked among the new cards (right after another card, as it was the last one asked).
    assert ("ask", "capital") in _walk(session, moving, 2)
    session.undo()
    session.undo()
    assert session.undo()
    restored = store.state("demo", "capital")
    assert restored is not None and restored.same_as(before)


def test_an_answer_cannot_be_undone_under_a_later_reset(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    """Undo never throws away a step built on the one undone: the store refuses an answer's undo
    after a reset, and a reset's undo after a new answer."""
    session = _session(store, moving, deck, new_cards="ask-first")
    _next(session)
    session.answer("Tokyo")
    first = session.commit()
    reset = CardEvent("reset-1", "demo", "capital", "reset", moving.when)
    assert store.act(reset)
    assert store.undo(first.review_id) is None
    other = _session(store, moving, deck, "b", new_cards="ask-first")
    _next(other)
    other.answer("Tokyo")
    other.commit()
    assert store.undo_event("reset-1") is None
    assert store.state("demo", "capital") is not None


def test_an_event_is_recorded_once_on_retry(store: Store) -> None:
    event = CardEvent("same", "demo", "capital", "suspend", T0)
    assert store.act(event)
    assert not store.act(event)
    assert len(store.events(["demo"])) == 1
