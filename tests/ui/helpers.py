"""What the UI tests share: the fixture decks, the fixed time, and waiting for an app to settle.

Test modules import these from here; the fixtures in ``conftest.py`` are built on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from kzjp_tutor.ui.app import TutorApp

DATA = Path(__file__).parent / "data"
"""Fixture decks: a small good deck, a markup-laden deck and a broken deck."""
SMALL = DATA / "small.en.toml"
SMALL_RU = DATA / "small.ru.toml"
"""The same four cards in Russian, for the Russian interface."""
MARKUP = DATA / "markup.en.toml"
BROKEN = DATA / "broken.en.toml"
NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
"""The fixed time of every UI test."""

AppFactory = Callable[..., TutorApp]


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
