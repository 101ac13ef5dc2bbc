"""The bundled decks pass ``kzjp-tutor lint --strict`` (issue 16).

Every give-away prompt was reworded from the source (docs/decks.md, "Give-aways reworded"), so no
warning of any check is left: a deck edit that brings one back fails here, naming the card.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from kzjp_tutor import cli
from kzjp_tutor.core.lint import LintedDeck, LintWarning, lint
from kzjp_tutor.core.loader import parse_deck
from kzjp_tutor.core.paths import bundled_decks_dir


@cache
def _warnings() -> tuple[LintWarning, ...]:
    decks = []
    for path in sorted(bundled_decks_dir().glob("*.toml")):
        data = path.read_bytes()
        decks.append(LintedDeck(str(path), data.decode("utf-8"), parse_deck(data, str(path))))
    return tuple(lint(decks).warnings)


def test_no_lint_warning_on_the_bundled_decks() -> None:
    assert [str(w) for w in _warnings()] == []


def test_lint_strict_passes_on_the_bundled_decks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--home", str(tmp_path), "lint", "--strict", str(bundled_decks_dir())]) == 0
    assert "0 warnings" in capsys.readouterr().out
