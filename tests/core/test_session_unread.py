"""The session and honest verdicts: "could not read" is never recorded; choice cards are shuffled.

The graders that will produce ``Verdict.unread`` (dates, numbers) are another engineer's work,
so the unreadable cases replace the grader with one that returns it; the session's behaviour is
what is tested here, not the date parser.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzjp_tutor.core import grading
from kzjp_tutor.core.deck import Card, Deck
from kzjp_tutor.core.grading import Verdict
from kzjp_tutor.core.queue import QueueItem, choice_order
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.session import StudySession
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store

from .helpers import MovableClock, make_deck

CHOICES = ["Almaty", "Astana", "Shymkent", "Turkestan", "Aktau"]
UNREAD = "«май 92»: could not read a date here. Write e.g. 12.05.1992 or 12 May 1992."


def _choice_deck() -> Deck:
    return make_deck(
        "shuffle",
        {
            "s": [
                {
                    "id": "capital",
                    "type": "choice",
                    "prompt": "Which city is the capital of Kazakhstan?",
                    "choices": CHOICES,
                    "answer": "Astana",
                },
                {"id": "year", "prompt": "When was the embassy opened?", "answer": "1992"},
            ]
        },
    )


def _session(store: Store, moving: MovableClock, deck: Deck, seed: int = 0) -> StudySession:
    counter = iter(range(1, 1_000_000))
    return StudySession(
        [deck],
        store,
        Planner(Settings(), enable_fuzzing=False),
        Settings(),
        moving.clock(),
        new_review_id=lambda: f"r{next(counter)}",
        seed=seed,
    )


@pytest.fixture
def unreadable(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """Answers in the returned set get ``Verdict.unread``; any other answer is graded as usual."""
    answers: set[str] = set()
    real = grading.grade

    def grade(
        card: Card, answer: str, language: str = "ru", lexicon: frozenset[str] = frozenset()
    ) -> Verdict:
        if answer in answers:
            return Verdict.unread(UNREAD, str(getattr(card, "answer", "")))
        return real(card, answer, language, lexicon)

    monkeypatch.setattr(grading, "grade", grade)
    yield answers


def _current(session: StudySession) -> QueueItem:
    item = session.next_card()
    assert item is not None
    return item


# ------------------------------------------------------------------ could not read


def test_an_unreadable_answer_is_not_pending_and_the_card_stays(
    store: Store, moving: MovableClock, deck: Deck, unreadable: set[str]
) -> None:
    """Nothing to commit, nothing in the store, the same card asked again; then a real answer counts."""
    unreadable.add("май 92")
    session = _session(store, moving, deck)
    item = _current(session)
    graded = session.answer("май 92", 900)
    assert graded.verdict.unreadable and graded.verdict.feedback == UNREAD
    assert session.pending is None
    with pytest.raises(RuntimeError):
        session.commit()
    assert store.count_reviews() == 0 and store.state(*item.key) is None
    assert session.next_card() is item
    session.answer(str(item.card.answer), 1000)
    recorded = session.commit()
    assert recorded.answer == str(item.card.answer) and recorded.verdict.correct
    assert store.count_reviews() == 1 and len(session.history) == 1


def test_an_unreadable_answer_after_a_graded_one_replaces_it(
    store: Store, moving: MovableClock, deck: Deck, unreadable: set[str]
) -> None:
    """A graded answer followed by an unreadable retry leaves nothing pending: no stale commit."""
    unreadable.add("???")
    session = _session(store, moving, deck)
    _current(session)
    session.answer("Kyoto", 10)
    assert session.pending is not None
    session.answer("???", 10)
    assert session.pending is None
    with pytest.raises(RuntimeError):
        session.commit()
    assert store.count_reviews() == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.booleans(), st.sampled_from(["Tokyo", "Kyoto", "1992", ""])), max_size=8))
def test_property_only_readable_answers_are_ever_recorded(
    tmp_path_factory: pytest.TempPathFactory,
    moving: MovableClock,
    deck: Deck,
    unreadable: set[str],
    steps: list[tuple[bool, str]],
) -> None:
    """Whatever mix of unreadable and readable answers, the store holds exactly the readable ones,
    and each unreadable one leaves the same card current."""
    store = Store.open(tmp_path_factory.mktemp("home"), now=moving.when)
    try:
        session = _session(store, moving, deck)
        unreadable.add("¿unreadable?")
        recorded = 0
        for unread, text in steps:
            item = _current(session)
            if unread:
                assert session.answer("¿unreadable?").verdict.unreadable
                assert session.pending is None and session.next_card() is item
            else:
                session.answer(text)
                session.commit()
                recorded += 1
        assert store.count_reviews() == recorded == len(session.history)
    finally:
        store.close()


# ------------------------------------------------------------------ choice order


@given(count=st.integers(2, 20), seed=st.integers(0, 2**32 - 1), showing=st.integers(1, 10_000))
def test_property_choice_order_is_a_fixed_permutation(count: int, seed: int, showing: int) -> None:
    """Every option is shown exactly once, and the same arguments give the same order."""
    order = choice_order(count, seed, showing, ("deck", "card"))
    assert sorted(order) == list(range(count))
    assert choice_order(count, seed, showing, ("deck", "card")) == order


def test_the_key_is_not_always_first() -> None:
    """Over many showings the right answer's place spreads over every position (no "press 1")."""
    places = {choice_order(5, 7, showing, ("shuffle", "capital")).index(1) for showing in range(1, 200)}
    assert places == set(range(5))


def test_each_showing_has_its_own_order_and_undo_keeps_it(store: Store, moving: MovableClock) -> None:
    """The order is the session's seed + the showing's number; undo shows the card in the same order."""
    deck = _choice_deck()
    session = _session(store, moving, deck, seed=11)
    item = _current(session)
    assert item.choices == tuple(CHOICES[i] for i in choice_order(5, 11, 1, ("shuffle", "capital")))
    assert sorted(item.choices) == sorted(CHOICES)
    session.answer("Astana")
    session.commit()
    assert session.undo()
    again = _current(session)
    assert again.card.id == "capital" and again.choices == item.choices


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), pick=st.integers(1, len(CHOICES)))
def test_property_a_typed_number_means_the_option_shown_there(
    tmp_path_factory: pytest.TempPathFactory, moving: MovableClock, seed: int, pick: int
) -> None:
    """Typing N answers with the N-th option AS SHOWN: right exactly when that option is the key,
    and the recorded answer is the option's text, not the number."""
    store = Store.open(tmp_path_factory.mktemp("home"), now=moving.when)
    try:
        session = _session(store, moving, _choice_deck(), seed=seed)
        item = _current(session)
        graded = session.answer(str(pick))
        shown = item.choices[pick - 1]
        assert graded.answer == shown
        assert graded.verdict.correct is (shown == "Astana")
        assert session.commit().answer == shown
    finally:
        store.close()


def test_a_number_in_words_also_means_the_shown_order(store: Store, moving: MovableClock) -> None:
    """The grader sees the card in the shown order, so whatever number forms it reads refer to it:
    the right option's shown number with a "№" is right, another option's number is wrong."""
    session = _session(store, moving, _choice_deck(), seed=3)
    item = _current(session)
    place = item.choices.index("Astana") + 1
    assert session.answer(f"№{place}").verdict.correct
    other = 1 if place != 1 else 2
    verdict = session.answer(f"№{other}").verdict
    assert not verdict.correct and f"{place}. Astana" in verdict.feedback


def test_the_text_of_an_option_is_graded_as_text(store: Store, moving: MovableClock) -> None:
    """Typing an option's text (not its number) is graded as before, whatever the order."""
    session = _session(store, moving, _choice_deck(), seed=5)
    _current(session)
    assert session.answer("astana").verdict.correct
    assert not session.answer("Almaty").verdict.correct
