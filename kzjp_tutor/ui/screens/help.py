"""Help: every key of the app and of the screen underneath, generated from the bindings.

Generated, not written: a key added to a screen's ``BINDINGS`` (or remapped in the settings'
``keymap``) appears here without anyone updating a help text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["HelpScreen", "binding_rows"]


def binding_rows(owner: type[object], keymap: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(keys, description, tooltip, id) for every ``Binding`` declared on ``owner``, keymap applied.

    The id is what the settings' ``[keymap]`` table remaps, so help is where a student finds it.
    """
    rows: list[tuple[str, str, str, str]] = []
    for binding in getattr(owner, "BINDINGS", []):
        if not isinstance(binding, Binding):
            continue
        keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
        rows.append((keys, binding.description or binding.action, binding.tooltip, binding.id or ""))
    return rows


class HelpScreen(ModalScreen[None]):
    """A table of keys; escape, f1 or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close_help", "Close help", id="help.close"),
    ]

    def __init__(self, under: Screen[object], screens: Sequence[type[object]]) -> None:
        """Describe the keys of the app, of ``under`` (the screen help was opened from) and of ``screens``.

        ``screens`` is every screen with keys (:func:`kzjp_tutor.ui.keymap.keymap_owners`), passed
        in so that Help need not import the other screens, one of which opens it.
        """
        super().__init__()
        self.under = under
        self.screens = [screen for screen in screens if screen is not type(self)]

    def compose(self) -> ComposeResult:
        """Title, table of keys, hint."""
        with Vertical(id="help-dialog"):
            yield Static(Content("Keys"), id="help-title")
            yield DataTable(id="help-keys", cursor_type="row", show_cursor=False)
            yield Static(
                Content("ctrl+p opens the command palette · escape closes this help"), id="help-hint"
            )

    def on_mount(self) -> None:
        """Fill the table: this screen's keys first, then the app's."""
        app = cast("TutorApp", self.app)
        table: DataTable[Content] = self.query_one("#help-keys", DataTable)
        for label, width in (("Key", 12), ("Does", 40), ("Where", 10), ("Keymap id", 20)):
            table.add_column(label, width=width)
        keymap = dict(app.settings.keymap)
        screens = self.screens
        first = type(self.under)
        ordered = [first, *(s for s in screens if s is not first)] if first in screens else screens
        sources = [("anywhere", type(app)), *((s.__name__.removesuffix("Screen"), s) for s in ordered)]
        for where, owner in sources:
            for keys, description, tooltip, binding_id in binding_rows(owner, keymap):
                text = f"{description} — {tooltip}" if tooltip else description
                table.add_row(Content(keys), Content(text), Content(where), Content(binding_id))

    def action_close_help(self) -> None:
        """Back to the screen help was opened from."""
        self.dismiss(None)
