"""Settings: defaults, round trip, atomic save, and errors that name the file and the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.settings import (
    Settings,
    check_ui_settings,
    load_settings,
    save_settings,
    settings_notes,
    settings_path,
)


def test_missing_file_gives_defaults(home: Path) -> None:
    """No settings file: every default, as documented."""
    settings = load_settings(home)
    assert settings == Settings()
    assert settings.desired_retention == 0.9
    assert settings.learning_steps == [1, 10]
    assert settings.new_per_day == 20
    assert settings.max_reviews_per_day == 200
    assert settings.max_interval_days == 36500
    assert settings.leech_threshold == 8
    assert settings.exam_date is None
    assert settings.theme == "textual-dark"


def test_round_trip(home: Path) -> None:
    """What is saved is what is loaded, dates included; no temp file is left behind."""
    settings = Settings(
        desired_retention=0.85,
        learning_steps=[2, 15, 60],
        exam_date=dt.date(2026, 12, 20),
        deck_exam_dates={"kzjp-2021": dt.date(2026, 12, 22)},
        keymap={"reveal-answer": "ctrl+r"},
        student="Айгерим",
    )
    path = save_settings(home, settings)
    assert path == settings_path(home)
    assert load_settings(home) == settings
    assert [p.name for p in home.iterdir()] == ["settings.toml"]
    assert settings.exam_date_for("kzjp-2021") == dt.date(2026, 12, 22)
    assert settings.exam_date_for("other") == dt.date(2026, 12, 20)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("desired_retention = 1.5\n", "desired_retention"),
        ('new_per_day = "many"\n', "new_per_day"),
        ("learning_steps = [0]\n", "learning_steps.0"),
        ('exam_date = "soon"\n', "exam_date"),
        ("new_per_da = 5\n", "new_per_da"),
        ("this is not toml\n", None),
    ],
)
def test_bad_file_names_file_and_field(home: Path, text: str, field: str | None) -> None:
    """A bad settings file is a KzjpError naming the file and, when there is one, the field."""
    home.mkdir()
    settings_path(home).write_text(text, encoding="utf-8")
    with pytest.raises(KzjpError) as caught:
        load_settings(home)
    message = str(caught.value)
    assert str(settings_path(home)) in message
    if field is not None:
        assert field in message


def test_typo_suggests_the_setting(home: Path) -> None:
    """An unknown key suggests the closest real one."""
    home.mkdir()
    settings_path(home).write_text("new_per_da = 5\n", encoding="utf-8")
    with pytest.raises(KzjpError, match="did you mean 'new_per_day'"):
        load_settings(home)


# --------------------------------------------------------------------- hostile files (F14)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("x = " + "[" * 3000 + "]" * 3000 + "\n", "nested far too deeply"),
        ("new_per_day = " + "9" * 5000 + "\n", "over 4,300 digits"),
        ('new_per_day = "20"\n', "write numbers without quotes"),
        ('desired_retention = "0.8"\n', "write numbers without quotes"),
        ("new_per_day = true\n", "new_per_day"),
        ('learning_steps = ["5"]\n', "learning_steps.0"),
        ('"\\u001b]0;PWNED\\u0007" = 1\n', "\\x1b]0;PWNED\\x07"),
    ],
)
def test_hostile_file_is_one_clear_error(home: Path, text: str, says: str) -> None:
    """Deep nesting, huge integers, quoted numbers and escape sequences: a KzjpError naming the
    file, never a RecursionError/ValueError traceback, never a silent coercion, never a raw ESC."""
    home.mkdir()
    settings_path(home).write_text(text, encoding="utf-8")
    with pytest.raises(KzjpError) as caught:
        load_settings(home)
    message = str(caught.value)
    assert message.startswith(str(settings_path(home)))
    assert says in message
    assert "\x1b" not in message


def test_bom_is_accepted(home: Path) -> None:
    """A UTF-8 BOM (Windows Notepad) is no content, as for decks."""
    home.mkdir()
    settings_path(home).write_bytes("\ufeffnew_per_day = 5\n".encode())
    assert load_settings(home).new_per_day == 5


def test_strict_numbers_still_read_toml_numbers() -> None:
    """Strict numbers refuse strings and booleans, not TOML integers."""
    assert Settings.model_validate({"learning_steps": [5], "new_per_day": 0}).learning_steps == [5]


def test_past_exam_date_is_a_note_not_an_error(home: Path) -> None:
    """A passed exam date loads (the student is not locked out) and is named by settings_notes."""
    home.mkdir()
    settings_path(home).write_text(
        "exam_date = 2020-01-01\n[deck_exam_dates]\nkzjp-2021 = 2020-02-01\nother = 2030-01-01\n",
        encoding="utf-8",
    )
    settings = load_settings(home)
    notes = settings_notes(settings, dt.date(2026, 9, 1))
    assert len(notes) == 2
    assert "2020-01-01 has passed" in notes[0] and "kzjp-2021 2020-02-01 has passed" in notes[1]
    assert settings_notes(settings, dt.date(2019, 12, 31)) == []


# ------------------------------------------------------------------- the UI's keymap and theme

_TABLE = [
    ("App", "app.quit", "ctrl+q"),
    ("Study", "app.quit", "ctrl+q"),
    ("Study", "study.submit", "enter"),
    ("Study", "study.accept", "enter"),
    ("Study", "study.right", "r"),
    ("Home", "app.quit", "ctrl+q"),
    ("Home", "home.refresh", "r"),
]
"""A UI's bindings as the core sees them: (screen, id, default keys)."""


def _key(key: str) -> str | None:
    """A toy key namer: letters, 'enter', ctrl+letter; '?' is spelt question_mark."""
    if key == "?":
        return "question_mark"
    if key in ("enter", "question_mark") or (len(key) == 1 and key.isalpha()):
        return key
    if key.startswith("ctrl+") and len(key) == 6:
        return key
    return None


def _check(keymap: dict[str, str], theme: str = "dark") -> str:
    try:
        check_ui_settings(
            Settings(keymap=keymap, theme=theme),
            Path("/h/settings.toml"),
            themes={"dark", "light"},
            bindings=_TABLE,
            key_name=_key,
        )
    except KzjpError as exc:
        return str(exc)
    return ""


def test_good_keymaps_pass() -> None:
    """Remaps that give no key two jobs, including keeping a designed overlap (submit/accept)."""
    assert _check({}) == ""
    assert _check({"study.right": "y"}) == ""
    assert _check({"study.right": "?", "home.refresh": "question_mark"}) == ""  # other screens
    assert _check({"study.submit": "ctrl+j", "study.accept": "ctrl+j"}) == ""  # shared by design
    assert _check({"study.right": "r, y"}) == ""


@pytest.mark.parametrize(
    ("keymap", "says"),
    [
        ({"no.such": "x"}, "keymap.'no.such': no key binding has this id"),
        ({"study.rigth": "x"}, "did you mean 'study.right'?"),
        ({"study.right": "nonsense-key!!"}, "'nonsense-key!!' is not a key name"),
        ({"study.right": "a,,b"}, "an empty entry (a stray comma?)"),
        ({"study.right": "enter"}, "keymap.'study.right': 'enter' is already 'study.submit'"),
        ({"study.submit": "ctrl+q"}, "keymap.'study.submit': 'ctrl+q' is already 'app.quit'"),
        ({"app.quit": "r"}, "keymap.'app.quit': 'r' is already 'study.right'"),
        ({"study.right": "?", "study.accept": "question_mark"}, "'question_mark' is already"),
    ],
)
def test_bad_keymaps_are_refused_by_name(keymap: dict[str, str], says: str) -> None:
    """Unknown ids, non-keys and one key with two jobs on a screen: refused, naming file and id."""
    message = _check(keymap)
    assert message.startswith("/h/settings.toml: keymap.")
    assert says in message


def test_unknown_theme_lists_the_known_ones() -> None:
    """An unknown theme names the known themes."""
    assert _check({}, theme="no-such") == (
        "/h/settings.toml: theme: no theme named 'no-such'; known themes: dark, light"
    )


# ---------------------------------------------------------------- saving keeps the student's text


def test_save_changes_only_changed_keys(home: Path) -> None:
    """Comments, blank lines and order survive a save; only the changed values change."""
    home.mkdir()
    original = (
        "# my settings\n"
        "new_per_day = 10  # ten a day is plenty\n"
        "\n"
        "# the exam\n"
        "exam_date = 2026-12-20\n"
        "[keymap]\n"
        '"study.right" = "y"  # y for yes\n'
    )
    settings_path(home).write_text(original, encoding="utf-8")
    loaded = load_settings(home)
    save_settings(home, loaded.model_copy(update={"new_per_day": 15, "exam_date": None}))
    text = settings_path(home).read_text(encoding="utf-8")
    assert text == original.replace("10  #", "15  #").replace("exam_date = 2026-12-20\n", "")
    assert load_settings(home) == loaded.model_copy(update={"new_per_day": 15, "exam_date": None})


def test_save_new_file_holds_only_changes(home: Path) -> None:
    """A first save writes only what differs from the defaults."""
    save_settings(home, Settings(new_per_day=7))
    assert settings_path(home).read_text(encoding="utf-8") == "new_per_day = 7\n"


def test_save_refuses_to_overwrite_a_file_broken_since(home: Path) -> None:
    """A settings file made invalid after start-up is left alone, not replaced."""
    home.mkdir()
    settings_path(home).write_text("new_per_day = oops\n", encoding="utf-8")
    with pytest.raises(KzjpError, match="not valid TOML"):
        save_settings(home, Settings(new_per_day=7))
    assert settings_path(home).read_text(encoding="utf-8") == "new_per_day = oops\n"
