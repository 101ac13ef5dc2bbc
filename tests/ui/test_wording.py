"""What the screens lay out for the student: the session summary panel, the calendar's months."""

from __future__ import annotations

import datetime as dt

from kzjp_tutor.core.progress import ReviewCalendar
from kzjp_tutor.core.session import Summary
from kzjp_tutor.core.wording import summary_lines
from kzjp_tutor.ui.widgets.review_calendar import CELL, LABEL_WIDTH, render_calendar
from kzjp_tutor.ui.widgets.review_calendar import summary as calendar_summary
from kzjp_tutor.ui.widgets.summary import describe_summary


def test_the_app_lays_out_the_core_summary() -> None:
    """The panel shows core.wording's rows under its title: the same text plain mode prints."""
    now = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
    summary = Summary(answered=3, correct=2, elapsed=dt.timedelta(seconds=65), next_due=None)
    text = describe_summary(summary, now).plain
    rows = summary_lines(3, 2, summary.elapsed, None, now).text()
    assert text.startswith("Session finished\n\n" + rows + "\n")


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
