"""A one-line key hint bar for the study screen, generated from the bindings.

Why not Textual's ``Footer``: the footer rebuilds all its key widgets whenever the focus or the
enabled bindings change, which on the study screen is every key press; profiling put that at
most of the time between Enter and the verdict appearing. This bar is one ``Static`` updated
once per state change, and like the footer it only lists keys whose action is enabled.

It fits its line: Russian descriptions are longer and 80 columns are common, so when every hint
does not fit, the ones that come last make room, except the last one given (help, where every
key is listed). A hint is never cut in the middle.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from ...core.i18n import gettext as _

__all__ = ["KeyHints", "fit_hints"]

_GAP = "  "


def fit_hints(hints: list[tuple[str, str]], width: int) -> list[tuple[str, str]]:
    """The (key, description) hints that fit ``width`` columns, in order, always keeping the last."""
    if not hints:
        return []
    *rest, last = hints

    def size(chosen: list[tuple[str, str]]) -> int:
        return sum(len(key) + 1 + len(text) for key, text in chosen) + len(_GAP) * (len(chosen) - 1)

    kept: list[tuple[str, str]] = []
    for hint in rest:
        if size([*kept, hint, last]) <= width:
            kept.append(hint)
    return [*kept, last]


class KeyHints(Static):
    """Shows ``key description`` for each shown, enabled binding."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's own parameter name
        """Nothing to show until :meth:`show_for`."""
        super().__init__(id=id)
        self._hints: list[tuple[str, str]] = []

    def show_for(self, screen: Screen[Any], bindings: Iterable[Binding], keymap: dict[str, str]) -> None:
        """List the bindings the screen currently allows (``check_action``), keymap applied."""
        self._hints = []
        for binding in bindings:
            if not binding.show or screen.check_action(binding.action, ()) is False:
                continue
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            shown = keys.split(",")[0].replace("ctrl+", "^").replace("enter", "⏎").replace("escape", "esc")
            self._hints.append((shown, _(binding.description)))
        self._draw()

    def on_resize(self, _event: events.Resize) -> None:
        """Fit the hints to the new width."""
        self._draw()

    def _draw(self) -> None:
        width = self.content_size.width or self.app.size.width - 2
        parts: list[tuple[str, str] | str] = []
        for key, text in fit_hints(self._hints, width):
            if parts:
                parts.append(_GAP)
            parts += [(key, "bold $accent"), f" {text}"]  # i18n: not text (a style)
        self.update(Content.assemble(*parts))
