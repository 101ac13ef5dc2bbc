"""Counts in words for the UI's English lines ("1 review", "2 reviews")."""

from __future__ import annotations

__all__ = ["plural"]


def plural(count: int, word: str) -> str:
    """``count`` and ``word``, with an "s" unless the count is one."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
