"""Durations in words, the same on the command line and in the app ("10 min", "3 h", "4 days")."""

from __future__ import annotations

import datetime as dt

__all__ = ["format_interval"]


def format_interval(delta: dt.timedelta) -> str:
    """A short human interval: "1 min", "10 min", "3 h", "4 days"."""
    seconds = max(0, round(delta.total_seconds()))
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = round(seconds / 86400)
    return f"{days} day{'s' if days != 1 else ''}"
