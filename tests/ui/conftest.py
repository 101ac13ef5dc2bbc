"""Fixtures for the UI tests: a fixed clock, a temporary home and apps built by ``make_app``.

Everything that could make a run differ from the next is pinned here: the clock is stopped,
fsrs fuzzing is off, the home folder is fresh, and the cursor does not blink.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.factory import make_app

DATA = Path(__file__).parent / "data"
"""Fixture decks: a small good deck, a markup-laden deck and a broken deck."""
SMALL = DATA / "small.en.toml"
MARKUP = DATA / "markup.en.toml"
BROKEN = DATA / "broken.en.toml"
NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
"""The fixed time of every UI test."""

AppFactory = Callable[..., TutorApp]


@pytest.fixture
def clock() -> Clock:
    """A clock stopped at :data:`NOW`."""
    return Clock.fixed(NOW)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A fresh, empty home folder."""
    return tmp_path / "home"


@pytest.fixture
def build_app(home: Path, clock: Clock) -> AppFactory:
    """Build an app over some fixture decks, the same way the CLI does."""

    def build(*paths: Path, settings: Settings | None = None, start_study: bool = False) -> TutorApp:
        return make_app(home, list(paths), clock, settings or Settings(), start_study=start_study, fuzz=False)

    return build


async def wait_loaded(pilot: Pilot[None]) -> None:
    """Wait until the decks (and the counts) are loaded and the screen has settled."""
    app = pilot.app
    assert isinstance(app, TutorApp)
    for _ in range(200):
        await pilot.pause()
        if app.entries is not None and not any(w.is_running for w in app.workers):
            break
    await app.workers.wait_for_complete()
    await pilot.pause()


async def answer_first_then(pilot: Pilot[None], *keys: str) -> None:
    """Once the decks are in: answer the small deck's first card right, accept, press ``keys``, settle."""
    await wait_loaded(pilot)
    await pilot.press(*"Astana", "enter", "enter", *keys)
    await wait_loaded(pilot)
