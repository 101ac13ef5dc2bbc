"""The end-of-session summary: answered, correct, time spent, next due (texts from core.wording)."""

from __future__ import annotations

import datetime as dt

from textual.content import Content
from textual.widgets import Static

from ...core.i18n import gettext as _
from ...core.i18n import ngettext
from ...core.session import Summary
from ...core.wording import summary_lines

__all__ = ["SummaryView", "describe_summary"]


def describe_summary(summary: Summary, now: dt.datetime) -> Content:
    """The summary as a few lines of content."""
    lines = summary_lines(summary.answered, summary.correct, summary.elapsed, summary.next_due, now)
    shown = (
        ngettext(
            "{count} new card shown first, to be asked later",
            "{count} new cards shown first, to be asked later",
            summary.shown,
        ).format(count=summary.shown)
        + "\n"
        if summary.shown
        else ""
    )
    return Content.assemble(
        (_("Session finished") + "\n\n", "bold"),
        lines.text() + "\n",
        shown + "\n",
        (_("enter or escape: back to the decks"), "dim"),
    )


class SummaryView(Static):
    """Shows a :class:`~kzjp_tutor.core.session.Summary`."""

    def show(self, summary: Summary, now: dt.datetime) -> None:
        """Render the summary as of ``now``."""
        self.update(describe_summary(summary, now))
