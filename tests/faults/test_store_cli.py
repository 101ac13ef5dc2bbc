"""The real ``kzjp-tutor`` against a full disk, an emptied file, read-only paths and a bad row.

Each test runs the installed program as a subprocess on its own home and a fixed clock, as a
student would meet the fault, and then checks the files: the answers are all still there and
nothing healthy was moved aside. A full disk is made with ``RLIMIT_FSIZE`` (``ulimit -f``) with
SIGXFSZ ignored, so writes past the limit fail with EFBIG as on a full file system. The tests run
as root here, so permission tests drop CAP_DAC_OVERRIDE for the child with ``setpriv``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .plain_study import recorded, verdicts, write_deck

pytestmark = pytest.mark.slow

DAY1 = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
ANSWERS = [f"answer{n}" for n in range(8)]

_SETPRIV = shutil.which("setpriv")
_DROP_DAC = [
    "--bounding-set=-dac_override,-dac_read_search",
    "--inh-caps=-dac_override,-dac_read_search",
]


def _without_dac_override() -> list[str]:
    """The command prefix that makes file modes apply to the child, or skip the test."""
    if os.geteuid() != 0:
        return []
    if _SETPRIV is None:
        pytest.skip("running as root without setpriv: file modes cannot be made to apply")
    return [_SETPRIV, *_DROP_DAC]


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def kzjp(
    home: Path,
    now: dt.datetime,
    *args: str,
    answers: list[str] | None = None,
    max_file_bytes: int | None = None,
    modes_apply: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run ``kzjp-tutor ARGS`` on ``home`` at ``now``, typing ``answers``; never a crash (exit 70).

    ``modes_apply`` runs it so that file modes bind it even though the tests run as root.
    """
    env = dict(
        os.environ, KZJP_TUTOR_HOME=str(home), KZJP_TUTOR_NOW=now.isoformat(), PYTHONIOENCODING="utf-8"
    )
    done = subprocess.run(
        [*(_without_dac_override() if modes_apply else []), sys.executable, "-m", "kzjp_tutor", *args],
        input="".join(f"{a}\n" for a in answers or []),
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=None if max_file_bytes is None else _file_size_limit(max_file_bytes),
        timeout=120,
        check=False,
    )
    assert done.returncode != 70 and "Traceback" not in done.stderr, done.stderr
    return done


def reviews_in_stats(home: Path, now: dt.datetime) -> int:
    """``reviews`` as ``kzjp-tutor stats --json`` reports it."""
    done = kzjp(home, now, "stats", "--json")
    assert done.returncode == 0, done.stderr
    count: int = json.loads(done.stdout)["reviews"]
    return count


def moved_aside(home: Path) -> list[Path]:
    return sorted(home.glob("progress.sqlite3.corrupt-*"))


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    return write_deck(tmp_path)


@pytest.fixture
def studied(tmp_path: Path, deck: Path) -> Path:
    """A home with answers and the first day's backup (made by the second open of the day)."""
    home = tmp_path / "home"
    done = kzjp(home, DAY1, "study", str(deck), "--plain", answers=ANSWERS)
    assert done.returncode == 0 and verdicts(done.stdout.encode()) == len(ANSWERS), done.stderr
    assert reviews_in_stats(home, DAY1 + dt.timedelta(minutes=30)) == len(ANSWERS)
    assert (home / "backups" / "progress-2026-11-30.sqlite3").exists()
    return home


@pytest.fixture
def chmod(studied: Path) -> Iterator[Callable[[Path, int], None]]:
    """Change a path's mode for the test; made writable again afterwards so tmp_path can be removed."""
    changed: list[Path] = []

    def change(path: Path, mode: int) -> None:
        path.chmod(mode)
        changed.append(path)

    yield change
    for path in changed:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_full_disk_changes_nothing_and_says_so(studied: Path, deck: Path) -> None:
    """F1: with the disk full, study refuses with a clear message; with space back, every answer is there."""
    before = recorded(studied)
    data = (studied / "progress.sqlite3").read_bytes()
    later = DAY1 + dt.timedelta(hours=1)
    done = kzjp(studied, later, "study", str(deck), "--plain", answers=["answer9"], max_file_bytes=8192)
    assert done.returncode == 1
    assert "free some space" in done.stderr and "progress.sqlite3" in done.stderr
    assert moved_aside(studied) == []
    assert (studied / "progress.sqlite3").read_bytes() == data
    assert reviews_in_stats(studied, later + dt.timedelta(minutes=5)) == before == len(ANSWERS)
    assert moved_aside(studied) == []


def test_full_disk_on_a_backup_day_does_not_stop_stats(studied: Path) -> None:
    """F13: the day's backup cannot be written (the file is larger than the limit); stats still answers."""
    next_day = DAY1 + dt.timedelta(days=1)
    size = (studied / "progress.sqlite3").stat().st_size
    limit = 36 * 1024  # room for the 32 KiB -shm index, not for a copy of the database
    assert size > limit
    done = kzjp(studied, next_day, "stats", "--json", max_file_bytes=limit)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["reviews"] == len(ANSWERS)
    assert "could not write today's backup" in done.stderr
    assert not (studied / "backups" / "progress-2026-12-01.sqlite3").exists()
    assert not [p for p in (studied / "backups").iterdir() if p.name.startswith(".")], "temp left behind"


def test_an_emptied_database_beside_backups_is_restored(studied: Path) -> None:
    """F2: a 0-byte file is kept aside, the newest backup comes back, and the student is told."""
    (studied / "progress.sqlite3").write_bytes(b"")
    done = kzjp(studied, DAY1 + dt.timedelta(days=1), "stats", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["reviews"] == len(ANSWERS)
    assert "progress-2026-11-30.sqlite3 was restored" in done.stderr
    [aside] = moved_aside(studied)
    assert aside.stat().st_size == 0


def test_a_folder_in_place_of_the_database(tmp_path: Path, deck: Path) -> None:
    """F13: a folder named progress.sqlite3 gets a message, not a crash, and is left alone."""
    home = tmp_path / "home"
    (home / "progress.sqlite3").mkdir(parents=True)
    for args in (("stats",), ("study", str(deck), "--plain")):
        done = kzjp(home, DAY1, *args, answers=["answer0"])
        assert done.returncode == 1
        assert "is a folder" in done.stderr and "move or rename" in done.stderr
    assert (home / "progress.sqlite3").is_dir()


def test_an_unreadable_database_file(studied: Path, chmod: Callable[[Path, int], None]) -> None:
    """F13: mode 000 names the file and the fix; nothing is moved."""
    chmod(studied / "progress.sqlite3", 0o000)
    done = kzjp(studied, DAY1 + dt.timedelta(hours=2), "stats", modes_apply=True)
    assert done.returncode == 1
    assert "cannot be read" in done.stderr and "chmod u+rw" in done.stderr
    assert moved_aside(studied) == []


def test_a_read_only_home(studied: Path, chmod: Callable[[Path, int], None]) -> None:
    """F13: a read-only data folder is reported as such, not as a damaged database."""
    chmod(studied, 0o555)
    done = kzjp(studied, DAY1 + dt.timedelta(hours=2), "stats", modes_apply=True)
    assert done.returncode == 1
    assert "is read-only" in done.stderr and str(studied) in done.stderr
    assert "damaged" not in done.stderr
    assert moved_aside(studied) == []


def test_a_read_only_backups_folder_is_only_a_notice(
    studied: Path, deck: Path, chmod: Callable[[Path, int], None]
) -> None:
    """F13: the day's backup cannot be written; studying goes on and the answers are saved."""
    chmod(studied / "backups", 0o555)
    next_day = DAY1 + dt.timedelta(days=1)
    done = kzjp(studied, next_day, "study", str(deck), "--plain", answers=ANSWERS[:3], modes_apply=True)
    assert done.returncode == 0, done.stderr
    assert "could not write today's backup" in done.stderr
    assert verdicts(done.stdout.encode()) == 3
    assert recorded(studied) == len(ANSWERS) + 3


def test_a_read_only_database_is_refused_before_a_card_is_shown(
    studied: Path, deck: Path, chmod: Callable[[Path, int], None]
) -> None:
    """F13: study says the file is read-only at once; stats, which only reads, still works."""
    chmod(studied / "progress.sqlite3", 0o444)
    later = DAY1 + dt.timedelta(hours=2)
    done = kzjp(studied, later, "study", str(deck), "--plain", answers=["answer0"], modes_apply=True)
    assert done.returncode == 1
    assert "is read-only" in done.stderr and "chmod u+w" in done.stderr
    assert "Question number" not in done.stdout, "a card was shown before the refusal"
    stats = kzjp(studied, later, "stats", "--json", modes_apply=True)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["reviews"] == len(ANSWERS)


def test_a_row_that_cannot_be_decoded_is_skipped_then_repaired(studied: Path, deck: Path) -> None:
    """F13: bad JSON in one card's schedule: told at once, the rest studied, ``stats --repair`` resets it."""
    db = sqlite3.connect(studied / "progress.sqlite3")
    with db:
        db.execute("UPDATE card_state SET fsrs = '{not json' WHERE card_id = 'c0'")
    db.close()
    later = DAY1 + dt.timedelta(days=1)
    done = kzjp(studied, later, "study", str(deck), "--plain", answers=ANSWERS[1:4])
    assert done.returncode == 0, done.stderr
    assert "faults/c0" in done.stderr and "stats --repair" in done.stderr
    assert verdicts(done.stdout.encode()) == 3
    assert "Question number 0:" not in done.stdout
    repair = kzjp(studied, later, "stats", "--repair")
    assert repair.returncode == 0, repair.stderr
    assert "started 1 card again as new (faults/c0)" in repair.stderr
    again = kzjp(
        studied, later + dt.timedelta(minutes=1), "study", str(deck), "--plain", answers=["answer0"] * 30
    )
    assert again.returncode == 0 and "cannot be read" not in again.stderr
    assert "Question number 0: x?" in again.stdout, "the repaired card is asked again as new"
    assert recorded(studied) >= len(ANSWERS) + 3, "no answer was lost"


def test_full_disk_is_explained_in_russian(studied: Path, deck: Path) -> None:
    """F1 with ``--lang ru``: the whole refusal is Russian, the file is named, the disk's reason too."""
    data = (studied / "progress.sqlite3").read_bytes()
    later = DAY1 + dt.timedelta(hours=1)
    done = kzjp(
        studied,
        later,
        "--lang",
        "ru",
        "study",
        str(deck),
        "--plain",
        answers=["answer9"],
        max_file_bytes=8192,
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"kzjp-tutor: файл прогресса {studied / 'progress.sqlite3'} сейчас не открыть: диск заполнен или "
        "недоступен для записи (ошибка ввода-вывода диска). Ничего не перемещено и не удалено; освободите "
        "место на диске и попробуйте снова\n"
    )
    assert (studied / "progress.sqlite3").read_bytes() == data and moved_aside(studied) == []
