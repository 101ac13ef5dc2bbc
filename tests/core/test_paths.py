"""Which deck files are studied when none is named: bundled first, one language of each twin."""

from __future__ import annotations

from pathlib import Path

from kzjp_tutor.core.paths import bundled_decks_dir, course_deck_files, pick_language


def _names(paths: list[Path]) -> list[str]:
    return [path.name for path in paths]


def test_one_twin_per_language_and_lone_decks_kept(tmp_path: Path) -> None:
    """A twin pair keeps the chosen language; a deck without a twin shows whatever its language."""
    a, b = tmp_path / "a", tmp_path / "b"
    files = [
        a / "lecture.ru.toml",
        a / "lecture.en.toml",
        a / "only-english.en.toml",
        a / "notes.toml",
        b / "lecture.en.toml",  # a twin only of a file in another folder: not a twin
    ]
    assert _names(pick_language(files, "ru")) == [
        "lecture.ru.toml",
        "only-english.en.toml",
        "notes.toml",
        "lecture.en.toml",
    ]
    assert pick_language(files, "en") == [files[1], files[2], files[3], files[4]]
    assert pick_language(files, "all") == files


def test_bundled_decks_in_each_language() -> None:
    """The course decks: Russian by default, English on request, both with "all"."""
    bundled = bundled_decks_dir()
    ru = course_deck_files(None, "ru")
    assert _names(ru) == [
        "kzjp-2021.ru.toml",
        "kzjp-25-years.ru.toml",
        "kzjp-lecture-11.ru.toml",
    ]
    assert all(path.parent == bundled for path in ru)
    assert _names(course_deck_files(None, "en")) == [
        "kzjp-2021.en.toml",
        "kzjp-25-years.en.toml",
        "kzjp-lecture-11.en.toml",
    ]
    assert len(course_deck_files(None, "all")) == 6  # the format example, in examples/, is not studied


def test_a_missing_decks_folder_is_kept_to_be_reported(tmp_path: Path) -> None:
    """The student's folder comes after the bundled decks; a missing one stays in the list."""
    extra = tmp_path / "mine"
    extra.mkdir()
    (extra / "own.ru.toml").write_text("", encoding="utf-8")
    assert course_deck_files(str(extra), "ru")[-1] == extra / "own.ru.toml"
    missing = tmp_path / "nope"
    assert course_deck_files(str(missing), "ru")[-1] == missing
