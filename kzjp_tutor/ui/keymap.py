"""The app's keys as data: every screen with bindings, their binding table, and the keymap check.

Why a module of its own: the Settings screen checks a keymap against every screen's bindings and
Help lists them all, so whichever screen held this list would import the other screens (and they
it). Here, above the screens, it is imported only by the app, which hands Help the list it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.keys import Keys, _character_to_key, key_to_character

from ..core.settings import BindingSpec, Settings, check_ui_settings, settings_path

if TYPE_CHECKING:
    from .app import TutorApp

__all__ = ["binding_table", "check_settings", "key_name", "keymap_owners"]

_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_NAMED_KEYS = frozenset(
    key.value.rpartition("+")[2] for key in Keys if not key.value.startswith("<") and "-" not in key.value
)


def key_name(key: str) -> str | None:
    """Textual's name for a key as a student writes it ("?" → "question_mark"), None if none.

    Textual binds any string without complaint, so a misspelt key would silently do nothing.
    """
    *modifiers, name = key.strip().split("+")
    if not name or len(set(modifiers)) != len(modifiers) or not _MODIFIERS.issuperset(modifiers):
        return None
    if len(name) == 1:
        if not name.isprintable() or name.isspace():
            return None
        name = _character_to_key(name)
    elif name not in _NAMED_KEYS and key_to_character(name) is None:
        return None
    return "+".join([*modifiers, name])


def keymap_owners() -> list[tuple[str, type[object]]]:
    """(where, class) of every screen with key bindings, imported here on first use."""
    from .screens.browse import BrowseScreen
    from .screens.exam import ExamScreen
    from .screens.help import HelpScreen
    from .screens.home import HomeScreen
    from .screens.instructor import InstructorScreen
    from .screens.progress import ProgressScreen
    from .screens.settings import SettingsScreen
    from .screens.study import StudyScreen

    screens: list[type[object]] = [
        HomeScreen,
        StudyScreen,
        BrowseScreen,
        ProgressScreen,
        SettingsScreen,
        InstructorScreen,
        ExamScreen,
        HelpScreen,
    ]
    return [(screen.__name__.removesuffix("Screen"), screen) for screen in screens]


def binding_table(app_class: type[object]) -> list[BindingSpec]:
    """(screen, id, default keys) of every binding: the app's on every screen, then the screen's own."""
    app_bindings = [b for b in getattr(app_class, "BINDINGS", []) if isinstance(b, Binding) and b.id]
    table: list[BindingSpec] = []
    for where, owner in keymap_owners():
        own = [b for b in getattr(owner, "BINDINGS", []) if isinstance(b, Binding) and b.id]
        table.extend((where, b.id, b.key) for b in [*app_bindings, *own] if b.id)
    return table


def check_settings(app: TutorApp, settings: Settings) -> None:
    """Refuse a theme or keymap this app cannot honour (the core decides, with the app's tables).

    Raises:
        KzjpError: naming the settings file, the key and what to do.
    """
    check_ui_settings(
        settings,
        settings_path(app.home),
        themes=app.available_themes,
        bindings=binding_table(type(app)),
        key_name=key_name,
    )
