"""The instructor screen: the report is built in a worker and shown hardest card first."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from textual.app import App
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.instructor import InstructorScreen

from .helpers import DECK_FILE, REPORT_AT, ClassExports


class _Host(App[None]):
    """A bare app that shows only the instructor screen."""

    def __init__(self, screen: InstructorScreen) -> None:
        super().__init__()
        self.report_screen = screen

    def on_mount(self) -> None:
        self.push_screen(self.report_screen)


@asynccontextmanager
async def _report_shown(
    folder: Path, deck: Deck, size: tuple[int, int]
) -> AsyncIterator[tuple[InstructorScreen, Pilot[None]]]:
    """The instructor screen over ``folder`` in a bare app, once its report is on screen."""
    screen = InstructorScreen(folder, decks=[deck], now=REPORT_AT)
    app = _Host(screen)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.report is not None
        yield screen, pilot


async def test_hardest_first_and_literal_text(class_exports: ClassExports, deck: Deck) -> None:
    """Rows come hardest first (ranked cards, then those too few answered); a student's
    markup-looking answer shows literally; bindings have ids."""
    bob = class_exports.folder / "bob.json"
    data = json.loads(bob.read_text(encoding="utf-8"))
    data["reviews"][-1]["answer"] = "[bold]1993[/bold]"
    bob.write_text(json.dumps(data), encoding="utf-8")
    (class_exports.folder / "junk.json").write_text("{", encoding="utf-8")
    async with _report_shown(class_exports.folder, deck, (160, 30)) as (screen, pilot):
        table = screen.query_one("#instructor-cards", DataTable)
        assert table.row_count == 4
        first, last = table.get_row_at(0), table.get_row_at(3)
        assert isinstance(first[0], Content) and first[0].plain == "kzjp-mini/silk-road"
        assert last[0].plain == "kzjp-mini/relations"
        assert last[5].plain == "[bold]1993[/bold] ×1"
        detail = str(screen.query_one("#instructor-detail", Static).content)
        assert detail.startswith("kzjp-mini/silk-road  Which Japanese prime minister")
        assert "Wrong answers: Koizumi ×2 (2 st)" in detail
        skipped = screen.query_one("#instructor-skipped", Static)
        assert "junk.json: not valid JSON" in str(skipped.render())
        assert all(b.id and b.description for b in screen.BINDINGS if not isinstance(b, tuple))
        await pilot.press("escape")  # back
        assert pilot.app.screen is not screen


async def test_detail_follows_the_cursor_and_tabs_hold_sections_and_students(
    class_exports: ClassExports, deck: Deck
) -> None:
    """Moving down the table shows that card's details: its accept line; the other tabs fill too."""
    async with _report_shown(class_exports.folder, deck, (100, 30)) as (screen, pilot):
        assert screen.report is not None
        table = screen.query_one("#instructor-cards", DataTable)
        table.focus()
        detail = str(screen.query_one("#instructor-detail", Static).content)
        assert detail.startswith("kzjp-mini/silk-road")  # the hardest card, where Ryutaro was claimed right
        assert screen.report.aliases and screen.report.aliases[0].line in detail
        await pilot.press("down")  # the next row: pm-visit
        await pilot.pause()
        assert str(screen.query_one("#instructor-detail", Static).content).startswith("kzjp-mini/pm-visit")
        sections = screen.query_one("#instructor-sections", DataTable)
        students = screen.query_one("#instructor-students", DataTable)
        assert sections.row_count == len(screen.report.sections) > 0
        assert students.row_count == 3
        names = {str(students.get_row_at(i)[0]) for i in range(3)}
        assert {"Alice", "Carol"} <= names


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
        assert app.screen.query_one("#instructor-cards", DataTable).row_count == 4
        assert "proposed Silk Road diplomacy" in str(
            app.screen.query_one("#instructor-detail", Static).content
        )


def test_snapshot(class_exports: ClassExports, tmp_path: Path, snap_compare: Callable[..., bool]) -> None:
    """The class report in the real app at 100×30, like every other screen's snapshot."""
    settings = Settings(exports_folder=str(class_exports.folder))
    app = make_app(tmp_path / "teacher", [DECK_FILE], Clock.fixed(REPORT_AT), settings, fuzz=False)

    async def open_report(pilot: Pilot[None]) -> None:
        while app.entries is None:  # decks first, so no "opens once the decks are loaded" toast
            await pilot.pause()
        await pilot.press("f6")
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_report)
