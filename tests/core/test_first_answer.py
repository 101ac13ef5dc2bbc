"""Issue 17, show-first must not cost recall: the first answer after a showing is rated at most Hard."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import fsrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.session import AFTER_SHOWING, StudySession, first_answer_rating
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store

from .helpers import T0, MovableClock


def _session(store: Store, moving: MovableClock, deck: Deck, **settings: Any) -> StudySession:
    chosen = Settings(**{"new_per_day": 1, **settings})
    counter = iter(range(1, 10_000))
    return StudySession(
        [deck],
        store,
        Planner(chosen, enable_fuzzing=False),
        chosen,
        moving.clock(),
        new_review_id=lambda: f"{next(counter):032x}",
    )


def _shown_then_asked(store: Store, moving: MovableClock, deck: Deck) -> StudySession:
    """A session whose current card is 'capital', shown two minutes ago and now asked."""
    session = _session(store, moving, deck)
    item = session.next_card()
    assert item is not None and item.show and item.card.id == "capital"
    session.acknowledge()
    moving.advance(minutes=2)
    asked = session.next_card()
    assert asked is not None and asked.card.id == "capital" and not asked.show
    return session


@pytest.mark.parametrize("choice", [None, "right", "easy", fsrs.Rating.Good, fsrs.Rating.Easy])
def test_a_right_first_answer_after_a_showing_is_rated_hard(
    store: Store, moving: MovableClock, deck: Deck, choice: Any
) -> None:
    """The grader's Good (or the student's "I was right"/Easy) becomes Hard; the review row keeps
    the verdict (right) and the grader's suggestion; the card stays on its first learning step."""
    session = _shown_then_asked(store, moving, deck)
    session.answer("Tokyo")
    recorded = session.commit(choice)
    assert recorded.rating == fsrs.Rating.Hard
    assert recorded.verdict.correct
    state = recorded.outcome.state
    assert state.fsrs.state == fsrs.State.Learning and state.fsrs.step == 0
    # Hard on the first of two steps (1, 10 min) comes back after their mean, 5.5 minutes.
    assert recorded.interval == dt.timedelta(minutes=5, seconds=30)
    (review,) = store.reviews(["demo"])
    assert review.correct and review.suggested == "good" and review.rating == int(fsrs.Rating.Hard)


def test_only_the_first_answer_is_capped_and_again_stays_again(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    session = _shown_then_asked(store, moving, deck)
    session.answer("Paris")
    assert session.commit().rating == fsrs.Rating.Again
    moving.advance(minutes=2)
    item = session.next_card()
    assert item is not None and item.card.id == "capital"
    session.answer("Tokyo")
    assert session.commit().rating == fsrs.Rating.Good, "the second answer is rated as graded"


def test_after_hard_the_card_needs_two_more_right_answers_to_leave_the_steps(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    """Shown, then right three times: Hard (5.5 min), Good (10 min), Good (days). Without the cap
    the card left the steps on its second answer."""
    session = _shown_then_asked(store, moving, deck)
    states = []
    for _ in range(3):
        item = session.next_card()
        assert item is not None and item.card.id == "capital"
        session.answer("Tokyo")
        states.append(session.commit().outcome.state.fsrs.state)
        moving.advance(minutes=11)
    assert states == [fsrs.State.Learning, fsrs.State.Learning, fsrs.State.Review]


def test_ask_first_first_answer_is_not_capped(store: Store, moving: MovableClock, deck: Deck) -> None:
    """No showing, no cap: an ask-first card's first right answer is Good, as before."""
    session = _session(store, moving, deck, new_cards="ask-first")
    assert session.next_card() is not None
    session.answer("Tokyo")
    assert session.commit().rating == fsrs.Rating.Good


def test_amending_the_first_answer_keeps_the_cap(store: Store, moving: MovableClock, deck: Deck) -> None:
    """Plain mode's "I was right" after the fact re-records the answer on the shown state: still Hard."""
    session = _shown_then_asked(store, moving, deck)
    session.answer("Токио?")
    session.commit("wrong")
    amended = session.amend("right")
    assert amended is not None and amended.rating == fsrs.Rating.Hard


@given(rating=st.sampled_from(list(fsrs.Rating)), reps=st.integers(min_value=0, max_value=50))
def test_first_answer_rating_caps_only_a_shown_card(rating: fsrs.Rating, reps: int) -> None:
    """Never raises a rating; lowers it only to Hard and only on a shown, never-answered card."""
    state = Planner(Settings(), enable_fuzzing=False).shown("demo", "capital", T0)
    state = replace(state, reps=reps)
    got = first_answer_rating(state, rating)
    assert got <= rating
    assert got == (min(rating, AFTER_SHOWING) if reps == 0 else rating)
    assert first_answer_rating(None, rating) == rating
