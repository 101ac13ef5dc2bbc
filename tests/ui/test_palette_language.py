"""Textual's own words in the Russian app: the command palette's placeholder and "No matches
found", the theme search, the palette's keys and the screenshot notices come from our catalog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.align import Align
from textual.command import CommandInput, CommandList, CommandPalette
from textual.events import DeliveryComplete, DeliveryFailed
from textual.pilot import Pilot

from kzjp_tutor.ui.widgets.palette import TutorCommandPalette

from .helpers import SMALL_RU, AppFactory, wait_loaded


async def _until(pilot: Pilot[None], check: Callable[[], bool]) -> None:
    """Pause until ``check()`` holds (up to 200 short pauses: a loaded machine is slow, not wrong)."""
    for _ in range(200):
        if check():
            return
        await pilot.pause(0.02)
    assert check()


async def test_palette_search_and_no_matches_in_russian(
    build_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ctrl+p: the field's hint is Russian, a query nothing matches says so in Russian, and the
    palette's own keys are described in Russian."""
    monkeypatch.setattr(CommandPalette, "_NO_MATCHES_COUNTDOWN", 0.01)  # no half-second wait
    app = build_app(SMALL_RU, language="ru")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("ctrl+p")
        await _until(pilot, lambda: bool(app.screen.query(CommandInput)))
        palette = app.screen
        assert isinstance(palette, TutorCommandPalette)
        assert palette.query_one(CommandInput).placeholder == "Поиск команд…"
        assert palette._bindings.key_to_bindings["escape"][0].description == "Закрыть палитру команд"
        await pilot.press(*"zzqxj")
        found = palette.query_one(CommandList)

        def shown() -> list[str]:
            prompts = [found.get_option_at_index(i).prompt for i in range(found.option_count)]
            return [str(p.renderable) if isinstance(p, Align) else str(p) for p in prompts]

        await _until(pilot, lambda: shown() == ["Ничего не найдено"])
        assert shown() == ["Ничего не найдено"]


async def test_theme_search_in_russian_and_no_english_key_panel(build_app: AppFactory) -> None:
    """The palette's «Тема» command opens a theme search with a Russian hint; Textual's key panel
    (its widgets' keys in English) is not offered: F1 lists every key in Russian."""
    app = build_app(SMALL_RU, language="ru")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Тема" in titles
        assert "Клавиши" not in titles and "Keys" not in titles
        app.search_themes()
        await _until(pilot, lambda: bool(app.screen.query(CommandInput)))
        assert isinstance(app.screen, TutorCommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Поиск тем…"


async def test_screenshot_notices_in_russian(build_app: AppFactory, tmp_path: Path) -> None:
    """The palette's «Снимок экрана» reports where it saved, once, in Russian (and a failure too)."""
    app = build_app(SMALL_RU, language="ru")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        app.post_message(DeliveryComplete(key="k", path=tmp_path / "shot.svg", name="screenshot"))
        app.post_message(DeliveryFailed(key="k", exception=OSError("disk"), name="screenshot"))
        await pilot.pause()
        await pilot.pause()
        messages = [(n.title, n.message) for n in app._notifications]
        assert messages == [
            ("Снимок экрана", f"Снимок экрана сохранён: {tmp_path / 'shot.svg'}"),
            ("Снимок экрана", "Не удалось сохранить снимок экрана"),
        ]
