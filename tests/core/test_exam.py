"""The practice exam core: the seeded draw (properties), moving and answering, the result, saving."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.exam import Exam, draw, mark, save
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store

from .helpers import T0, make_deck


def _big_deck() -> Deck:
    """Four sections of unequal size, text, number and date cards, some tagged extra."""
    sections: dict[str, list[dict[str, Any]]] = {}
    for s, size in (("a", 3), ("b", 6), ("c", 10), ("d", 1)):
        cards: list[dict[str, Any]] = []
        for i in range(size):
            card: dict[str, Any] = {
                "id": f"{s}{i}",
                "prompt": f"Question {s} {i}?",
                "answer": f"answer {s}{i}",
            }
            if i % 3 == 1:
                card = {"id": f"{s}{i}", "prompt": f"How many {s} {i}?", "type": "number", "answer": i + 10}
            if i % 3 == 2:
                card = {"id": f"{s}{i}", "prompt": f"When {s} {i}?", "type": "date", "answer": f"{1990 + i}"}
            if i >= 4:
                card["tags"] = ["extra"]
            cards.append(card)
        sections[s] = cards
    return make_deck("big", sections)


BIG = _big_deck()
SIZES = {"a": 3, "b": 6, "c": 10, "d": 1}


@given(count=st.integers(1, 40), seed=st.integers(0, 2**32))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_draw_honours_n_never_repeats_spreads_and_is_reproducible(count: int, seed: int) -> None:
    questions = draw([BIG], count=count, seed=seed)
    keys = [q.key for q in questions]
    assert len(keys) == min(count, sum(SIZES.values()))
    assert len(set(keys)) == len(keys)
    per_section = Counter(q.section.id for q in questions)
    # Spread: a section gets fewer than another only when it has no card left.
    for n in per_section.values():
        for other in SIZES:
            if per_section.get(other, 0) < n - 1:
                assert per_section.get(other, 0) == SIZES[other], (per_section, other)
    again = draw([BIG], count=count, seed=seed)
    assert [(q.key, q.order) for q in again] == [(q.key, q.order) for q in questions]


def test_different_seeds_draw_differently() -> None:
    draws = {tuple(q.key for q in draw([BIG], count=8, seed=seed)) for seed in range(10)}
    assert len(draws) > 5


def test_core_cards_are_drawn_more_often_than_extra_ones() -> None:
    """Section c has 4 core and 6 extra cards; drawing 4 of them over many seeds favours the core ones."""
    core = extra = 0
    for seed in range(300):
        for q in draw([BIG], count=4, seed=seed, section="c"):
            if q.card.is_extra:
                extra += 1
            else:
                core += 1
    # Uniform would give 40 % core; weighted 1 : 0.25 gives far more.
    assert core / (core + extra) > 0.6


def test_types_are_mixed_within_a_section() -> None:
    for seed in range(20):
        types = {q.card.type for q in draw([BIG], count=3, seed=seed, section="b")}
        assert types == {"text", "number", "date"}


def test_extra_cards_left_out_and_suspended_cards_excluded() -> None:
    questions = draw([BIG], count=40, seed=1, include_extra=False, exclude={("big", "a0")})
    assert not any(q.card.is_extra for q in questions)
    assert ("big", "a0") not in {q.key for q in questions}


def test_unknown_section_is_an_error() -> None:
    with pytest.raises(KzjpError, match="no deck being studied has a section 'zz'"):
        draw([BIG], count=3, seed=0, section="zz")


def test_moving_back_and_forth_keeps_answers_and_finish_grades_them() -> None:
    deck = make_deck()
    exam = Exam(draw([deck], count=5, seed=3), started=T0, minutes=None)
    by_id = {q.card.id: i for i, q in enumerate(exam.questions)}
    exam.answer(by_id["capital"], "Tokyo")
    exam.goto(by_id["pm"])
    exam.answer(exam.position, "Obuchi")
    exam.goto(by_id["capital"])
    assert exam.answers[exam.position] == "Tokyo"
    exam.answer(by_id["river"], "Irtysh")
    exam.answer(by_id["river"], "  ")
    assert exam.answers[by_id["river"]] is None
    result = exam.finish(T0 + dt.timedelta(minutes=5))
    verdicts = {a.item.card.id: a.verdict.correct for a in result.answers}
    assert verdicts == {"capital": True, "pm": False, "river": False, "founded": False, "steppe": False}
    assert result.percent == pytest.approx(20.0)
    assert result.mark == 2 and not result.timed_out
    answer = next(a for a in result.answers if a.item.card.id == "pm")
    assert answer.answer == "Obuchi" and answer.right == "Hashimoto"
    assert {(s.section.id, s.questions) for s in result.sections} == {("s1", 3), ("s2", 2)}
    assert sum(s.points for s in result.sections) == pytest.approx(1.0)


def test_time_out_is_passed_in() -> None:
    exam = Exam(draw([make_deck()], count=2, seed=0), started=T0, minutes=10)
    assert not exam.over(T0 + dt.timedelta(minutes=9))
    assert exam.time_left(T0 + dt.timedelta(minutes=9)) == dt.timedelta(minutes=1)
    result = exam.finish(T0 + dt.timedelta(minutes=12))
    assert result.timed_out and result.finished == T0 + dt.timedelta(minutes=10)


@pytest.mark.parametrize(
    ("percent", "expected"), [(0, 2), (49.9, 2), (50, 3), (70, 4), (84.9, 4), (85, 5), (100, 5)]
)
def test_mark_on_the_five_point_scale(percent: float, expected: int) -> None:
    assert mark(percent, [50, 70, 85]) == expected


def test_a_choice_number_means_the_option_shown() -> None:
    deck = make_deck(
        "ch",
        {
            "s": [
                {
                    "id": "c",
                    "prompt": "Which?",
                    "type": "choice",
                    "choices": ["A", "B", "C", "D"],
                    "answer": "C",
                }
            ]
        },
    )
    exam = Exam(draw([deck], count=1, seed=5), started=T0)
    shown = exam.current.choices
    exam.answer(0, str(shown.index("C") + 1))
    result = exam.finish(T0)
    assert result.answers[0].verdict.correct and result.answers[0].answer == "C"


def test_saving_keeps_the_result_and_counts_answers_as_reviews(store: Store) -> None:
    deck = make_deck()
    chosen = Settings()
    planner = Planner(chosen, enable_fuzzing=False)
    exam = Exam(draw([deck], count=5, seed=2), started=T0)
    exam.answer(next(i for i, q in enumerate(exam.questions) if q.card.id == "capital"), "Tokyo")
    result = exam.finish(T0 + dt.timedelta(minutes=3))
    assert save(result, store, planner, chosen) == 5
    assert store.count_reviews() == 5
    capital = store.state("demo", "capital")
    founded = store.state("demo", "founded")
    assert capital is not None and founded is not None
    assert founded.due < capital.due, "a failed exam question comes back sooner"
    [kept] = store.exams()
    assert (kept.questions, kept.mark, kept.decks) == (5, 2, ("demo",))
    assert kept.percent == pytest.approx(20.0)


def test_exam_reviews_off_keeps_only_the_result(store: Store) -> None:
    chosen = Settings(exam_reviews=False)
    result = Exam(draw([make_deck()], count=2, seed=2), started=T0).finish(T0)
    assert save(result, store, Planner(chosen, enable_fuzzing=False), chosen) == 0
    assert store.count_reviews() == 0 and len(store.exams()) == 1
