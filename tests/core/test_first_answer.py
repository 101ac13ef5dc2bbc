"""Issue 17, show-first must not cost recall: a shown card is scheduled as an ask-first card after
its forced miss (Planner.shown starts fsrs's memory at a first Again), not as a first Good."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import fsrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.session import StudySession
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store

from .helpers import T0, MovableClock
from .test_study_modes import _session as study_modes_session


def _session(store: Store, moving: MovableClock, deck: Deck, **chosen: Any) -> StudySession:
    """The study-mode tests' session, one new card a day (so only 'capital' is met)."""
    return study_modes_session(store, moving, deck, **{"new_per_day": 1, **chosen})


def _answer_capital(session: StudySession, text: str) -> fsrs.Card:
    item = session.next_card()
    assert item is not None and item.card.id == "capital" and not item.show
    session.answer(text)
    return session.commit().outcome.state.fsrs


def test_shown_card_leaves_the_learning_steps_with_a_short_interval(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    """Shown, then right twice (1 and 10 minutes later): the card leaves the steps due the next
    day, as ask-first's card does after miss, right, right. Rated as a first Good (the old
    showing) it left them due in 2 days with fsrs's stability of days."""
    session = _session(store, moving, deck)
    first = session.next_card()
    assert first is not None and first.show
    session.acknowledge()
    moving.advance(minutes=1)
    after_one = _answer_capital(session, "Tokyo")
    assert after_one.state == fsrs.State.Learning and after_one.step == 1
    moving.advance(minutes=10)
    graduated = _answer_capital(session, "Tokyo")
    assert graduated.state == fsrs.State.Review
    assert graduated.due - moving.when == dt.timedelta(days=1)
    assert graduated.stability is not None and graduated.stability < 1


def test_show_first_schedules_as_ask_first_after_its_miss(tmp_path: Path, deck: Deck) -> None:
    """The same card, the same right answers at the same moments: show-first's schedule is
    ask-first's after the forced miss (stability, difficulty, step, due), with one review fewer."""
    finals: dict[str, object] = {}
    for mode in ("show-first", "ask-first"):
        moving = MovableClock(T0)
        home = tmp_path / mode
        home.mkdir()
        with Store.open(home, now=T0) as store:
            session = _session(store, moving, deck, new_cards=mode)
            item = session.next_card()
            assert item is not None and item.card.id == "capital"
            if mode == "show-first":
                session.acknowledge()
            else:
                session.answer("не знаю")
                assert session.commit().rating == fsrs.Rating.Again
            for wait in (1, 10):
                moving.advance(minutes=wait)
                card = _answer_capital(session, "Tokyo")
            finals[mode] = (card.state, card.step, card.stability, card.difficulty, card.due)
            finals[mode + " reviews"] = store.count_reviews()
    assert finals["show-first"] == finals["ask-first"]
    assert (finals["show-first reviews"], finals["ask-first reviews"]) == (2, 3)


@settings(max_examples=25, deadline=None)
@given(
    minutes=st.integers(min_value=0, max_value=60 * 24 * 3),
    steps=st.sampled_from([[], [1], [1, 10], [5, 30, 120]]),
)
def test_shown_is_a_first_again_due_after_the_first_step(minutes: int, steps: list[int]) -> None:
    """Whatever the time and the learning steps: a shown card has fsrs's memory of a first Again,
    no answer counted (reps, lapses 0), and is due after the first learning step (at once without)."""
    now = T0 + dt.timedelta(minutes=minutes)
    planner = Planner(Settings(learning_steps=steps), enable_fuzzing=False)
    state = planner.shown("demo", "capital", now)
    again = planner.review(planner.new_state("demo", "capital", now), fsrs.Rating.Again, now).state
    assert (state.fsrs.stability, state.fsrs.difficulty) == (again.fsrs.stability, again.fsrs.difficulty)
    assert state.fsrs.last_review == now and (state.reps, state.lapses) == (0, 0)
    assert state.due == now + (dt.timedelta(minutes=steps[0]) if steps else dt.timedelta(0))


@pytest.mark.parametrize("mode", ["show-first", "ask-first"])
def test_a_wrong_answer_after_the_first_step_starts_again(
    store: Store, moving: MovableClock, deck: Deck, mode: str
) -> None:
    """A miss after the showing is an ordinary Again: back to step 0, due after the first step."""
    session = _session(store, moving, deck, new_cards=mode)
    assert session.next_card() is not None
    if mode == "show-first":
        session.acknowledge()
    else:
        session.answer("Tokyo")
        session.commit()
    moving.advance(minutes=1)
    card = _answer_capital(session, "Paris")
    assert card.state == fsrs.State.Learning and card.step == 0
    assert card.due - moving.when == dt.timedelta(minutes=1)
