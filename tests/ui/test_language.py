"""The app speaks Russian or English: which one it starts in, and switching on the Settings screen.

Every check is on state a student sees (the header's subtitle, the footer's binding descriptions,
labels, table headings, the study screen's key bar), and after a switch the keys must still do
what they did: descriptions change with the language, keys and ids never do.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Label, Select, Static

from kzjp_tutor.core import i18n
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.progress import ReviewCalendar
from kzjp_tutor.core.settings import Settings, load_settings
from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.browse import BrowseScreen
from kzjp_tutor.ui.screens.help import HelpScreen
from kzjp_tutor.ui.screens.home import HomeScreen
from kzjp_tutor.ui.screens.settings import SettingsScreen, parse_form
from kzjp_tutor.ui.screens.study import StudyScreen
from kzjp_tutor.ui.widgets.key_hints import KeyHints, fit_hints
from kzjp_tutor.ui.widgets.review_calendar import CELL, LABEL_WIDTH, render_calendar

from .helpers import SMALL, SMALL_RU, AppFactory, wait_loaded


def footer_words(app: TutorApp) -> set[str]:
    """The descriptions of the keys the footer shows now."""
    return {binding.description for _node, binding, _enabled, _tip in app.screen.active_bindings.values()}


def plain(widget: Static | Label) -> str:
    return str(widget.render())


async def save_language(pilot: Pilot[None], value: str, field: str = "ui_language") -> None:
    """On the Settings screen: choose ``value`` for ``field`` and press ctrl+s."""
    screen = pilot.app.screen
    assert isinstance(screen, SettingsScreen)
    screen.query_one(f"#{field}", Select).value = value
    await pilot.press("ctrl+s")
    await wait_loaded(pilot)


class TestWhichLanguage:
    """A fresh home speaks Russian; ``--lang``/``language`` and the environment override it."""

    async def test_fresh_home_is_russian(
        self, home: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Default settings (ui_language auto, study_language ru), no override: Russian everywhere."""
        monkeypatch.delenv("KZJP_TUTOR_LANG", raising=False)
        app = make_app(home, [SMALL_RU], clock, fuzz=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert i18n.current() == "ru"
            assert isinstance(app.screen, HomeScreen)
            assert app.screen.sub_title == "Колоды"
            assert app.sub_title == "Казахстан и Япония"
            assert {"Учить всё", "Справка", "Выход", "Поиск"} <= footer_words(app)
            table = app.screen.query_one("#home-decks", DataTable)
            assert [str(c.label) for c in table.ordered_columns][1:3] == ["Пора", "Новые"]
            assert plain(app.screen.query_one("#home-exam", Static)) == "1 колода"

    async def test_language_en_is_english(
        self, home: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``language="en"`` (``--lang en``) over the same default settings: English."""
        monkeypatch.delenv("KZJP_TUTOR_LANG", raising=False)
        app = make_app(home, [SMALL_RU], clock, fuzz=False, language="en")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert i18n.current() == "en"
            assert app.screen.sub_title == "Decks"
            assert {"Study all due", "Help", "Quit"} <= footer_words(app)
            assert plain(app.screen.query_one("#home-exam", Static)) == "1 deck"

    async def test_the_environment_overrides_the_setting(
        self, home: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``KZJP_TUTOR_LANG=ru`` over ``ui_language = "en"`` gives Russian, as ``--lang`` would."""
        monkeypatch.setenv("KZJP_TUTOR_LANG", "ru")
        app = make_app(home, [SMALL], clock, Settings(ui_language="en"), fuzz=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert app.screen.sub_title == "Колоды"


class TestSwitchOnSettings:
    """Saving the Settings screen applies the interface language at once, on every screen."""

    async def test_switch_to_russian_and_back(self, build_app: AppFactory) -> None:
        """English → Russian → English: the form, the footer, the home screen and the study keys follow."""
        app = build_app(SMALL, language="en")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f5")
            await wait_loaded(pilot)
            assert "Save" in footer_words(app)
            await save_language(pilot, "ru")
            assert i18n.current() == "ru"
            screen = app.screen
            assert isinstance(screen, SettingsScreen)
            assert screen.sub_title == "Настройки"
            assert plain(screen.query_one("#label-ui_language", Label)) == "Язык интерфейса"
            assert plain(screen.query_one("#settings-status", Static)).startswith("Сохранено в ")
            assert {"Сохранить", "Справка", "Выход"} <= footer_words(app)
            assert "Save" not in footer_words(app)
            assert load_settings(app.home).ui_language == "ru"
            # The home screen, built before the switch, relabels itself.
            await pilot.press("f2")
            await wait_loaded(pilot)
            assert isinstance(app.screen, HomeScreen)
            assert app.screen.sub_title == "Колоды"
            headings = [str(c.label) for c in app.screen.query_one("#home-decks", DataTable).ordered_columns]
            assert headings[0] == "Колода / раздел"
            assert {"Учить всё", "Поиск"} <= footer_words(app)
            # Keys still work in Russian: study, answer, accept.
            await pilot.press("a")
            await wait_loaded(pilot)
            study = app.screen
            assert isinstance(study, StudyScreen)
            assert "Проверить" in plain(study.query_one(KeyHints))
            await pilot.press(*"Astana", "enter")
            await pilot.pause()
            assert study.state == "graded"
            assert plain(study.query_one("#verdict-headline", Static)) == "✓ Верно"
            await pilot.press("enter")
            await pilot.pause()
            assert len(study.session.history) == 1
            # Back to English from the same screen.
            await pilot.press("f5")
            await wait_loaded(pilot)
            await save_language(pilot, "en")
            assert i18n.current() == "en"
            assert app.screen.sub_title == "Settings"
            assert {"Save", "Help", "Quit"} <= footer_words(app)
            await pilot.press("f2", "r")  # the decks, then resume the session
            await wait_loaded(pilot)
            # The study screen still open in its own mode speaks English too.
            assert isinstance(app.screen, StudyScreen)
            assert "Check" in plain(app.screen.query_one(KeyHints))

    async def test_a_graded_answer_is_relabelled(self, build_app: AppFactory) -> None:
        """A verdict on screen when the language changes is shown again in the new language."""
        app = build_app(SMALL, language="en")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("a", *"Almaty", "enter")
            await pilot.pause()
            study = app.screen
            assert isinstance(study, StudyScreen)
            assert plain(study.query_one("#verdict-headline", Static)) == "✗ Wrong"
            app.switch_language("ru")
            await pilot.pause()
            assert plain(study.query_one("#verdict-headline", Static)) == "✗ Неверно"
            assert plain(study.query_one("#verdict-rating", Static)) == "Предлагаемая оценка: Снова"
            assert "Засчитать" in plain(study.query_one(KeyHints))

    async def test_auto_follows_the_study_language(
        self, home: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """ui_language auto: choosing the English decks switches the interface to English."""
        monkeypatch.delenv("KZJP_TUTOR_LANG", raising=False)
        app = make_app(home, [SMALL], clock, Settings(), fuzz=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            assert i18n.current() == "ru"
            await pilot.press("f5")
            await wait_loaded(pilot)
            await save_language(pilot, "en", field="study_language")
            assert i18n.current() == "en"
            assert app.screen.sub_title == "Settings"

    async def test_lang_override_is_dropped_once_the_student_chooses(self, build_app: AppFactory) -> None:
        """``--lang en`` holds over auto until the student saves a different ui_language."""
        app = build_app(SMALL, language="en")  # default settings: auto, Russian decks
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f5")
            await wait_loaded(pilot)
            await pilot.press("ctrl+s")  # saving with ui_language unchanged keeps --lang
            await wait_loaded(pilot)
            assert i18n.current() == "en"
            await save_language(pilot, "ru")
            assert i18n.current() == "ru"
            assert app.language_override is None


class TestKeysDoNotChange:
    """Keymap ids, remapped keys and palette commands work the same in Russian."""

    async def test_remapped_key_in_russian(self, build_app: AppFactory) -> None:
        """``[keymap] app.browse = "f9"``: f9 opens Browse in Russian, and Help lists f9 by its id."""
        app = build_app(SMALL, settings=Settings(keymap={"app.browse": "f9"}), language="ru")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            await pilot.press("f9")
            await wait_loaded(pilot)
            assert isinstance(app.screen, BrowseScreen)
            await pilot.press("f1")
            await wait_loaded(pilot)
            assert isinstance(app.screen, HelpScreen)
            table = app.screen.query_one("#help-keys", DataTable)
            rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
            browse = next(row for row in rows if row[3] == "app.browse")
            assert browse[0] == "f9"
            assert browse[1].startswith("Поиск — ")

    async def test_palette_commands_are_translated_and_run(self, build_app: AppFactory) -> None:
        """The palette lists its commands in Russian; each still runs its action."""
        app = build_app(SMALL, language="ru")
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            commands = {command.title: command for command in app.get_system_commands(app.screen)}
            assert {"Поиск карточек", "Прогресс и статистика", "Тема", "Выход"} <= set(commands)
            assert not {"Browse cards", "Quit"} & set(commands)
            await commands["Поиск карточек"].callback()  # run_action, as the palette awaits it
            await wait_loaded(pilot)
            assert isinstance(app.screen, BrowseScreen)


def test_hints_fit_by_dropping_whole_hints_before_the_last() -> None:
    """The key bar never cuts a hint in the middle, and keeps the last one (help) whatever goes."""
    hints = [
        ("⏎", "Принять"),
        ("r", "Засчитать"),
        ("w", "Не засчитывать"),
        ("esc", "Завершить"),
        ("f1", "Справка"),
    ]
    assert fit_hints(hints, 200) == hints
    fitted = fit_hints(hints, 40)
    assert fitted[-1] == ("f1", "Справка")
    assert fitted == [("⏎", "Принять"), ("r", "Засчитать"), ("f1", "Справка")]
    assert sum(len(k) + 1 + len(t) for k, t in fitted) + 2 * (len(fitted) - 1) <= 40
    assert fit_hints(hints, 5) == [("f1", "Справка")]


def test_exam_date_accepts_the_russian_form() -> None:
    """An exam date typed as 15.12.2026 is the 15th of December, as in ISO."""
    values = {"desired_retention": "0,9", "new_per_day": "20", "exam_date": "15.12.2026", "decks_folder": ""}
    assert parse_form(Settings(), values).exam_date == dt.date(2026, 12, 15)
    assert parse_form(Settings(), values).desired_retention == 0.9


def test_out_of_range_is_said_in_russian() -> None:
    """A value outside its range is named by its label, in the interface's language, not pydantic's English."""
    i18n.use("ru")
    values = {"desired_retention": "0.9", "new_per_day": "100000", "exam_date": "", "decks_folder": ""}
    with pytest.raises(ValueError, match=r"^Новых карточек в день: не больше 10000$"):
        parse_form(Settings(), values)


def test_calendar_names_a_month_that_starts_in_the_first_week() -> None:
    """A first week holding the 1st of a month is labelled with that month (August went missing)."""
    today = dt.date(2026, 11, 26)
    calendar = ReviewCalendar(dt.date(2026, 7, 27), today, {today: 1})
    months_line = render_calendar(calendar).plain.splitlines()[0]
    assert months_line[LABEL_WIDTH : LABEL_WIDTH + 3] == "Aug"
    september = (dt.date(2026, 9, 1) - calendar.first_day).days // 7
    assert months_line[LABEL_WIDTH + CELL * september :].startswith("Sep")
