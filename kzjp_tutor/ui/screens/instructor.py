"""The instructor's view: the class item analysis of a folder of student exports.

Reading hundreds of exports takes a moment, so the report is built in a worker thread
(:func:`~kzjp_tutor.core.report.build_report`, the same code as ``kzjp-tutor report``) and the
tables are filled when it is done; the screen paints at once with "Reading exports…".

Deck and student text (prompts, answers, names, file names) only ever reaches a widget as
``Content(text)``: never as markup, so ``[bold]`` in a prompt prints as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from ...core.deck import Deck
from ...core.report import Figure, Report, build_report, load_exports

__all__ = ["InstructorScreen"]

CARD_COLUMNS = (
    ("Card", 24),
    ("Prompt", 40),
    ("Seen by", 9),
    ("1st-try fail", 12),
    ("Recall now", 10),
    ("I was right", 11),
    ("Common wrong answers", 30),
)
"""The hardest-cards table's columns and widths."""


def _figure(fig: Figure) -> Content:
    return Content(f"{fig.percent()} ({fig.students}/{fig.answers})")


class InstructorScreen(Screen[None]):
    """Hardest cards first, from every export in a folder.

    Args:
        folder: A folder of ``*.json`` exports (or one export file).
        decks: Loaded decks, to show prompts and sections.
        now: The report time (UTC), for predicted recall; passed in, never read here.
        deck_id: Only this deck.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "reload_report", "Reload", id="instructor.reload", tooltip="Read the exports again"),
        Binding("escape", "close_report", "Back", id="instructor.close", tooltip="Leave the class report"),
    ]

    def __init__(
        self,
        folder: Path,
        *,
        decks: Sequence[Deck] = (),
        now: dt.datetime,
        deck_id: str | None = None,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own parameter name
    ) -> None:
        super().__init__(name=name, id=id)
        self.folder = folder
        self.decks = list(decks)
        self.now = now
        self.deck_id = deck_id
        self.report: Report | None = None
        """The last report built (None until the worker is done)."""

    def compose(self) -> ComposeResult:
        """Summary line, the hardest-cards table, skipped exports."""
        yield Header()
        yield Static(Content("Reading exports…"), id="instructor-summary")
        yield DataTable(id="instructor-cards", cursor_type="row", zebra_stripes=True)
        yield Static(Content(""), id="instructor-skipped")
        yield Footer()

    def on_mount(self) -> None:
        """Columns, then the first load."""
        self.sub_title = "Class report"
        table: DataTable[Content] = self.query_one("#instructor-cards", DataTable)
        for label, width in CARD_COLUMNS:
            table.add_column(label, width=width)
        self.action_reload_report()

    def action_reload_report(self) -> None:
        """Read the exports again in the background."""
        self.query_one("#instructor-summary", Static).update(Content("Reading exports…"))
        self.load_report()

    def action_close_report(self) -> None:
        """Back to wherever the instructor came from."""
        self.dismiss()

    @work(thread=True, exclusive=True, group="instructor-report")
    def load_report(self) -> None:
        """Build the report off the UI thread, then show it on the UI thread."""
        exports, skipped = load_exports([self.folder], deck_id=self.deck_id)
        report = build_report(exports, self.decks, self.now, deck_id=self.deck_id, skipped=skipped)
        self.app.call_from_thread(self.show_report, report)

    def show_report(self, report: Report) -> None:
        """Fill the table with the report's cards, hardest first."""
        self.report = report
        self.query_one("#instructor-summary", Static).update(
            Content(
                f"{report.students} students · {report.answers} answers · {len(report.cards)} cards · "
                f"{len(report.aliases)} suggested aliases · {len(report.confusions)} confusions "
                "(figures: value (students/answers))"
            )
        )
        table: DataTable[Content] = self.query_one("#instructor-cards", DataTable)
        table.clear()
        for card in report.cards:
            wrong = "; ".join(f"{w.text} ×{w.answers}" for w in card.wrong_answers[:3])
            table.add_row(
                Content(f"{card.deck_id}/{card.card_id}"),
                Content((card.prompt or "—")[:80]),
                _figure(card.seen),
                _figure(card.first_try_failure),
                _figure(card.recall),
                _figure(card.overrides),
                Content(wrong or "—"),
                key=f"{card.deck_id}/{card.card_id}",
            )
        lines = [f"skipped {item}" for item in report.skipped] + report.notes
        self.query_one("#instructor-skipped", Static).update(Content("\n".join(lines)))
