"""Pilot tests of acting on a card from Browse: suspend, unsuspend, flag, reset, undo.

Each asserts on the store (what was recorded) and on the screen (the marks a student sees).
"""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.screens.browse import FLAGGED_MARK, SUSPENDED_MARK, BrowseScreen
from kzjp_tutor.ui.screens.confirm import ConfirmDialog
from kzjp_tutor.ui.widgets.flag_dialog import FlagDialog

from .helpers import SMALL, SMALL_RU, AppFactory, answer_first_then, wait_loaded

DECK = "ui-small"


def _browse(app: TutorApp) -> BrowseScreen:
    screen = app.screen
    assert isinstance(screen, BrowseScreen), type(screen)
    return screen


async def _find(pilot: Pilot[None], query: str) -> BrowseScreen:
    """F3, search ``query``, enter: the results list has focus on the first match."""
    await pilot.press("f3", *query, "enter")
    await wait_loaded(pilot)
    screen = _browse(pilot.app)  # type: ignore[arg-type]
    assert screen.focused is not None and screen.focused.id == "browse-results"
    return screen


def _first_row(screen: BrowseScreen) -> str:
    option = screen.query_one("#browse-results", OptionList).get_option_at_index(0)
    return str(option.prompt)


def _detail(screen: BrowseScreen) -> str:
    return str(screen.query_one("#browse-detail", Static).render())


class TestSuspend:
    async def test_suspend_then_unsuspend(self, build_app: AppFactory) -> None:
        """s suspends the highlighted card (recorded, marked in the list and the detail); u takes it back."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            screen = await _find(pilot, "hashimoto")
            assert screen._shown is not None and screen._shown.card.id == "silk-road"
            await pilot.press("s")
            await pilot.pause()
            assert app.store.suspended_ids(DECK) == {"silk-road"}
            assert _first_row(screen).startswith(SUSPENDED_MARK)
            assert "Suspended: not asked until you unsuspend it (u)." in _detail(screen)
            await pilot.press("s")  # already suspended: nothing more recorded
            await pilot.pause()
            assert [e.kind for e in app.store.events([DECK])] == ["suspend"]
            await pilot.press("u")
            await pilot.pause()
            assert app.store.suspended_ids(DECK) == set()
            assert not _first_row(screen).startswith(SUSPENDED_MARK)
            assert "Suspended:" not in _detail(screen)
            assert [e.kind for e in app.store.events([DECK])] == ["suspend", "unsuspend"]

    async def test_undo_a_suspension(self, build_app: AppFactory) -> None:
        """ctrl+z takes the suspension back: the card is asked again."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await _find(pilot, "hashimoto")
            await pilot.press("s", "ctrl+z")
            await pilot.pause()
            assert app.store.suspended_ids(DECK) == set()
            assert app.store.events([DECK]) == []  # the undone step is no longer in the log

    async def test_letters_type_in_the_search_box(self, build_app: AppFactory) -> None:
        """With the search box focused, s is a letter of the query, not a suspension."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f3", *"silk s")
            await pilot.pause()
            assert _browse(app).query_one("#browse-search", Input).value == "silk s"
            assert app.store.suspended_ids(DECK) == set()


class TestFlag:
    async def test_flag_with_a_comment(self, build_app: AppFactory) -> None:
        """f asks for a comment; enter records the flag with it, for the instructor; the list marks it."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            screen = await _find(pilot, "hashimoto")
            await pilot.press("f")
            await pilot.pause()
            assert isinstance(app.screen, FlagDialog)
            await pilot.press(*"[b]Obuchi[/b] too", "enter")
            await pilot.pause()
            flags = app.store.events([DECK], kinds=["flag"])
            assert [(f.card_id, f.comment) for f in flags] == [("silk-road", "[b]Obuchi[/b] too")]
            assert _first_row(screen).startswith(FLAGGED_MARK)
            assert "“[b]Obuchi[/b] too”" in _detail(screen)  # the comment is data, never markup

    async def test_cancelled_flag_records_nothing(self, build_app: AppFactory) -> None:
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await _find(pilot, "hashimoto")
            await pilot.press("f", *"oops", "escape")
            await pilot.pause()
            assert app.store.events([DECK], kinds=["flag"]) == []


class TestReset:
    async def test_reset_asks_then_forgets_and_undo_brings_it_back(self, build_app: AppFactory) -> None:
        """A card answered once: ctrl+r asks (enter says No), y resets it to new, ctrl+z restores it."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await answer_first_then(pilot, "escape")
            before = app.store.state(DECK, "capital")
            assert before is not None
            screen = await _find(pilot, "capital")
            await pilot.press("ctrl+r")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press("enter")  # No has focus: a reset is never one stray enter away
            await pilot.pause()
            assert app.store.state(DECK, "capital") == before
            await pilot.press("ctrl+r")
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()
            assert app.store.state(DECK, "capital") is None
            assert "Never answered; new." in _detail(screen)
            assert len(app.store.reviews([DECK], card_id="capital")) == 1  # the log keeps the answer
            await pilot.press("ctrl+z")
            await pilot.pause()
            assert app.store.state(DECK, "capital") == before

    async def test_reset_of_a_new_card_says_there_is_nothing(self, build_app: AppFactory) -> None:
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            screen = await _find(pilot, "capital")
            await pilot.press("ctrl+r")
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()
            assert _browse(app) is screen  # the question was answered
            assert app.store.events([DECK]) == []
            assert screen.last_step is None
            notices = [n.message for n in app._notifications]
            assert "This card has no progress to reset." in notices


class TestRussian:
    async def test_russian_detail_and_notice(self, build_app: AppFactory) -> None:
        """In Russian the suspension is said in the glossary's words."""
        app = build_app(SMALL_RU, language="ru")
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_loaded(pilot)
            screen = await _find(pilot, "хасимото")
            await pilot.press("s")
            await pilot.pause()
            assert app.store.suspended_ids("ui-small-ru") == {"silk-road"}
            assert "Отложена: не задаётся, пока вы не вернёте её в занятия (u)." in _detail(screen)
