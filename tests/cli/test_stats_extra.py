"""``stats`` counts a deck's core and ``extra`` cards apart (issue 16), and shows the exam plan (19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzjp_tutor.cli import main
from kzjp_tutor.core import i18n
from kzjp_tutor.core.stats import cards_text

DECK = """\
format = 1

[deck]
id = "tagged"
title = "Tagged"
language = "en"

[[sections]]
id = "s"
title = "S"

[[sections.cards]]
id = "core-1"
prompt = "What is the capital of Japan?"
answer = "Tokyo"

[[sections.cards]]
id = "core-2"
prompt = "Which prime minister proposed Silk Road diplomacy?"
answer = "Hashimoto"

[[sections.cards]]
id = "trivia"
prompt = "Which village hosted the festival?"
answer = "Kokzhar"
tags = ["extra"]
"""


def _stats(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    settings: str,
    *args: str,
) -> str:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    (folder / "tagged.toml").write_text(DECK, encoding="utf-8")
    (home / "settings.toml").write_text(f'decks_folder = "{folder.as_posix()}"\n{settings}', encoding="utf-8")
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:00:00+00:00")
    assert main(["stats", *args]) == 0
    return capsys.readouterr().out


def test_core_and_extra_counted_apart_in_both_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "  tagged: 2 cards (+1 extra)" in _stats(tmp_path, monkeypatch, capsys, "").splitlines()
    russian = _stats(tmp_path, monkeypatch, capsys, "", "--lang", "ru")
    assert "  tagged: 2 карточки (+1 доп.)" in russian.splitlines()
    off = _stats(tmp_path, monkeypatch, capsys, "include_extra = false\n")
    assert "  tagged: 2 cards (+1 extra, not studied)" in off.splitlines()
    data = json.loads(_stats(tmp_path, monkeypatch, capsys, "", "--json"))
    tagged = next(d for d in data["decks"] if d["deck"] == "tagged")
    assert (tagged["cards"], tagged["extra"], tagged["extra_studied"]) == (2, 1, True)


def test_exam_plan_in_text_and_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = "exam_date = 2026-09-04\nnew_per_day = 1\n"
    data = json.loads(_stats(tmp_path, monkeypatch, capsys, settings, "--json"))
    plan = next(p for p in data["exam_plan"] if p["deck"] == "tagged")
    assert plan["window_start"] == "2026-08-28" and plan["window_days"] == 7
    assert [f["day"] for f in plan["forecast"]] == ["2026-09-01", "2026-09-02", "2026-09-03", "2026-09-04"]
    assert plan["cannot_learn_in_time"] == 1, "1 a day on Sept 1 and 2 (none on the eve): 2 of 3"
    text = _stats(tmp_path, monkeypatch, capsys, settings, "--lang", "ru")
    assert "  1 новую карточку не выучить до экзамена при 1 в день" in text.splitlines()
    # Nothing studied yet, and in the window: the forecast counts the reviews of the cards the
    # student will meet at 1 a day (Sept 1's comes back on Sept 2 and the eve, Sept 2's on the eve).
    lines = text.splitlines()
    assert "  повторений в день до экзамена: 0 1 2 0" in lines[lines.index("план к экзамену, tagged:") :]


def test_the_forecast_line_shows_planned_reviews_only() -> None:
    import datetime as dt

    from kzjp_tutor.core import i18n
    from kzjp_tutor.core.stats import forecast_text

    day = dt.date(2026, 12, 10)
    assert forecast_text([(day, 0), (day + dt.timedelta(days=1), 0)]) is None
    i18n.use("ru")
    assert forecast_text([(day, 3), (day + dt.timedelta(days=1), 0)]) == "повторений в день до экзамена: 3 0"


def test_cards_text_plural_forms() -> None:
    i18n.use("ru")
    assert cards_text(120, 30, True) == "120 карточек (+30 доп.)"
    assert cards_text(21, 0, True) == "21 карточка"
