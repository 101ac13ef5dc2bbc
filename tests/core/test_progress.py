"""The progress screen's data: the review calendar (heatmap) and what build_progress gathers."""

from __future__ import annotations

import datetime as dt

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.progress import CALENDAR_WEEKS, ReviewCalendar, build_progress, review_calendar
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.session import StudySession
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store

from .helpers import T0, MovableClock


def _study(
    store: Store, moving: MovableClock, deck: Deck, answers: int, *, right: bool = True
) -> StudySession:
    """Answer ``answers`` cards at the moving clock's time (no learning steps: a right answer graduates)."""
    settings = Settings(new_per_day=1000, learning_steps=[])
    session = StudySession([deck], store, Planner(settings, enable_fuzzing=False), settings, moving.clock())
    for _ in range(answers):
        item = session.next_card()
        assert item is not None
        session.answer(str(item.card.answer) if right else "no idea", 1000)
        session.commit()
    return session


def test_calendar_counts_each_day_and_ends_today(store: Store, moving: MovableClock, deck: Deck) -> None:
    """Answers land on their UTC day; days after today are None; the grid starts on a Monday."""
    _study(store, moving, deck, 2)  # Tue 1 Sep: 2
    moving.advance(days=1)
    _study(store, moving, deck, 3)  # Wed 2 Sep: 3
    today = (T0 + dt.timedelta(days=1)).date()

    calendar = review_calendar(store, today)

    assert calendar.first_day.weekday() == 0
    assert calendar.weeks == CALENDAR_WEEKS
    assert calendar.day(CALENDAR_WEEKS - 1, 1) == T0.date()  # last column, Tuesday row
    assert calendar.count(T0.date()) == 2
    assert calendar.count(today) == 3
    assert calendar.count(T0.date() - dt.timedelta(days=1)) == 0
    assert calendar.count(today + dt.timedelta(days=1)) is None
    assert (calendar.total, calendar.active_days, calendar.busiest) == (5, 2, 3)
    assert calendar.streak == 2


def test_calendar_forgets_an_undone_answer(store: Store, moving: MovableClock, deck: Deck) -> None:
    """Undo takes the review out of the day's count, as out of every other figure."""
    session = _study(store, moving, deck, 2)
    session.undo()
    assert review_calendar(store, T0.date()).count(T0.date()) == 1


def test_calendar_levels_are_quarters_of_the_busiest_day() -> None:
    """0 only for no reviews; a single review on a slow day still shows; the busiest day is 4."""
    today = dt.date(2026, 11, 26)
    calendar = ReviewCalendar(dt.date(2026, 11, 23), today, {today: 40})
    assert [calendar.level(n) for n in (0, 1, 10, 11, 20, 21, 30, 31, 40)] == [0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert ReviewCalendar(dt.date(2026, 11, 23), today, {}).level(5) == 0


def test_streak_counts_back_from_yesterday_until_today_is_studied() -> None:
    """A student who has not studied yet today keeps yesterday's streak; a gap ends it."""
    today = dt.date(2026, 11, 26)
    days = {today - dt.timedelta(days=n): 1 for n in (1, 2, 3, 5)}
    assert ReviewCalendar(dt.date(2026, 11, 2), today, days).streak == 3
    assert ReviewCalendar(dt.date(2026, 11, 2), today, days | {today: 4}).streak == 4
    assert ReviewCalendar(dt.date(2026, 11, 2), today, {today - dt.timedelta(days=2): 1}).streak == 0


def test_build_progress_gathers_calendar_forecast_and_hardest(
    store: Store, moving: MovableClock, deck: Deck
) -> None:
    """The screen's data agrees with what was answered: a lapse makes a hardest card."""
    _study(store, moving, deck, 5)
    moving.advance(days=3)
    _study(store, moving, deck, 1, right=False)  # the first due review, forgotten: a lapse
    now = moving.when

    data = build_progress(store, [deck], Settings(learning_steps=[]), now)

    assert data.calendar.count(T0.date()) == 5
    assert data.calendar.count(now.date()) == 1
    assert data.calendar.total == 6
    assert sum(data.due_forecast) == 5  # every answered card falls due within the 30 days
    assert [(card.card_id, card.lapses) for card in data.hardest] == [("capital", 1)]
