"""The note under a card shown first says when it comes back, and the queue keeps that promise.

A walk-through found "it is asked a few cards later" 49 cards before the card's first question:
the card is due after the first learning step (a time), so a quick reader sees many new cards
first. The note now says the time; these tests drive the app with Pilot and a clock moved by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Static

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.i18n import Language
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.study import StudyScreen

from .helpers import NOW, SMALL, SMALL_RU, wait_loaded


class _Hand:
    """A clock's source moved by the test (the app reads the time through it)."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


def _app(home: Path, hand: _Hand, path: Path, settings: Settings, language: Language = "en") -> TutorApp:
    chosen = settings.model_copy(update={"new_cards": "show-first"})
    return make_app(home, [path], Clock(hand), chosen, start_study=True, fuzz=False, language=language)


def _study(app: TutorApp) -> StudyScreen:
    screen = app.screen
    assert isinstance(screen, StudyScreen), screen
    return screen


def _note(study: StudyScreen) -> str:
    return str(study.query_one("#verdict-rating", Static).render())


def _where(study: StudyScreen) -> tuple[str, str | None]:
    """The screen's state and card, read afresh after each key."""
    return study.state, None if study.item is None else study.item.card.id


async def test_the_note_says_the_first_learning_step(home: Path) -> None:
    """Default steps [1, 10]: "in about 1 min"; steps [10]: "in about 10 min"; Russian too."""
    cases: tuple[tuple[list[int], Path, Language, str], ...] = (
        ([1, 10], SMALL, "en", "enter when read: it is asked back in about 1 min"),
        ([10], SMALL, "en", "enter when read: it is asked back in about 10 min"),
        ([1, 10], SMALL_RU, "ru", "enter — прочитано; примерно через 1 мин она вернётся вопросом"),
    )
    for steps, path, language, expected in cases:
        app = _app(home / f"{language}-{steps[0]}", _Hand(), path, Settings(learning_steps=steps), language)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            assert study.state == "showing"
            assert _note(study) == expected


async def test_a_quick_reader_gets_the_card_back_when_the_note_says(home: Path) -> None:
    """Read at once, the next new cards come; once the minute the note named has passed, the
    first card is the next one asked, before the remaining new cards."""
    hand = _Hand()
    app = _app(home, hand, SMALL, Settings())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        study = _study(app)
        assert _where(study) == ("showing", "capital")
        await pilot.press("enter")
        await pilot.pause()
        assert _where(study) == ("showing", "recognized")  # 0 s later: not yet due
        hand.now = NOW + dt.timedelta(seconds=61)
        await pilot.press("enter")
        await pilot.pause()
        assert _where(study) == ("asking", "capital")  # due: asked before silk-road is shown
