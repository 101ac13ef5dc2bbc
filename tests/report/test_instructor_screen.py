"""The instructor screen: the report is built in a worker; ranked and unranked cards apart, each
card's figures with their counts, overrides per student, and every table readable at 100 columns."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.app import App
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import DataTable, Static, TabbedContent

from kzjp_tutor.core import i18n
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.report import (
    AliasSuggestion,
    CardRow,
    Confusion,
    Figure,
    Report,
    SectionRow,
    StudentRow,
    WrongAnswer,
)
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.instructor import InstructorScreen

from .helpers import DECK_FILE, REPORT_AT, ClassExports

TABLES = ("cards", "few", "sections", "students", "overrides")


class _Host(App[None]):
    """A bare app that shows only the instructor screen."""

    def __init__(self, screen: InstructorScreen) -> None:
        super().__init__()
        self.report_screen = screen

    def on_mount(self) -> None:
        self.push_screen(self.report_screen)


@asynccontextmanager
async def _report_shown(
    folder: Path, decks: list[Deck], size: tuple[int, int]
) -> AsyncIterator[tuple[InstructorScreen, Pilot[None]]]:
    """The instructor screen over ``folder`` in a bare app, once its report is on screen."""
    screen = InstructorScreen(folder, decks=decks, now=REPORT_AT)
    app = _Host(screen)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.report is not None
        yield screen, pilot


def _table(screen: InstructorScreen, name: str) -> DataTable[Content]:
    return screen.query_one(f"#instructor-{name}", DataTable)


def _column(screen: InstructorScreen, name: str, column: int) -> list[str]:
    table = _table(screen, name)
    return [table.get_row_at(row)[column].plain for row in range(table.row_count)]


def _detail(screen: InstructorScreen, name: str = "cards") -> str:
    return str(screen.query_one(f"#instructor-{name}-detail", Static).content)


async def _open_tab(screen: InstructorScreen, pilot: Pilot[None], name: str) -> None:
    screen.query_one(TabbedContent).active = f"instructor-{name}-tab"
    await pilot.pause()


async def test_ranked_and_unranked_cards_apart(class_exports: ClassExports, deck: Deck) -> None:
    """Only silk-road was answered by 3 students: it alone is ranked; the other three are on the
    'few answers' tab, most answered first; a markup-looking answer shows literally; whole ids."""
    bob = class_exports.folder / "bob.json"
    data = json.loads(bob.read_text(encoding="utf-8"))
    data["reviews"][-1]["answer"] = "[bold]1993[/bold]"
    bob.write_text(json.dumps(data), encoding="utf-8")
    (class_exports.folder / "junk.json").write_text("{", encoding="utf-8")
    async with _report_shown(class_exports.folder, [deck], (100, 30)) as (screen, pilot):
        assert _column(screen, "cards", 0) == ["silk-road\nkzjp-mini"]
        assert _column(screen, "few", 0) == [
            "pm-visit\nkzjp-mini",
            "capital\nkzjp-mini",
            "relations\nkzjp-mini",
        ]
        assert _column(screen, "cards", 1) == ["67%\n3 st · 3 ans"]  # Alice and Bob failed, Carol not
        few_tab = screen.query_one(TabbedContent).get_tab("instructor-few-tab")
        assert str(few_tab.label) == "Few answers (3)"
        assert "fewer than 3 students" in str(screen.query_one("#instructor-few-note", Static).content)
        await _open_tab(screen, pilot, "few")
        table = _table(screen, "few")
        table.focus()
        await pilot.press("down", "down")  # relations, where Bob's answer looks like markup
        await pilot.pause()
        assert _detail(screen, "few").startswith("kzjp-mini/relations  In which year")
        assert "«[bold]1993[/bold]» (1 st · 1 ans)" in _detail(screen, "few")
        skipped = screen.query_one("#instructor-skipped", Static)
        assert "junk.json: not valid JSON" in str(skipped.render())
        assert all(b.id and b.description for b in screen.BINDINGS if not isinstance(b, tuple))
        await pilot.press("escape")  # back
        assert pilot.app.screen is not screen


async def test_card_detail_shows_every_figure_alias_confusion_and_forms(
    class_exports: ClassExports, deck: Deck
) -> None:
    """The hardest card's panel: its four figures with counts, the wrong answers grouped with the
    other spellings typed, the accept line and which deck file it goes to, the confused card's prompt."""
    alice = class_exports.folder / "alice.json"
    data = json.loads(alice.read_text(encoding="utf-8"))
    silk = next(r for r in data["reviews"] if r["card"] == "silk-road")
    silk["answer"] = "KOIZUMI"  # one value, another spelling of Bob's "Koizumi"
    alice.write_text(json.dumps(data), encoding="utf-8")
    async with _report_shown(class_exports.folder, [deck], (100, 30)) as (screen, _pilot):
        assert screen.report is not None
        card = screen.report.hardest[0]
        detail = _detail(screen)
        assert detail.startswith("kzjp-mini/silk-road  Which Japanese prime minister")
        for label, figure in (
            ("Seen by", card.seen),
            ("1st-try fail", card.first_try_failure),
            ("Recall now", card.recall),
            ("“I was right”", card.overrides),
        ):
            assert f"{label}: {figure.shown()}" in detail
        assert "1st-try fail: 67% (3 st · 3 ans)" in detail
        assert "Wrong answers: «Koizumi» (2 st · 2 ans; also written «KOIZUMI»)" in detail or (
            "Wrong answers: «KOIZUMI» (2 st · 2 ans; also written «Koizumi»)" in detail
        )
        assert (
            'Claimed right (2 st · 2 ans); paste into silk-road of kzjp-mini: accept = ["Ryutaro"]' in detail
        )
        assert "Answered as pm-visit («Which Japanese prime minister visited" in detail
        confused = detail.split("Answered as", 1)[1]
        assert confused.endswith("(2 st · 2 ans)")  # Alice and Bob gave pm-visit's answer


async def test_students_and_their_overrides(class_exports: ClassExports, deck: Deck) -> None:
    """Each student's "I was right" and "I was wrong" rates, most "I was right" first, with the note.

    Carol accepted her one wrong answer (1/1), Bob one of his four (1/4), Alice none of her one;
    no one failed an accepted answer."""
    async with _report_shown(class_exports.folder, [deck], (100, 30)) as (screen, pilot):
        await _open_tab(screen, pilot, "overrides")
        assert _column(screen, "overrides", 0) == ["Carol", "bob.json", "Alice"]
        assert _column(screen, "overrides", 1) == [
            "100%\n1 st · 1 ans",
            "25%\n1 st · 4 ans",
            "0%\n1 st · 1 ans",
        ]
        assert all(cell.startswith("0%") for cell in _column(screen, "overrides", 2))
        note = str(screen.query_one("#instructor-overrides-note", Static).content)
        assert note.startswith("“I was right”: share of the answers the grader called wrong")
        assert _table(screen, "students").row_count == 3
        assert (
            _table(screen, "sections").row_count == len(screen.report.sections if screen.report else []) > 0
        )


def _fig(value: float, students: int, answers: int) -> Figure:
    return Figure(value, students, answers)


def _wide_report() -> Report:
    """A report with the longest ids of the course decks and a big class's counts."""
    big = _fig(1.0, 30, 1999)
    card_id = "economy-tokyo-conference-kz-delegation"  # 38 characters, the longest course id
    deck_id = "kzjp-lecture-11"
    cards = [
        CardRow(
            deck_id,
            card_id,
            "s",
            "?" * 300,
            big,
            big,
            big,
            big,
            3,
            (WrongAnswer("x" * 500, "x", 9, 9),),
            True,
        ),
        CardRow(deck_id, card_id + "-2", "s", "?", big, big, big, big, 0, (), False),
    ]
    student = StudentRow(
        "Александра Константинопольская", 768, 99999, big, 99, dt.date(2026, 12, 20), big, big, big
    )
    return Report(
        generated_at=REPORT_AT,
        deck_id=None,
        students=30,
        answers=99999,
        cards=cards,
        sections=[SectionRow(deck_id, "peaceful-atom-cooperation", "Т" * 120, 768, big, big)],
        student_rows=[student],
        aliases=[AliasSuggestion(deck_id + ".ru", card_id, ("y",), 'accept = ["y"]', 3, 3)],
        confusions=[Confusion(deck_id, card_id, "other", "z", 3, 3, "?", "??")],
    )


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_every_table_fits_100_columns(tmp_path: Path, language: i18n.Language) -> None:
    """No table scrolls sideways at 100 columns, with 38-character ids, 30 students and thousands
    of answers in both languages: the ids are whole and every figure keeps its counts."""
    i18n.use(language)
    (tmp_path / "exports").mkdir()
    async with _report_shown(tmp_path / "exports", [], (100, 30)) as (screen, pilot):
        report = _wide_report()
        screen.show_report(report)
        for name in TABLES:
            await _open_tab(screen, pilot, name)
            table = _table(screen, name)
            assert table.row_count == 1
            assert table.virtual_size.width <= table.scrollable_content_region.width, (name, language)
        assert _table(screen, "cards").ordered_columns[0].width == len(
            "economy-tokyo-conference-kz-delegation"
        )
        first = _table(screen, "cards").get_row_at(0)
        assert first[0].plain == "economy-tokyo-conference-kz-delegation\nkzjp-lecture-11"
        assert first[1].plain.endswith(report.cards[0].first_try_failure.basis())


async def test_russian(class_exports: ClassExports, deck: Deck) -> None:
    """Tabs, headings, figures and the panel in Russian; the data as typed."""
    i18n.use("ru")
    async with _report_shown(class_exports.folder, [deck], (100, 30)) as (screen, pilot):
        tabs = screen.query_one(TabbedContent)
        labels = [str(tabs.get_tab(f"instructor-{name}-tab").label) for name in TABLES]
        assert labels == ["Самые сложные карточки", "Мало ответов (3)", "Разделы", "Студенты", "Исправления"]
        assert _column(screen, "cards", 1) == ["67\u00a0%\n3 студ. · 3 отв."]
        detail = _detail(screen)
        assert "1-й ответ неверен: 67\u00a0% (3 студ. · 3 отв.)" in detail
        assert 'вставьте в карточку silk-road колоды kzjp-mini: accept = ["Ryutaro"]' in detail
        await _open_tab(screen, pilot, "overrides")
        note = str(screen.query_one("#instructor-overrides-note", Static).content)
        assert note.startswith("«Засчитать»: доля ответов")


async def test_f6_opens_the_class_report_in_the_app(
    class_exports: ClassExports, deck: Deck, tmp_path: Path
) -> None:
    """In the real app, F6 opens the Instructor screen on the settings' exports folder."""
    settings = Settings(exports_folder=str(class_exports.folder))
    app = make_app(tmp_path / "teacher", [DECK_FILE], Clock.fixed(REPORT_AT), settings, fuzz=False)
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.press("f6")  # the Instructor binding, pressed before the decks may have loaded
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, InstructorScreen)
        assert app.screen.folder == class_exports.folder
        assert app.screen.report is not None
        assert app.screen.query_one("#instructor-cards", DataTable).row_count == 1
        assert "proposed Silk Road diplomacy" in _detail(app.screen)


async def test_no_exports_folder_points_to_settings(tmp_path: Path) -> None:
    """Without the folder, the app says where to set it, in the app: never a command-line flag."""
    app = make_app(tmp_path / "teacher", [DECK_FILE], Clock.fixed(REPORT_AT), Settings(), fuzz=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("“Class exports folder” on the Settings screen" in m for m in messages), messages
        assert not any("--" in m or "kzjp-tutor " in m for m in messages)


SnapCompare = Callable[..., bool]


def _snapshot_app(
    folder: Path, home: Path, language: i18n.Language
) -> tuple[TutorApp, Callable[[Pilot[None]], Awaitable[None]]]:
    settings = Settings(exports_folder=str(folder))
    app = make_app(home, [DECK_FILE], Clock.fixed(REPORT_AT), settings, fuzz=False, language=language)

    async def open_report(pilot: Pilot[None]) -> None:
        while app.entries is None:  # decks first, so no "opens once the decks are loaded" toast
            await pilot.pause()
        await pilot.press("f6")
        await app.workers.wait_for_complete()
        await pilot.pause()

    return app, open_report


def test_snapshot(class_exports: ClassExports, tmp_path: Path, snap_compare: SnapCompare) -> None:
    """The class report in the real app at 100×30, like every other screen's snapshot."""
    app, open_report = _snapshot_app(class_exports.folder, tmp_path / "teacher", "en")
    assert snap_compare(app, terminal_size=(100, 30), run_before=open_report)


def test_snapshot_russian(class_exports: ClassExports, tmp_path: Path, snap_compare: SnapCompare) -> None:
    """The same report in Russian at 100×30."""
    app, open_report = _snapshot_app(class_exports.folder, tmp_path / "teacher", "ru")
    assert snap_compare(app, terminal_size=(100, 30), run_before=open_report)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_snapshot_narrow(
    class_exports: ClassExports, tmp_path: Path, snap_compare: SnapCompare, language: i18n.Language
) -> None:
    """At 80×24 the 'few answers' tab: its note, the table and the card's panel."""
    app, open_report = _snapshot_app(class_exports.folder, tmp_path / "teacher", language)

    async def few_tab(pilot: Pilot[None]) -> None:
        await open_report(pilot)
        await pilot.press("right")  # the tabs have the focus: the next tab
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=few_tab)
