"""The instructor's view: the class item analysis of a folder of student exports, or of the class
server's live data (an :class:`~kzjp_tutor.core.sync.credentials.InstructorLink`: the server and
instructor key kept owner-only in the home, the key overridable from ``KZJP_TUTOR_CLASS_KEY``).
A server that is down, a refused key or plain http:// to another host is a notice on the
screen, never a traceback; the last report stays shown.

Reading hundreds of exports takes a moment, so the report is built in a worker thread
(:func:`~kzjp_tutor.core.report.build_report`, the same code as ``kzjp-tutor report``) and the
tables are filled when it is done; the screen paints at once with "Reading exports…".

The tables must be read whole at 100 columns, without scrolling sideways: a card's id is never
cut (it is what the instructor looks for in the deck file), and every figure shows what it rests
on (:meth:`Figure.basis`) on a second line of its row, as the terminal report does. What does not
fit beside them (who saw the card, "I was right", the wrong answers, suggested aliases and
confusions) is in the panel under the table, for the card under the cursor.

Deck and student text (prompts, answers, names, file names) only ever reaches a widget as
``Content`` of :func:`~kzjp_tutor.core.visible.visible` text: never markup, so ``[bold]`` in a
prompt prints as typed, and never a terminal control, so an ``ESC ] 52`` in a student's name
shows as ``\\x1b]52`` instead of writing the clipboard (Textual strips only a few controls itself).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import textwrap
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from rich.cells import cell_len
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from ...core.deck import Deck
from ...core.errors import KzjpError
from ...core.export import LoadedExport, Skipped
from ...core.i18n import N_, ngettext, pgettext
from ...core.i18n import gettext as _
from ...core.report import (
    MIN_RANKED_STUDENTS,
    OVERRIDES_NOTE,
    AliasSuggestion,
    CardRow,
    Confusion,
    Figure,
    Report,
    SectionRow,
    StudentRow,
    WrongAnswer,
    build_report,
    load_exports,
)
from ...core.sync.class_report import class_exports
from ...core.sync.client import Backoff, ClassClient, UrllibTransport
from ...core.sync.credentials import CLASS_KEY_ENV, InstructorLink, check_server_url
from ...core.visible import visible
from ...core.wording import date_text
from ..language import follow_language

__all__ = ["InstructorScreen"]

_SCREEN_BACKOFF = Backoff(base=0.5, cap=4.0, attempts=3)
"""Few, short retries: the instructor is looking at the screen and can reload."""


_SHOWN_CHARS = 200
"""Longest prompt, answer or name shown; a megabyte answer would stall the layout."""
_ID_CHARS = 48
"""Longest id shown in a table: every id of the course decks (38 at most) is whole at 100 columns."""
_TITLE_WIDTH = 40
"""Widest line of a section's title: the figures beside it need the rest of 100 columns."""
_NAME_CHARS = 24
"""Longest student name in a table (the whole name is in the exports)."""


def _data(text: str, limit: int = _SHOWN_CHARS) -> Content:
    """Untrusted text as plain content with every control shown as an escape."""
    return Content(visible(text, limit=limit))


def _short(text: str) -> str:
    """An answer cut short, to be followed by its counts."""
    return visible(text, limit=_SHOWN_CHARS // 2)


def _basis(students: int, answers: int) -> str:
    """How many students and answers something rests on, worded as every figure's basis."""
    return Figure(None, students, answers).basis()


def _figure(fig: Figure | None) -> Content:
    """A figure on two lines of its row: the value, then what it rests on (dim)."""
    if fig is None:
        return Content("—")
    return Content.assemble(fig.percent(), "\n", (fig.basis(), "dim"))


def _card_cell(card: CardRow) -> Content:
    """The card's id, whole, over its deck's id (dim)."""
    return Content.assemble(
        _data(card.card_id, _ID_CHARS), "\n", (visible(card.deck_id, limit=_ID_CHARS), "dim")
    )


def _width(content: Content) -> int:
    """Cells of the widest line of ``content``."""
    return max(cell_len(line) for line in content.plain.split("\n"))


def _section_cell(section: SectionRow) -> Content:
    """The section's title, wrapped to lines of at most :data:`_TITLE_WIDTH` (whole: the course's
    longest titles run to 63 characters), over its deck and section ids (dim)."""
    title = "\n".join(textwrap.wrap(visible(section.title, limit=_SHOWN_CHARS // 2), _TITLE_WIDTH)) or "—"
    ids = visible(f"{section.deck_id}/{section.section_id}", limit=_TITLE_WIDTH)
    return Content.assemble(title, "\n", (ids, "dim"))


def _key(card: CardRow) -> str:
    return f"{card.deck_id}/{card.card_id}"  # i18n: not text


Row = TypeVar("Row")
Columns = tuple[tuple[str, Callable[[Row], Content]], ...]
"""(header, the cell of a report row) for each column of a table; headers are marked with ``N_``
and translated when the table is built. Columns take the width of their longest cell."""

CARD_COLUMNS: Columns[CardRow] = (
    (N_("Card"), _card_cell),
    (N_("1st-try fail"), lambda c: _figure(c.first_try_failure)),
    (N_("Recall now"), lambda c: _figure(c.recall)),
)
"""The ranked and the unranked cards' tables (the rest of a card is in the panel below)."""
SECTION_COLUMNS: Columns[SectionRow] = (
    (N_("Section"), lambda s: _section_cell(s)),
    (N_("Cards"), lambda s: Content(str(s.cards))),
    (N_("Mastered"), lambda s: _figure(s.mastery)),
    (N_("Studied"), lambda s: _figure(s.coverage)),
)
STUDENT_COLUMNS: Columns[StudentRow] = (
    (N_("Student"), lambda s: _data(s.label, _NAME_CHARS)),
    (N_("Cards seen"), lambda s: Content(str(s.cards_seen))),
    (N_("Answers"), lambda s: Content(str(s.answers))),
    (N_("Retention"), lambda s: _figure(s.retention)),
    (N_("Leeches"), lambda s: Content(str(s.leeches))),
    (
        N_("Exam-day recall"),
        lambda s: (
            _figure(s.exam_recall)
            if s.exam_date is None
            else Content.assemble(_figure(s.exam_recall), "\n", (date_text(s.exam_date), "dim"))
        ),
    ),
)
OVERRIDE_COLUMNS: Columns[StudentRow] = (
    (N_("Student"), lambda s: _data(s.label, _NAME_CHARS)),
    (N_("“I was right”"), lambda s: _figure(s.right_claims)),
    (N_("“I was wrong”"), lambda s: _figure(s.wrong_claims)),
)
"""Each student's overrides of the grader, most "I was right" first (with :data:`OVERRIDES_NOTE`)."""
HELP = N_(
    "Every figure says what it rests on: st = students, ans = answers. "
    "The arrows pick a card; its wrong answers, a ready accept line and confusions show below."
)
_TABLES: tuple[tuple[str, Columns[Any]], ...] = (
    ("#instructor-cards", CARD_COLUMNS),
    ("#instructor-few", CARD_COLUMNS),
    ("#instructor-sections", SECTION_COLUMNS),
    ("#instructor-students", STUDENT_COLUMNS),
    ("#instructor-overrides", OVERRIDE_COLUMNS),
)


def _wrong_answer(wrong: WrongAnswer) -> str:
    """One group of wrong answers: the common spelling, its counts, and the other spellings."""
    basis = _basis(wrong.students, wrong.answers)
    others = [visible(form, limit=_SHOWN_CHARS // 4) for form in wrong.forms if form != wrong.text]
    if not others:
        return _("«{answer}» ({basis})").format(answer=_short(wrong.text), basis=basis)
    return _("«{answer}» ({basis}; also written {forms})").format(
        answer=_short(wrong.text), basis=basis, forms=", ".join(f"«{form}»" for form in others)
    )


def _card_detail(
    card: CardRow, aliases: Sequence[AliasSuggestion], confusions: Sequence[Confusion]
) -> Content:
    """Everything the report knows about one card, for the panel under the table."""
    muted = "$text-muted"
    lines: list[Content] = [
        Content.assemble((visible(_key(card)), "bold"), "  ", _data(card.prompt or "—")),
        Content.assemble(
            (_("Seen by: "), muted),
            card.seen.shown(),
            (" · " + _("1st-try fail: "), muted),
            card.first_try_failure.shown(),
        ),
        Content.assemble(
            (_("Recall now: "), muted),
            card.recall.shown(),
            (" · " + _("“I was right”: "), muted),
            card.overrides.shown(),
        ),
    ]
    if card.wrong_answers:
        wrong = "; ".join(_wrong_answer(w) for w in card.wrong_answers)
        lines.append(Content.assemble((_("Wrong answers: "), muted), Content(wrong)))
    else:
        lines.append(Content.styled(_("No wrong answers."), muted))
    for alias in aliases:
        lines.append(
            Content.assemble(
                (
                    _("Claimed right ({basis}); paste into {card} of {deck}: ").format(
                        basis=_basis(alias.students, alias.answers),
                        card=visible(alias.card_id),
                        deck=visible(alias.deck_id),
                    ),
                    muted,
                ),
                (visible(alias.line), "$accent"),
            )
        )
    for confusion in confusions:
        other = visible(confusion.other_id)
        if confusion.other_prompt:
            other = _("{card} («{prompt}»)").format(card=other, prompt=_short(confusion.other_prompt))
        lines.append(
            Content.assemble(
                (_("Answered as {card}: ").format(card=other), muted),
                Content(
                    _("«{example}» ({basis})").format(
                        example=_short(confusion.example),
                        basis=_basis(confusion.students, confusion.answers),
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


def _belongs(card: CardRow, deck_id: str, card_id: str) -> bool:
    """Whether a suggestion for ``deck_id``/``card_id`` is about this row: the row holds every
    language version of its card, and an alias names the version's own deck file."""
    return card_id == card.card_id and (deck_id == card.deck_id or deck_id in card.versions)


def _few_note() -> str:
    return ngettext(
        "Answered by fewer than {count} student: not ranked among the hardest.",
        "Answered by fewer than {count} students: not ranked among the hardest.",
        MIN_RANKED_STUDENTS,
    ).format(count=MIN_RANKED_STUDENTS)


class InstructorScreen(Screen[None]):
    """Hardest cards first, then those too few answered, sections, students and their overrides,
    from every export in a folder.

    Args:
        folder: A folder of ``*.json`` exports (or one export file), or the class server to read.
        decks: Loaded decks, to show prompts and sections.
        now: The report time (UTC), for predicted recall; passed in, never read here.
        deck_id: Only this deck.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "r",
            "reload_report",
            N_("Reload"),
            id="instructor.reload",
            tooltip=N_("Read the class data again"),
        ),
        Binding(
            "escape", "close_report", N_("Back"), id="instructor.close", tooltip=N_("Leave the class report")
        ),
    ]

    def __init__(
        self,
        folder: Path | InstructorLink,
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
        """Summary line; tabs for the ranked and unranked cards (each with the highlighted card's
        details), sections, students and overrides."""
        yield Header()
        yield Static(Content(self._reading()), id="instructor-summary")
        with TabbedContent(id="instructor-tabs"):
            for tab, table in (
                ("instructor-cards-tab", "instructor-cards"),
                ("instructor-few-tab", "instructor-few"),
            ):
                with TabPane("", id=tab):
                    if table == "instructor-few":
                        yield Static(id="instructor-few-note", classes="instructor-note")
                    yield DataTable(
                        id=table, cursor_type="row", zebra_stripes=True, classes="instructor-table"
                    )
                    with VerticalScroll(classes="instructor-detail-box"):
                        yield Static(Content(_(HELP)), id=f"{table}-detail", classes="instructor-detail")
            with TabPane("", id="instructor-sections-tab"):
                yield DataTable(
                    id="instructor-sections",
                    cursor_type="row",
                    zebra_stripes=True,
                    classes="instructor-table",
                )
            with TabPane("", id="instructor-students-tab"):
                yield DataTable(
                    id="instructor-students",
                    cursor_type="row",
                    zebra_stripes=True,
                    classes="instructor-table",
                )
            with TabPane("", id="instructor-overrides-tab"):
                yield DataTable(
                    id="instructor-overrides",
                    cursor_type="row",
                    zebra_stripes=True,
                    classes="instructor-table",
                )
                yield Static(id="instructor-overrides-note", classes="instructor-note")
        yield Static(Content(""), id="instructor-skipped")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Words, then the first load."""
        self._label()
        follow_language(self, self.relabel)
        self.action_reload_report()

    def _tab_titles(self) -> tuple[tuple[str, str], ...]:
        report = self.report
        few = len(report.too_few) if report is not None else 0
        return (
            ("instructor-cards-tab", pgettext("report", "Hardest cards")),
            ("instructor-few-tab", _("Few answers ({count})").format(count=few) if few else _("Few answers")),
            ("instructor-sections-tab", _("Sections")),
            ("instructor-students-tab", _("Students")),
            ("instructor-overrides-tab", _("Overrides")),
        )

    def _label(self) -> None:
        """Every word of the screen in the current language (the report's rows are redrawn apart)."""
        self.sub_title = _("Class report")
        for selector, columns in _TABLES:
            self._fill(selector, columns, [])
        tabs = self.query_one(TabbedContent)
        for pane, title in self._tab_titles():
            tabs.get_tab(pane).label = Content(title)
        self.query_one("#instructor-few-note", Static).update(Content(_few_note()))
        self.query_one("#instructor-overrides-note", Static).update(Content(_(OVERRIDES_NOTE)))

    def relabel(self) -> None:
        """The interface language changed: headings, tabs and the report again."""
        self._label()
        if self.report is not None:
            self.show_report(self.report)

    def action_reload_report(self) -> None:
        """Read the exports again in the background."""
        self.query_one("#instructor-summary", Static).update(Content(self._reading()))
        self.load_report()

    def _reading(self) -> str:
        if isinstance(self.folder, InstructorLink):
            return _("Reading the class server {server}…").format(server=visible(self.folder.server))
        return _("Reading exports…")

    def action_close_report(self) -> None:
        """Back to wherever the instructor came from."""
        self.dismiss()

    @work(thread=True, exclusive=True, group="instructor-report")
    def load_report(self) -> None:
        """Build the report off the UI thread, then show it on the UI thread (or the error)."""
        try:
            exports, skipped = self._exports()
        except KzjpError as exc:
            self.app.call_from_thread(self.show_error, str(exc))
            return
        report = build_report(exports, self.decks, self.now, deck_id=self.deck_id, skipped=skipped)
        self.app.call_from_thread(self.show_report, report)

    def _exports(self) -> tuple[list[LoadedExport], list[Skipped]]:
        source = self.folder
        if not isinstance(source, InstructorLink):
            return load_exports([source], deck_id=self.deck_id)
        server = check_server_url(source.server, insecure=source.insecure)
        key = os.environ.get(CLASS_KEY_ENV, "").strip() or source.key
        teacher = ClassClient(
            UrllibTransport(), server, key, sleep=time.sleep, jitter=random.random, backoff=_SCREEN_BACKOFF
        )
        return class_exports(teacher, deck_id=self.deck_id)

    def show_error(self, message: str) -> None:
        """The class data could not be read: say why where the summary goes and as a notice."""
        text = _("Could not read the class report: {reason}").format(reason=visible(message))
        self.query_one("#instructor-summary", Static).update(Content(text))
        self.notify(text, severity="error", markup=False)

    def _summary(self, report: Report) -> str:
        return " · ".join(
            (
                ngettext("{count} student", "{count} students", report.students).format(
                    count=report.students
                ),
                ngettext("{count} answer", "{count} answers", report.answers).format(count=report.answers),
                ngettext("{count} card", "{count} cards", len(report.cards)).format(count=len(report.cards)),
                ngettext("{count} suggested alias", "{count} suggested aliases", len(report.aliases)).format(
                    count=len(report.aliases)
                ),
                ngettext("{count} confusion", "{count} confusions", len(report.confusions)).format(
                    count=len(report.confusions)
                ),
            )
        )

    def show_report(self, report: Report) -> None:
        """Fill the tables: ranked cards hardest first, the unranked apart, sections, students."""
        self.report = report
        self.query_one("#instructor-summary", Static).update(Content(self._summary(report)))
        tabs = self.query_one(TabbedContent)
        for pane, title in self._tab_titles():
            tabs.get_tab(pane).label = Content(title)
        self._fill("#instructor-cards", CARD_COLUMNS, report.hardest, key=_key)
        self._fill("#instructor-few", CARD_COLUMNS, report.too_few, key=_key)
        self._fill("#instructor-sections", SECTION_COLUMNS, report.sections)
        self._fill("#instructor-students", STUDENT_COLUMNS, report.student_rows)
        overrides = sorted(report.student_rows, key=lambda s: (-(s.right_claims.value or 0.0), s.label))
        self._fill("#instructor-overrides", OVERRIDE_COLUMNS, overrides)
        lines = [_("skipped {item}").format(item=item) for item in report.skipped] + report.notes
        if report.missing_decks:
            lines.append(
                _(
                    "To see their prompts and sections, put those deck files in the extra decks folder "
                    "on the Settings screen."
                )
            )
        skipped = self.query_one("#instructor-skipped", Static)
        skipped.update(Content("\n".join(map(visible, lines))))
        skipped.display = bool(lines)
        for table, cards in (("instructor-cards", report.hardest), ("instructor-few", report.too_few)):
            if cards:
                self._show_detail(table, cards[0])
        if not report.hardest:  # a class of two: say why the tab is empty, as the other reports do
            self.query_one("#instructor-cards-detail", Static).update(Content(report.unranked_note()))

    def _fill(
        self,
        selector: str,
        columns: Columns[Row],
        rows: Sequence[Row],
        key: Callable[[Row], str] | None = None,
    ) -> None:
        """Rows and columns anew, each column as wide as its widest line (DataTable does not
        measure multi-line ``Content`` cells itself, and would cut them to the heading)."""
        table: DataTable[Content] = self.query_one(selector, DataTable)
        table.clear(columns=True)
        cells = [[cell(row) for _label, cell in columns] for row in rows]
        for number, (label, _cell) in enumerate(columns):
            heading = _(label)
            widths = [_width(line[number]) for line in cells]
            table.add_column(heading, width=max([cell_len(heading), *widths]))
        for row, line in zip(rows, cells, strict=True):
            table.add_row(*line, key=key(row) if key else None, height=None)

    @on(DataTable.RowHighlighted, ".instructor-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        table = event.data_table.id
        if (
            self.report is None
            or event.row_key.value is None
            or table not in ("instructor-cards", "instructor-few")
        ):
            return
        card = next((c for c in self.report.cards if _key(c) == event.row_key.value), None)
        if card is not None:
            self._show_detail(table, card)

    def _show_detail(self, table: str, card: CardRow) -> None:
        assert self.report is not None
        aliases = [a for a in self.report.aliases if _belongs(card, a.deck_id, a.card_id)]
        confusions = [c for c in self.report.confusions if _belongs(card, c.deck_id, c.card_id)]
        self.query_one(f"#{table}-detail", Static).update(_card_detail(card, aliases, confusions))
