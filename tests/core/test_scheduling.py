"""Scheduling: exact fsrs intervals under a fixed clock, stable ids, leeches, exam planning."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable

import fsrs
import pytest

from kzjp_tutor.core.grading import SuggestedRating
from kzjp_tutor.core.scheduling import CRAM_DAYS, Planner, exam_start, fsrs_card_id, to_fsrs_rating
from kzjp_tutor.core.store import CardState

T0 = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
MakePlanner = Callable[..., Planner]


def _run(planner: Planner, ratings: list[fsrs.Rating], start: dt.datetime = T0) -> list[CardState]:
    """Review one card with these ratings, each exactly when it falls due."""
    state = planner.new_state("demo", "capital", start)
    now = start
    states = []
    for rating in ratings:
        state = planner.review(state, rating, now).state
        states.append(state)
        now = state.due
    return states


def _days(states: list[CardState]) -> list[float]:
    out = []
    for state in states:
        assert state.fsrs.last_review is not None
        out.append((state.due - state.fsrs.last_review) / dt.timedelta(days=1))
    return out


def test_all_good_interval_sequence_is_exact(make_planner: MakePlanner) -> None:
    """Good every time: 10 min learning step, then 2, 11, 46, 163 … days (py-fsrs defaults)."""
    states = _run(make_planner(), [fsrs.Rating.Good] * 8)
    assert [round(d * 1440) for d in _days(states)[:1]] == [10]
    assert _days(states)[1:] == [2, 11, 46, 163, 498, 1348, 3299]


def test_lapse_sequence_is_exact(make_planner: MakePlanner) -> None:
    """A lapse sends the card to a 10 min relearning step and counts one lapse."""
    planner = make_planner()
    ratings = [fsrs.Rating.Good, fsrs.Rating.Good, fsrs.Rating.Good, fsrs.Rating.Again]
    ratings += [fsrs.Rating.Good, fsrs.Rating.Good]
    states = _run(planner, ratings)
    days = _days(states)
    assert [round(d * 1440) for d in (days[0], days[3])] == [10, 10]
    assert [days[1], days[2], days[4], days[5]] == [2, 11, 2, 5]
    assert [s.lapses for s in states] == [0, 0, 0, 1, 1, 1]
    assert states[3].state == fsrs.State.Relearning


def test_settings_reach_fsrs(make_planner: MakePlanner) -> None:
    """Learning steps, retention and the maximum interval come from the settings."""
    planner = make_planner(learning_steps=[5, 30], desired_retention=0.8, max_interval_days=30)
    assert planner.scheduler.learning_steps == (dt.timedelta(minutes=5), dt.timedelta(minutes=30))
    assert planner.scheduler.desired_retention == 0.8
    days = _days(_run(planner, [fsrs.Rating.Again] + [fsrs.Rating.Good] * 8))
    assert [round(d * 1440) for d in days[:2]] == [5, 30]
    assert max(days) == 30


def test_fsrs_card_id_is_stable_across_processes() -> None:
    """The id comes from blake2b, not Python's per-process randomised hash."""
    here = fsrs_card_id("kzjp-2021", "japan-recognized-kz")
    code = "from kzjp_tutor.core.scheduling import fsrs_card_id; print(fsrs_card_id('kzjp-2021', 'japan-recognized-kz'))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(other.stdout) == here
    assert 0 < here < 2**63
    assert fsrs_card_id("a", "bc") != fsrs_card_id("ab", "c")


@pytest.mark.parametrize(
    ("suggested", "rating"),
    [
        (SuggestedRating.AGAIN, fsrs.Rating.Again),
        (SuggestedRating.HARD, fsrs.Rating.Hard),
        (SuggestedRating.GOOD, fsrs.Rating.Good),
        (SuggestedRating.EASY, fsrs.Rating.Easy),
    ],
)
def test_rating_map(suggested: SuggestedRating, rating: fsrs.Rating) -> None:
    """Each grader suggestion maps to the fsrs rating of the same name."""
    assert to_fsrs_rating(suggested) == rating


def test_naive_time_is_refused(make_planner: MakePlanner) -> None:
    """Times must be timezone-aware."""
    with pytest.raises(ValueError, match="timezone-aware"):
        make_planner().new_state("demo", "capital", dt.datetime(2026, 9, 1, 9, 0))


def test_leech_after_threshold_lapses(make_planner: MakePlanner) -> None:
    """The card becomes a leech on its third lapse when the threshold is 3, and stays one."""
    planner = make_planner(leech_threshold=3)
    state = planner.new_state("demo", "capital", T0)
    now = T0
    flags = []
    for rating in [fsrs.Rating.Good, fsrs.Rating.Good] + [fsrs.Rating.Again, fsrs.Rating.Good] * 4:
        outcome = planner.review(state, rating, now)
        state, now = outcome.state, outcome.state.due
        if rating == fsrs.Rating.Again:
            flags.append((state.lapses, state.leech, outcome.became_leech))
    assert flags == [(1, False, False), (2, False, False), (3, True, True), (4, True, False)]


def test_exam_cap_per_deck_and_after_the_exam(make_planner: MakePlanner) -> None:
    """A deck's own exam date wins; once the exam is past nothing is capped."""
    planner = make_planner(exam_date=dt.date(2026, 9, 5), deck_exam_dates={"demo": dt.date(2027, 1, 1)})
    assert _days(_run(planner, [fsrs.Rating.Good] * 4))[1:] == [2, 11, 46]
    past = make_planner(exam_date=dt.date(2026, 8, 1))
    assert _days(_run(past, [fsrs.Rating.Good] * 4))[1:] == [2, 11, 46]


def test_predicted_recall_on_exam_day(make_planner: MakePlanner) -> None:
    """Recall on exam day is fsrs retrievability; a later exam means lower recall; unstudied = 0."""
    planner = make_planner()
    state = _run(planner, [fsrs.Rating.Good] * 3)[-1]
    soon = planner.exam_recall([state], dt.date(2026, 9, 10))
    late = planner.exam_recall([state], dt.date(2026, 12, 10))
    expected = planner.scheduler.get_card_retrievability(state.fsrs, exam_start(dt.date(2026, 9, 10)))
    assert soon == pytest.approx(expected)
    assert 0 < late < soon < 1
    assert planner.exam_recall([state, None], dt.date(2026, 9, 10)) == pytest.approx(soon / 2)
    assert planner.retrievability(None, T0) == 0.0


def test_cram_window_and_order(make_planner: MakePlanner) -> None:
    """The cram window is the last CRAM_DAYS days; cards most at risk on exam day come first."""
    exam = dt.date(2026, 10, 1)
    planner = make_planner()
    start = exam_start(exam)
    assert not planner.in_cram(exam, start - dt.timedelta(days=CRAM_DAYS, seconds=1))
    assert planner.in_cram(exam, start - dt.timedelta(days=CRAM_DAYS))
    assert planner.in_cram(exam, start - dt.timedelta(seconds=1))
    assert not planner.in_cram(exam, start)
    assert not planner.in_cram(None, start)
    weak = _run(planner, [fsrs.Rating.Good] * 2)[-1]  # stability ~2 days, last seen 1 Sep
    strong = _run(planner, [fsrs.Rating.Good] * 4)[-1]  # weeks of stability, seen 14 Sep
    middle = _run(planner, [fsrs.Rating.Good] * 3)[-1]
    order = planner.cram_order([("strong", strong), ("weak", weak), ("middle", middle)], exam, below=1.0)
    assert [key for key, _ in order] == ["weak", "middle", "strong"]
    assert [key for key, _ in planner.cram_order([("strong", strong), ("weak", weak)], exam)] == ["weak"]


def test_new_cards_left_is_the_daily_allowance_capped_by_the_unseen_cards() -> None:
    """One rule for the session, the home screen and stats: allowance left today, never more than unseen."""
    from kzjp_tutor.core.scheduling import new_cards_left
    from kzjp_tutor.core.settings import Settings

    settings = Settings(new_per_day=10)
    assert new_cards_left(settings, introduced_today=0, unseen=50) == 10
    assert new_cards_left(settings, introduced_today=7, unseen=50) == 3
    assert new_cards_left(settings, introduced_today=7, unseen=2) == 2
    assert new_cards_left(settings, introduced_today=12, unseen=50) == 0  # more than allowed (two terminals)
