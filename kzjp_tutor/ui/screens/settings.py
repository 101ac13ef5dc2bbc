"""Settings: retention, new cards per day, exam date, theme, study and interface language, folders.

The form only collects text; :class:`~kzjp_tutor.core.settings.Settings` validates it (the same
rules as the file), and :meth:`TutorApp.update_settings` saves it to ``HOME/settings.toml`` and
applies it at once, the interface language included: every screen relabels itself, no restart.
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
from textual.theme import Theme
from textual.widgets import Button, Footer, Header, Input, Label, Select, Static

from ...core.errors import KzjpError
from ...core.i18n import N_
from ...core.i18n import gettext as _
from ...core.settings import Settings, settings_notes, settings_path
from ..language import follow_language

if TYPE_CHECKING:
    from ..app import TutorApp

__all__ = [
    "SettingsScreen",
    "interface_languages",
    "parse_form",
    "study_languages",
]

_FIELDS = {
    "desired_retention": N_("Desired retention (0.5–1)"),
    "new_per_day": N_("New cards per day"),
    "exam_date": N_("Exam date (YYYY-MM-DD)"),
    "theme": N_("Theme"),
    "study_language": N_("Decks in two languages"),
    "ui_language": N_("Interface language"),
    "decks_folder": N_("Extra decks folder"),
    "exports_folder": N_("Class exports folder"),
}
"""Each field's label, by setting name (translated when shown, and in error messages)."""
_TEXT_FIELDS = ("desired_retention", "new_per_day", "exam_date", "decks_folder", "exports_folder")
_FOLDERS = ("decks_folder", "exports_folder")
"""Text fields whose empty value means "not set"."""
_DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y")
"""Exam dates as Russian students write them, besides ISO (``15.12.2026``)."""


def study_languages() -> list[tuple[str, str]]:
    """The study-language choices: (label in the current language, setting value)."""
    return [
        (_("Russian: study the .ru decks"), "ru"),
        (_("English: study the .en decks"), "en"),
        (_("Both"), "all"),
    ]


def interface_languages() -> list[tuple[str, str]]:
    """The interface-language choices; each language is named in itself, as language menus do."""
    return [
        (_("Auto: the language of the decks"), "auto"),
        ("Русский", "ru"),
        ("English", "en"),  # i18n: not text (a language's own name)
    ]


def _exam_date(text: str) -> dt.date | None:
    """An exam date typed as ISO or as ``DD.MM.YYYY``; None when empty."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(_("exam date must be YYYY-MM-DD or DD.MM.YYYY (or empty for none)"))


def _validation_message(exc: ValidationError) -> str:
    """The first problem pydantic found, said in the interface's language with the field's label."""
    first = exc.errors(include_url=False)[0]
    name = str(first["loc"][0]) if first["loc"] else ""
    field = _(_FIELDS[name]) if name in _FIELDS else name.replace("_", " ")
    limits = first.get("ctx") or {}
    if "ge" in limits or "gt" in limits:
        least = limits.get("ge", limits.get("gt"))
        return _("{field}: must be at least {value}").format(field=field, value=least)
    if "le" in limits or "lt" in limits:
        most = limits.get("le", limits.get("lt"))
        return _("{field}: must be at most {value}").format(field=field, value=most)
    return _("{field}: this value is not allowed").format(field=field)


def parse_form(current: Settings, values: dict[str, str]) -> Settings:
    """Settings from the form's text fields; empty exam date / folder mean none.

    Raises:
        ValueError: a field is not valid; the message names it.
    """
    update: dict[str, Any] = {}
    try:
        update["desired_retention"] = float(values["desired_retention"].replace(",", "."))
    except ValueError:
        raise ValueError(_("desired retention must be a number such as 0.9")) from None
    try:
        update["new_per_day"] = int(values["new_per_day"])
    except ValueError:
        raise ValueError(_("new cards per day must be a whole number")) from None
    update["exam_date"] = _exam_date(values["exam_date"].strip())
    for folder in _FOLDERS:
        if folder in values:
            update[folder] = values[folder].strip() or None
    for choice in ("theme", "study_language", "ui_language"):
        if choice in values:
            update[choice] = values[choice]
    try:
        return Settings.model_validate({**current.model_dump(), **update})
    except ValidationError as exc:
        raise ValueError(_validation_message(exc)) from None


class SettingsScreen(Screen[None]):
    """A small form; ctrl+s or the Save button writes the settings file."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save_settings", N_("Save"), id="settings.save", tooltip=N_("Write settings.toml")),
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
                yield Label(id="label-desired_retention")
                yield Input(
                    str(settings.desired_retention), id="desired_retention", type="number", compact=True
                )
                yield Label(id="label-new_per_day")
                yield Input(str(settings.new_per_day), id="new_per_day", type="integer", compact=True)
                yield Label(id="label-exam_date")
                yield Input(
                    settings.exam_date.isoformat() if settings.exam_date else "", id="exam_date", compact=True
                )
                yield Label(id="label-theme")
                yield Select(
                    [(name, name) for name in themes],
                    value=settings.theme if settings.theme in themes else "textual-dark",
                    allow_blank=False,
                    id="theme",
                    compact=True,
                )
                yield Label(id="label-study_language")
                yield Select(
                    study_languages(),
                    value=settings.study_language,
                    allow_blank=False,
                    id="study_language",
                    compact=True,
                )
                yield Label(id="label-ui_language")
                yield Select(
                    interface_languages(),
                    value=settings.ui_language,
                    allow_blank=False,
                    id="ui_language",
                    compact=True,
                )
                yield Label(id="label-decks_folder")
                yield Input(settings.decks_folder or "", id="decks_folder", compact=True)
                yield Label(id="label-exports_folder")
                yield Input(settings.exports_folder or "", id="exports_folder", compact=True)
            with Horizontal(id="settings-actions"):
                yield Button(id="settings-save", variant="primary", compact=True)
                yield Static(id="settings-status")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Name the screen and its fields; say so if an exam date has passed."""
        self._label()
        follow_language(self, self.relabel)
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        notes = settings_notes(self.tutor.settings, self.tutor.today())
        status = Content(_("Note: {notes}").format(notes="; ".join(notes))) if notes else None
        self.query_one("#settings-status", Static).update(status or self._hint())

    @on(Select.Changed, "#theme")
    def _theme_picked(self, event: Select.Changed) -> None:
        """A theme picked here is shown at once (and the app saves it, as from ctrl+t or the palette)."""
        if isinstance(event.value, str) and event.value != self.app.theme:
            self.app.theme = event.value

    def _theme_changed(self, theme: Theme) -> None:
        """A theme picked elsewhere: the form shows it, so saving the form keeps it."""
        select: Select[str] = self.query_one("#theme", Select)
        if select.value != theme.name and theme.name in self.app.available_themes:
            select.value = theme.name

    def _hint(self) -> Content:
        return Content(_("ctrl+s saves to settings.toml in your data folder"))

    def _label(self) -> None:
        """Every word of the form in the current language (the values are left as they are)."""
        self.sub_title = _("Settings")
        for name, label in _FIELDS.items():
            self.query_one(f"#label-{name}", Label).update(_(label))
        for name in ("exam_date", *_FOLDERS):
            self.query_one(f"#{name}", Input).placeholder = _("not set")
        self.query_one("#settings-save", Button).label = _("Save")
        for name, options in (("study_language", study_languages()), ("ui_language", interface_languages())):
            select: Select[str] = self.query_one(f"#{name}", Select)
            value = select.value
            select.set_options(options)
            select.value = value

    def relabel(self) -> None:
        """The interface language changed (this screen saved it): say the form's words again."""
        self._label()

    def values(self) -> dict[str, str]:
        """The form's current text, by setting name."""
        values = {name: self.query_one(f"#{name}", Input).value for name in _TEXT_FIELDS}
        current = self.tutor.settings
        for name, default in (
            ("theme", current.theme),
            ("study_language", current.study_language),
            ("ui_language", current.ui_language),
        ):
            chosen = self.query_one(f"#{name}", Select).value
            values[name] = chosen if isinstance(chosen, str) else default
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
        # In the language just chosen: the app switched before this line.
        status.set_class(False, "-error")
        notes = settings_notes(settings, self.tutor.today())
        saved = _("Saved to {path}").format(path=settings_path(self.tutor.home))
        status.update(Content("; ".join([saved, *(_("note: {note}").format(note=n) for n in notes)])))
        message = _("Settings saved.")
        if notes:
            message += " " + " ".join(_("Note: {note}.").format(note=n) for n in notes)
        self.notify(message, markup=False)
