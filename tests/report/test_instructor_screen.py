"""The instructor screen: the report is built in a worker and shown hardest card first."""

from __future__ import annotations

import json
from pathlib import Path

from textual.app import App
from textual.content import Content
from textual.widgets import DataTable, Static

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.instructor import InstructorScreen

from .conftest import DECK_FILE, REPORT_AT, ClassExports


class _Host(App[None]):
    """A bare app that shows only the instructor screen."""

    def __init__(self, screen: InstructorScreen) -> None:
        super().__init__()
        self.report_screen = screen

    def on_mount(self) -> None:
        self.push_screen(self.report_screen)


async def test_hardest_first_and_literal_text(class_exports: ClassExports, deck: Deck) -> None:
    """Rows come hardest first; a student's markup-looking answer shows literally; bindings have ids."""
    bob = class_exports.folder / "bob.json"
    data = json.loads(bob.read_text(encoding="utf-8"))
    data["reviews"][-1]["answer"] = "[bold]1993[/bold]"
    bob.write_text(json.dumps(data), encoding="utf-8")
    (class_exports.folder / "junk.json").write_text("{", encoding="utf-8")
    screen = InstructorScreen(class_exports.folder, decks=[deck], now=REPORT_AT)
    app = _Host(screen)
    async with app.run_test(size=(160, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.report is not None
        table = screen.query_one("#instructor-cards", DataTable)
        assert table.row_count == 4
        first = table.get_row_at(0)
        assert isinstance(first[0], Content) and first[0].plain == "kzjp-mini/relations"
        assert first[6].plain == "[bold]1993[/bold] ×1"
        skipped = screen.query_one("#instructor-skipped", Static)
        assert "junk.json: not valid JSON" in str(skipped.render())
        assert all(b.id and b.description for b in screen.BINDINGS if not isinstance(b, tuple))
        await pilot.press("escape")  # back
        assert app.screen is not screen


async def test_f6_opens_the_class_report_in_the_app(
    class_exports: ClassExports, deck: Deck, tmp_path: Path
) -> None:
    """In the real app, F6 opens the Instructor screen on the settings' exports folder."""
    settings = Settings(exports_folder=str(class_exports.folder))
    app = make_app(tmp_path / "teacher", [DECK_FILE], Clock.fixed(REPORT_AT), settings, fuzz=False)
    async with app.run_test(size=(160, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("f6")  # the Instructor binding
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, InstructorScreen)
        assert app.screen.folder == class_exports.folder
        assert app.screen.report is not None
        assert app.screen.query_one("#instructor-cards", DataTable).row_count == 4
