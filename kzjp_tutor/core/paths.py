"""Where a student's data lives: one home folder holding the progress database and settings."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["HOME_ENV", "bundled_decks_dir", "deck_folders", "resolve_home"]

HOME_ENV = "KZJP_TUTOR_HOME"


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
