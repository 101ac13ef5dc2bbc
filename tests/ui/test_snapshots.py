"""SVG snapshots of every screen at 100×30 with a fixed clock and a fresh home.

Regenerate with ``pytest tests/ui --snapshot-update`` only after looking at the report: a
snapshot is a picture someone approved. Kana/kanji are checked on state elsewhere, not here
(double-width characters may render imperfectly in SVG).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from kzjp_tutor.core.settings import Settings

from .helpers import BROKEN, MARKUP, SMALL, AppFactory, wait_loaded

SIZE = (100, 30)
"""Every snapshot's terminal size."""
SnapCompare = Callable[..., bool]
EXAM = Settings(exam_date=dt.date(2026, 12, 20))
"""Settings with an exam date, so the countdown and forecast show."""


def steps(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Wait for the decks, freeze the cursor, press ``keys``, settle."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await wait_loaded(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await wait_loaded(pilot)
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.pause()

    return run_before


class TestHomeSnapshots:
    """The decks overview."""

    def test_home(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """Good decks with counts, a bad deck with its error, the exam countdown."""
        app = build_app(BROKEN, MARKUP, SMALL, settings=EXAM)
        assert snap_compare(app, terminal_size=SIZE, run_before=steps())

    def test_home_light_theme(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """The same in the light theme."""
        app = build_app(SMALL, settings=Settings(theme="textual-light"))
        assert snap_compare(app, terminal_size=SIZE, run_before=steps())


class TestStudySnapshots:
    """The study screen in each of its states."""

    def test_study_question(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """A text card waiting for an answer."""
        app = build_app(SMALL, start_study=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=steps())

    def test_study_correct_with_typo(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """A right answer with a typo: verdict in colour, the difference highlighted."""
        app = build_app(SMALL, start_study=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=steps(*"Astanna", "enter"))

    def test_study_wrong(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """A wrong date: the canonical answer and the suggested rating (Again)."""
        app = build_app(SMALL, start_study=True)
        keys = (*"Astana", "enter", "enter", *"1992", "enter")
        assert snap_compare(app, terminal_size=SIZE, run_before=steps(*keys))

    def test_study_choice(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """A choice card: numbered choices instead of the input."""
        app = build_app(SMALL, start_study=True)
        keys = (*"Astana", "enter", "e", *"1991", "enter", "e", *"Hashimoto", "enter", "e")
        assert snap_compare(app, terminal_size=SIZE, run_before=steps(*keys))

    def test_study_summary(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """The summary after the last card."""
        app = build_app(SMALL, start_study=True)
        keys = (*"Astana", "enter", "e", *"1991", "enter", "e", *"Hashimoto", "enter", "e", "2", "e")
        assert snap_compare(app, terminal_size=SIZE, run_before=steps(*keys))

    def test_study_markup_literal(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """Markup in deck text shows as typed."""
        app = build_app(MARKUP, start_study=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=steps(*"x", "enter"))


class TestOtherSnapshots:
    """Browse, progress, settings, help."""

    def test_browse(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """A fuzzy search and the first match's details."""
        app = build_app(SMALL)
        assert snap_compare(app, terminal_size=SIZE, run_before=steps("f3", *"hashimoto"))

    def test_progress(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """Statistics after a few answers."""
        app = build_app(SMALL, settings=EXAM)
        keys = ("a", *"Astana", "enter", "enter", *"1992", "enter", "enter", "escape", "f4")
        assert snap_compare(app, terminal_size=SIZE, run_before=steps(*keys))

    def test_settings(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """The settings form."""
        app = build_app(SMALL, settings=EXAM)
        assert snap_compare(app, terminal_size=SIZE, run_before=steps("f5"))

    def test_help(self, snap_compare: SnapCompare, build_app: AppFactory) -> None:
        """Every key, generated from the bindings."""
        app = build_app(SMALL)
        assert snap_compare(app, terminal_size=SIZE, run_before=steps("f1"))
