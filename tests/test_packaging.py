"""The bundled decks ship inside the wheel, so `pip install` gives a working app, not only a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds a wheel: seconds of pip and hatchling

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_decks_and_stylesheet(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("kzjp_tutor-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    decks = sorted((ROOT / "decks").rglob("*.toml"))
    assert len(decks) == 7  # six course decks and the format example
    for deck in decks:
        assert f"kzjp_tutor/decks/{deck.relative_to(ROOT / 'decks').as_posix()}" in names
    assert "kzjp_tutor/ui/app.tcss" in names
    assert not any(name.startswith("tests/") for name in names)
