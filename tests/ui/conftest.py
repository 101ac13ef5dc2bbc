"""Fixtures for the UI tests: a fixed clock, a temporary home and apps built by ``make_app``.

Everything that could make a run differ from the next is pinned here: the clock is stopped,
fsrs fuzzing is off, the home folder is fresh, and the cursor does not blink.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.i18n import Language
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.factory import make_app

from .helpers import NOW, AppFactory


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
    """Build an app over some fixture decks, the same way the CLI does (in English unless told:
    the suite's ``KZJP_TUTOR_LANG=en`` reaches ``make_app``).

    New cards are asked at once (``ask-first``) unless a test asks for ``new_cards="show-first"``
    (the app's default): most UI tests are about answering, and showing every new card first
    would put a read-it step before each of their answers. The show-first tests say so.
    """

    def build(
        *paths: Path,
        settings: Settings | None = None,
        start_study: bool = False,
        language: Language | None = None,
        new_cards: Literal["show-first", "ask-first"] = "ask-first",
    ) -> TutorApp:
        chosen = (settings or Settings()).model_copy(update={"new_cards": new_cards})
        return make_app(
            home,
            list(paths),
            clock,
            chosen,
            start_study=start_study,
            fuzz=False,
            language=language,
        )

    return build
