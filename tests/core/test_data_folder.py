"""A database folder that cannot be made: the store and the class server say which and why, alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kzjp_tutor.core.errors import KzjpError, StoreError
from kzjp_tutor.core.files import make_data_folder
from kzjp_tutor.core.store import Store

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


def blocked(tmp_path: Path) -> Path:
    """A folder path under a plain file: mkdir fails with NotADirectoryError."""
    wall = tmp_path / "a-file"
    wall.write_text("not a folder", encoding="utf-8")
    return wall / "home"


def test_the_store_names_the_folder_it_cannot_make(tmp_path: Path) -> None:
    home = blocked(tmp_path)
    with pytest.raises(StoreError) as caught:
        Store.open(home, now=NOW)
    assert str(caught.value).startswith(f"cannot create the data folder {home}: ")


def test_the_error_kind_is_the_callers(tmp_path: Path) -> None:
    """The server raises a plain KzjpError, the store its StoreError, with the same words."""
    home = blocked(tmp_path)
    with pytest.raises(KzjpError) as plain:
        make_data_folder(home)
    assert type(plain.value) is KzjpError
    with pytest.raises(StoreError) as store:
        make_data_folder(home, StoreError)
    assert str(store.value) == str(plain.value)


def test_an_existing_folder_is_kept(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "progress.txt").write_text("kept", encoding="utf-8")
    make_data_folder(tmp_path / "home")
    assert (tmp_path / "home" / "progress.txt").read_text(encoding="utf-8") == "kept"
