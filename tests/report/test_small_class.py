"""A class of two: no card can be ranked (3 students needed), and every report says so.

A walk-through found the HTML page saying "No answers in these exports." although the answers
were there, and the Instructor screen's Hardest cards tab simply empty. Both now show the report
core's one sentence (:meth:`~kzjp_tutor.core.report.Report.unranked_note`) with the counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from kzjp_tutor.commands import report as report_command
from kzjp_tutor.core import i18n
from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.report import build_report
from kzjp_tutor.ui.screens.instructor import InstructorScreen

from .helpers import DECK_FILE, REPORT_AT, ClassExports, run_command
from .test_instructor_screen import SnapCompare, _report_shown, _snapshot_app

WHY = (
    "No card is ranked yet: a card is ranked once at least 3 students have answered it. "
    "So far: 2 students, 8 answers."
)


@pytest.fixture
def two(class_exports: ClassExports) -> Path:
    """Alice's and Bob's exports only (Carol's taken out): every card has at most 2 students."""
    (class_exports.folder / "carol.json").unlink()
    return class_exports.folder


def test_html_says_why_nothing_is_ranked(two: Path, tmp_path: Path) -> None:
    """The empty Hardest table gives the ranking rule and the counts, not "no answers"; the page
    names no command-line flag (it is also what the class server serves)."""
    out = tmp_path / "class.html"
    ran = run_command(
        report_command,
        ["report", str(two), "--deck-file", str(DECK_FILE), "--html", str(out)],
        tmp_path / "h",
    )
    assert ran.code == 0, ran.err
    page = out.read_text(encoding="utf-8")
    table = page[page.index('<table id="cards">') :]
    assert f'<td colspan="10">{WHY}</td>' in table[: table.index("</table>")]
    assert "No answers" not in page and "--by-language" not in page
    assert WHY in " ".join(ran.out.split())  # the terminal tables say it too


def test_no_answers_at_all(deck: Deck) -> None:
    """No answer anywhere (an empty exports folder, a class nobody synced): "No answers yet.",
    true of files and of the server alike."""
    assert build_report([], [deck], REPORT_AT).unranked_note() == "No answers yet."


async def test_instructor_screen_says_why_the_tab_is_empty(two: Path, deck: Deck) -> None:
    """The Hardest cards tab of a class of two: no rows, and the sentence where a card's
    details would be; the three answered cards are on the Few answers tab."""
    async with _report_shown(two, [deck], (100, 30)) as (screen, _pilot):
        assert isinstance(screen, InstructorScreen)
        assert screen.query_one("#instructor-cards", DataTable).row_count == 0
        assert screen.query_one("#instructor-few", DataTable).row_count == 3
        assert str(screen.query_one("#instructor-cards-detail", Static).content) == WHY


@pytest.mark.parametrize("language", ["en", "ru"])
def test_snapshot(two: Path, tmp_path: Path, snap_compare: SnapCompare, language: i18n.Language) -> None:
    """F6 in the real app over the two exports, at 100×30: the empty tab and its explanation."""
    app, open_report = _snapshot_app(two, tmp_path / "teacher", language)
    assert snap_compare(app, terminal_size=(100, 30), run_before=open_report)
