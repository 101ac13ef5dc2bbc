"""``--lang`` reaches the full-screen app too, not only the CLI's own messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzjp_tutor import cli

DECK = """\
format = 1

[deck]
id = "app-demo"
title = "Демо"
language = "ru"

[[sections]]
id = "s"
title = "Раздел"

[[sections.cards]]
id = "c"
prompt = "Столица Японии?"
answer = "Токио"
"""


@pytest.fixture
def deck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home, a fixed clock, no language from the environment, and one deck file."""
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:00:00+00:00")
    monkeypatch.delenv("KZJP_TUTOR_LANG", raising=False)
    path = tmp_path / "app-demo.toml"
    path.write_text(DECK, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("argv", "language"),
    [
        (["--lang", "en"], "en"),
        (["study", "--lang", "ru"], "ru"),
        (["--lang", "ru", "study", "DECK"], "ru"),
        (["study"], None),  # no --lang: the app resolves ui_language itself, and may switch it later
    ],
)
def test_lang_reaches_the_app(
    deck: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    language: str | None,
) -> None:
    """The full-screen app is given --lang (before or after the command), not only the CLI's messages."""
    seen: dict[str, object] = {}

    def fake_tui(paths: list[Path], ctx: object, **options: object) -> int:
        seen.update(options)
        return 0

    monkeypatch.setattr("kzjp_tutor.ui.run.run_tui", fake_tui)
    monkeypatch.setattr("kzjp_tutor.commands.study._interactive", lambda: True)
    assert cli.main([str(deck) if word == "DECK" else word for word in argv]) == 0
    assert seen["language"] == language
