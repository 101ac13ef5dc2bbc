"""Progress shows the practice exams taken: a line with the latest mark and the trend, and the history."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Static

from kzjp_tutor.core.progress import exam_trend
from kzjp_tutor.core.store import ExamRecord
from kzjp_tutor.ui.screens.progress import ProgressScreen, trend_text

from .helpers import NOW, SMALL, AppFactory, wait_loaded


def _record(percent: float, day: int) -> ExamRecord:
    return ExamRecord(f"{day:032x}", NOW + dt.timedelta(days=day), ("d",), None, 10, percent, 3, False)


class TestTrend:
    def test_none_before_two_exams(self) -> None:
        assert exam_trend([]) is None
        assert exam_trend([_record(50, 0)]) is None

    def test_latest_against_as_many_before(self) -> None:
        """Two exams: the second minus the first; six: the mean of the last three minus the three before."""
        assert exam_trend([_record(40, 0), _record(70, 1)]) == 30
        six = [_record(p, d) for d, p in enumerate([90, 10, 20, 30, 60, 60])]
        assert exam_trend(six) == (30 + 60 + 60) / 3 - (90 + 10 + 20) / 3
        assert exam_trend([_record(80, 0), _record(70, 1), _record(60, 2)]) == -10

    def test_words(self) -> None:
        assert trend_text(None) == "no trend yet"
        assert trend_text(0.4) == "steady"
        assert trend_text(12.2) == "↑ 12 points"
        assert trend_text(-1) == "↓ 1 point"


async def test_progress_lists_exams_once_there_is_one(build_app: AppFactory) -> None:
    """No exam: neither the line nor the table shows. After one: both, latest first."""
    app = build_app(SMALL)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("f4")
        await wait_loaded(pilot)
        screen = app.screen
        assert isinstance(screen, ProgressScreen)
        line = screen.query_one("#progress-exam-line", Static)
        table = screen.query_one("#progress-exams", DataTable)
        assert not line.display and not table.display
        await pilot.press("f2", "f7")
        await pilot.pause()
        await pilot.press("enter")  # Start
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press("enter", "escape")  # hand in with nothing answered, close the result
        await pilot.pause()
        await pilot.press("f4")
        await wait_loaded(pilot)
        assert line.display and table.display
        assert str(line.render()) == "Practice exams: 1 · latest 0%, mark 2 · trend: no trend yet"
        assert table.row_count == 1
        assert [str(cell) for cell in table.get_row_at(0)] == ["November 26", "4", "0%", "2"]
