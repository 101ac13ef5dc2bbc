"""Where things live: the student's home folder (progress database, settings) and the deck files.

Which deck files are studied when none is named is decided here too (:func:`course_deck_files`),
once, for the app and every command.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = [
    "BACKUP_DIR",
    "DB_FILE",
    "HOME_ENV",
    "SETTINGS_FILE",
    "bundled_decks_dir",
    "course_deck_files",
    "deck_files_in",
    "deck_folders",
    "is_program_file",
    "pick_language",
    "resolve_home",
]

HOME_ENV = "KZJP_TUTOR_HOME"

DB_FILE = "progress.sqlite3"
"""The progress database's name inside the home folder."""
BACKUP_DIR = "backups"
"""Daily backups live in this folder inside the home folder."""
SETTINGS_FILE = "settings.toml"
"""The settings file's name inside the home folder."""


def resolve_home(cli_home: str | Path | None = None, environ: dict[str, str] | None = None) -> Path:
    """The home folder: ``--home``, else ``KZJP_TUTOR_HOME``, else the platform's user data dir.

    The folder is not created here; the store creates it when it first writes.
    """
    env = os.environ if environ is None else environ
    if cli_home:
        return Path(cli_home).expanduser()
    if env.get(HOME_ENV):
        return Path(env[HOME_ENV]).expanduser()
    return Path(platformdirs.user_data_dir("kzjp-tutor", appauthor=False))


def is_program_file(target: Path, home: Path) -> bool:
    """Whether ``target`` is, or links to, the database, its companions, a backup or the settings.

    The one list of the home's own files, so that no ``--out`` can be pointed at them.
    """
    real, real_home = target.resolve(), home.resolve()
    if real.is_relative_to((real_home / BACKUP_DIR).resolve()):
        return True
    if real.parent == real_home and (real.name == SETTINGS_FILE or real.name.startswith(DB_FILE)):
        return True  # the database, its -wal/-shm/-journal and its moved-aside copies
    if not target.exists():
        return False
    own = [home / SETTINGS_FILE, *home.glob(f"{DB_FILE}*"), *(home / BACKUP_DIR).glob("*")]
    return any(_same_file(target, file) for file in own)  # a hard link, another mount


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def bundled_decks_dir() -> Path:
    """The decks shipped with the program.

    In a wheel they are package data (``kzjp_tutor/decks``); in a source checkout or an editable
    install they are the repository's top-level ``decks/`` folder.
    """
    packaged = Path(__file__).resolve().parent.parent / "decks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "decks"


def deck_folders(decks_folder: str | None) -> list[Path]:
    """Where decks are looked for: the bundled ones, then the student's own folder if set."""
    folders = [bundled_decks_dir()]
    if decks_folder:
        folders.append(Path(decks_folder).expanduser())
    return folders


def deck_files_in(folder: Path) -> list[Path]:
    """A folder's deck files: its ``*.toml`` files (not its subfolders'), in name order."""
    return sorted(path for path in folder.glob("*.toml") if path.is_file())


def _twin(path: Path) -> tuple[str, str] | None:
    """(name, language) of a ``NAME.ru.toml`` / ``NAME.en.toml`` file, else None."""
    stem, dot, language = path.stem.rpartition(".")
    return (stem, language) if dot and language in ("ru", "en") else None


def pick_language(files: list[Path], language: str) -> list[Path]:
    """Keep one language of every deck that comes in two (``"all"`` keeps both).

    Why: the course decks ship in Russian and English with the same cards. Studying both would
    ask every fact twice, each on its own schedule.
    """
    if language == "all":
        return list(files)
    wanted = {(path.parent, twin[0]) for path in files if (twin := _twin(path)) and twin[1] == language}
    return [
        path
        for path in files
        if not ((twin := _twin(path)) and twin[1] != language and (path.parent, twin[0]) in wanted)
    ]


def course_deck_files(decks_folder: str | None, language: str) -> list[Path]:
    """Every deck file to study when none is named: bundled, then ``decks_folder``, one language.

    A ``decks_folder`` that is not a folder is kept as it is, so that it is reported, not ignored.
    """
    files: list[Path] = []
    for folder in deck_folders(decks_folder):
        if folder.is_dir():
            files.extend(deck_files_in(folder))
        else:
            files.append(folder)
    return pick_language(files, language)
