"""The Settings screen at 80×24: every field and the Save button on screen without scrolling, in
both languages; the class exports folder is a field of the form (the Instructor screen points here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Button, Input, Label

from kzjp_tutor.core.i18n import Language
from kzjp_tutor.core.settings import Settings, load_settings

from .helpers import SMALL, AppFactory, wait_loaded


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_save_is_visible_at_80x24(build_app: AppFactory, language: Language) -> None:
    """Nothing of the form is below the screen's edge: the form does not scroll at all."""
    app = build_app(SMALL, language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("f5")
        await pilot.pause()
        form = app.screen.query_one("#settings-form", VerticalScroll)
        assert form.max_scroll_y == 0
        save = app.screen.query_one("#settings-save", Button)
        assert save.region.bottom <= app.screen.region.bottom - 1  # above the footer
        assert save.region.height >= 1 and save.region.width > len(str(save.label))


async def test_exports_folder_is_saved(build_app: AppFactory, home: Path, tmp_path: Path) -> None:
    """Typing a folder into “Class exports folder” saves exports_folder; emptying it unsets it."""
    app = build_app(SMALL, settings=Settings())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("f5")
        await pilot.pause()
        assert str(app.screen.query_one("#label-exports_folder", Label).render()) == "Class exports folder"
        field = app.screen.query_one("#exports_folder", Input)
        field.value = str(tmp_path / "class")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert load_settings(home).exports_folder == str(tmp_path / "class")
        assert app.settings.exports_folder == str(tmp_path / "class")
        field.value = "  "
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert load_settings(home).exports_folder is None
