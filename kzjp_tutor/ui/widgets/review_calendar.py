"""A calendar heatmap of reviews: one column per week, one row per weekday, shaded by count.

Why shades of a block glyph and not only colour: the calendar must read in the light and dark
themes, on a 16-colour terminal and for a colour-blind student, so the density of the glyph
carries the level and the theme's ``$success`` colour only reinforces it.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ...core.i18n import gettext as _
from ...core.i18n import ngettext, pgettext
from ...core.progress import ReviewCalendar
from ...core.wording import month_abbr

__all__ = ["ReviewCalendarView"]

SHADES = ("·", "░", "▒", "▓", "█")
"""Glyph per level, 0 (no reviews) to 4 (about the busiest day)."""
LABEL_WIDTH = 4
CELL = 2
"""Columns per day cell: the glyph and a space."""


def weekday_labels() -> tuple[str, ...]:
    """Row labels in the current language; every other one, as calendars usually do, so the grid stays quiet."""
    return (
        pgettext("weekday", "Mon"),
        "",
        pgettext("weekday", "Wed"),
        "",
        pgettext("weekday", "Fri"),
        "",
        pgettext("weekday", "Sun"),
    )


def _months_line(calendar: ReviewCalendar) -> Content:
    """Month names above the week in which each month starts (and above the first week)."""
    line = [" "] * (LABEL_WIDTH + CELL * calendar.weeks + 3)
    last_end = 0
    for week in range(calendar.weeks):
        monday = calendar.day(week, 0)
        sunday = calendar.day(week, 6)
        starts = week == 0 or sunday.month != monday.month or monday.day == 1
        month = sunday.month  # a first week that starts a month is labelled with that month
        at = LABEL_WIDTH + CELL * week
        if starts and at >= last_end:
            name = month_abbr(month)
            line[at : at + len(name)] = name
            last_end = at + len(name) + 1
    return Content.styled("".join(line).rstrip(), "$text-muted")


def _cell(calendar: ReviewCalendar, week: int, weekday: int) -> Content:
    day = calendar.day(week, weekday)
    count = calendar.count(day)
    if count is None:
        return Content(" " * CELL)
    level = calendar.level(count)
    style = "$text-muted" if level == 0 else "$success"
    if day == calendar.today:
        style += " bold underline"  # i18n: not text (a style)
    return Content.styled(SHADES[level], style) + Content(" ")


def summary(calendar: ReviewCalendar) -> str:
    """One line under the grid: reviews, active days and the current streak."""
    reviews = ngettext("{count} review", "{count} reviews", calendar.total).format(count=calendar.total)
    days = ngettext("on {count} day", "on {count} days", calendar.active_days).format(
        count=calendar.active_days
    )
    line = _("{reviews} {days}").format(reviews=reviews, days=days)
    if calendar.streak > 1:
        streak = ngettext("{count}-day streak", "{count}-day streak", calendar.streak).format(
            count=calendar.streak
        )
        line = _("{line} · {streak}").format(line=line, streak=streak)
    return line


def render_calendar(calendar: ReviewCalendar) -> Content:
    """The whole calendar: month line, seven weekday rows, a legend with the totals."""
    lines = [_months_line(calendar)]
    weekdays = weekday_labels()
    for weekday in range(7):
        label = Content.styled(f"{weekdays[weekday]:<{LABEL_WIDTH}}", "$text-muted")
        cells = [_cell(calendar, week, weekday) for week in range(calendar.weeks)]
        lines.append(Content("").join([label, *cells]))
    legend = Content.assemble(
        (" " * LABEL_WIDTH, ""),
        (_("less") + " ", "$text-muted"),
        (SHADES[0], "$text-muted"),
        (" ", ""),
        (" ".join(SHADES[1:]), "$success"),
        (" " + _("more"), "$text-muted"),
    )
    lines.append(legend)
    lines.append(Content.styled(" " * LABEL_WIDTH + summary(calendar), "$text-muted"))
    return Content("\n").join(lines)


class ReviewCalendarView(Static):
    """The heatmap of the last weeks' reviews; :meth:`show` draws a calendar from the core."""

    def show(self, calendar: ReviewCalendar) -> None:
        """Redraw from ``calendar``."""
        self.update(render_calendar(calendar))
