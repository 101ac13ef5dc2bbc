"""The command palette's main actions (ctrl+p): study, an exam, switch screens, help, theme.

Each entry only names an app action, so the palette and the keys cannot drift apart. The app
offers them among Textual's own system commands (:meth:`TutorApp.get_system_commands`), whose
English words are listed here too so that the catalog translates them.
"""

from __future__ import annotations

from ..core.i18n import N_

__all__ = ["COMMANDS", "TEXTUAL_WORDS"]

COMMANDS: tuple[tuple[str, str, str], ...] = (
    (N_("Study everything due"), "study_due", N_("Start a session over every deck")),
    (N_("Home: decks and sections"), "show_home", N_("What is due, new, learning, mastered")),
    (N_("Browse cards"), "show_browse", N_("Search every card; see one card's history")),
    (N_("Progress and statistics"), "show_progress", N_("Reviews, retention, forecast, readiness")),
    (N_("Settings"), "show_settings", N_("Retention, new cards per day, exam date, theme, language")),
    (N_("Practice exam"), "show_exam", N_("Questions across the sections, a mark at the end")),
    (N_("Instructor: class report"), "show_instructor", N_("Hardest cards, sections, students")),
    (N_("Help: keys"), "show_help", N_("Every key of this screen and the app")),
    (N_("Toggle light/dark theme"), "toggle_theme", N_("Switch between the light and dark themes")),
)
"""(title, app action, help) for every palette entry; titles and help are translated when shown."""

TEXTUAL_WORDS = (
    N_("palette"),
    N_("Open the command palette"),
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit"),
    N_("Quit the application as soon as possible"),
    N_("Keys"),
    N_("Show help for the focused widget and a summary of available keys"),
    N_("Hide the keys and widget help panel"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
    N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"),
)
"""Textual's own palette commands, word for word as textual writes them, for the catalog."""
