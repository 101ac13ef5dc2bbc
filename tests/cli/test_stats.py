"""``kzjp-tutor stats``: the numbers after some study, as text and JSON, per deck, exam forecast."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from kzjp_tutor.cli import main

DECK = """\
format = 1

[deck]
id = "stats-demo"
title = "Stats demo"
language = "en"

[[sections]]
id = "places"
title = "Places"

[[sections.cards]]
id = "capital"
prompt = "What is the capital of Japan?"
answer = "Tokyo"

[[sections.cards]]
id = "river"
prompt = "Name the longest river of Kazakhstan."
answer = "Irtysh"

[[sections]]
id = "people"
title = "People"

[[sections.cards]]
id = "silk-road"
prompt = "Which prime minister proposed Silk Road diplomacy?"
answer = "Hashimoto"
"""


@pytest.fixture
def studied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """A home where the demo deck was studied: capital right, river wrong, then the deck folder set."""
    home = tmp_path / "home"
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "stats-demo.toml").write_text(DECK, encoding="utf-8")
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:00:00+00:00")
    home.mkdir()
    (home / "settings.toml").write_text(
        f'decks_folder = "{folder.as_posix()}"\nnew_per_day = 10\nexam_date = 2026-09-20\n', encoding="utf-8"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("Tokyo\nVolga\n"))
    assert main(["study", "stats-demo", "--plain"]) == 0
    capsys.readouterr()
    return home


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["stats", "--json", *args]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_json_numbers(
    studied: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """reviews, correct, cards seen, due now and new cards left today are exact."""
    data = _json(capsys, "--deck", "stats-demo")  # the bundled decks would add their new cards
    assert (data["reviews"], data["correct"], data["cards_seen"]) == (2, 1, 2)
    assert data["due_now"] == 0  # river is due in 1 min, capital in 10
    assert data["new_left_today"] == 1
    assert data["retention_30d"] is None
    assert data["leeches"] == []
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:05:00+00:00")
    assert _json(capsys, "--deck", "stats-demo")["due_now"] == 1
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-02T09:05:00+00:00")
    later = _json(capsys, "--deck", "stats-demo")
    assert (later["due_now"], later["new_left_today"]) == (2, 1)


def test_deck_filter(studied: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--deck limits every number to that deck."""
    assert _json(capsys, "--deck", "kzjp-lecture-11")["reviews"] == 0  # a studied deck with no answers yet
    assert _json(capsys, "--deck", "stats-demo")["reviews"] == 2


def test_exam_forecast_per_section(studied: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With an exam date, predicted recall on that day is given per section."""
    forecast = {f["section"]: f for f in _json(capsys, "--deck", "stats-demo")["exam_forecast"]}
    assert set(forecast) == {"places", "people"}
    assert forecast["people"]["studied"] == 0 and forecast["people"]["predicted_recall"] == 0
    assert forecast["places"]["studied"] == 2 and 0 < forecast["places"]["predicted_recall"] < 1
    assert forecast["places"]["exam_date"] == "2026-09-20"


def test_text_output(studied: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The text form names each number."""
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "reviews done:         2" in out
    assert "correct answers:      1 (50%)" in out
    assert "new cards left today: " in out  # the longest label sets the column
    assert "predicted recall on the exam day:" in out


def test_exam_readiness_is_the_card_weighted_mean_of_the_forecast(
    studied: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The one figure the Progress screen shows, now in stats too: recall weighted by each section's cards."""
    data = _json(capsys, "--deck", "stats-demo")
    forecast = data["exam_forecast"]
    cards = sum(f["cards"] for f in forecast)
    expected = sum(f["predicted_recall"] * f["cards"] for f in forecast) / cards
    assert data["exam_readiness"] == pytest.approx(expected, abs=1e-3)  # the forecast JSON is rounded
    assert 0 < data["exam_readiness"] < 1
