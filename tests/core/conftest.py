"""Fixtures for the core tests: a throwaway home, a fixed UTC time, small decks, an open store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzjp_tutor.core.deck import Deck
from kzjp_tutor.core.store import Store

from .helpers import T0, DeckFactory, MovableClock, PlannerFactory, make_deck, planner


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh home folder; KZJP_TUTOR_HOME points at it so nothing touches the real one."""
    path = tmp_path / "home"
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(path))
    return path


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    """An open store in ``home``."""
    with Store.open(home, now=T0) as opened:
        yield opened


@pytest.fixture
def moving() -> MovableClock:
    """A clock at T0 that the test advances."""
    return MovableClock(T0)


@pytest.fixture
def deck() -> Deck:
    """The default five-card, two-section deck."""
    return make_deck()


@pytest.fixture
def t0() -> dt.datetime:
    """The tests' fixed "now"."""
    return T0


@pytest.fixture(name="make_deck")
def make_deck_fixture() -> DeckFactory:
    """The :func:`make_deck` factory."""
    return make_deck


@pytest.fixture(name="make_planner")
def make_planner_fixture() -> PlannerFactory:
    """The :func:`planner` factory (fuzzing off)."""
    return planner
