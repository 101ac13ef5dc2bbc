"""Progress: a calendar of reviews, retention, the due forecast, mastery per section, hardest cards.

The numbers are gathered in a worker thread (:func:`~kzjp_tutor.core.progress.build_progress`)
each time the screen is shown, so switching here never blocks on the database.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar, cast

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Sparkline, Static

from ...core.progress import HISTORY_DAYS, ProgressData, build_progress
from ...core.wording import count
from ..widgets.card_text import literal
from ..widgets.review_calendar import ReviewCalendarView

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["ProgressScreen"]


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def forecast_label(forecast: list[int], today: dt.date) -> str:
    """The forecast sparkline's label with its numbers: a sparkline alone has no axis to read."""
    label = f"Cards due, next {len(forecast)} days"
    if not any(forecast):
        return f"{label}: none"
    peak = max(range(len(forecast)), key=lambda day: (forecast[day], -day))
    when = "today" if peak == 0 else f"{today + dt.timedelta(days=peak):%d %b}"
    return f"{label}: {forecast[0]} today · busiest {when} ({forecast[peak]}) · {sum(forecast)} in all"


def retention_label(weekly: list[float | None]) -> str:
    """The retention sparkline's label: this week's share and the range over the weeks shown."""
    label = f"Retention of learned cards, per week ({len(weekly)} weeks)"
    known = [share for share in weekly if share is not None]
    if not known:
        return f"{label}: no reviews of learned cards yet"
    return f"{label}: latest {_percent(known[-1])} · lowest {_percent(min(known))} · highest {_percent(max(known))}"


class ProgressScreen(Screen[None]):
    """Statistics at a glance; ``r`` recomputes them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "refresh_stats", "Refresh", id="progress.refresh", tooltip="Recount from the store"),
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (96, "-wide")]  # noqa: RUF012 - Textual types it as a list
    """Below 96 columns the two tables stack (``app.tcss``), so neither scrolls sideways."""

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
        yield Static(Content("Counting…"), id="progress-numbers")
        with Horizontal(id="progress-top"):
            yield ReviewCalendarView(Content(""), id="progress-calendar")
            with Vertical(id="progress-charts"):
                yield Static(
                    Content(f"Cards due, next {HISTORY_DAYS} days"),
                    id="forecast-label",
                    classes="chart-label",
                )
                yield Sparkline([0], id="progress-forecast", classes="chart")
                yield Static(
                    Content("Retention of learned cards, per week"),
                    id="retention-label",
                    classes="chart-label",
                )
                yield Sparkline([0], id="progress-retention", classes="chart")
        with Horizontal(id="progress-tables"):
            yield DataTable(id="progress-sections", cursor_type="row", zebra_stripes=True)
            yield DataTable(id="progress-hardest", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        """Columns, then the first count."""
        self.sub_title = "Progress"
        sections: DataTable[Content | str] = self.query_one("#progress-sections", DataTable)
        for label, width in (("Section", 18), ("Mastered", 8), ("Learn", 5), ("Due", 4), ("Exam", 5)):
            sections.add_column(label, width=width)
        hardest: DataTable[Content | str] = self.query_one("#progress-hardest", DataTable)
        for label, width in (("Hardest cards", 22), ("Lapses", 6), ("Leech", 5)):
            hardest.add_column(label, width=width)
        self.tutor.overview_ready.subscribe(self, lambda _overview: self._redraw())
        self.action_refresh_stats()

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
        share = f" ({stats.correct / stats.reviews:.0%} correct)" if stats.reviews else ""
        ready = stats.exam_readiness
        readiness = f" · exam readiness {ready:.0%}" if ready is not None else ""
        self.query_one("#progress-numbers", Static).update(
            Content(
                f"{count(stats.reviews, 'review')}{share} · {count(stats.cards_seen, 'card')} seen"
                f" · {stats.due_now} due now · {stats.new_left_today} new left today"
                f" · retention (30 d) {_percent(stats.retention)}{readiness}"
            )
        )
        self.query_one("#progress-calendar", ReviewCalendarView).show(data.calendar)
        self.query_one("#progress-forecast", Sparkline).data = data.due_forecast
        self.query_one("#forecast-label", Static).update(
            Content(forecast_label(data.due_forecast, app.today()))
        )
        self.query_one("#retention-label", Static).update(Content(retention_label(data.retention_per_week)))
        self.query_one("#progress-retention", Sparkline).data = [r or 0.0 for r in data.retention_per_week]
        recall = {(f.deck_id, f.section_id): f.recall for f in stats.forecast}
        sections: DataTable[Content | str] = self.query_one("#progress-sections", DataTable)
        sections.clear()
        for deck in app.decks:
            overview = app.overview.get(deck.deck.id)
            for section in deck.sections:
                counts = overview.sections.get(section.id) if overview else None
                mastered = f"{counts.mastered}/{counts.total}" if counts else "…"
                sections.add_row(
                    literal(section.title),
                    mastered,
                    str(counts.learning) if counts else "…",
                    str(counts.due) if counts else "…",
                    _percent(recall.get((deck.deck.id, section.id))),
                )
        hardest: DataTable[Content | str] = self.query_one("#progress-hardest", DataTable)
        hardest.clear()
        for card in data.hardest:
            hardest.add_row(literal(card.prompt[:60]), str(card.lapses), "⚑" if card.leech else "")
        if not data.hardest:
            hardest.add_row(Content("No lapses yet."), "", "")
