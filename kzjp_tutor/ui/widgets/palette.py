"""Textual's command palette, speaking the interface's language.

Textual writes its palette's words in English inside the library: the placeholder ("Search for
commands…", "Search for themes…"), the "No matches found" line and its keys' descriptions. The
placeholder is a constructor argument; the no-match line is built inside
``CommandPalette._start_no_matches_countdown``, so this subclass repeats that short method with
the catalog's words (textual's own files are never patched; a test opens the palette in Russian
and types a query nothing matches, so an upgrade that renames the hook shows up at once).
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, ProviderSource
from textual.widgets.option_list import Option

from ...core.i18n import N_
from ...core.i18n import gettext as _
from ..language import translate_bindings

__all__ = ["PALETTE_WORDS", "TutorCommandPalette"]

PALETTE_WORDS = (
    N_("Go to bottom"),
    N_("Go to top"),
    N_("Next command"),
    N_("Exit the command palette"),
    N_("Next page"),
    N_("Previous page"),
    N_("Previous command"),
)
"""The palette's key descriptions, word for word as textual writes them, for the catalog."""


_PLAIN = "not bold"  # i18n: not text (a Rich style, as Textual styles the line)


class TutorCommandPalette(CommandPalette):
    """The command palette with its placeholder, no-match line and keys in the current language.

    Args:
        providers: As for Textual's palette (None: the app's and screen's commands).
        placeholder: The search field's hint, already translated; None for "Search for commands…".
    """

    def __init__(
        self,
        providers: ProviderSource | None = None,
        *,
        placeholder: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own parameter name
    ) -> None:
        super().__init__(providers, placeholder=placeholder or _("Search for commands…"), id=id)

    def on_mount(self) -> None:
        """The palette's keys in the current language (its help panel shows them)."""
        translate_bindings(self)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Say "No matches found" in the interface's language, after Textual's delay, as Textual does."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(_("No matches found"), style=_PLAIN)),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False  # discovery mode: nothing to say

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
