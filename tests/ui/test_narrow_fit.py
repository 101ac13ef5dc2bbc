"""Home and Progress at 80×24: long deck and section titles wrap instead of being cut, and on a
short terminal Progress gives the tables the room the calendar and charts would take."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import Horizontal
from textual.widgets import DataTable

from kzjp_tutor.core.i18n import Language

from .helpers import SMALL, SMALL_RU, AppFactory, wait_loaded
from .test_snapshots import EXAM, SnapCompare, steps

LONG_DECK = "Kazakhstan and Japan: twenty-five years of trust, friendship and partnership"
LONG_SECTION = "Second point: Security Council, CICA, ecology, humanitarian aid"
TITLES: dict[Language, tuple[Path, str, str, str, str]] = {
    "en": (SMALL, "UI test deck", "Recognition", LONG_DECK, LONG_SECTION),
    "ru": (
        SMALL_RU,
        "Тестовая колода интерфейса",
        "Признание",
        "Казахстан – Япония: 25 лет доверия, дружбы и партнерства",
        "Второй пункт: СБ, СВМДА, экология, гуманитарная помощь",
    ),
}
"""Per language: the fixture deck, its deck and first section titles, and the course's longest."""


def _long_titles(tmp_path: Path, language: Language = "en") -> Path:
    """The small deck with a deck and a section title as long as the course's longest."""
    source, deck_title, section_title, long_deck, long_section = TITLES[language]
    text = source.read_text(encoding="utf-8")
    text = text.replace(f'title = "{deck_title}"', f'title = "{long_deck}"')
    text = text.replace(f'title = "{section_title}"', f'title = "{long_section}"')
    deck = tmp_path / f"long.{language}.toml"
    deck.write_text(text, encoding="utf-8")
    return deck


def _rows(table: DataTable[object]) -> dict[str, int]:
    """Each row's first cell (its whole text) and its height."""
    cells = {}
    for index, row in enumerate(table.ordered_rows):
        first = table.get_row_at(index)[0]
        cells[str(getattr(first, "plain", first)).strip()] = row.height
    return cells


async def test_home_wraps_long_titles(build_app: AppFactory, tmp_path: Path) -> None:
    """The deck and the section title are whole in their cells, on two lines, at 80 columns."""
    app = build_app(_long_titles(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        rows = _rows(app.screen.query_one("#home-decks", DataTable))
        assert rows[LONG_DECK] >= 2 and rows[LONG_SECTION] >= 2
        assert rows["Concepts"] == 1


async def test_progress_wraps_long_titles_and_keeps_room_for_tables(
    build_app: AppFactory, tmp_path: Path
) -> None:
    """At 80×24 the section names wrap and the calendar/charts are hidden; at 100×30 they show."""
    app = build_app(_long_titles(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("f4")
        await wait_loaded(pilot)
        screen = app.screen
        assert not screen.query_one("#progress-top", Horizontal).display
        rows = _rows(screen.query_one("#progress-sections", DataTable))
        assert rows[LONG_SECTION] >= 2
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert screen.query_one("#progress-top", Horizontal).display


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("keys", [(), ("f4",)], ids=["home", "progress"])
def test_snapshot_long_titles(
    snap_compare: SnapCompare,
    build_app: AppFactory,
    tmp_path: Path,
    language: Language,
    keys: tuple[str, ...],
) -> None:
    """Home and Progress at 80×24 with the course's longest titles, in both languages."""
    app = build_app(_long_titles(tmp_path, language), settings=EXAM, language=language)
    assert snap_compare(app, terminal_size=(80, 24), run_before=steps(*keys))
