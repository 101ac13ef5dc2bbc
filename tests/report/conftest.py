"""Fixtures for the report tests: the fixture deck and three students' exports (see helpers.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.export import build_export, export_json
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store

from .helpers import (
    ALICE,
    ALICE_ID,
    BOB,
    BOB_ID,
    CAROL,
    CAROL_ID,
    DECK_FILE,
    EXAM,
    REPORT_AT,
    T0,
    ClassExports,
    study,
)


@pytest.fixture
def deck() -> Deck:
    """The small fixture deck."""
    return load_deck(DECK_FILE)


@pytest.fixture
def class_exports(tmp_path: Path, deck: Deck, monkeypatch: pytest.MonkeyPatch) -> ClassExports:
    """Study as Alice, Bob and Carol in three tmp homes and export each to ``exports/``."""
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(tmp_path / "unused-home"))
    plans = {
        "alice": (ALICE, Settings(learning_steps=[], student="Alice", exam_date=EXAM, profile_id=ALICE_ID)),
        "bob": (BOB, Settings(learning_steps=[], profile_id=BOB_ID)),
        "carol": (
            CAROL,
            Settings(
                learning_steps=[], student="Carol", deck_exam_dates={"kzjp-mini": EXAM}, profile_id=CAROL_ID
            ),
        ),
    }
    folder = tmp_path / "exports"
    folder.mkdir()
    homes: dict[str, Path] = {}
    for name, (answers, settings) in plans.items():
        home = tmp_path / "homes" / name
        study(home, deck, answers, settings)
        with Store.open(home, now=REPORT_AT, backup=False) as store:
            export = build_export(store, settings, T0 + dt.timedelta(hours=7))
        (folder / f"{name}.json").write_text(export_json(export), encoding="utf-8")
        homes[name] = home
    return ClassExports(folder, homes)
