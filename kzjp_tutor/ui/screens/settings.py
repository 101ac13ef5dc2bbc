"""Settings: desired retention, new cards per day, exam date, theme, study language, decks folder.

The form only collects text; :class:`~kzjp_tutor.core.settings.Settings` validates it (the same
rules as the file), and :meth:`TutorApp.update_settings` saves it to ``HOME/settings.toml``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar, cast

from pydantic import ValidationError
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, Select, Static

from ...core.errors import KzjpError
from ...core.settings import Settings, settings_notes, settings_path

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = [
    "LANGUAGES",
    "SettingsScreen",
    "parse_form",
]

LANGUAGES = [("Russian: study the .ru decks", "ru"), ("English: study the .en decks", "en"), ("Both", "all")]
"""The study-language choices: (label, setting value)."""


def parse_form(current: Settings, values: dict[str, str]) -> Settings:
    """Settings from the form's text fields; empty exam date / folder mean none.

    Raises:
        ValueError: a field is not valid; the message names it.
    """
    update: dict[str, Any] = {}
    try:
        update["desired_retention"] = float(values["desired_retention"])
    except ValueError:
        raise ValueError("desired retention must be a number such as 0.9") from None
    try:
        update["new_per_day"] = int(values["new_per_day"])
    except ValueError:
        raise ValueError("new cards per day must be a whole number") from None
    exam = values["exam_date"].strip()
    try:
        update["exam_date"] = dt.date.fromisoformat(exam) if exam else None
    except ValueError:
        raise ValueError("exam date must be YYYY-MM-DD (or empty for none)") from None
    update["decks_folder"] = values["decks_folder"].strip() or None
    update["theme"] = values["theme"]
    update["study_language"] = values["study_language"]
    try:
        return Settings.model_validate({**current.model_dump(), **update})
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        name = ".".join(str(p) for p in first["loc"]).replace("_", " ")
        raise ValueError(f"{name}: {first['msg']}") from None


class SettingsScreen(Screen[None]):
    """A small form; ctrl+s or the Save button writes the settings file."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save_settings", "Save", id="settings.save", tooltip="Write settings.toml"),
    ]

    @property
    def tutor(self) -> TutorApp:
        """The app, typed."""
        return cast("TutorApp", self.app)

    def compose(self) -> ComposeResult:
        """One labelled field per setting, a status line and the Save button."""
        settings = self.tutor.settings
        themes = sorted(self.app.available_themes)
        yield Header()
        with VerticalScroll(id="settings-form"):
            with Grid(id="settings-grid"):
                yield Label("Desired retention (0.5–1)")
                yield Input(str(settings.desired_retention), id="desired_retention", type="number")
                yield Label("New cards per day")
                yield Input(str(settings.new_per_day), id="new_per_day", type="integer")
                yield Label("Exam date (YYYY-MM-DD)")
                yield Input(
                    settings.exam_date.isoformat() if settings.exam_date else "",
                    id="exam_date",
                    placeholder="none",
                )
                yield Label("Theme")
                yield Select(
                    [(name, name) for name in themes],
                    value=settings.theme if settings.theme in themes else "textual-dark",
                    allow_blank=False,
                    id="theme",
                )
                yield Label("Decks in two languages")
                yield Select(
                    LANGUAGES,
                    value=settings.study_language,
                    allow_blank=False,
                    id="study_language",
                )
                yield Label("Extra decks folder")
                yield Input(settings.decks_folder or "", id="decks_folder", placeholder="none")
            with Horizontal(id="settings-actions"):
                yield Button("Save", id="settings-save", variant="primary")
                yield Static(
                    Content("ctrl+s saves to settings.toml in your data folder"), id="settings-status"
                )
        yield Footer()

    def on_mount(self) -> None:
        """Name the screen; say so if an exam date has passed."""
        self.sub_title = "Settings"
        notes = settings_notes(self.tutor.settings, self.tutor.today())
        if notes:
            self.query_one("#settings-status", Static).update(Content("Note: " + "; ".join(notes)))

    def values(self) -> dict[str, str]:
        """The form's current text, by setting name."""
        values = {
            name: self.query_one(f"#{name}", Input).value
            for name in ("desired_retention", "new_per_day", "exam_date", "decks_folder")
        }
        theme = self.query_one("#theme", Select).value
        values["theme"] = theme if isinstance(theme, str) else self.tutor.settings.theme
        language = self.query_one("#study_language", Select).value
        values["study_language"] = (
            language if isinstance(language, str) else self.tutor.settings.study_language
        )
        return values

    @on(Button.Pressed, "#settings-save")
    def _save_pressed(self) -> None:
        self.action_save_settings()

    def action_save_settings(self) -> None:
        """Validate the form and save it, or say what is wrong."""
        status = self.query_one("#settings-status", Static)
        try:
            settings = parse_form(self.tutor.settings, self.values())
            self.tutor.update_settings(settings)
        except (ValueError, KzjpError) as exc:
            status.set_class(True, "-error")
            status.update(Content(str(exc)))
            return
        status.set_class(False, "-error")
        notes = settings_notes(settings, self.tutor.today())
        saved = f"Saved to {settings_path(self.tutor.home)}"
        status.update(Content("; ".join([saved, *(f"note: {n}" for n in notes)])))
        self.notify("Settings saved." + "".join(f" Note: {n}." for n in notes), markup=False)
