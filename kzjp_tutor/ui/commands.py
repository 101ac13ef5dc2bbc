"""The command palette's main actions (ctrl+p): study, switch screens, change theme.

Each command only calls an app action, so the palette and the keys cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from .app import TutorApp

__all__ = ["COMMANDS", "TutorCommands"]

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Study everything due", "study_due", "Start a session over every deck"),
    ("Home: decks and sections", "show_home", "What is due, new, learning, mastered"),
    ("Browse cards", "show_browse", "Search every card; see one card's history"),
    ("Progress and statistics", "show_progress", "Reviews, retention, forecast, readiness"),
    ("Settings", "show_settings", "Retention, new cards per day, exam date, theme"),
    ("Help: keys", "show_help", "Every key of this screen and the app"),
    ("Toggle light/dark theme", "toggle_theme", "Switch between the light and dark themes"),
)
"""(title, app action, help) for every palette entry."""


class TutorCommands(Provider):
    """Offers the app's main actions in the command palette."""

    @property
    def tutor(self) -> TutorApp:
        """The app, typed."""
        return cast("TutorApp", self.app)

    async def discover(self) -> Hits:
        """Everything, before the student types."""
        for title, action, help_text in COMMANDS:
            yield DiscoveryHit(title, self._runner(action), help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands whose title fuzzily matches ``query``."""
        matcher = self.matcher(query)
        for title, action, help_text in COMMANDS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), self._runner(action), help=help_text)

    def _runner(self, action: str) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            await self.tutor.run_action(action)

        return run
