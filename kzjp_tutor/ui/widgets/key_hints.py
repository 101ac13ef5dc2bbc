"""A one-line key hint bar for the study screen, generated from the bindings.

Why not Textual's ``Footer``: the footer rebuilds all its key widgets whenever the focus or the
enabled bindings change, which on the study screen is every key press; profiling put that at
most of the time between Enter and the verdict appearing. This bar is one ``Static`` updated
once per state change, and like the footer it only lists keys whose action is enabled.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

__all__ = ["KeyHints"]


class KeyHints(Static):
    """Shows ``key description`` for each shown, enabled binding."""

    def show_for(self, screen: Screen[Any], bindings: Iterable[Binding], keymap: dict[str, str]) -> None:
        """List the bindings the screen currently allows (``check_action``), keymap applied."""
        parts: list[tuple[str, str] | str] = []
        for binding in bindings:
            if not binding.show or screen.check_action(binding.action, ()) is False:
                continue
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            shown = keys.split(",")[0].replace("ctrl+", "^").replace("enter", "⏎").replace("escape", "esc")
            if parts:
                parts.append("  ")
            parts += [(shown, "bold $accent"), f" {binding.description}"]
        self.update(Content.assemble(*parts))
