"""The small dialog that flags a card as wrong, with the student's optional comment.

Shared by every screen that can flag a card (Study, Browse): one place says what flagging means
and how the comment is asked for. The comment is the student's own text, so it is only ever data:
it goes to the core as typed, and the card's prompt shown here is deck text (literal, never markup).
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ...core.i18n import N_
from ...core.i18n import gettext as _
from .card_text import literal

__all__ = ["FlagDialog"]

COMMENT_LIMIT = 500
"""Most characters of a comment: a note for the instructor, not an essay (the export carries it)."""


class FlagDialog(ModalScreen[str | None]):
    """Asks for an optional comment; dismisses with the comment ("" for none) or None if cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel_flag", N_("Cancel"), id="flag.cancel", tooltip=N_("Do not flag the card")),
    ]

    def __init__(self, prompt: str) -> None:
        """Flag the card whose question is ``prompt`` (shown so the student knows which card)."""
        super().__init__()
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        """Title, the card's question, the comment box and a hint."""
        with Vertical(id="flag-dialog"):
            yield Static(Content(_("Flag this card as wrong")), id="flag-title")
            yield Static(literal(self.prompt), id="flag-prompt")
            yield Input(
                id="flag-comment",
                placeholder=_("What is wrong? (optional)"),
                max_length=COMMENT_LIMIT,
            )
            yield Static(Content(_("enter: flag it for the instructor · escape: cancel")), id="flag-hint")

    def on_mount(self) -> None:
        """The comment box takes the keys at once."""
        self.query_one("#flag-comment", Input).focus()

    @on(Input.Submitted, "#flag-comment")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel_flag(self) -> None:
        """Close without flagging."""
        self.dismiss(None)
