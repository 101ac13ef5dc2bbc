"""The instructor's view: the class item analysis of a folder of student exports.

Reading hundreds of exports takes a moment, so the report is built in a worker thread
(:func:`~kzjp_tutor.core.report.build_report`, the same code as ``kzjp-tutor report``) and the
tables are filled when it is done; the screen paints at once with "Reading exports…".

Deck and student text (prompts, answers, names, file names) only ever reaches a widget through
:func:`_data`, as ``Content`` of :func:`~kzjp_tutor.core.visible.visible` text: never markup, so
``[bold]`` in a prompt prints as typed, and never a terminal control, so an ``ESC ] 52`` in a
student's name shows as ``\\x1b]52`` instead of writing the clipboard (Textual strips only a few
controls itself).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from ...core.deck import Deck
from ...core.i18n import N_, ngettext
from ...core.i18n import gettext as _
from ...core.report import (
    AliasSuggestion,
    CardRow,
    Confusion,
    Figure,
    Report,
    SectionRow,
    StudentRow,
    build_report,
    load_exports,
)
from ...core.visible import visible
from ..language import follow_language

__all__ = ["InstructorScreen"]


_SHOWN_CHARS = 200
"""Longest prompt, answer or name shown; a megabyte answer would stall the layout."""


def _data(text: str) -> Content:
    """Untrusted text as plain content with every control shown as an escape."""
    return Content(visible(text, limit=_SHOWN_CHARS))


def _short(text: str) -> str:
    """An answer cut short, to be followed by its counts."""
    return visible(text, limit=_SHOWN_CHARS // 2)


def _figure(fig: Figure | None) -> Content:
    """A figure with what it rests on, as the CLI report writes it: "67% (3 st · 3 ans)"."""
    return Content("—") if fig is None else Content(fig.shown())


def _wrong(card: CardRow) -> Content:
    return _data("; ".join(f"{_short(w.text)} ×{w.answers}" for w in card.wrong_answers[:3]) or "—")


Row = TypeVar("Row")
Columns = tuple[tuple[str, int, Callable[[Row], Content]], ...]
"""(header, width, the cell of a report row) for each column of a table; headers are marked with
``N_`` and translated when the table is built."""

_FIGURE = 20
"""Width of a figure column: "100% (12 st · 340 ans)"."""
CARD_COLUMNS: Columns[CardRow] = (
    (N_("Card"), 30, lambda c: _data(f"{c.deck_id}/{c.card_id}")),
    (N_("Seen by"), _FIGURE, lambda c: _figure(c.seen)),
    (N_("1st-try fail"), _FIGURE, lambda c: _figure(c.first_try_failure)),
    (N_("Recall now"), _FIGURE, lambda c: _figure(c.recall)),
    (N_("I was right"), _FIGURE, lambda c: _figure(c.overrides)),
    (N_("Wrong answers"), 24, _wrong),
)
"""The hardest-cards table (the prompt is in the panel below it)."""
SECTION_COLUMNS: Columns[SectionRow] = (
    (N_("Section"), 40, lambda s: _data(f"{s.title} ({s.deck_id}/{s.section_id})")),
    (N_("Cards"), 5, lambda s: Content(str(s.cards))),
    (N_("Mastered"), _FIGURE, lambda s: _figure(s.mastery)),
    (N_("Studied"), _FIGURE, lambda s: _figure(s.coverage)),
)
STUDENT_COLUMNS: Columns[StudentRow] = (
    (N_("Student"), 20, lambda s: _data(s.label)),
    (N_("Cards seen"), 10, lambda s: Content(str(s.cards_seen))),
    (N_("Answers"), 7, lambda s: Content(str(s.answers))),
    (N_("Retention"), _FIGURE, lambda s: _figure(s.retention)),
    (N_("Leeches"), 7, lambda s: Content(str(s.leeches))),
    (N_("Exam"), 10, lambda s: Content(s.exam_date.isoformat() if s.exam_date else "—")),
    (N_("Exam-day recall"), _FIGURE, lambda s: _figure(s.exam_recall)),
)
HELP = N_(
    "Every figure says what it rests on: st = students, ans = answers. "
    "enter or the arrows pick a card; its wrong answers, a ready accept line and confusions "
    "show below."
)


def _card_detail(
    card: CardRow, aliases: Sequence[AliasSuggestion], confusions: Sequence[Confusion]
) -> Content:
    """Everything the report knows about one card, for the panel under the table."""
    lines: list[Content] = [
        Content.assemble(
            (visible(f"{card.deck_id}/{card.card_id}"), "bold"), "  ", _data(card.prompt or "—")
        ),
    ]
    if card.wrong_answers:
        wrong = "; ".join(
            _("{answer} ×{answers} ({students} st)").format(
                answer=_short(w.text), answers=w.answers, students=w.students
            )
            for w in card.wrong_answers
        )
        lines.append(Content.assemble((_("Wrong answers: "), "$text-muted"), Content(wrong)))
    else:
        lines.append(Content.styled(_("No wrong answers."), "$text-muted"))
    for alias in aliases:
        lines.append(
            Content.assemble(
                (
                    _("Claimed right by {students} st, paste into the card: ").format(
                        students=alias.students
                    ),
                    "$text-muted",
                ),
                (visible(alias.line), "$accent"),
            )
        )
    for confusion in confusions:
        lines.append(
            Content.assemble(
                (_("Confused with {card}: ").format(card=visible(confusion.other_id)), "$text-muted"),
                Content(
                    _("«{example}» ({students} st, {answers} ans)").format(
                        example=_short(confusion.example),
                        students=confusion.students,
                        answers=confusion.answers,
                    )
                ),
            )
        )
    if card.leeches:
        lines.append(
            Content.styled(
                ngettext("Leech for {count} student.", "Leech for {count} students.", card.leeches).format(
                    count=card.leeches
                ),
                "$text-warning",
            )
        )
    return Content("\n").join(lines)


class InstructorScreen(Screen[None]):
    """Hardest cards first, then sections and students, from every export in a folder.

    Args:
        folder: A folder of ``*.json`` exports (or one export file).
        decks: Loaded decks, to show prompts and sections.
        now: The report time (UTC), for predicted recall; passed in, never read here.
        deck_id: Only this deck.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "r", "reload_report", N_("Reload"), id="instructor.reload", tooltip=N_("Read the exports again")
        ),
        Binding(
            "escape", "close_report", N_("Back"), id="instructor.close", tooltip=N_("Leave the class report")
        ),
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
        """Summary line; tabs for cards (with the highlighted card's details), sections, students."""
        yield Header()
        yield Static(Content(_("Reading exports…")), id="instructor-summary")
        with TabbedContent(id="instructor-tabs"):
            with TabPane(_("Hardest cards"), id="instructor-cards-tab"):
                yield DataTable(id="instructor-cards", cursor_type="row", zebra_stripes=True)
                yield Static(Content(_(HELP)), id="instructor-detail")
            with TabPane(_("Sections"), id="instructor-sections-tab"):
                yield DataTable(id="instructor-sections", cursor_type="row", zebra_stripes=True)
            with TabPane(_("Students"), id="instructor-students-tab"):
                yield DataTable(id="instructor-students", cursor_type="row", zebra_stripes=True)
        yield Static(Content(""), id="instructor-skipped")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Columns, then the first load."""
        self._set_columns()
        follow_language(self, self.relabel)
        self.action_reload_report()

    def _set_columns(self) -> None:
        self.sub_title = _("Class report")
        tables: tuple[tuple[str, Columns[Any]], ...] = (
            ("#instructor-cards", CARD_COLUMNS),
            ("#instructor-sections", SECTION_COLUMNS),
            ("#instructor-students", STUDENT_COLUMNS),
        )
        for selector, columns in tables:
            table: DataTable[Content] = self.query_one(selector, DataTable)
            table.clear(columns=True)
            for label, width, _cell in columns:
                heading = _(label)
                table.add_column(heading, width=max(width, len(heading)))

    def relabel(self) -> None:
        """The interface language changed: headings, tabs and the report again."""
        self._set_columns()
        tabs = self.query_one(TabbedContent)
        for pane, title in (
            ("instructor-cards-tab", _("Hardest cards")),
            ("instructor-sections-tab", _("Sections")),
            ("instructor-students-tab", _("Students")),
        ):
            tabs.get_tab(pane).label = Content(title)
        if self.report is not None:
            self.show_report(self.report)

    def action_reload_report(self) -> None:
        """Read the exports again in the background."""
        self.query_one("#instructor-summary", Static).update(Content(_("Reading exports…")))
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
        """Fill the tables: cards hardest first, sections, students."""
        self.report = report
        self.query_one("#instructor-summary", Static).update(
            Content(
                " · ".join(
                    (
                        ngettext("{count} student", "{count} students", report.students).format(
                            count=report.students
                        ),
                        ngettext("{count} answer", "{count} answers", report.answers).format(
                            count=report.answers
                        ),
                        ngettext("{count} card", "{count} cards", len(report.cards)).format(
                            count=len(report.cards)
                        ),
                        ngettext(
                            "{count} suggested alias", "{count} suggested aliases", len(report.aliases)
                        ).format(count=len(report.aliases)),
                        ngettext("{count} confusion", "{count} confusions", len(report.confusions)).format(
                            count=len(report.confusions)
                        ),
                    )
                )
            )
        )
        self._fill("#instructor-cards", CARD_COLUMNS, report.cards, key=lambda c: f"{c.deck_id}/{c.card_id}")
        self._fill("#instructor-sections", SECTION_COLUMNS, report.sections)
        self._fill("#instructor-students", STUDENT_COLUMNS, report.student_rows)
        lines = [_("skipped {item}").format(item=item) for item in report.skipped] + report.notes
        self.query_one("#instructor-skipped", Static).update(Content("\n".join(map(visible, lines))))
        self.query_one("#instructor-skipped", Static).display = bool(lines)
        if report.cards:
            self._show_detail(report.cards[0])

    def _fill(
        self,
        selector: str,
        columns: Columns[Row],
        rows: Sequence[Row],
        key: Callable[[Row], str] | None = None,
    ) -> None:
        table: DataTable[Content] = self.query_one(selector, DataTable)
        table.clear()
        for row in rows:
            table.add_row(*(cell(row) for _label, _width, cell in columns), key=key(row) if key else None)

    @on(DataTable.RowHighlighted, "#instructor-cards")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.report is None or event.row_key.value is None:
            return
        card = next((c for c in self.report.cards if f"{c.deck_id}/{c.card_id}" == event.row_key.value), None)
        if card is not None:
            self._show_detail(card)

    def _show_detail(self, card: CardRow) -> None:
        assert self.report is not None
        same = (card.deck_id, card.card_id)
        aliases = [a for a in self.report.aliases if (a.deck_id, a.card_id) == same]
        confusions = [c for c in self.report.confusions if (c.deck_id, c.card_id) == same]
        self.query_one("#instructor-detail", Static).update(_card_detail(card, aliases, confusions))
