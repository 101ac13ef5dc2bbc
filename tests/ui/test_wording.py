"""What the screens write for the student: a card's answer, the session summary, the calendar's months."""

from __future__ import annotations

import datetime as dt

import pytest

from kzjp_tutor.core.deck import ChoiceCard, DateCard, ListCard, NumberCard
from kzjp_tutor.core.progress import ReviewCalendar
from kzjp_tutor.core.session import Summary
from kzjp_tutor.ui.widgets.card_text import canonical_answer
from kzjp_tutor.ui.widgets.review_calendar import CELL, LABEL_WIDTH, render_calendar
from kzjp_tutor.ui.widgets.review_calendar import summary as calendar_summary
from kzjp_tutor.ui.widgets.summary import describe_summary


@pytest.mark.parametrize(
    ("answer", "language", "written"),
    [
        ("1991-12-28", "ru", "28 декабря 1991 года"),
        ("1991-12-28", "en", "December 28, 1991"),
        ("1992-01", "ru", "январь 1992 года"),
        ("1992-01", "en", "January 1992"),
        ("1997", "ru", "1997 год"),
        ("1997", "en", "1997"),
    ],
)
def test_dates_are_written_out_at_their_precision(answer: str, language: str, written: str) -> None:
    """Not the deck's ISO text: the date as the grader's feedback writes it, in the deck's language."""
    card = DateCard(id="d", prompt="When?", type="date", answer=answer)
    assert canonical_answer(card, language) == written


def test_other_types() -> None:
    """Lists join their items' first forms and say how many of them are needed; numbers keep unit and tolerance."""
    items = ListCard(id="l", prompt="Name two.", type="list", answer=[["Нефть", "oil"], "Уран"], need=1)
    assert canonical_answer(items) == "Нефть; Уран (любой из 2)"
    assert canonical_answer(items, "en") == "Нефть; Уран (any one of 2)"
    three = ListCard(id="t", prompt="Name two.", type="list", answer=["a", "b", "c"], need=2)
    assert canonical_answer(three) == "a; b; c (любые 2 из 3)"
    assert canonical_answer(three, "en") == "a; b; c (any 2 of 3)"
    number = NumberCard(id="n", prompt="How many?", type="number", answer=47.5, tolerance=0.5, unit="млн $")
    assert canonical_answer(number) == "47.5 ± 0.5 млн $"
    choice = ChoiceCard(id="c", prompt="Which?", type="choice", choices=["1996", "1997"], answer="1997")
    assert canonical_answer(choice) == "2. 1997"


@pytest.mark.parametrize(
    ("next_due", "line"),
    [
        (dt.datetime(2026, 11, 26, 9, 10, tzinfo=dt.UTC), "Next due     in 10 min (2026-11-26 09:10 UTC)"),
        (dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC), "Next due     in 3 days (2026-11-29 09:00 UTC)"),
        (dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC), "Next due     now"),
        (None, "Next due     nothing scheduled yet"),
    ],
)
def test_summary_says_when_the_next_card_is_due(next_due: dt.datetime | None, line: str) -> None:
    """The end-of-session summary: how long until the next card, then the time itself."""
    now = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
    summary = Summary(answered=4, correct=3, elapsed=dt.timedelta(minutes=3, seconds=5), next_due=next_due)
    text = describe_summary(summary, now).plain
    assert "Correct      3 (75%)" in text and "Time         3 min 05 s" in text
    assert line in text.splitlines()


def test_calendar_month_names_stand_over_the_week_each_month_starts() -> None:
    """Each month's name begins in the column of the week holding its 1st; the first week is named too."""
    today = dt.date(2026, 11, 26)
    calendar = ReviewCalendar(dt.date(2026, 7, 13), today, {today: 3})
    months_line = render_calendar(calendar).plain.splitlines()[0]
    assert months_line[4:7] == "Jul"  # the first column
    for month, name in ((8, "Aug"), (9, "Sep"), (10, "Oct"), (11, "Nov")):
        week = (dt.date(2026, month, 1) - calendar.first_day).days // 7
        column = LABEL_WIDTH + CELL * week
        assert months_line[column : column + 3] == name
    assert calendar_summary(calendar) == "3 reviews on 1 day"
