"""Pilot tests of issue 17 on the study screen: a new card shown first, Hard, suspend, flag with a
comment, undo of each, escape's summary, the position in the header, F2 and resume from a session
started on Home, and a theme picked anywhere saved. Asserted on state: the screen's and the store's."""

from __future__ import annotations

import tomllib
from pathlib import Path

import fsrs
from textual.widgets import Input, Select, Static

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.study import StudyScreen
from kzjp_tutor.ui.widgets.flag_dialog import FlagDialog
from kzjp_tutor.ui.widgets.summary import SummaryView
from kzjp_tutor.ui.widgets.verdict import VerdictPanel

from .helpers import SMALL, SMALL_RU, AppFactory, wait_loaded


def _study(app: TutorApp) -> StudyScreen:
    screen = app.screen
    assert isinstance(screen, StudyScreen), screen
    return screen


def _state(study: StudyScreen) -> str:
    """Read afresh (keeps mypy from narrowing across key presses)."""
    return study.state


def _text(widget: Static) -> str:
    return str(widget.render())


def _card_id(study: StudyScreen) -> str | None:
    return None if study.item is None else study.item.card.id


class TestShowFirst:
    """A new card is read first, then asked back later in the session."""

    async def test_the_apps_default_shows_a_new_card_first(self, home: Path, clock: Clock) -> None:
        """Built as the CLI builds it, with default settings: the first new card is a fact to read."""
        app = make_app(home, [SMALL], clock, Settings(), start_study=True, fuzz=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert _state(_study(app)) == "showing"

    async def test_shown_then_asked(self, build_app: AppFactory) -> None:
        """The fact has the answer, explanation and source and no answer box; enter records it as
        shown (no review); every card is shown once, then the first comes back as a question."""
        app = build_app(SMALL, start_study=True, new_cards="show-first")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            assert _state(study) == "showing" and _card_id(study) == "capital"
            panel = study.query_one(VerdictPanel)
            assert panel.display and panel.has_class("-fact")
            assert "Astana" in _text(panel.query_one("#verdict-expected", Static))
            assert "Almaty to Akmola" in _text(panel.query_one("#verdict-explain", Static))
            assert "In 1997 the capital was moved" in _text(panel.query_one("#verdict-source", Static))
            assert not study.query_one("#study-answer", Input).display
            await pilot.press("enter")  # read
            await pilot.pause()
            assert [(e.card_id, e.kind) for e in app.store.events()] == [("capital", "shown")]
            assert app.store.count_reviews() == 0
            shown = ["capital", _card_id(study)]
            while _state(study) == "showing":
                await pilot.press("space")  # space works as well as enter
                await pilot.pause()
                shown.append(_card_id(study))
            # Four cards shown, then the first one is asked (the fixed clock: due within the look-ahead).
            assert shown == ["capital", "recognized", "silk-road", "eurasian-year", "capital"]
            assert _state(study) == "asking" and _card_id(study) == "capital"
            assert study.query_one("#study-answer", Input).display
            await pilot.press(*"Astana", "enter")
            assert _state(study) == "graded" and study.graded is not None and study.graded.verdict.correct

    async def test_undo_shows_the_card_again(self, build_app: AppFactory) -> None:
        """ctrl+z after reading: the showing is taken back and the same card is shown again."""
        app = build_app(SMALL, start_study=True, new_cards="show-first")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press("enter")
            await pilot.pause()
            assert _card_id(study) == "recognized"
            await pilot.press("ctrl+z")
            await pilot.pause()
            assert _state(study) == "showing" and _card_id(study) == "capital"
            assert app.store.events() == []
            assert app.store.state("ui-small", "capital") is None

    async def test_position_counts_shown_cards(self, build_app: AppFactory) -> None:
        """The header says where the student is: '1 / 4 · 3 left', then '2 / 4 · 2 left'."""
        app = build_app(SMALL, start_study=True, new_cards="show-first")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            where = study.query_one("#study-position", Static)
            assert _text(where) == "1 / 4 · 3 left"
            await pilot.press("enter")
            await pilot.pause()
            assert study.position() == (2, 4)
            assert _text(where) == "2 / 4 · 2 left"


class TestActingOnCards:
    """Hard, suspend and flag, each taken back by ctrl+z."""

    async def test_hard(self, build_app: AppFactory) -> None:
        """h after a correct answer records Hard, not the suggested Good."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Astana", "enter")
            assert study.graded is not None and study.graded.suggested == fsrs.Rating.Good
            await pilot.press("h")
            recorded = study.session.history[-1]
            assert recorded.rating == fsrs.Rating.Hard
            review = app.store.review(recorded.review_id)
            assert review is not None and review.rating == int(fsrs.Rating.Hard)

    async def test_suspend_while_asking_and_undo(self, build_app: AppFactory) -> None:
        """ctrl+s works while the answer box has the keys: the card is set aside and the next one
        asked; ctrl+z brings it back into the session and out of the suspended list."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Ast", "ctrl+s")
            await pilot.pause()
            assert app.store.suspended_ids("ui-small") == {"capital"}
            assert _state(study) == "asking" and _card_id(study) == "recognized"
            assert study.position()[0] == 2  # a card set aside counts as dealt with
            await pilot.press("ctrl+z")
            await pilot.pause()
            assert app.store.suspended_ids("ui-small") == set()
            assert _card_id(study) == "capital"

    async def test_suspend_drops_a_graded_answer(self, build_app: AppFactory) -> None:
        """Suspending after the verdict records nothing for the card."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Almaty", "enter", "ctrl+s")
            await pilot.pause()
            assert app.store.count_reviews() == 0
            assert app.store.suspended_ids("ui-small") == {"capital"}
            assert _card_id(study) == "recognized"

    async def test_flag_with_a_comment(self, build_app: AppFactory) -> None:
        """ctrl+f opens the dialog on the card's question; the comment is kept as typed (markup is
        data); the card stays, its typed answer too."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Ast", "ctrl+f")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, FlagDialog)
            assert "capital of Kazakhstan" in _text(dialog.query_one("#flag-prompt", Static))
            await pilot.press(*"[b]Akmola[/b] too", "enter")
            await pilot.pause()
            assert app.screen is study and _state(study) == "asking" and _card_id(study) == "capital"
            assert study.query_one("#study-answer", Input).value == "Ast"
            flags = app.store.events(kinds=["flag"])
            assert [(f.card_id, f.comment) for f in flags] == [("capital", "[b]Akmola[/b] too")]
            await pilot.press("ctrl+z")
            await pilot.pause()
            assert app.store.events(kinds=["flag"]) == []
            assert _card_id(study) == "capital"

    async def test_flag_without_comment_and_cancel(self, build_app: AppFactory) -> None:
        """Enter on an empty comment flags with none; escape flags nothing."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("ctrl+f", "escape")
            await pilot.pause()
            assert isinstance(app.screen, StudyScreen)
            assert app.store.events(kinds=["flag"]) == []
            await pilot.press("ctrl+f", "enter")
            await pilot.pause()
            assert [(f.card_id, f.comment) for f in app.store.events(kinds=["flag"])] == [("capital", None)]

    async def test_flag_after_the_verdict_then_undo(self, build_app: AppFactory) -> None:
        """Flagging a graded card keeps its verdict; ctrl+z takes back the flag, not the answer."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Almaty", "enter", "ctrl+f", *"wrong key", "enter")
            await pilot.pause()
            assert _state(study) == "graded" and len(app.store.events(kinds=["flag"])) == 1
            await pilot.press("ctrl+z")
            await pilot.pause()
            assert app.store.events(kinds=["flag"]) == []
            assert _state(study) == "graded"
            assert study.graded is not None and study.graded.answer == "Almaty"
            await pilot.press("ctrl+z")  # now the answer itself
            await pilot.pause()
            assert _state(study) == "asking" and _card_id(study) == "capital"
            assert app.store.count_reviews() == 0


class TestNavigation:
    """Escape's summary, F2 and resume, and the theme."""

    async def test_escape_ends_with_the_summary(self, build_app: AppFactory) -> None:
        """Escape records the graded answer, shows the summary with no Accept or Undo on offer;
        enter then goes back to the decks."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            await pilot.press(*"Astana", "enter", "escape")
            await pilot.pause()
            assert _state(study) == "done" and app.store.count_reviews() == 1
            summary = study.query_one(SummaryView)
            assert summary.display and "Session finished" in _text(summary)
            hints = _text(study.query_one("#study-keys", Static))
            assert "Back to the decks" in hints and "Accept" not in hints and "Undo" not in hints
            assert "Help" in hints  # the app's keys stay on offer
            await pilot.press("enter")
            await wait_loaded(pilot)
            assert app.current_mode == "home" and type(app.screen).__name__ == "HomeScreen"

    async def test_summary_counts_cards_shown_first(self, build_app: AppFactory) -> None:
        """Two cards read, then escape: the summary says so."""
        app = build_app(SMALL, start_study=True, new_cards="show-first")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("enter", "enter", "escape")
            await pilot.pause()
            assert "2 new cards shown first" in _text(_study(app).query_one(SummaryView))

    async def test_f2_from_a_session_started_on_home_and_resume(self, build_app: AppFactory) -> None:
        """a on Home, answer, F2: the decks with the new counts; r: the same session and card;
        starting another session ends the first (its graded answer recorded)."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("a")
            await wait_loaded(pilot)
            first = _study(app)
            await pilot.press(*"Astana", "enter", "enter", *"1990", "enter")  # one recorded, one graded
            await pilot.press("f2")
            await wait_loaded(pilot)
            assert type(app.screen).__name__ == "HomeScreen"
            assert app.overview["ui-small"].sections["recognition"].new == 1
            await pilot.press("r")
            assert _study(app) is first and _state(first) == "graded" and _card_id(first) == "recognized"
            await pilot.press("f2", "a")  # a new session over everything due
            await wait_loaded(pilot)
            second = _study(app)
            assert second is not first and first not in app.study_screens
            assert app.store.count_reviews() == 2  # the first session's graded answer was kept

    async def test_ctrl_t_and_palette_themes_are_saved(self, build_app: AppFactory, home: Path) -> None:
        """ctrl+t flips the theme and settings.toml says so; a theme set as the palette sets it too."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("ctrl+t")
            await pilot.pause()
            assert app.theme == "textual-light"
            saved = tomllib.loads((home / "settings.toml").read_text(encoding="utf-8"))
            assert saved["theme"] == "textual-light" and app.settings.theme == "textual-light"
            app.theme = "nord"  # what the palette's theme search does
            await pilot.pause()
            await pilot.pause()
            saved = tomllib.loads((home / "settings.toml").read_text(encoding="utf-8"))
            assert saved["theme"] == "nord"

    async def test_settings_follows_and_sets_the_theme(self, build_app: AppFactory, home: Path) -> None:
        """The Settings form shows a theme picked with ctrl+t (so saving the form keeps it), and a
        theme picked in its list is applied at once and saved without ctrl+s."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f5")
            await wait_loaded(pilot)
            select: Select[str] = app.screen.query_one("#theme", Select)
            await pilot.press("ctrl+t")
            await pilot.pause()
            await pilot.pause()
            assert select.value == "textual-light"
            select.value = "nord"
            await pilot.pause()
            await pilot.pause()
            assert app.theme == "nord"
            saved = tomllib.loads((home / "settings.toml").read_text(encoding="utf-8"))
            assert saved["theme"] == "nord"


class TestRussian:
    """The shown card and the new keys speak Russian."""

    async def test_shown_card_in_russian(self, build_app: AppFactory) -> None:
        app = build_app(SMALL_RU, start_study=True, language="ru", new_cards="show-first")
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_loaded(pilot)
            study = _study(app)
            panel = study.query_one(VerdictPanel)
            assert _text(panel.query_one("#verdict-headline", Static)) == "Новая карточка: прочитайте её"
            hints = _text(study.query_one("#study-keys", Static))
            assert "Прочитано" in hints
            assert "осталось" in _text(study.query_one("#study-position", Static))
