"""The final-review window before an exam (issue 19): placement, spread, limits, cut-off, per deck."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import Counter
from dataclasses import replace

import fsrs
import pytest

from kzjp_tutor.core.scheduling import (
    EXAM_RETENTION,
    Planner,
    cannot_learn_in_time,
    exam_start,
    last_introduction,
    new_cards_left,
    review_forecast,
    window_spread,
)
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import CardState

from .helpers import T0, make_deck

EXAM = dt.date(2026, 10, 11)  # 40 days after T0 (2026-09-01)
START = EXAM - dt.timedelta(days=7)


def _planner(**settings: object) -> Planner:
    return Planner(Settings(**settings), enable_fuzzing=False)


def _learned(planner: Planner, card_id: str, now: dt.datetime, deck_id: str = "demo") -> CardState:
    """A card answered Good twice (10 min apart): in the Review state, due in days."""
    state = planner.new_state(deck_id, card_id, now)
    state = planner.review(state, fsrs.Rating.Good, now).state
    return planner.review(state, fsrs.Rating.Good, now + dt.timedelta(minutes=10)).state


def _mature(
    planner: Planner, card_id: str, deck_id: str = "demo", opens: dt.date = START
) -> tuple[CardState, dt.datetime]:
    """A learned card answered Easy 5 days before the window ``opens``: fsrs alone passes the exam."""
    state = _learned(planner, card_id, T0, deck_id)
    now = exam_start(opens) - dt.timedelta(days=5) + dt.timedelta(hours=9)
    state = planner.review(state, fsrs.Rating.Easy, now).state
    return state, now


def test_a_due_past_the_window_is_placed_inside_it_never_later_than_fsrs() -> None:
    """Before the window, a due passing the exam is cut to the eve (the window then spreads it)."""
    exam_planner = _planner(exam_date=EXAM)
    free = _planner()
    state = _learned(exam_planner, "capital", T0)
    now = exam_start(START) - dt.timedelta(days=5) + dt.timedelta(hours=9)
    placed = exam_planner.review(state, fsrs.Rating.Easy, now)
    unplanned = free.review(state, fsrs.Rating.Easy, now)
    assert unplanned.state.due.date() > EXAM, "without the exam this interval passes the exam"
    assert placed.capped
    assert START <= placed.state.due.date() < EXAM
    assert placed.state.due <= unplanned.state.due


def test_a_due_before_the_window_or_inside_it_is_fsrs_own() -> None:
    """Short intervals are untouched; a due inside the window is kept (as late as recall allows)."""
    planner, free = _planner(exam_date=EXAM), _planner()
    state = planner.new_state("demo", "capital", T0)
    first = planner.review(state, fsrs.Rating.Good, T0)
    assert not first.capped and first.state.due == free.review(state, fsrs.Rating.Good, T0).state.due
    inside = _learned(free, "river", T0)
    at = inside.due
    free_due = free.review(inside, fsrs.Rating.Good, at).state.due
    exam = free_due.date() + dt.timedelta(days=3)  # so this due falls on the window's 5th day
    planned = _planner(exam_date=exam).review(inside, fsrs.Rating.Good, at)
    assert planned.state.due == free_due and not planned.capped


def _placed(planner: Planner, count: int, deck_id: str = "demo", opens: dt.date = START) -> list[CardState]:
    """``count`` learned cards of varied stability, each last answered before the window ``opens``.

    They differ in when (5 to 14 days before it) and how (Good or Easy) they were last answered,
    so their stabilities differ; every one's fsrs interval passes the exam.
    """
    states = []
    for n in range(count):
        state = _learned(planner, f"card-{n}", T0, deck_id)
        when = exam_start(opens) - dt.timedelta(days=5 + n % 10) + dt.timedelta(hours=9)
        state = planner.review(state, fsrs.Rating.Easy if n % 2 else fsrs.Rating.Good, when).state
        states.append(state)
    return states


def _morning(day: dt.date) -> dt.datetime:
    return exam_start(day) + dt.timedelta(hours=9)


def test_a_due_past_the_exam_is_cut_at_the_eve_a_pure_function_of_the_card() -> None:
    """The stored due is the card's own: cut at the eve, whatever other cards there are (sync replay)."""
    planner = _planner(exam_date=EXAM)
    states = _placed(planner, 70)
    assert {state.due for state in states} == {exam_start(EXAM) - dt.timedelta(days=1)}
    alone = _placed(_planner(exam_date=EXAM), 1)[0]
    assert alone == states[0], "the same answers give the same state with or without the other cards"


def test_the_window_reviews_are_spread_evenly_over_its_days() -> None:
    """70 cards due on the eve: the plan puts 10 on each of the 7 days (the old rule: 70 on the eve)."""
    planner = _planner(exam_date=EXAM)
    window = planner.window("demo")
    assert window is not None
    plan = window_spread(_placed(planner, 70), window, _morning(START))
    assert Counter(plan.values()) == {START + dt.timedelta(days=k): 10 for k in range(7)}
    # 71 cards: no day above ceil(71 / 7) = 11, and still every day used.
    plan = window_spread(_placed(planner, 71), window, _morning(START))
    assert max(Counter(plan.values()).values()) == 11 and len(set(plan.values())) == 7


def test_the_least_stable_cards_go_latest() -> None:
    """Filling from the eve backwards, least stable first: no card is later than a more stable one."""
    planner = _planner(exam_date=EXAM)
    window = planner.window("demo")
    assert window is not None
    states = _placed(planner, 70)
    plan = window_spread(states, window, _morning(START))
    stability = {state.card_id: state.fsrs.stability or 0.0 for state in states}
    days = sorted(set(plan.values()))
    for earlier, later in itertools.pairwise(days):
        assert min(stability[c] for c, d in plan.items() if d == earlier) >= max(
            stability[c] for c, d in plan.items() if d == later
        )
    assert stability[min(plan, key=lambda c: (plan[c], -stability[c]))] == max(stability.values())


def test_a_card_is_never_planned_after_its_due() -> None:
    """A card due inside the window (its recall allows no later) is planned on or before that day."""
    planner = _planner(exam_date=EXAM)
    window = planner.window("demo")
    assert window is not None
    states = _placed(planner, 70)
    early_due = START + dt.timedelta(days=2)
    states[:5] = [replace(s, fsrs=replace(s.fsrs, due=exam_start(early_due))) for s in states[:5]]
    plan = window_spread(states, window, _morning(START))
    assert all(plan[s.card_id] <= early_due for s in states[:5])
    assert len(plan) == 70 and max(Counter(plan.values()).values()) == 10


def test_the_plan_is_deterministic_and_stable_within_a_day() -> None:
    """Same states in any order: same plan. Answering today's share leaves the later days as planned."""
    planner = _planner(exam_date=EXAM)
    window = planner.window("demo")
    assert window is not None
    states = _placed(planner, 70)
    now = _morning(START)
    plan = window_spread(states, window, now)
    assert window_spread(list(reversed(states)), window, now) == plan
    today = planner.window_today("demo", states, now)
    assert {s.card_id for s in today} == {c for c, d in plan.items() if d == START}
    assert [s.fsrs.stability or 0.0 for s in today] == sorted(
        (s.fsrs.stability or 0.0 for s in today), reverse=True
    )
    answered = {s.card_id: planner.review(s, fsrs.Rating.Good, now).state for s in today[:6]}
    later = now + dt.timedelta(hours=1)
    after = window_spread([answered.get(s.card_id, s) for s in states], window, later)
    assert {c: d for c, d in after.items() if d > START} == {c: d for c, d in plan.items() if d > START}
    assert {
        s.card_id for s in planner.window_today("demo", [answered.get(s.card_id, s) for s in states], later)
    } == {s.card_id for s in today[6:]}
    # Outside the window nothing is pulled forward.
    assert planner.window_today("demo", states, _morning(START - dt.timedelta(days=1))) == []


def test_the_daily_limit_makes_the_window_start_earlier() -> None:
    """50 cards at 5 reviews a day need 10 days: the window opens 3 days early and uses them."""
    planner = _planner(exam_date=EXAM, max_reviews_per_day=5)
    planner.know_decks([make_deck()])  # 5 cards: the usual window holds them
    window = planner.window("demo")
    assert window is not None and (window.days, window.extended) == (7, 0)
    planner.deck_sizes["demo"] = 50
    window = planner.window("demo")
    assert window is not None
    assert (window.start, window.days, window.extended) == (EXAM - dt.timedelta(days=10), 10, 3)
    plan = window_spread(_placed(planner, 50, opens=window.start), window, _morning(window.start))
    assert Counter(plan.values()) == {window.start + dt.timedelta(days=k): 5 for k in range(10)}
    assert min(plan.values()) < START, "the window's reviews begin before the usual start"


def test_the_forecast_shows_the_spread_window() -> None:
    """The plan the home screen shows is the queue's: the window's days, not the stored eve."""
    planner = _planner(exam_date=EXAM)
    deck = make_deck(
        sections={"s": [{"id": f"card-{n}", "prompt": f"Q{n}", "answer": "A"} for n in range(70)]}
    )
    states = _placed(planner, 70)
    plan = planner.exam_plan(
        deck, states, _morning(START - dt.timedelta(days=3)), introduced_today=0, answered={}
    )
    assert plan is not None
    counts = dict(plan.forecast)
    assert [counts[START + dt.timedelta(days=k)] for k in range(7)] == [10] * 7
    assert counts[EXAM] == 0


def test_new_cards_stop_when_there_is_no_time_to_learn_them() -> None:
    """A new card needs its learning steps and one review on a later day: none on the eve nor the exam day."""
    settings = Settings(exam_date=EXAM, new_per_day=20)
    deadline = last_introduction(settings, EXAM)
    assert deadline == exam_start(EXAM) - dt.timedelta(days=1, minutes=11)
    two_days_before = exam_start(EXAM) - dt.timedelta(days=2) + dt.timedelta(hours=9)
    eve = exam_start(EXAM) - dt.timedelta(days=1) + dt.timedelta(hours=9)

    def left(now: dt.datetime) -> int:
        return new_cards_left(settings, introduced_today=0, unseen=50, deck_id="demo", now=now)

    assert left(two_days_before) == 20
    assert left(eve) == 0
    assert left(exam_start(EXAM) + dt.timedelta(hours=1)) == 0, (
        "none on the exam morning: no time to learn it"
    )
    assert left(exam_start(EXAM) + dt.timedelta(hours=23, minutes=59)) == 0, "nor later on the exam day"
    assert left(exam_start(EXAM) + dt.timedelta(days=1)) == 20, "after the exam day, study goes on"
    assert new_cards_left(settings, introduced_today=0, unseen=50) == 20, "without a deck: the daily limit"
    # At 20 a day, from 10 days before: 9 days of introductions (the eve has none) = 180 cards.
    ten_before = exam_start(EXAM) - dt.timedelta(days=10) + dt.timedelta(hours=9)
    assert cannot_learn_in_time(settings, "demo", ten_before, unseen=200, introduced_today=0) == 20
    assert cannot_learn_in_time(settings, "demo", ten_before, unseen=200, introduced_today=15) == 35
    assert cannot_learn_in_time(settings, "demo", eve, unseen=7, introduced_today=0) == 7
    assert cannot_learn_in_time(Settings(), "demo", eve, unseen=7, introduced_today=0) == 0


def test_each_deck_plans_for_its_own_exam() -> None:
    """deck_exam_dates: the deck with the later exam keeps the interval its own window allows."""
    later = EXAM + dt.timedelta(days=30)
    planner = _planner(exam_date=EXAM, deck_exam_dates={"other": later})
    ours, _when = _mature(planner, "capital", "demo")
    theirs, _when = _mature(planner, "capital", "other")
    assert START <= ours.due.date() < EXAM
    assert theirs.due.date() > EXAM
    other = planner.window("other")
    assert other is not None and other.start == later - dt.timedelta(days=7)


def test_an_exam_already_in_the_window_on_the_first_day() -> None:
    """Exam in 3 days: a new card learned today is back by the eve; a learned card is covered."""
    exam = (T0 + dt.timedelta(days=3)).date()
    planner, free = _planner(exam_date=exam), _planner()
    eve = exam_start(exam) - dt.timedelta(days=1)
    learned = _learned(planner, "capital", T0)
    assert learned.due == eve, "graduated today: one review on a later day, the eve at the latest"
    assert _learned(free, "capital", T0).due > eve
    # A learned card answered inside the window has had its final review: fsrs decides.
    review = planner.review(learned, fsrs.Rating.Good, eve + dt.timedelta(hours=9))
    assert not review.capped and review.state.due > exam_start(exam)
    # Forgotten in the window: relearned, then back by the eve again.
    at = T0 + dt.timedelta(hours=3)
    lapsed = planner.review(learned, fsrs.Rating.Again, at).state
    relearned = planner.review(lapsed, fsrs.Rating.Good, at + dt.timedelta(minutes=10))
    assert relearned.state.due <= eve


def test_review_forecast_counts_each_day_overdue_on_today() -> None:
    """One count a day from today to the exam; overdue dues count today, later ones are left out."""
    today = dt.date(2026, 9, 1)
    dues = [
        dt.datetime(2026, 8, 20, tzinfo=dt.UTC),
        dt.datetime(2026, 9, 1, 23, tzinfo=dt.UTC),
        dt.datetime(2026, 9, 3, tzinfo=dt.UTC),
        dt.datetime(2026, 9, 9, tzinfo=dt.UTC),
    ]
    forecast = review_forecast(dues, today, dt.date(2026, 9, 4))
    assert forecast == [
        (dt.date(2026, 9, 1), 2),
        (dt.date(2026, 9, 2), 0),
        (dt.date(2026, 9, 3), 1),
        (dt.date(2026, 9, 4), 0),
    ]


@pytest.mark.parametrize("window_days", [1, 7, 14])
def test_every_card_is_reviewed_in_the_window_whatever_its_length(window_days: int) -> None:
    """Any exam_window_days: a card whose interval passes the exam comes due inside the window."""
    planner = _planner(exam_date=EXAM, exam_window_days=window_days)
    for n in range(40):
        state, _when = _mature(planner, f"card-{n}", opens=EXAM - dt.timedelta(days=window_days))
        assert EXAM - dt.timedelta(days=window_days) <= state.due.date() < EXAM


def test_second_reviews_take_an_even_share_of_the_cards_at_risk_weakest_first() -> None:
    """Before the exam, the cards at risk are shared over the days left; today takes the weakest.

    Before the rule the cram offered every card under the desired retention on its first day
    (the S0 0.5 final-week peak in bench/simulate_exam.py).
    """
    planner = _planner(exam_date=EXAM)
    weak = [(f"weak-{i}", _learned(planner, f"weak-{i}", T0 + dt.timedelta(days=i))) for i in range(9)]
    eve = exam_start(EXAM) - dt.timedelta(days=1)
    fresh = planner.review(
        _learned(planner, "fresh", T0), fsrs.Rating.Easy, eve - dt.timedelta(hours=2)
    ).state
    recall = {key: planner.retrievability(state, exam_start(EXAM)) for key, state in weak}
    assert max(recall.values()) < EXAM_RETENTION <= planner.retrievability(fresh, exam_start(EXAM))
    weakest_first = sorted(recall, key=recall.__getitem__)
    cards = [*weak, ("fresh", fresh)]
    three_days_out = exam_start(EXAM) - dt.timedelta(days=3) + dt.timedelta(hours=9)
    assert planner.cram_today(cards, EXAM, three_days_out) == weakest_first[:3]
    assert planner.cram_today(cards[::-1], EXAM, three_days_out) == weakest_first[:3], "any order"
    skipped = planner.cram_today(cards, EXAM, three_days_out, skip={weakest_first[0]})
    assert skipped == weakest_first[1:4], "a card asked anyway today leaves its place to the next"
    assert planner.cram_today(cards[3:], EXAM, eve + dt.timedelta(hours=9)) == [
        key for key in weakest_first if key not in {"weak-0", "weak-1", "weak-2"}
    ], "the eve takes every card still at risk"
    two_days_out = three_days_out + dt.timedelta(days=1)
    assert len(planner.cram_today(cards[:8], EXAM, two_days_out)) == 4, "ceil(8 / 2)"


def _due_on_exam_day(planner: Planner) -> tuple[CardState, dt.datetime]:
    """A learned card and a morning before the eve at which fsrs alone puts it on the exam day."""
    free = _planner()  # fsrs alone
    for learned_before, days_before in itertools.product(range(3, 12), range(2, 7)):
        if learned_before <= days_before:
            continue
        state = _learned(planner, "capital", _morning(EXAM - dt.timedelta(days=learned_before)))
        when = _morning(EXAM - dt.timedelta(days=days_before))
        if free.review(state, fsrs.Rating.Good, when).state.due.date() == EXAM:
            return state, when
    raise AssertionError("no morning puts this card on the exam day")


def test_nothing_is_left_due_on_the_exam_day() -> None:
    """Before the eve, a due on the exam day is the eve; answered on the eve, the card comes back after it.

    Before the rule a review in the window whose due fell on the exam day kept it: the one
    exam-day answer of bench/simulate_exam.py at S0 3 (a card relearned, answered on the eve,
    due again the next morning).
    """
    planner = _planner(exam_date=EXAM)
    state, when = _due_on_exam_day(planner)
    assert planner.review(state, fsrs.Rating.Good, when).state.due == exam_start(EXAM) - dt.timedelta(days=1)
    eve = _morning(EXAM - dt.timedelta(days=1))
    lapsed = planner.review(state, fsrs.Rating.Again, eve)
    assert lapsed.state.due.date() == EXAM - dt.timedelta(days=1), (
        "a lapse on the eve is relearned on the eve"
    )
    relearned = planner.review(lapsed.state, fsrs.Rating.Good, lapsed.state.due)
    fsrs_due = _planner().review(lapsed.state, fsrs.Rating.Good, lapsed.state.due).state.due
    assert fsrs_due.date() == EXAM, "fsrs alone would ask it on the exam day"
    assert relearned.state.due == exam_start(EXAM) + dt.timedelta(days=1)


def _reviewed_in_window(planner: Planner, count: int, deck_id: str = "demo") -> list[CardState]:
    """``count`` cards answered on the window's first day, due after the exam: nothing asks them again.

    Their stabilities (40 to 40 + 5 * count days) give each a different predicted recall at the
    exam, all above :data:`EXAM_RETENTION` (so the cram leaves them alone).
    """
    states = []
    for n in range(count):
        learned = _learned(planner, f"card-{n}", T0, deck_id)
        card = replace(
            learned.fsrs,
            stability=40.0 + 5 * n,
            last_review=_morning(START),
            due=exam_start(EXAM) + dt.timedelta(days=30),
        )
        states.append(replace(learned, fsrs=card))
    assert all(planner.retrievability(s, exam_start(EXAM)) >= EXAM_RETENTION for s in states)
    return states


def _weakest_first(planner: Planner, states: list[CardState]) -> list[str]:
    return [s.card_id for s in sorted(states, key=lambda s: planner.retrievability(s, exam_start(EXAM)))]


EVE = EXAM - dt.timedelta(days=1)


def test_a_light_eve_is_filled_up_to_the_window_s_peak_day_weakest_first() -> None:
    """The window's heaviest day had 12 answers; the eve has had 5: 7 second reviews, weakest at the exam.

    Before the rule nothing asked these cards again: the eve stayed light (60 answers against
    the window's 93 to 100 in bench/simulate_exam.py at S0 3) while they were the window's weakest.
    """
    planner = _planner(exam_date=EXAM)
    states = _reviewed_in_window(planner, 20)
    answered = {START: 12, START + dt.timedelta(days=1): 9, EVE: 5}
    valley = planner.valley_today("demo", states, _morning(EVE), answered=answered)
    assert [s.card_id for s in valley] == _weakest_first(planner, states)[:7]
    # A card answered today is not asked again today; at the peak there is no room.
    answered_today = replace(states[0], fsrs=replace(states[0].fsrs, last_review=_morning(EVE)))
    again = planner.valley_today("demo", [answered_today, *states[1:]], _morning(EVE), answered=answered)
    assert "card-0" not in {s.card_id for s in again}
    assert planner.valley_today("demo", states, _morning(EVE), answered={START: 12, EVE: 12}) == []


def test_later_days_take_the_weakest_and_today_only_what_they_cannot_hold() -> None:
    """Two days before the exam: the eve (nothing planned on it) holds the 12 weakest, today the next 4."""
    planner = _planner(exam_date=EXAM)
    states = _reviewed_in_window(planner, 20)
    today = EVE - dt.timedelta(days=1)
    valley = planner.valley_today("demo", states, _morning(today), answered={START: 12, today: 8})
    assert [s.card_id for s in valley] == _weakest_first(planner, states)[12:16]


def test_a_later_day_s_planned_reviews_count_against_its_room() -> None:
    """10 cards due on the eve, spread 5 today and 5 on the eve, plus the eve's cram share: they use its room.

    The peak is 16; the eve holds 16 - 5 - its cram share, and today (8 answered, 5 to do) 3 more.
    """
    planner = _planner(exam_date=EXAM)
    states = _reviewed_in_window(planner, 20)
    today = EVE - dt.timedelta(days=1)
    on_the_eve = [replace(s, card_id=f"due-{s.card_id}") for s in _placed(planner, 10)]
    window = planner.window("demo")
    assert window is not None
    assert Counter(window_spread(on_the_eve, window, _morning(today)).values()) == {today: 5, EVE: 5}
    valley = planner.valley_today(
        "demo", [*states, *on_the_eve], _morning(today), answered={START: 16, today: 8}
    )
    at_risk = planner.cram_order([(s.card_id, s) for s in on_the_eve], EXAM, below=EXAM_RETENTION)
    eve_room = 16 - 5 - math.ceil(len(at_risk) / 2)
    assert at_risk and eve_room < 11
    assert [s.card_id for s in valley] == _weakest_first(planner, states)[eve_room : eve_room + 3]


def test_the_valley_keeps_each_deck_under_its_daily_limit() -> None:
    """With max_reviews_per_day 6, a deck with 4 answers on the eve takes 2, whatever the peak."""
    planner = _planner(exam_date=EXAM, max_reviews_per_day=6)
    states = _reviewed_in_window(planner, 20)
    assert len(planner.valley_today("demo", states, _morning(EVE), answered={START: 12, EVE: 4})) == 2


def test_nothing_from_the_valley_on_the_exam_day_or_outside_the_window() -> None:
    """The exam day is not a window day, nor is a day before the window: no second reviews there."""
    planner = _planner(exam_date=EXAM)
    states = _reviewed_in_window(planner, 20)
    for day in (EXAM, START - dt.timedelta(days=1)):
        assert planner.valley_today("demo", states, _morning(day), answered={START: 12}) == []
