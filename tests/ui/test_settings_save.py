"""The Settings screen keeps the student's comments and order when it saves (F14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input, Static

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.settings import load_settings, settings_path
from kzjp_tutor.ui.factory import make_app

from .helpers import SMALL, wait_loaded

ORIGINAL = """\
# Settings for the spring exam -- written by hand
desired_retention = 0.92   # a bit above the default

# pace
new_per_day = 10
"""


async def test_save_keeps_comments(home: Path, clock: Clock) -> None:
    """Change one value through the screen: that value changes, every comment and line stays."""
    home.mkdir()
    settings_path(home).write_text(ORIGINAL, encoding="utf-8")
    app = make_app(home, [SMALL], clock, fuzz=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("f5")
        await pilot.pause()
        app.screen.query_one("#new_per_day", Input).value = "25"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert settings_path(home).read_text(encoding="utf-8") == ORIGINAL.replace("= 10", "= 25")
    assert load_settings(home).new_per_day == 25


async def test_past_exam_date_is_told_not_refused(home: Path, clock: Clock) -> None:
    """An exam date that has passed opens the app; the Settings screen says it has passed."""
    home.mkdir()
    settings_path(home).write_text("exam_date = 2020-01-01\n", encoding="utf-8")
    app = make_app(home, [SMALL], clock, fuzz=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("f5")
        await pilot.pause()
        status = str(app.screen.query_one("#settings-status", Static).render())
        assert "2020-01-01 has passed" in status
        app.screen.query_one("#exam_date", Input).value = "2027-01-15"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "has passed" not in str(app.screen.query_one("#settings-status", Static).render())
    assert load_settings(home).exam_date == dt.date(2027, 1, 15)
