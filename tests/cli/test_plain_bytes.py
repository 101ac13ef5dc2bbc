"""``study --plain``: a typed line that is not text is refused; the session goes on.

A terminal set to cp1251 or KOI8-R, or a paste from a legacy file, sends bytes that are not
UTF-8. Under a C locale Python hands them over as lone surrogates (which crashed SQLite), under
a strict UTF-8 locale ``readline`` raised; either way the session ended with exit 70.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kzjp_tutor.cli import main

DECK = Path(__file__).parents[1] / "report" / "data" / "mini.en.toml"
REFUSED = "that line was not valid text; type it again"


def _answers(home: Path) -> list[tuple[str, str]]:
    db = sqlite3.connect(home / "progress.sqlite3")
    try:
        return db.execute("SELECT card_id, answer FROM review WHERE undone = 0 ORDER BY rowid").fetchall()
    finally:
        db.close()


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "utf-8:strict"},  # what an en_US.UTF-8 terminal gives
        {"LC_ALL": "C", "PYTHONIOENCODING": ""},  # surrogateescape stdin
    ],
    ids=["strict-utf8", "c-locale"],
)
def test_bytes_that_are_not_utf8_are_one_refused_line(env: dict[str, str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    run_env = {
        **os.environ,
        "KZJP_TUTOR_HOME": str(home),
        "KZJP_TUTOR_NOW": "2026-09-01T09:00:00+00:00",
        **env,
    }
    typed = b"Hashimoto\n" + "в 1992 году\n".encode("cp1251") + b"\xff\xfe\n" + b"1992\n"
    proc = subprocess.run(
        [sys.executable, "-m", "kzjp_tutor", "study", str(DECK), "--plain", "--limit", "2"],
        input=typed,
        capture_output=True,
        env=run_env,
        check=False,
        timeout=120,
    )
    out = proc.stdout.decode("utf-8", errors="replace")
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert out.count(REFUSED) == 2
    # The first bad line follows a verdict (read before the next card is printed, B15); each
    # refusal is followed by the card, asked again.
    assert out.count("establish diplomatic relations?") == 2
    first, second = out.index(REFUSED), out.index(REFUSED, out.index(REFUSED) + 1)
    assert first < out.index("establish diplomatic relations?", first) < second
    assert second < out.index("establish diplomatic relations?", second)
    assert _answers(home) == [("silk-road", "Hashimoto"), ("relations", "1992")]


def test_a_lone_surrogate_in_a_text_stream_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stdin of str (a wrapper, a test) may already carry a surrogate: it is neither stored nor printed."""
    home = tmp_path / "home"
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:00:00+00:00")
    monkeypatch.setattr("sys.stdin", io.StringIO("Hashi\udcffmoto\nHashimoto\n1992\n"))
    assert main(["study", str(DECK), "--plain", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")
    assert out.count(REFUSED) == 1
    assert _answers(home) == [("silk-road", "Hashimoto"), ("relations", "1992")]
