"""``--out`` never replaces a file without ``--force``, and never the progress database or settings.

Every command that writes a file the user names goes through one guard
(:func:`kzjp_tutor.core.files.check_target`); these tests drive each command through
``cli.main`` so that a command which forgets the guard fails here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kzjp_tutor.cli import main
from kzjp_tutor.core.anki import write_apkg
from kzjp_tutor.core.errors import KzjpError
from kzjp_tutor.core.loader import load_deck

DECK = Path(__file__).parents[1] / "report" / "data" / "mini.en.toml"
PRECIOUS = "a hand-written file nobody wants to lose\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with a progress database and settings, and a fixed clock."""
    path = tmp_path / "home"
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(path))
    monkeypatch.setenv("KZJP_TUTOR_NOW", "2026-09-01T09:00:00+00:00")
    assert main(["export", "--out", str(tmp_path / "student.json")]) == 0  # creates the database
    (path / "settings.toml").write_text('student = "Ann"\n', encoding="utf-8")
    (tmp_path / "sheet.csv").write_text("prompt,answer\nWho?,Hashimoto\n", encoding="utf-8")
    return path


Argv = Callable[[Path, Path], list[str]]
"""(scratch folder, target) → the command line that writes the target."""

COMMANDS: dict[str, Argv] = {
    "export": lambda tmp, out: ["export", "--out", str(out)],
    "import-csv": lambda tmp, out: ["import-csv", str(tmp / "sheet.csv"), "--out", str(out)],
    "export-anki": lambda tmp, out: ["export-anki", str(DECK), "--out", str(out)],
    "report --html": lambda tmp, out: ["report", str(tmp / "student.json"), "--html", str(out)],
    "report --csv": lambda tmp, out: ["report", str(tmp / "student.json"), "--csv", str(out)],
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(argv)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("command", COMMANDS)
def test_existing_file_is_kept_without_force(
    command: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.txt"
    target.write_text(PRECIOUS, encoding="utf-8")
    code, err = _run(COMMANDS[command](tmp_path, target), capsys)
    assert code == 1
    assert f"{target} exists; pass --force to replace it" in err
    assert target.read_text(encoding="utf-8") == PRECIOUS


@pytest.mark.parametrize("command", COMMANDS)
def test_force_replaces_an_existing_file(
    command: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.txt"
    target.write_text(PRECIOUS, encoding="utf-8")
    code, err = _run([*COMMANDS[command](tmp_path, target), "--force"], capsys)
    assert code == 0, err
    assert target.read_bytes() != PRECIOUS.encode()


def _hard_link(home: Path, tmp_path: Path) -> Path:
    link = tmp_path / "db-hard-link"
    os.link(home / "progress.sqlite3", link)
    return link


def _symlink(home: Path, tmp_path: Path) -> Path:
    link = tmp_path / "db-symlink.json"
    link.symlink_to(home / "progress.sqlite3")
    return link


PROTECTED: dict[str, Callable[[Path, Path], Path]] = {
    "database": lambda home, tmp: home / "progress.sqlite3",
    "database by a relative detour": lambda home, tmp: home / ".." / "home" / "progress.sqlite3",
    "wal": lambda home, tmp: home / "progress.sqlite3-wal",
    "shm": lambda home, tmp: home / "progress.sqlite3-shm",
    "moved-aside copy": lambda home, tmp: home / "progress.sqlite3.corrupt-20260901T090000Z",
    "backup": lambda home, tmp: home / "backups" / "progress-2026-09-01.sqlite3",
    "settings": lambda home, tmp: home / "settings.toml",
    "symlink to the database": _symlink,
    "hard link to the database": _hard_link,
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("which", PROTECTED)
def test_program_files_are_never_written_even_with_force(
    command: str, which: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export --out HOME/progress.sqlite3`` used to replace the live database with JSON."""
    before = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    target = PROTECTED[which](home, tmp_path)
    code, err = _run([*COMMANDS[command](tmp_path, target), "--force"], capsys)
    assert code == 1
    assert "is one of kzjp-tutor's own files" in err and "write elsewhere" in err
    assert {p: p.read_bytes() for p in home.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_folder_or_a_folder_is_a_clear_message(
    command: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(COMMANDS[command](tmp_path, tmp_path / "no" / "such" / "x.out"), capsys)
    assert code == 1
    assert f"there is no folder {tmp_path / 'no' / 'such'}" in err
    code, err = _run([*COMMANDS[command](tmp_path, tmp_path), "--force"], capsys)
    assert code == 1
    assert f"{tmp_path} is a folder; give a file name" in err


def test_a_new_file_beside_the_database_is_fine(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the program's own files are refused; the home folder itself is an ordinary place."""
    code, err = _run(["export", "--out", str(home / "for-teacher.json")], capsys)
    assert code == 0, err
    assert (home / "for-teacher.json").is_file()


def test_write_apkg_into_a_missing_folder_raises_a_kzjp_error(tmp_path: Path) -> None:
    """The temp files are made inside the guarded block (it used to end in exit 70)."""
    with pytest.raises(KzjpError, match=r"cannot write .*x\.apkg"):
        write_apkg(load_deck(DECK), tmp_path / "missing" / "x.apkg", timestamp=0.0)
    assert list(tmp_path.iterdir()) == []
