"""Settings: defaults, round trip, atomic save, and errors that name the file and the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.settings import Settings, load_settings, save_settings, settings_path


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
