"""Pilot tests of the study loop, asserting on state: the screen's and the store's."""

from __future__ import annotations

import threading
from pathlib import Path

import fsrs
import pytest
from textual.widgets import Input, ProgressBar, Static

from kzjp_tutor.core import catalog
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.home import HomeScreen
from kzjp_tutor.ui.screens.study import StudyScreen
from kzjp_tutor.ui.widgets.verdict import VerdictPanel

from .helpers import BROKEN, NOW, SMALL, AppFactory, answer_first_then, wait_loaded


def _state(study: StudyScreen) -> str:
    """The screen's state, read afresh (keeps mypy from narrowing across key presses)."""
    return study.state


def _study(app: object) -> StudyScreen:
    screen = getattr(app, "screen", None)
    assert isinstance(screen, StudyScreen)
    return screen


class TestStudyFlow:
    """Answering, overriding, undoing and finishing a session."""

    async def test_answer_correctly(self, build_app: AppFactory) -> None:
        """A right answer is graded correct and recorded as Good before the next card shows."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            assert study.item is not None and study.item.card.id == "capital"
            await pilot.press(*"Astana")  # type the answer
            await pilot.press("enter")  # submit it
            assert _state(study) == "graded"
            assert study.graded is not None and study.graded.verdict.correct
            assert app.screen.query_one(VerdictPanel).has_class("-correct")
            assert app.store.count_reviews() == 0  # graded, not yet recorded
            await pilot.press("enter")  # accept the suggested rating
            assert app.store.count_reviews() == 1
            state = app.store.state("ui-small", "capital")
            assert state is not None and state.reps == 1
            assert study.session.history[-1].rating == fsrs.Rating.Good
            assert _state(study) == "asking" and study.item is not None
            assert study.item.card.id == "recognized"

    async def test_answer_wrongly_and_override(self, build_app: AppFactory) -> None:
        """A wrong answer can be overridden with "I was right", recorded as Good but not correct."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Almaty", "enter")  # a wrong answer, submitted
            assert study.graded is not None and not study.graded.verdict.correct
            assert study.graded.suggested == fsrs.Rating.Again
            assert app.screen.query_one(VerdictPanel).has_class("-wrong")
            await pilot.press("r")  # "I was right"
            recorded = study.session.history[-1]
            assert recorded.rating == fsrs.Rating.Good
            review = app.store.review(recorded.review_id)
            assert review is not None
            assert review.answer == "Almaty" and not review.correct and review.rating == int(fsrs.Rating.Good)

    async def test_override_wrong(self, build_app: AppFactory) -> None:
        """A right answer can be overridden with "I was wrong" (Again)."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Astana", "enter")  # right, submitted
            await pilot.press("w")  # "I was wrong"
            assert study.session.history[-1].rating == fsrs.Rating.Again

    async def test_undo(self, build_app: AppFactory) -> None:
        """Undo takes back the recorded answer and asks the same card again."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Astana", "enter", "enter")  # answer, submit, accept
            assert app.store.count_reviews() == 1
            await pilot.press("ctrl+z")  # undo the last answer
            assert app.store.count_reviews() == 0
            assert app.store.state("ui-small", "capital") is None
            assert study.item is not None and study.item.card.id == "capital"
            assert _state(study) == "asking"
            assert study.query_one("#study-answer", Input).value == ""

    async def test_undo_graded_answer(self, build_app: AppFactory) -> None:
        """Undo before accepting drops the graded answer without recording anything."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Almaty", "enter")  # wrong, submitted
            await pilot.press("ctrl+z")  # take it back
            assert _state(study) == "asking" and app.store.count_reviews() == 0
            assert study.item is not None and study.item.card.id == "capital"

    async def test_finish_session(self, build_app: AppFactory) -> None:
        """Answering every card (easy, so none comes back today) ends on the summary."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Astana", "enter", "e")  # card 1: right, easy
            await pilot.press(*"1991", "enter", "e")  # card 2: right, easy
            await pilot.press(*"Hashimoto", "enter", "e")  # card 3: right, easy
            assert study.item is not None and study.item.card.id == "eurasian-year"
            await pilot.press(str(study.item.choices.index("1997") + 1))  # card 4: 1997's number as shown
            assert study.graded is not None and study.graded.verdict.correct
            await pilot.press("e")  # easy
            assert _state(study) == "done"
            summary = study.session.summary()
            assert summary.answered == 4 and summary.correct == 4
            assert app.store.count_reviews() == 4
            await pilot.press("enter")  # back to the decks
            assert app.current_mode == "home"
            assert not isinstance(app.screen, StudyScreen)

    async def test_choice_picked_with_arrows_and_enter(self, build_app: AppFactory) -> None:
        """On a choice card enter picks the highlighted choice (the answer box's enter is not in the way);
        the first down arrow highlights the first option shown, as nothing is highlighted before."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Astana", "enter", "e", *"1991", "enter", "e", *"Hashimoto", "enter", "e")
            assert study.item is not None and study.item.card.id == "eurasian-year"
            assert study.check_action("submit_answer", ()) is False
            downs = study.item.choices.index("1997") + 1
            await pilot.press(*["down"] * downs, "enter")  # down to 1997 as shown, pick it
            assert study.graded is not None and study.graded.answer == "1997"
            assert study.graded.verdict.correct

    async def test_limit_ends_the_session_with_a_full_bar(self, home: Path, clock: Clock) -> None:
        """`study --limit 2`: two cards, then the summary, and the progress bar reads 2 of 2."""
        app = make_app(
            home, [SMALL], clock, Settings(new_cards="ask-first"), start_study=True, fuzz=False, limit=2
        )
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Astana", "enter", "enter")  # card 1, accept
            await pilot.press(*"1990", "enter", "enter")  # card 2: a wrong year, accept
            await pilot.pause()
            assert _state(study) == "done"
            bar = study.query_one(ProgressBar)
            assert bar.total == 2 and bar.progress == 2
            assert app.store.count_reviews() == 2

    async def test_quit_records_graded_answer(self, build_app: AppFactory, home: Path) -> None:
        """ctrl+q with a graded answer on screen records it before quitting."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press(*"Astana", "enter")  # graded, not accepted
            await pilot.press("ctrl+q")  # quit
        assert app.return_code == 0
        with Store.open(home, now=NOW) as store:
            assert store.count_reviews() == 1

    async def test_quit_from_another_screen_records_graded_answer(
        self, build_app: AppFactory, home: Path
    ) -> None:
        """A graded answer left on the study screen is recorded even when quitting from Browse."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press(*"Astana", "enter")  # graded, not accepted
            await pilot.press("f3")  # browse: the study screen waits in another mode
            assert app.current_mode == "browse"
            await pilot.press("ctrl+q")
        with Store.open(home, now=NOW) as store:
            assert store.count_reviews() == 1


class TestStudyStart:
    """`kzjp-tutor study`: the study screen is the first thing painted, before the decks are parsed."""

    async def test_study_screen_waits_for_the_decks_then_asks(
        self, build_app: AppFactory, release: threading.Event
    ) -> None:
        """Painted "Loading…" with no input and no keys but leaving; the first card once decks load."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            study = _study(app)
            assert _state(study) == "loading" and app.entries is None
            assert str(study.query_one("#study-prompt", Static).content) == "Loading the decks…"
            assert not study.query_one("#study-answer", Input).display
            assert study.check_action("accept_rating", ()) is False
            assert study.check_action("undo_answer", ()) is False
            await pilot.press("enter", "r")  # nothing to accept or override yet: ignored
            release.set()
            await wait_loaded(pilot)
            assert _study(app) is study  # the same screen, now asking
            assert _state(study) == "asking" and study.item is not None
            assert study.item.card.id == "capital"
            assert study.query_one("#study-answer", Input).has_focus
            assert app.store.count_reviews() == 0

    async def test_leaving_while_loading_goes_home_and_starts_nothing(
        self, build_app: AppFactory, release: threading.Event
    ) -> None:
        """Escape before the decks arrive: the home screen, and no session starts behind it."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("escape")
            assert app.current_mode == "home" and not isinstance(app.screen, StudyScreen)
            release.set()
            await wait_loaded(pilot)
            assert app.entries is not None and not isinstance(app.screen, StudyScreen)
            assert not app.study_screens

    async def test_ending_the_first_session_shows_the_decks(self, build_app: AppFactory) -> None:
        """The session `study` opened with ends (escape: its summary, escape again) on the home
        screen with its counts."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await answer_first_then(pilot, "escape")
            assert _state(_study(app)) == "done"
            await pilot.press("escape")
            await wait_loaded(pilot)
            assert app.current_mode == "home" and not isinstance(app.screen, StudyScreen)
            assert app.overview["ui-small"].sections["recognition"].learning == 1

    async def test_home_key_shows_the_decks_and_the_session_resumes(self, build_app: AppFactory) -> None:
        """F3 then F2 mid-session: the decks (trial B10); r resumes the same graded card; after the
        session ends, F2 is the decks and there is nothing to resume."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Astana", "enter")  # graded, not yet recorded
            await pilot.press("f3", "f2")  # browse, then home
            await wait_loaded(pilot)
            assert type(app.screen).__name__ == "HomeScreen"
            assert app.resumable is study
            await pilot.press("r")  # resume
            assert _study(app) is study and _state(study) == "graded"
            await pilot.press("enter")  # accept: recorded, next card
            assert app.store.count_reviews() == 1
            await pilot.press("escape", "escape")  # end the session: summary, then leave it
            await pilot.press("f3", "f2")
            await wait_loaded(pilot)
            assert app.current_mode == "home" and isinstance(app.screen, HomeScreen)
            assert app.resumable is None
            await pilot.press("r")  # nothing to resume: still the decks
            assert isinstance(app.screen, HomeScreen)

    async def test_a_bad_deck_is_named_and_the_good_ones_studied(self, build_app: AppFactory) -> None:
        """`study GOOD BAD`: the session starts on the good deck; a notification names the bad one."""
        app = build_app(SMALL, BROKEN, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            assert study.item is not None and study.item.deck.deck.id == "ui-small"
            errors = [str(n.message) for n in app._notifications if n.severity == "error"]
            assert errors == [
                f"Not studied, it has problems: {BROKEN}:13: section 'only' card 'no-answer': "
                "answer: required field is missing; add it"
            ]

    async def test_only_bad_decks_show_the_decks_screen(self, build_app: AppFactory) -> None:
        """`study BAD`: no empty session; the decks screen lists the deck with its problems."""
        app = build_app(BROKEN, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert app.current_mode == "home" and not isinstance(app.screen, StudyScreen)
            assert any(n.severity == "error" for n in app._notifications)

    async def test_unknown_section_says_so_and_shows_the_decks(self, home: Path, clock: Clock) -> None:
        """`study --section nope`: an error notification and the home screen, not an empty session."""
        app = make_app(home, [SMALL], clock, Settings(), start_study=True, section="nope")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert app.current_mode == "home" and not isinstance(app.screen, StudyScreen)
            assert any("nope" in str(n.message) and n.severity == "error" for n in app._notifications)


@pytest.fixture
def release(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make the app's deck loading wait until the test sets this event."""
    release = threading.Event()
    real = catalog.load_catalog

    def held(paths: list[Path]) -> list[catalog.DeckEntry]:
        assert release.wait(10), "the test never released the deck loading"
        return real(paths)

    monkeypatch.setattr(catalog, "load_catalog", held)
    return release
