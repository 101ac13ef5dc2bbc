"""Pilot tests of the other screens: switching, a bad deck, untrusted markup shown literally."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import fsrs
import pytest
from textual.binding import Binding
from textual.command import CommandList
from textual.content import Content
from textual.widgets import DataTable, Input, Select, Static

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.scheduling import Planner
from kzjp_tutor.core.settings import Settings, load_settings
from kzjp_tutor.core.store import Review
from kzjp_tutor.ui.commands import COMMANDS
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.browse import BrowseScreen
from kzjp_tutor.ui.screens.help import HelpScreen
from kzjp_tutor.ui.screens.home import HomeScreen, title_width
from kzjp_tutor.ui.screens.instructor import InstructorScreen
from kzjp_tutor.ui.screens.progress import ProgressScreen, forecast_label, retention_label
from kzjp_tutor.ui.screens.settings import SettingsScreen
from kzjp_tutor.ui.screens.study import StudyScreen
from kzjp_tutor.ui.widgets.review_calendar import ReviewCalendarView

from .helpers import BROKEN, MARKUP, NOW, SMALL, AppFactory, answer_first_then, wait_loaded


def _screen_text(svg: str) -> str:
    """The visible text of an SVG screenshot, one line per terminal row."""
    rows: dict[int, list[tuple[float, str]]] = {}
    pattern = r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" clip-path="url\(#[^"]*-line-(\d+)\)">(.*?)</text>'
    for x, line, text in re.findall(pattern, svg):
        rows.setdefault(int(line), []).append((float(x), html.unescape(text).replace("\xa0", " ")))
    return "\n".join("".join(t for _x, t in sorted(rows[k])) for k in sorted(rows))


class TestScreens:
    """Moving around the app."""

    async def test_switch_screens(self, build_app: AppFactory) -> None:
        """The function keys switch modes; f1 opens help over the current screen; escape closes it."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert app.current_mode == "home" and isinstance(app.screen, HomeScreen)
            await pilot.press("f3")  # browse
            assert app.current_mode == "browse"
            await pilot.press("f4")  # progress
            assert app.current_mode == "progress"
            await pilot.press("f5")  # settings
            assert app.current_mode == "settings"
            await pilot.press("f2")  # home
            assert app.current_mode == "home"
            await pilot.press("f1")  # help
            assert isinstance(app.screen, HelpScreen)
            keys = app.screen.query_one("#help-keys", DataTable)
            described = {str(keys.get_row_at(i)[1]) for i in range(keys.row_count)}
            assert any("Study all due" in d for d in described)
            assert any(d.startswith("Quit") for d in described)
            listed = {str(keys.get_row_at(i)[3]) for i in range(keys.row_count)}
            owners = (type(app), HomeScreen, StudyScreen, BrowseScreen, ProgressScreen, SettingsScreen)
            remappable = {
                b.id
                for owner in (*owners, InstructorScreen)
                for b in owner.BINDINGS
                if isinstance(b, Binding)
            }
            assert remappable <= listed  # every id a [keymap] table can name is in help
            await pilot.press("escape")  # close help
            assert isinstance(app.screen, HomeScreen)

    @pytest.mark.parametrize("size", [(80, 24), (100, 30), (160, 40)])
    async def test_home_table_fits_the_terminal(self, build_app: AppFactory, size: tuple[int, int]) -> None:
        """Every count column is visible without scrolling sideways; titles get the rest."""
        app = build_app(SMALL)
        async with app.run_test(size=size) as pilot:
            await wait_loaded(pilot)
            table = app.screen.query_one("#home-decks", DataTable)
            assert table.virtual_size.width <= table.scrollable_content_region.width
            assert table.ordered_columns[0].width == title_width(size[0])
            assert title_width(100) == 55

    async def test_study_from_home(self, build_app: AppFactory) -> None:
        """Enter on a section row studies only that section; escape goes back home."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            table = app.screen.query_one("#home-decks", DataTable)
            assert table.row_count == 3  # the deck and its two sections
            await pilot.press("down", "down", "enter")  # the "Concepts" section
            assert isinstance(app.screen, StudyScreen)
            assert app.screen.item is not None and app.screen.item.section.id == "concepts"
            await pilot.press("escape")  # end: the summary
            assert isinstance(app.screen, StudyScreen) and app.screen.state == "done"
            await pilot.press("escape")  # leave it
            assert isinstance(app.screen, HomeScreen)

    async def test_keymap_remaps_binding(self, build_app: AppFactory) -> None:
        """The settings' keymap moves a binding to another key (by binding id)."""
        app = build_app(SMALL, settings=Settings(keymap={"app.browse": "f9"}))
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f3")  # no longer bound
            assert app.current_mode == "home"
            await pilot.press("f9")  # the remapped key
            assert app.current_mode == "browse"


class TestProgress:
    """The progress screen draws what was studied."""

    async def test_calendar_shows_todays_reviews(self, build_app: AppFactory) -> None:
        """Two answers today: the heatmap's today cell is the darkest shade and the totals say so."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("a", *"Astana", "enter", "enter", *"1992", "enter", "enter", "escape", "f4")
            await wait_loaded(pilot)
            assert app.current_mode == "progress"
            calendar = app.screen.query_one(ReviewCalendarView)
            lines = str(calendar.content).splitlines()
            assert lines[-1].strip() == "2 reviews on 1 day"
            thursday = lines[1 + NOW.weekday()]  # row under the month line; NOW is a Thursday
            assert thursday.rstrip().endswith("█")  # today: the last cell drawn in its row
            assert all(cell == "·" for cell in thursday[4:].split()[:-1])  # no other day studied
            friday = lines[1 + NOW.weekday() + 1]
            assert len(friday.rstrip()) < len(thursday.rstrip())  # tomorrow is not drawn

    async def test_section_counts_after_starting_with_study(self, build_app: AppFactory) -> None:
        """`kzjp-tutor study`, one answer, F4: the sections table has real counts, not "…"."""
        app = build_app(SMALL, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await answer_first_then(pilot, "f4")
            sections = app.screen.query_one("#progress-sections", DataTable)
            first = [str(cell) for cell in sections.get_row_at(0)]
            assert first[:4] == ["Recognition", "0/2", "1", "0"]  # mastered, learning, due
            numbers = str(app.screen.query_one("#progress-numbers", Static).content)
            assert numbers.startswith("1 review (100% correct) · 1 card seen")

    @pytest.mark.parametrize(("size", "stacked"), [((80, 24), True), ((100, 30), False)])
    async def test_tables_stack_on_a_narrow_terminal(
        self, build_app: AppFactory, size: tuple[int, int], stacked: bool
    ) -> None:
        """Below 96 columns the two tables are one above the other, each as wide as the screen."""
        app = build_app(SMALL)
        async with app.run_test(size=size) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f4")
            await wait_loaded(pilot)
            sections = app.screen.query_one("#progress-sections", DataTable).region
            hardest = app.screen.query_one("#progress-hardest", DataTable).region
            assert (hardest.y > sections.y) is stacked
            assert (hardest.x == sections.x) is stacked


def test_chart_labels_carry_the_numbers() -> None:
    """A sparkline has no axis, so its label says today's count, the busiest day and the range."""
    today = dt.date(2026, 11, 26)
    assert forecast_label([0] * 30, today) == "Cards due, next 30 days: none"
    forecast = [3, 0, 7, 2, 7] + [0] * 25
    assert forecast_label(forecast, today) == (
        "Cards due, next 30 days: 3 today · busiest November 28 (7) · 19 in all"
    )
    assert forecast_label([9, 1] + [0] * 28, today).endswith("busiest today (9) · 10 in all")
    assert retention_label([None] * 8).endswith(": no reviews of learned cards yet")
    weekly: list[float | None] = [None, 0.8, None, 0.95, 0.9, None, None, None]
    assert retention_label(weekly) == (
        "Retention of learned cards, per week (8 weeks): latest 90% · lowest 80% · highest 95%"
    )


class TestBadDecks:
    """A broken deck among good ones."""

    async def test_bad_deck_listed_with_error(self, build_app: AppFactory) -> None:
        """The broken deck is listed with its problem and the good deck still loads."""
        app = build_app(BROKEN, SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert app.entries is not None
            bad = [e for e in app.entries if e.deck is None]
            assert [e.path.name for e in bad] == ["broken.en.toml"]
            assert bad[0].problems[0].field == "answer"
            assert [d.deck.id for d in app.decks] == ["ui-small"]
            table = app.screen.query_one("#home-decks", DataTable)
            first = table.get_row_at(0)[0]
            assert isinstance(first, Content) and "broken.en.toml" in first.plain
            assert "required field is missing" in first.plain
            detail = app.screen.query_one("#home-detail", Static)
            assert isinstance(detail.content, Content) and "no-answer" in detail.content.plain
            await pilot.press("enter")  # try to study the bad deck
            assert isinstance(app.screen, HomeScreen)  # refused, still home


class TestUntrustedText:
    """Deck text full of markup shows literally and does nothing."""

    async def test_markup_rendered_literally(self, build_app: AppFactory) -> None:
        """``[bold]`` and ``[@click=app.quit]`` appear as typed, and clicking them does not quit."""
        app = build_app(MARKUP, start_study=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            study = app.screen
            assert isinstance(study, StudyScreen)
            text = _screen_text(app.export_screenshot())
            assert "What is [bold]this[/]? [@click=app.quit]click me[/]" in text
            assert "Markup [bold]deck[/]" in text and "Tricks [i]section[/i]" in text
            prompt = study.query_one("#study-prompt", Static)
            column = "What is [bold]this[/]? [@click=app.quit]click me[/]".index("click me")
            await pilot.click(prompt, offset=(column + 1, 0))  # click the would-be link
            await pilot.pause()
            assert app.is_running and app.screen is study
            await pilot.press(*"nothing", "enter")  # answer, to show the verdict
            text = _screen_text(app.export_screenshot())
            assert "[red]nothing[/]" in text
            assert "Explained with [@click=app.quit]a link[/] that must do nothing." in text
            explain = study.query_one("#verdict-explain", Static)
            await pilot.click(explain, offset=(len("Explained with ") + 2, 0))  # click the fake link
            await pilot.pause()
            assert app.is_running and app.return_code is None


class TestSettingsAndBrowse:
    """Saving settings; searching cards."""

    async def test_save_settings(self, build_app: AppFactory, home: Path) -> None:
        """Edited fields are validated and written to HOME/settings.toml."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f5")  # settings
            await pilot.pause()
            app.screen.query_one("#new_per_day", Input).value = "35"
            app.screen.query_one("#exam_date", Input).value = "2027-01-15"
            await pilot.press("ctrl+s")  # save
            assert app.settings.new_per_day == 35
            assert load_settings(home) == app.settings
            assert load_settings(home).exam_date == dt.date(2027, 1, 15)
            app.screen.query_one("#desired_retention", Input).value = "2"
            await pilot.press("ctrl+s")  # invalid: refused with a message
            status = app.screen.query_one("#settings-status", Static)
            assert status.has_class("-error")
            assert load_settings(home).desired_retention == 0.9

    async def test_study_language_switches_the_course_decks(self, home: Path, clock: Clock) -> None:
        """The bundled decks show in Russian; choosing English in settings reloads them in English."""
        app = make_app(home, [], clock, Settings(), fuzz=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert {deck.deck.language for deck in app.decks} == {"ru"} and len(app.decks) == 3
            await pilot.press("f5")
            await pilot.pause()
            app.screen.query_one("#study_language", Select).value = "en"
            await pilot.press("ctrl+s")
            await wait_loaded(pilot)
            assert load_settings(home).study_language == "en"
            ids = sorted(deck.deck.id for deck in app.decks)
            assert ids == ["kzjp-2021-en", "kzjp-25-years-en", "kzjp-lecture-11-en"]
            assert set(app.overview) == set(ids)  # counted again for the new decks

    async def test_browse_fuzzy_search(self, build_app: AppFactory) -> None:
        """A misspelt search still finds the card; its details show the answer."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f3", *"hashimto")  # browse, then a misspelt query
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, BrowseScreen)
            assert screen.results and screen.results[0].card.id == "silk-road"
            detail = screen.query_one("#browse-detail", Static)
            assert isinstance(detail.content, Content) and "Ryutaro Hashimoto" in detail.content.plain

    async def test_browse_arrows_show_each_result(self, build_app: AppFactory) -> None:
        """Down the results list (rules between results), the details follow the highlighted card."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f3", "enter", "down", "down")  # all cards; to the list; third card
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, BrowseScreen)
            third = screen.results[2].card
            detail = screen.query_one("#browse-detail", Static)
            assert isinstance(detail.content, Content) and third.prompt in detail.content.plain

    async def test_browse_shows_a_cards_history(self, build_app: AppFactory, clock: Clock) -> None:
        """Every answer to the card is listed with its date, verdict and rating."""
        app = build_app(SMALL)
        planner = Planner(Settings(), enable_fuzzing=False)
        when = clock.now()
        deck_id = load_deck(SMALL).deck.id
        state = planner.review(planner.new_state(deck_id, "silk-road", when), fsrs.Rating.Again, when).state
        app.store.record(
            Review("r1", deck_id, "silk-road", when, "[b]Obuchi[/b]", False, 0.0, "", "again", 1), None, state
        )
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f3", *"hashimto")
            await pilot.pause()
            detail = app.screen.query_one("#browse-detail", Static)
            assert isinstance(detail.content, Content)
            assert "History" in detail.content.plain
            assert "November 26, 09:00 UTC  ✗ [b]Obuchi[/b]  → Again" in detail.content.plain

    async def test_command_palette_runs_action(self, build_app: AppFactory) -> None:
        """The palette offers every one of the app's main actions; choosing one runs it."""
        app = build_app(SMALL)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("ctrl+p")
            await pilot.pause(0.3)
            offered = app.screen.query_one(CommandList)
            titles = {
                str(offered.get_option_at_index(i).prompt).splitlines()[0]
                for i in range(offered.option_count)
            }
            assert {title for title, _action, _help in COMMANDS} <= titles
            await pilot.press(*"progress")  # search
            await pilot.pause(0.3)
            await pilot.press("enter")  # run the first hit
            await pilot.pause()
            assert app.current_mode == "progress"


async def test_a_bug_in_the_app_is_a_sentence_and_a_crash_log(
    build_app: AppFactory, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An exception in a handler ends the app; the student reads one sentence, the log has the rest."""
    app = build_app(SMALL)

    def broken() -> None:
        raise ZeroDivisionError("a bug")

    app.action_show_browse = broken  # type: ignore[method-assign]
    with pytest.raises(ZeroDivisionError):
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f3")  # the broken action
            await pilot.pause()
    app._print_error_renderables()
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Your progress is safe" in err
    assert "ZeroDivisionError: a bug" in (home / "kzjp-tutor-crash.log").read_text(encoding="utf-8")


async def test_an_error_message_with_markup_is_shown_literally(home: Path, clock: Clock) -> None:
    """`study --section '[b]x[/b]'` names no section: the error shows as typed, the app goes on."""
    bad = "[@click=app.quit]x[/]"
    app = make_app(home, [SMALL], clock, Settings(), start_study=True, fuzz=False, section=bad)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        messages = [n.message for n in app._notifications]
        assert any(bad in str(m) for m in messages), messages
        assert app.is_running


async def test_what_opening_the_store_did_is_said_in_the_app(build_app: AppFactory, home: Path) -> None:
    """A damaged progress file is moved aside on open; the student reads that in the app itself."""
    home.mkdir(parents=True)
    (home / "progress.sqlite3").write_bytes(b"not a database \x1b]52;c;SGVsbG8=\x07" * 40)
    app = build_app(SMALL)
    assert app.store.notices
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        shown = [n for n in app._notifications if n.title == "Your progress"]
        assert len(shown) == 1 and "moved to" in shown[0].message
        assert "\x1b" not in shown[0].message
    assert list(home.glob("progress.sqlite3.corrupt-*"))
