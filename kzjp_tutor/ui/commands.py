"""The command palette's main actions (ctrl+p): study, switch screens, help, theme.

Each entry only names an app action, so the palette and the keys cannot drift apart. The app
offers them among Textual's own system commands (:meth:`TutorApp.get_system_commands`).
"""

from __future__ import annotations

__all__ = ["COMMANDS"]

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Study everything due", "study_due", "Start a session over every deck"),
    ("Home: decks and sections", "show_home", "What is due, new, learning, mastered"),
    ("Browse cards", "show_browse", "Search every card; see one card's history"),
    ("Progress and statistics", "show_progress", "Reviews, retention, forecast, readiness"),
    ("Settings", "show_settings", "Retention, new cards per day, exam date, theme"),
    ("Instructor: class report", "show_instructor", "Hardest cards, sections, students"),
    ("Help: keys", "show_help", "Every key of this screen and the app"),
    ("Toggle light/dark theme", "toggle_theme", "Switch between the light and dark themes"),
)
"""(title, app action, help) for every palette entry."""
