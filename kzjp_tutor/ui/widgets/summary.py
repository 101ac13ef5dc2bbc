"""The end-of-session summary: answered, correct, time spent, next due."""

from __future__ import annotations

import datetime as dt

from textual.content import Content
from textual.widgets import Static

from ...core.durations import format_interval
from ...core.session import Summary

__all__ = ["SummaryView", "describe_summary", "format_elapsed"]


def format_elapsed(elapsed: dt.timedelta) -> str:
    """``1 h 02 min``, ``3 min 05 s`` or ``12 s``: what a student reads at a glance."""
    seconds = max(0, int(elapsed.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def describe_summary(summary: Summary, now: dt.datetime) -> Content:
    """The summary as a few lines of content."""
    share = f" ({summary.correct * 100 // summary.answered}%)" if summary.answered else ""
    if summary.next_due is None:
        next_due = "nothing scheduled yet"
    elif summary.next_due <= now:
        next_due = "now"
    else:
        next_due = f"in {format_interval(summary.next_due - now)} ({summary.next_due:%Y-%m-%d %H:%M} UTC)"
    return Content.assemble(
        ("Session finished\n\n", "bold"),
        f"Answered     {summary.answered}\n",
        f"Correct      {summary.correct}{share}\n",
        f"Time         {format_elapsed(summary.elapsed)}\n",
        f"Next due     {next_due}\n\n",
        ("enter or escape: back to the decks", "dim"),
    )


class SummaryView(Static):
    """Shows a :class:`~kzjp_tutor.core.session.Summary`."""

    def show(self, summary: Summary, now: dt.datetime) -> None:
        """Render the summary as of ``now``."""
        self.update(describe_summary(summary, now))
