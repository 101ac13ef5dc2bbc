"""The home screen: every deck with its sections and what is due, new, learning and mastered.

It opens instantly: the table is empty ("Loading decks…") until the app's loading worker
publishes the catalog, then the counts arrive from a second worker. A bad deck is one row with
its first problem; the panel below lists all its problems when the row is highlighted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from ...core.catalog import DeckEntry
from ...core.i18n import N_, ngettext, pgettext
from ...core.i18n import gettext as _
from ...core.overview import Counts, DeckOverview
from ...core.stats import cards_text, forecast_text, late_text, window_text
from ...core.wording import date_text, share
from ..language import follow_language
from ..widgets.card_text import cell_text, literal
from .study import StudyScope

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["HomeScreen"]

_COLUMNS = ("deck", "due", "new", "learning", "mastered", "cards")  # i18n: not text (column keys)
_COUNT_WIDTHS = (4, 4, 5, 5, 5)
"""Least widths of the count columns; deck text is ``Content``, which the table does not auto-size."""


def headings() -> tuple[str, ...]:
    """The columns' headings in the current language (short: they decide the columns' widths)."""
    return (
        pgettext("home column", "Deck / section"),
        pgettext("home column", "Due"),
        pgettext("home column", "New"),
        pgettext("home column", "Learning"),
        pgettext("home column", "Mastered"),
        pgettext("home column", "Cards"),
    )


def count_widths() -> tuple[int, ...]:
    """The count columns' widths: wide enough for their heading in the current language."""
    return tuple(max(width, len(label)) for label, width in zip(headings()[1:], _COUNT_WIDTHS, strict=True))


def title_width(screen_width: int) -> int:
    """The deck/section column gets what the counts leave of the screen (55 at 100 columns in English).

    The rest is the table's margins (2), its scrollbar (2) and two cells of padding per column.
    """
    return max(20, screen_width - 2 - 2 - 2 * len(_COLUMNS) - sum(count_widths()))


class HomeScreen(Screen[None]):
    """Decks and sections; enter studies the highlighted one, ``a`` everything due."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "a",
            "study_all",
            N_("Study all due"),
            id="home.study-all",
            tooltip=N_("Every deck, every section"),
        ),
        # Not in the footer: enter does the same, and 80 columns of Russian have no room for it.
        Binding(
            "s",
            "study_selected",
            N_("Study selected"),
            id="home.study-selected",
            show=False,
            tooltip=N_("The highlighted row"),
        ),
        Binding(
            "r",
            "resume_session",
            N_("Resume session"),
            id="home.resume",
            tooltip=N_("Back to the session left open, at the same card"),
        ),
    ]

    def __init__(self) -> None:
        """An empty table; rows come when the decks are loaded."""
        super().__init__()
        self._rows: dict[str, tuple[DeckEntry, str | None]] = {}
        self._title_width = 0

    @property
    def tutor(self) -> TutorApp:
        """The app, typed."""
        return cast("TutorApp", self.app)

    def compose(self) -> ComposeResult:
        """Exam line, deck table, detail panel."""
        yield Header()
        yield Static(Content(_("Loading decks…")), id="home-exam")
        table: DataTable[Content | str] = DataTable(id="home-decks", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(id="home-detail")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Set up the columns and listen for the decks and their counts."""
        self.sub_title = _("Decks")
        self._set_columns(self.app.size.width)
        follow_language(self, self.relabel)
        app = self.tutor
        app.decks_loaded.subscribe(self, self._decks_loaded)
        app.overview_ready.subscribe(self, self._overview_ready)
        if app.entries is not None:
            self._fill(app.entries, app.overview)

    def relabel(self) -> None:
        """The interface language changed: headings, counts and the detail panel again."""
        self.sub_title = _("Decks")
        self._set_columns(self.app.size.width)
        if self.tutor.entries is not None:
            self._fill(self.tutor.entries, self.tutor.overview)
        else:
            self.query_one("#home-exam", Static).update(Content(_("Loading decks…")))

    def on_resize(self, event: events.Resize) -> None:
        """Give the deck titles the width the terminal has."""
        if title_width(event.size.width) != self._title_width:
            self._set_columns(event.size.width)
            if self.tutor.entries is not None:
                self._fill(self.tutor.entries, self.tutor.overview)

    def _set_columns(self, screen_width: int) -> None:
        self._title_width = title_width(screen_width)
        table = self.query_one("#home-decks", DataTable)
        table.clear(columns=True)
        widths = (self._title_width, *count_widths())
        for key, label, width in zip(_COLUMNS, headings(), widths, strict=True):
            table.add_column(label, key=key, width=width)

    def _decks_loaded(self, entries: list[DeckEntry]) -> None:
        self._fill(entries, self.tutor.overview)

    def _overview_ready(self, overview: dict[str, DeckOverview]) -> None:
        if self.tutor.entries is not None:
            self._fill(self.tutor.entries, overview)

    # ------------------------------------------------------------------ filling

    def _fill(self, entries: list[DeckEntry], overview: dict[str, DeckOverview]) -> None:
        table = self.query_one("#home-decks", DataTable)
        cursor = table.cursor_row
        table.clear()
        self._rows.clear()
        for index, entry in enumerate(entries):
            deck = entry.deck
            if deck is None:
                key = f"bad:{index}"
                first = (
                    _short(entry)[0]
                    if entry.problems
                    else _("{file}: cannot be loaded").format(file=entry.path.name)
                )
                table.add_row(
                    Content.assemble(("✗ ", "bold $text-error"), literal(first)),  # i18n: not text (a style)
                    *("",) * (len(_COLUMNS) - 1),
                    key=key,
                    height=None,
                )
                self._rows[key] = (entry, None)
                continue
            info = overview.get(deck.deck.id)
            key = f"deck:{index}"
            # height=None: a title longer than its column wraps instead of being cut.
            table.add_row(
                cell_text(deck.deck.title, "bold"),
                *_cells(info.totals if info else None),
                key=key,
                height=None,
            )
            self._rows[key] = (entry, None)
            for section in deck.sections:
                key = f"section:{index}:{section.id}"
                counts = info.sections.get(section.id) if info else None
                table.add_row(cell_text("   " + section.title), *_cells(counts), key=key, height=None)
                self._rows[key] = (entry, section.id)
        if entries and 0 <= cursor < table.row_count:
            table.move_cursor(row=cursor)
        self._show_exam(entries, overview)
        self._show_detail()

    def _show_exam(self, entries: list[DeckEntry], overview: dict[str, DeckOverview]) -> None:
        app = self.tutor
        good = sum(1 for e in entries if e.deck is not None)
        bad = len(entries) - good
        parts = [ngettext("{count} deck", "{count} decks", good).format(count=good)]
        if bad:
            parts.append(_("{count} with problems").format(count=bad))
        exam = app.settings.exam_date
        if exam is not None:
            days = (exam - app.today()).days
            if days == 0:
                when = _("today")
            elif days > 0:
                when = ngettext("in {count} day", "in {count} days", days).format(count=days)
            else:
                when = ngettext("{count} day ago", "{count} days ago", -days).format(count=-days)
            parts.append(_("exam {date} ({when})").format(date=date_text(exam), when=when))
            recalls = [
                (o.exam_recall, o.totals.total) for o in overview.values() if o.exam_recall is not None
            ]
            cards = sum(n for _r, n in recalls)
            if cards:
                mean = sum(r * n for r, n in recalls) / cards
                parts.append(_("predicted exam-day recall {share}").format(share=share(mean)))
        elif not overview and good:
            parts.append(_("counting…"))
        text = " · ".join(parts)
        plans = [o.plan for o in overview.values() if o.plan is not None]
        if plans:
            # The window and the forecast of the earliest exam; a limit or a late card of any deck.
            first = min(plans, key=lambda p: (p.window.exam_date, p.window.start))
            total: dict[dt.date, int] = {}
            for plan in plans:
                if plan.window.exam_date == first.window.exam_date:
                    for day, count in plan.forecast:
                        total[day] = total.get(day, 0) + count
            summed = replace(first, forecast=[(day, total[day]) for day, _n in first.forecast])
            notes = [window_text(p) for p in plans if p.window.extended] or [window_text(first)]
            if (forecast := forecast_text(summed.forecast)) is not None:
                notes.append(forecast)
            late = sum(p.cannot_learn for p in plans)
            if late:
                notes.append(late_text(replace(first, cannot_learn=late)))
            text = "\n".join([text, *notes])
        self.query_one("#home-exam", Static).update(Content(text))

    @on(DataTable.RowHighlighted, "#home-decks")
    def _highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def _selected_row(self) -> tuple[DeckEntry, str | None] | None:
        table = self.query_one("#home-decks", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self._rows.get(key or "")

    def _show_detail(self) -> None:
        detail = self.query_one("#home-detail", Static)
        row = self._selected_row()
        if row is None:
            detail.update(Content(""))
            return
        entry, section_id = row
        detail.set_class(entry.deck is None, "-error")
        if entry.deck is None:
            lines = _short(entry)[:6]
            more = len(entry.problems) - len(lines)
            if more > 0:
                lines.append(
                    ngettext(
                        "… and {count} more (run `kzjp-tutor validate {path}`)",
                        "… and {count} more (run `kzjp-tutor validate {path}`)",
                        more,
                    ).format(count=more, path=entry.path)
                )
            detail.update(literal("\n".join(lines)))
            return
        deck = entry.deck
        if section_id is None:
            cards = len(deck.cards())
            sections = len(deck.sections)
            info = self.tutor.overview.get(deck.deck.id)
            extra = info.extra if info is not None else 0
            counted = _("{cards} in {sections}").format(
                cards=cards_text(cards - extra, extra, self.tutor.settings.include_extra),
                sections=ngettext("{count} section", "{count} sections", sections).format(count=sections),
            )
            text = "\n".join(part for part in (deck.deck.description, counted) if part)
            detail.update(Content.assemble(literal(deck.deck.title, "bold"), "\n", literal(text)))
        else:
            section = next(s for s in deck.sections if s.id == section_id)
            detail.update(
                Content.assemble(
                    literal(section.title, "bold"),
                    "\n",
                    ngettext(
                        "{count} card · enter or s: study this section · a: everything due",
                        "{count} cards · enter or s: study this section · a: everything due",
                        len(section.cards),
                    ).format(count=len(section.cards)),
                )
            )

    # ------------------------------------------------------------------ actions

    def on_screen_resume(self) -> None:
        """Offer "resume" only while a session is open (it may have ended since this was shown)."""
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Resume is there only while a session waits."""
        if action == "resume_session":
            return self.tutor.resumable is not None
        return True

    def action_resume_session(self) -> None:
        """Back to the open session."""
        self.tutor.action_resume_session()

    @on(DataTable.RowSelected, "#home-decks")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_study_selected()

    def action_study_all(self) -> None:
        """Study everything due in every deck."""
        self.tutor.start_session(StudyScope())

    def action_study_selected(self) -> None:
        """Study the highlighted deck or section (a bad deck cannot be studied)."""
        row = self._selected_row()
        if row is None:
            return
        entry, section_id = row
        if entry.deck is None:
            self.notify(
                _("{file} has problems; fix them first.").format(file=entry.path.name),
                severity="error",
                markup=False,
            )
            return
        label = entry.deck.deck.title
        if section_id is not None:
            section = next(s for s in entry.deck.sections if s.id == section_id)
            label = f"{label} › {section.title}"
        self.tutor.start_session(StudyScope(entry.deck.deck.id, section_id, label))


def _short(entry: DeckEntry) -> list[str]:
    """The entry's problems, each naming the file by its name rather than its full path."""
    return [str(replace(problem, file=entry.path.name)) for problem in entry.problems]


def _cells(counts: Counts | None) -> tuple[str, ...]:
    if counts is None:
        return ("…",) * (len(_COLUMNS) - 1)
    return (str(counts.due), str(counts.new), str(counts.learning), str(counts.mastered), str(counts.total))
