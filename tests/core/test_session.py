"""The study session: queue order, daily limits, answer/commit, overrides, undo, siblings, cram."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from typing import Any

import fsrs
import pytest

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.session import Choice, StudySession
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store

from .helpers import DeckFactory, MovableClock


class Harness:
    """A session over a store with a clock the test moves."""

    def __init__(self, store: Store, moving: MovableClock, decks: list[Deck], **settings: Any) -> None:
        self.store = store
        self.moving = moving
        self.settings = Settings(**settings)
        self.planner = Planner(self.settings, enable_fuzzing=False)
        self.decks = decks
        self.counter = 0

    def session(self, **kwargs: Any) -> StudySession:
        def new_id() -> str:
            self.counter += 1
            return f"review-{self.counter:04d}"

        return StudySession(
            self.decks,
            self.store,
            self.planner,
            self.settings,
            self.moving.clock(),
            new_review_id=new_id,
            **kwargs,
        )


def _answer_right(session: StudySession) -> str:
    item = session.next_card()
    assert item is not None
    session.answer(str(item.card.answer), 1000)
    session.commit()
    return item.card.id


def test_new_cards_come_in_lecture_order(store: Store, moving: MovableClock, deck: Deck) -> None:
    """With nothing due, new cards come in deck order, each shown once."""
    session = Harness(store, moving, [deck]).session()
    order = [_answer_right(session) for _ in range(5)]
    assert order == ["capital", "founded", "river", "pm", "steppe"]


def test_answer_records_nothing_until_commit(store: Store, moving: MovableClock, deck: Deck) -> None:
    """answer() only grades; commit() writes the review and the state in one go."""
    session = Harness(store, moving, [deck]).session()
    item = session.next_card()
    assert item is not None and item.is_new and item.kind == "new"
    graded = session.answer("Tokyo", 1200)
    assert graded.verdict.correct and graded.suggested == fsrs.Rating.Good
    assert store.count_reviews() == 0 and store.state("demo", "capital") is None
    assert session.next_card() is item, "the same card stays current until it is committed"
    recorded = session.commit()
    assert recorded.rating == fsrs.Rating.Good and recorded.review_id == "review-0001"
    assert recorded.interval == dt.timedelta(minutes=10)
    review = store.review("review-0001")
    assert review is not None and review.answer == "Tokyo" and review.duration_ms == 1200 and review.correct
    assert store.state("demo", "capital") is not None


@pytest.mark.parametrize(
    ("typed", "choice", "rating"),
    [
        ("Kyoto", None, fsrs.Rating.Again),
        ("Kyoto", "right", fsrs.Rating.Good),
        ("Tokyo", "wrong", fsrs.Rating.Again),
        ("Tokyo", "easy", fsrs.Rating.Easy),
        ("Kyoto", "easy", fsrs.Rating.Easy),
        ("Tokyo", fsrs.Rating.Hard, fsrs.Rating.Hard),
    ],
)
def test_overrides(
    store: Store, moving: MovableClock, deck: Deck, typed: str, choice: Choice, rating: fsrs.Rating
) -> None:
    """'I was right' → Good, 'I was wrong' → Again, easy always available, or any fsrs rating."""
    session = Harness(store, moving, [deck]).session()
    session.next_card()
    session.answer(typed)
    assert session.commit(choice).rating == rating
    review = store.review("review-0001")
    assert review is not None and review.rating == int(rating)


def test_due_reviews_then_learning_then_new(store: Store, moving: MovableClock, deck: Deck) -> None:
    """A due review comes before a learning card, which comes before a new card."""
    harness = Harness(store, moving, [deck])
    session = harness.session()
    _answer_right(session)  # capital: learning, due in 10 min
    _answer_right(session)  # founded: learning
    moving.advance(minutes=10)
    assert _answer_right(session) == "capital"  # now a review due in 2 days
    moving.advance(days=2, minutes=1)
    # founded is an overdue learning card, capital a due review: the review first.
    session = harness.session()
    first = session.next_card()
    assert first is not None and (first.card.id, first.kind) == ("capital", "review")
    _answer_right(session)
    second = session.next_card()
    assert second is not None and (second.card.id, second.kind) == ("founded", "learning")
    _answer_right(session)
    third = session.next_card()
    assert third is not None and third.kind == "new"


def test_new_per_day_counts_across_sessions(store: Store, moving: MovableClock, deck: Deck) -> None:
    """The daily new-card limit is counted from the store, so a second session cannot exceed it."""
    harness = Harness(store, moving, [deck], new_per_day=2, learning_steps=[1])
    first = harness.session()
    _answer_right(first)
    _answer_right(first)
    assert {i.card.id for i in [first.next_card()] if i is not None} <= {"capital", "founded"}
    second = harness.session()
    item = second.next_card()
    assert item is None or not item.is_new
    moving.advance(days=3)
    third = harness.session()
    item = third.next_card()
    assert item is not None and item.kind == "review"


def test_max_reviews_per_day(store: Store, moving: MovableClock, deck: Deck) -> None:
    """After max_reviews_per_day reviews of learned cards, no more reviews come that day."""
    harness = Harness(store, moving, [deck], learning_steps=[1], max_reviews_per_day=1, new_per_day=2)
    session = harness.session()
    _answer_right(session)
    _answer_right(session)  # both graduate at once (one learning step)
    moving.advance(days=10)
    later = harness.session()
    item = later.next_card()
    assert item is not None and item.kind == "review"
    _answer_right(later)
    following = later.next_card()
    assert following is None or following.kind != "review"


def test_undo_restores_exact_state_and_asks_again(store: Store, moving: MovableClock, deck: Deck) -> None:
    """Undo puts the exact previous state back and the same card is asked next."""
    harness = Harness(store, moving, [deck])
    session = harness.session()
    _answer_right(session)
    moving.advance(minutes=10)
    before = store.state("demo", "capital")
    assert before is not None
    session = harness.session()
    item = session.next_card()
    assert item is not None and item.card.id == "capital"
    session.answer("wrong answer")
    session.commit()
    assert store.state("demo", "capital") != before
    assert session.undo() is True
    after = store.state("demo", "capital")
    assert after is not None and after.to_dict() == before.to_dict()
    again = session.next_card()
    assert again is not None and again.card.id == "capital"
    assert session.summary().answered == 0
    assert session.undo() is False, "this session recorded nothing else"


def test_undo_drops_an_uncommitted_answer(store: Store, moving: MovableClock, deck: Deck) -> None:
    """Undo before commit just forgets the graded answer."""
    session = Harness(store, moving, [deck]).session()
    session.next_card()
    session.answer("Tokyo")
    assert session.undo() is True
    assert session.pending is None and store.count_reviews() == 0
    with pytest.raises(RuntimeError):
        session.commit()


def test_siblings_not_back_to_back(store: Store, moving: MovableClock, make_deck: DeckFactory) -> None:
    """Cards of a section with similar prompts or overlapping list answers are separated."""
    deck = make_deck(
        sections={
            "s": [
                {"id": "a1", "prompt": "Name the first president of Kazakhstan.", "answer": "Nazarbayev"},
                {"id": "a2", "prompt": "Name the second president of Kazakhstan.", "answer": "Tokayev"},
                {"id": "b", "prompt": "Which city hosts the Japanese embassy?", "answer": "Astana"},
                {"id": "l1", "type": "list", "prompt": "Exports?", "answer": ["titanium", "uranium"]},
                {"id": "l2", "type": "list", "prompt": "Main metals?", "answer": ["uranium", "zinc"]},
                {"id": "c", "prompt": "Which island country is east of Korea?", "answer": "Japan"},
            ]
        }
    )
    session = Harness(store, moving, [deck], new_per_day=100).session()
    order = [_answer_right(session) for _ in range(6)]
    assert order == ["a1", "b", "a2", "l1", "c", "l2"]


def test_removed_card_keeps_history_returning_card_resumes(
    store: Store, moving: MovableClock, make_deck: DeckFactory
) -> None:
    """A card dropped from the deck is not asked but keeps its state; when it comes back it resumes."""
    full = make_deck()
    harness = Harness(store, moving, [full])
    session = harness.session()
    _answer_right(session)  # capital
    saved = store.state("demo", "capital")
    smaller = make_deck(sections={"s2": [{"id": "pm", "prompt": "Who proposed it?", "answer": "Hashimoto"}]})
    moving.advance(minutes=10)
    harness.decks = [smaller]
    other = harness.session()
    assert _answer_right(other) == "pm"
    assert store.state("demo", "capital") == saved or store.state("demo", "capital").same_as(saved)  # type: ignore[union-attr]
    edited = make_deck(
        sections={"s9": [{"id": "capital", "prompt": "Capital of Japan (edited)?", "answer": "Tokyo"}]}
    )
    harness.decks = [edited]
    back = harness.session().next_card()
    assert back is not None and back.card.id == "capital" and not back.is_new and back.kind == "learning"


def test_section_filter_and_limit(store: Store, moving: MovableClock, deck: Deck) -> None:
    """--section studies one section; --limit stops after N answers; a missing section is an error."""
    harness = Harness(store, moving, [deck])
    session = harness.session(section="s2", limit=1)
    assert _answer_right(session) == "pm"
    assert session.next_card() is None
    with pytest.raises(KzjpError, match="nope"):
        harness.session(section="nope")


def test_cram_queue_before_exam(store: Store, moving: MovableClock, deck: Deck) -> None:
    """In the last days before the exam, studied cards at risk on exam day come back before new ones."""
    exam = (moving.when + dt.timedelta(days=3)).date()
    harness = Harness(store, moving, [deck], exam_date=exam, learning_steps=[])
    session = harness.session()
    for rating in (fsrs.Rating.Hard, fsrs.Rating.Good):  # capital: weak; founded: solid enough
        session.next_card()
        session.answer("?")
        session.commit(rating)
    moving.advance(hours=1)  # nothing is due yet; the exam is in under three days
    cram = harness.session()
    item = cram.next_card()
    assert item is not None and (item.card.id, item.kind) == ("capital", "cram")
    state = store.state("demo", "capital")
    assert state is not None and state.due > moving.when
    cram.answer("Tokyo")
    cram.commit()
    following = cram.next_card()
    assert following is not None and following.kind == "new", "founded is predicted above 90%: no cram"


def test_summary(store: Store, moving: MovableClock, deck: Deck) -> None:
    """The summary counts answers, correct ones, elapsed time and the next due card."""
    session = Harness(store, moving, [deck]).session()
    _answer_right(session)
    session.next_card()
    session.answer("no idea")
    session.commit()
    moving.advance(minutes=3)
    summary = session.summary()
    assert (summary.answered, summary.correct, summary.elapsed) == (2, 1, dt.timedelta(minutes=3))
    assert summary.next_due == moving.when - dt.timedelta(minutes=3) + dt.timedelta(minutes=1)


def test_random_answers_and_undos_keep_the_books_straight(
    store: Store, moving: MovableClock, make_deck: DeckFactory
) -> None:
    """Seeded random answers, overrides and undos: the roll-up always matches the review log."""
    rng = random.Random(5)
    deck = make_deck(
        sections={
            "s": [{"id": f"c{n}", "prompt": f"Prompt {n} {'x' * n}", "answer": f"a{n}"} for n in range(8)]
        }
    )
    harness = Harness(store, moving, [deck], new_per_day=100)
    session = harness.session()
    for _ in range(150):
        if rng.random() < 0.2:
            session.undo()
            continue
        item = session.next_card()
        if item is None:
            moving.advance(days=rng.randint(1, 5))
            session = harness.session()
            continue
        session.answer(rng.choice([str(item.card.answer), "nope", ""]))
        session.commit(rng.choice([None, "right", "wrong", "easy"]))
        moving.advance(minutes=rng.randint(0, 30))
    db = sqlite3.connect(store.path)
    live = db.execute("SELECT count(*), coalesce(sum(rating > 1), 0) FROM review WHERE undone = 0").fetchone()
    counts = store.counts()
    assert (counts.reviews, counts.correct) == live
    seen = db.execute("SELECT count(DISTINCT card_id) FROM review WHERE undone = 0").fetchone()[0]
    assert store.count_seen() == seen == counts.new_cards
    for card_id, fsrs_json in db.execute("SELECT card_id, fsrs FROM card_state"):
        last = db.execute(
            "SELECT count(*) FROM review WHERE card_id = ? AND undone = 0", (card_id,)
        ).fetchone()[0]
        assert last > 0, f"{card_id} has a state but no live review"
        assert '"card_id"' in fsrs_json


def test_another_name_of_the_deck_is_not_a_typo(store: Store, moving: MovableClock) -> None:
    """Курокава (the architect, another card) is no misspelt Куросава (the director)."""
    from kzjp_tutor.core.loader import parse_deck

    deck = parse_deck(
        (
            'format = 1\n[deck]\nid = "names"\ntitle = "N"\nlanguage = "ru"\n'
            '[[sections]]\nid = "s"\ntitle = "S"\n'
            '[[sections.cards]]\nid = "director"\nprompt = "Кто снял фильм?"\nanswer = "Куросава"\n'
            '[[sections.cards]]\nid = "architect"\nprompt = "Кто автор генплана?"\nanswer = "Курокава"\n'
        ).encode()
    )
    session = Harness(store, moving, [deck]).session()
    item = session.next_card()
    assert item is not None and item.card.id == "director"
    assert not session.answer("Курокава").verdict.correct
    assert session.answer("Куросавa").verdict.correct  # a Latin "a" is still the same word
