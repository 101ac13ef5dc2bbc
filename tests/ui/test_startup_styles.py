"""The stylesheet is parsed once on the way to the first card, and a theme still reaches every section.

Why: Textual re-parsed every stylesheet twice on each first switch to a mode (a new screen's CSS
count starts behind the app's) and emptied its parse cache, three full parses before the first
card of ``kzjp-tutor study``. The app builds its mode screens as current (``ui.app._styled``).
These tests count parses, never time; the second checks that skipping them loses no theme.
"""

from __future__ import annotations

import pytest
from textual.css.stylesheet import Stylesheet

from kzjp_tutor.ui.screens.home import HomeScreen
from kzjp_tutor.ui.screens.study import StudyScreen

from .helpers import SMALL, AppFactory, wait_loaded


@pytest.fixture
def reparses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every full re-parse of a stylesheet from here on, by the mode shown when it happened."""
    calls: list[str] = []
    original = Stylesheet.reparse

    def counted(self: Stylesheet) -> None:
        calls.append("reparse")
        original(self)

    monkeypatch.setattr(Stylesheet, "reparse", counted)
    return calls


async def test_study_start_and_first_sections_parse_no_stylesheet_again(
    build_app: AppFactory, reparses: list[str]
) -> None:
    """Opening ``study`` on its own mode, then home and browse for the first time: no re-parse
    (before: two for each of the three modes)."""
    app = build_app(SMALL, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        assert isinstance(app.screen, StudyScreen) and app.screen.item is not None
        assert app.current_mode == "session"
        await pilot.press("f2")
        await wait_loaded(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("f3")
        await wait_loaded(pilot)
        assert app.current_mode == "browse"
        assert reparses == []


async def test_a_theme_picked_before_a_section_first_opens_is_its_theme(
    build_app: AppFactory, reparses: list[str]
) -> None:
    """ctrl+t on the study screen re-parses (the theme's variables change), and the home screen,
    first built after it, is drawn in the new theme, as the study screen is."""
    app = build_app(SMALL, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        assert app.current_theme.dark
        await pilot.press("ctrl+t")
        await wait_loaded(pilot)
        assert not app.current_theme.dark and reparses
        study_background = app.screen.styles.background
        await pilot.press("f2")
        await wait_loaded(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.styles.background == study_background
        assert app.screen.styles.background == app.current_theme.to_color_system().background
