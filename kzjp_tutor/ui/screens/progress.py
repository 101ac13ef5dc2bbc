"""Progress: a calendar of reviews, retention, the due forecast, mastery per section, hardest cards,
and the practice exams taken with their trend (shown once there is one).

The numbers are gathered in a worker thread (:func:`~kzjp_tutor.core.progress.build_progress`)
each time the screen is shown, so switching here never blocks on the database.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Sparkline, Static

from ...core.i18n import N_, ngettext, pgettext
from ...core.i18n import gettext as _
from ...core.progress import HISTORY_DAYS, ProgressData, build_progress, exam_trend
from ...core.store import ExamRecord
from ...core.wording import date_text, share
from ..language import follow_language
from ..widgets.card_text import cell_text, literal
from ..widgets.review_calendar import ReviewCalendarView

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["ProgressScreen"]


def _percent(value: float | None) -> str:
    return "—" if value is None else share(value)


def forecast_title(days: int) -> str:
    """The forecast sparkline's title, before its numbers."""
    return ngettext("Cards due, next {count} day", "Cards due, next {count} days", days).format(count=days)


def forecast_label(forecast: list[int], today: dt.date) -> str:
    """The forecast sparkline's label with its numbers: a sparkline alone has no axis to read."""
    label = forecast_title(len(forecast))
    if not any(forecast):
        return _("{label}: none").format(label=label)
    peak = max(range(len(forecast)), key=lambda day: (forecast[day], -day))
    when = _("today") if peak == 0 else date_text(today + dt.timedelta(days=peak), with_year=False)
    return _("{label}: {today} today · busiest {when} ({peak}) · {total} in all").format(
        label=label, today=forecast[0], when=when, peak=forecast[peak], total=sum(forecast)
    )


def retention_label(weekly: list[float | None]) -> str:
    """The retention sparkline's label: this week's share and the range over the weeks shown."""
    weeks = len(weekly)
    label = ngettext(
        "Retention of learned cards, per week ({count} week)",
        "Retention of learned cards, per week ({count} weeks)",
        weeks,
    ).format(count=weeks)
    known = [value for value in weekly if value is not None]
    if not known:
        return _("{label}: no reviews of learned cards yet").format(label=label)
    return _("{label}: latest {latest} · lowest {lowest} · highest {highest}").format(
        label=label, latest=_percent(known[-1]), lowest=_percent(min(known)), highest=_percent(max(known))
    )


def trend_text(points: float | None) -> str:
    """The exam trend in words: "↑ 12 points", "↓ 5 points", "steady", "no trend yet"."""
    if points is None:
        return _("no trend yet")
    whole = round(abs(points))
    if whole == 0:
        return _("steady")
    if points > 0:
        return ngettext("↑ {count} point", "↑ {count} points", whole).format(count=whole)
    return ngettext("↓ {count} point", "↓ {count} points", whole).format(count=whole)


def exams_line(exams: list[ExamRecord]) -> str:
    """One line over the exam history: how many, the latest score and mark, the trend."""
    latest = exams[-1]
    return _("Practice exams: {count} · latest {percent}, mark {mark} · trend: {trend}").format(
        count=len(exams),
        percent=share(latest.percent / 100),
        mark=latest.mark,
        trend=trend_text(exam_trend(exams)),
    )


_SECTION_WIDTHS = (18, 8, 5, 4, 5)
"""Least widths of the sections table's columns; the section's own takes what the screen leaves."""
_HARDEST_WIDTHS = (22, 6, 5)
_EXAM_WIDTHS = (12, 9, 6, 6)


def section_headings() -> tuple[str, ...]:
    """The sections table's headings in the current language."""
    return (
        pgettext("progress column", "Section"),
        pgettext("progress column", "Mastered"),
        pgettext("progress column", "Learn"),
        pgettext("progress column", "Due"),
        pgettext("progress column", "Exam"),
    )


def hardest_headings() -> tuple[str, ...]:
    """The hardest-cards table's headings in the current language."""
    return (
        pgettext("progress column", "Hardest cards"),
        pgettext("progress column", "Lapses"),
        pgettext("progress column", "Leech"),
    )


def exam_headings() -> tuple[str, ...]:
    """The exam history table's headings in the current language."""
    return (
        pgettext("progress column", "Exam taken"),
        pgettext("progress column", "Questions"),
        pgettext("progress column", "Score"),
        pgettext("progress column", "Mark"),
    )


def column_widths(headings: tuple[str, ...], least: tuple[int, ...], room: int) -> list[int]:
    """Widths for a table ``room`` columns wide: every heading fits, the first column takes the rest
    (or gives way, down to 10, when the headings need more).

    ``room`` counts the table's scrollbar and each column's two cells of padding; the first
    column (a section name, a prompt) is what needs the space, so it is never cut while the
    terminal has room (it was cut at 18 characters even at 160 columns).
    """
    widths = [max(width, len(heading)) for heading, width in zip(headings, least, strict=True)]
    spare = room - 2 - 2 * len(widths) - sum(widths)
    widths[0] = max(10, widths[0] + spare)
    return widths


class ProgressScreen(Screen[None]):
    """Statistics at a glance; ``r`` recomputes them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "r", "refresh_stats", N_("Refresh"), id="progress.refresh", tooltip=N_("Recount from the store")
        ),
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (96, "-wide")]  # noqa: RUF012 - Textual types it as a list
    """Below 96 columns the two tables stack (``app.tcss``), so neither scrolls sideways."""
    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]  # noqa: RUF012 - Textual types it as a list
    """Below 28 rows the calendar and charts give their room to the tables (``app.tcss``)."""

    def __init__(self) -> None:
        """Nothing gathered yet; the first count starts on mount."""
        super().__init__()
        self._data: ProgressData | None = None

    @property
    def tutor(self) -> TutorApp:
        """The app, typed."""
        return cast("TutorApp", self.app)

    def compose(self) -> ComposeResult:
        """Numbers line, the review calendar beside two sparklines, two tables."""
        yield Header()
        yield Static(Content(_("Counting…")), id="progress-numbers")
        yield Static(id="progress-exam-line")
        with Horizontal(id="progress-top"):
            yield ReviewCalendarView(Content(""), id="progress-calendar")
            with Vertical(id="progress-charts"):
                title = Content(forecast_title(HISTORY_DAYS))
                yield Static(title, id="forecast-label", classes="chart-label")
                yield Sparkline([0], id="progress-forecast", classes="chart")
                title = Content(_("Retention of learned cards, per week"))
                yield Static(title, id="retention-label", classes="chart-label")
                yield Sparkline([0], id="progress-retention", classes="chart")
        with Horizontal(id="progress-tables"):
            yield DataTable(id="progress-sections", cursor_type="row", zebra_stripes=True)
            with Vertical(id="progress-side"):
                yield DataTable(id="progress-hardest", cursor_type="row", zebra_stripes=True)
                yield DataTable(id="progress-exams", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Columns, then the first count."""
        self.sub_title = _("Progress")
        self._set_columns()
        follow_language(self, self.relabel)
        self.tutor.overview_ready.subscribe(self, lambda _overview: self._redraw())
        self.action_refresh_stats()

    def relabel(self) -> None:
        """The interface language changed: headings and numbers again."""
        self.sub_title = _("Progress")
        self._set_columns()
        if self._data is not None:
            self.show(self._data)
        else:
            self.query_one("#progress-numbers", Static).update(Content(_("Counting…")))

    def on_resize(self, _event: events.Resize) -> None:
        """Give the section names the width the terminal has."""
        self._set_columns()
        if self._data is not None:
            self.show(self._data)

    def _set_columns(self) -> None:
        """Both tables' columns for the current width: side by side (3:2) when wide, stacked when narrow."""
        width = self.app.size.width
        wide = width >= 96
        sections_room = (width - 3) * 3 // 5 - 2 if wide else width - 2
        hardest_room = (width - 3) * 2 // 5 - 1 if wide else width - 2
        for selector, headings, least, room in (
            ("#progress-sections", section_headings(), _SECTION_WIDTHS, sections_room),
            ("#progress-hardest", hardest_headings(), _HARDEST_WIDTHS, hardest_room),
            ("#progress-exams", exam_headings(), _EXAM_WIDTHS, hardest_room),
        ):
            table: DataTable[Content | str] = self.query_one(selector, DataTable)
            table.clear(columns=True)
            for heading, size in zip(headings, column_widths(headings, least, room), strict=True):
                table.add_column(heading, width=size)

    def on_screen_resume(self) -> None:
        """Recount whenever the student comes back to this screen."""
        if self.is_mounted:
            self.action_refresh_stats()

    def action_refresh_stats(self) -> None:
        """Recount from the store in the background."""
        if self.tutor.entries is None:
            self.tutor.decks_loaded.subscribe(self, lambda _entries: self.action_refresh_stats())
            return
        self.gather()
        self.tutor.refresh_overview()  # the per-section counts, redrawn when they arrive

    def _redraw(self) -> None:
        """New per-section counts arrived: show them with the numbers already gathered."""
        if self._data is not None:
            self.show(self._data)

    @work(thread=True, exclusive=True, group="progress")
    def gather(self) -> None:
        """Compute off the UI thread, then show on it."""
        app = self.tutor
        data = build_progress(app.store, app.decks, app.settings, app.clock.now())
        app.call_from_thread(self.show, data)

    def show(self, data: ProgressData) -> None:
        """Fill the charts and tables."""
        self._data = data
        app = self.tutor
        stats = data.stats
        reviews = ngettext("{count} review", "{count} reviews", stats.reviews).format(count=stats.reviews)
        if stats.reviews:
            reviews = _("{reviews} ({share} correct)").format(
                reviews=reviews, share=share(stats.correct / stats.reviews)
            )
        parts = [
            reviews,
            ngettext("{count} card seen", "{count} cards seen", stats.cards_seen).format(
                count=stats.cards_seen
            ),
            _("{count} due now").format(count=stats.due_now),
            _("{count} new left today").format(count=stats.new_left_today),
            _("retention (30 d) {share}").format(share=_percent(stats.retention)),
        ]
        if stats.exam_readiness is not None:
            parts.append(_("exam readiness {share}").format(share=share(stats.exam_readiness)))
        self.query_one("#progress-numbers", Static).update(Content(" · ".join(parts)))
        self.query_one("#progress-calendar", ReviewCalendarView).show(data.calendar)
        self.query_one("#progress-forecast", Sparkline).data = data.due_forecast
        self.query_one("#forecast-label", Static).update(
            Content(forecast_label(data.due_forecast, app.today()))
        )
        self.query_one("#retention-label", Static).update(Content(retention_label(data.retention_per_week)))
        self.query_one("#progress-retention", Sparkline).data = [r or 0.0 for r in data.retention_per_week]
        recall = {(f.deck_id, f.section_id): f.recall for f in stats.forecast}
        sections: DataTable[Content | Text | str] = self.query_one("#progress-sections", DataTable)
        sections.clear()
        several = len(app.decks) > 1
        for deck in app.decks:
            overview = app.overview.get(deck.deck.id)
            if several:  # sections of several decks would mix: each deck's title heads its own
                sections.add_row(cell_text(deck.deck.title, "bold"), "", "", "", "", height=None)
            for section in deck.sections:
                counts = overview.sections.get(section.id) if overview else None
                mastered = f"{counts.mastered}/{counts.total}" if counts else "…"
                sections.add_row(
                    cell_text(f"  {section.title}" if several else section.title),
                    mastered,
                    str(counts.learning) if counts else "…",
                    str(counts.due) if counts else "…",
                    _percent(recall.get((deck.deck.id, section.id))),
                    height=None,  # a long section name wraps in its column instead of being cut
                )
        hardest: DataTable[Content | str] = self.query_one("#progress-hardest", DataTable)
        hardest.clear()
        for card in data.hardest:
            hardest.add_row(literal(card.prompt[:60]), str(card.lapses), "⚑" if card.leech else "")
        if not data.hardest:
            hardest.add_row(Content(_("No lapses yet.")), "", "")
        self._show_exams(data.exams)

    def _show_exams(self, exams: list[ExamRecord]) -> None:
        """The exam line and history, latest first; both hidden until the first exam."""
        line = self.query_one("#progress-exam-line", Static)
        table: DataTable[Content | str] = self.query_one("#progress-exams", DataTable)
        line.display = table.display = bool(exams)
        table.clear()
        if not exams:
            return
        line.update(Content(exams_line(exams)))
        now = self.tutor.clock.now()
        for exam in reversed(exams):
            with_year = exam.finished.year != now.year
            table.add_row(
                date_text(exam.finished.date(), with_year=with_year),
                str(exam.questions),
                share(exam.percent / 100),
                f"{exam.mark} ⏱" if exam.timed_out else str(exam.mark),
            )
