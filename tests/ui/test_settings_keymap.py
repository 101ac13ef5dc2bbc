"""The real app refuses a keymap or theme it cannot honour, before it starts, naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzjp_tutor.core.clock import Clock
from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.settings import settings_path
from kzjp_tutor.ui.app import TutorApp
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.keymap import binding_table, key_name

from .helpers import SMALL


def _start(home: Path, clock: Clock, text: str) -> TutorApp:
    home.mkdir()
    settings_path(home).write_text(text, encoding="utf-8")
    return make_app(home, [SMALL], clock, fuzz=False)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        # Enter would record Good after a wrong verdict instead of the suggested Again.
        ('[keymap]\n"study.right" = "enter"\n', "keymap.'study.right': 'enter' is already 'study.submit'"),
        # "Check" would quit.
        ('[keymap]\n"study.submit" = "ctrl+q"\n', "keymap.'study.submit': 'ctrl+q' is already 'app.quit'"),
        ('[keymap]\n"no.such.binding" = "x"\n', "keymap.'no.such.binding': no key binding has this id"),
        ('[keymap]\n"study.right" = "nonsense-key!!"\n', "'nonsense-key!!' is not a key name"),
        ('theme = "no-such-theme"\n', "known themes: "),
    ],
)
def test_bad_ui_settings_stop_the_start(home: Path, clock: Clock, text: str, says: str) -> None:
    """Each is a KzjpError naming the settings file (the CLI prints it, exit 1), not a silent oddity."""
    with pytest.raises(KzjpError) as caught:
        _start(home, clock, text)
    assert str(caught.value).startswith(str(settings_path(home)))
    assert says in str(caught.value)


def test_good_keymap_is_applied(home: Path, clock: Clock) -> None:
    """A sensible remap starts the app with it (keys normalised the way Textual names them)."""
    app = _start(home, clock, 'theme = "nord"\n[keymap]\n"study.right" = "?"\n"app.browse" = "f9"\n')
    assert app.theme == "nord"
    assert app._keymap == {"study.right": "question_mark", "app.browse": "f9"}


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("y", "y"),
        ("?", "question_mark"),
        ("question_mark", "question_mark"),
        ("ctrl+r", "ctrl+r"),
        ("ctrl+shift+f7", "ctrl+shift+f7"),
        ("enter", "enter"),
        ("pageup", "pageup"),
        (" f5 ", "f5"),
        ("nonsense-key!!", None),
        ("ctrl+", None),
        ("ctrl+ctrl+a", None),
        ("hyperspace+a", None),
        ("", None),
        ("\x1b", None),
        (" ", None),
    ],
)
def test_key_names(key: str, name: str | None) -> None:
    """Keys as a student writes them, against Textual's names."""
    assert key_name(key) == name


def test_every_default_binding_is_a_key() -> None:
    """The table the check uses covers every screen, and every default key in it is a real key."""
    table = binding_table(TutorApp)
    assert {screen for screen, _, _ in table} >= {"Home", "Study", "Settings", "Help", "Browse"}
    assert ("Study", "app.quit", "ctrl+q") in table and ("Study", "study.submit", "enter") in table
    for _screen, _binding_id, keys in table:
        assert all(key_name(key) for key in keys.split(",")), keys
