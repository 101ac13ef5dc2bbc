"""Help: every key of the app and of the screen underneath, generated from the bindings.

Generated, not written: a key added to a screen's ``BINDINGS`` (or remapped in the settings'
``keymap``) appears here without anyone updating a help text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

from ...core.i18n import N_, pgettext
from ...core.i18n import gettext as _

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = ["HelpScreen", "binding_rows"]


def binding_rows(owner: type[object], keymap: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(keys, description, tooltip, id) for every ``Binding`` declared on ``owner``, keymap applied.

    The id is what the settings' ``[keymap]`` table remaps, so help is where a student finds it.
    Descriptions and tooltips are in the current language; keys and ids never change with it.
    """
    rows: list[tuple[str, str, str, str]] = []
    for binding in getattr(owner, "BINDINGS", []):
        if not isinstance(binding, Binding):
            continue
        keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
        description = _(binding.description) if binding.description else binding.action
        rows.append((keys, description, _(binding.tooltip) if binding.tooltip else "", binding.id or ""))
    return rows


def screen_name(screen: type[object]) -> str:
    """A screen's name as the student knows it (the Help table's "Where" column)."""
    names = {
        "HomeScreen": pgettext("screen", "Home"),
        "StudyScreen": pgettext("screen", "Study"),
        "BrowseScreen": pgettext("screen", "Browse"),
        "ProgressScreen": pgettext("screen", "Progress"),
        "SettingsScreen": pgettext("screen", "Settings"),
        "InstructorScreen": pgettext("screen", "Instructor"),
    }
    return names.get(screen.__name__, screen.__name__.removesuffix("Screen"))


class HelpScreen(ModalScreen[None]):
    """A table of keys; escape, f1 or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close_help", N_("Close help"), id="help.close"),
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
            yield Static(Content(_("Keys")), id="help-title")
            yield DataTable(id="help-keys", cursor_type="row", show_cursor=False)
            yield Static(
                Content(_("ctrl+p opens the command palette · escape closes this help")), id="help-hint"
            )

    def on_mount(self) -> None:
        """Fill the table: this screen's keys first, then the app's."""
        app = cast("TutorApp", self.app)
        table: DataTable[Content | Text] = self.query_one("#help-keys", DataTable)
        # The description takes what the other columns leave of the dialog (96 wide, less on a
        # narrow terminal): the help must fit 80 columns, keymap ids included.
        dialog = min(96, self.app.size.width) - 2 - 2 - 2
        key_width, where_width = 12, 10
        id_width = max(20, len(pgettext("help column", "Keymap id")))
        does = max(20, dialog - key_width - where_width - id_width - 2 * 4)
        columns = (
            (pgettext("help column", "Key"), key_width),
            (pgettext("help column", "Does"), does),
            (pgettext("help column", "Where"), where_width),
            (pgettext("help column", "Keymap id"), id_width),
        )
        for label, width in columns:
            table.add_column(Text(label), width=width)  # Text: a heading's "[keymap]" is not markup
        keymap = dict(app.settings.keymap)
        screens = self.screens
        first = type(self.under)
        ordered = [first, *(s for s in screens if s is not first)] if first in screens else screens
        sources = [(_("anywhere"), type(app)), *((screen_name(s), s) for s in ordered)]
        for where, owner in sources:
            for keys, description, tooltip, binding_id in binding_rows(owner, keymap):
                text = f"{description} — {tooltip}" if tooltip else description
                # height=None and a rich Text (which wraps, unlike Content in a table): a long
                # description takes two lines instead of being cut. Only the app's own words here.
                table.add_row(Content(keys), Text(text), Content(where), Content(binding_id), height=None)

    def action_close_help(self) -> None:
        """Back to the screen help was opened from."""
        self.dismiss(None)
