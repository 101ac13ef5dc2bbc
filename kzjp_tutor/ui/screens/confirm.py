"""A small modal question: "are you sure?", answered Yes or No.

Why a modal screen: resetting a card's progress and handing in an exam with questions left are
steps a student must confirm. The dialog only returns the answer; the screen that asked acts on it.
(Flagging a card asks for a comment instead: :mod:`kzjp_tutor.ui.widgets.flag_dialog`.)
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ...core.i18n import N_
from ...core.i18n import gettext as _
from ..language import follow_language
from ..widgets.card_text import literal

__all__ = ["ConfirmDialog"]


class ConfirmDialog(ModalScreen[bool]):
    """A question with Yes (enter, y) and No (escape, n); dismissed with the answer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", N_("Yes"), id="confirm.yes"),
        Binding("n,escape", "answer(False)", N_("No"), id="confirm.no"),
    ]

    def __init__(self, question: str, detail: str = "", *, yes: str = "", focus_yes: bool = True) -> None:
        """Ask ``question`` (interface text); ``detail`` is deck text (a prompt), shown literally.

        ``yes`` names the step on the Yes button ("Reset", "Hand in"); "Yes" when empty. Where
        Yes cannot be taken back by the student at once, ``focus_yes=False`` makes enter say No.
        """
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes = yes
        self.focus_yes = focus_yes

    def compose(self) -> ComposeResult:
        """The question, the deck text it is about, and the two buttons."""
        with Vertical(id="confirm-dialog"):
            yield Static(Content(self.question), id="confirm-question")
            if self.detail:
                yield Static(literal(self.detail, "italic"), id="confirm-detail")
            with Horizontal(id="confirm-buttons"):
                yield Button(self.yes or _("Yes"), id="confirm-yes", variant="warning", compact=True)
                yield Button(_("No"), id="confirm-no", compact=True)

    def on_mount(self) -> None:
        """Keys in the interface's language; enter presses the button with focus."""
        follow_language(self, lambda: None)
        self.query_one("#confirm-yes" if self.focus_yes else "#confirm-no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)
