"""The one home of "which decks": names, folders and ids become decks, one per deck id."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzjp_tutor.core.catalog import find_deck_paths, first_per_id, reference_decks, resolve_decks
from kzjp_tutor.core.errors import DeckError, KzjpError
from kzjp_tutor.core.loader import load_deck
from kzjp_tutor.core.paths import bundled_decks_dir
from kzjp_tutor.core.settings import Settings


def _deck(folder: Path, name: str, deck_id: str, title: str = "T", padding: str = "") -> Path:
    path = folder / name
    path.write_text(
        f'format = 1\n{padding}[deck]\nid = "{deck_id}"\ntitle = "{title}"\nlanguage = "en"\n'
        '[[sections]]\nid = "s"\ntitle = "S"\n'
        '[[sections.cards]]\nid = "c"\nprompt = "Which year?"\nanswer = 1992\ntype = "number"\n',
        encoding="utf-8",
    )
    return path


def _ignore(message: str) -> None:
    """A warn callback for tests that do not look at the messages."""


def test_first_deck_per_id_wins_in_the_order_given(tmp_path: Path) -> None:
    first = load_deck(_deck(tmp_path, "a.toml", "same", title="First"))
    second = load_deck(_deck(tmp_path, "b.toml", "same", title="Second"))
    other = load_deck(_deck(tmp_path, "c.toml", "other"))
    kept = first_per_id([first, other, second])
    assert [(d.deck.id, d.deck.title) for d in kept] == [("same", "First"), ("other", "T")]


def test_a_deck_id_in_the_decks_folder_is_found(tmp_path: Path) -> None:
    path = _deck(tmp_path, "mine.toml", "my-deck")
    said: list[str] = []
    found = find_deck_paths(["my-deck"], Settings(decks_folder=str(tmp_path)), said.append)
    assert found == [path] and said == []


def test_an_id_is_read_from_the_head_of_a_file_only(tmp_path: Path) -> None:
    """A deck whose [deck] table starts past the head is not found by id: whole files are never read."""
    _deck(tmp_path, "late.toml", "late-deck", padding="# " + "x" * 70_000 + "\n")
    with pytest.raises(KzjpError, match="late-deck"):
        find_deck_paths(["late-deck"], Settings(decks_folder=str(tmp_path)), _ignore)


def test_an_unknown_name_lists_the_known_ids(tmp_path: Path) -> None:
    _deck(tmp_path, "mine.toml", "my-deck")
    with pytest.raises(KzjpError) as caught:
        find_deck_paths(["nope"], Settings(decks_folder=str(tmp_path)), _ignore)
    assert "'nope'" in str(caught.value) and "my-deck" in str(caught.value)


def test_a_broken_deck_in_a_folder_is_skipped_with_a_line_but_a_named_one_is_an_error(tmp_path: Path) -> None:
    good = _deck(tmp_path, "good.toml", "good")
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\n[deck]\n", encoding="utf-8")
    said: list[str] = []
    decks = resolve_decks([str(tmp_path)], Settings(), said.append)
    assert [d.deck.id for d in decks] == ["good"]
    assert len(said) == 1 and str(bad) in said[0] and "validate" in said[0]
    with pytest.raises(DeckError):
        resolve_decks([str(bad)], Settings(), said.append)
    assert good.exists()


def test_a_decks_folder_that_is_not_a_folder_is_said_once_and_ignored(tmp_path: Path) -> None:
    said: list[str] = []
    decks = resolve_decks([], Settings(decks_folder=str(tmp_path / "missing")), said.append)
    assert decks and len(said) == 1 and "is not a folder" in said[0]


def test_a_report_deck_on_a_bundled_id_is_refused_and_a_missing_one_is_named(tmp_path: Path) -> None:
    """Issue 15 reversed "the explicit deck wins": progress is keyed by deck id, so the class's
    exports on the course deck would be read against another deck's cards."""
    bundled_id = load_deck(sorted(bundled_decks_dir().glob("*.toml"))[0]).deck.id
    _deck(tmp_path, "mine.toml", bundled_id, title="Mine")
    with pytest.raises(DeckError, match="bundled deck"):
        reference_decks([tmp_path], _ignore)
    with pytest.raises(KzjpError, match="no such deck file or folder"):
        reference_decks([tmp_path / "gone"], _ignore)


def test_a_skipped_file_with_escapes_in_its_name_is_named_inertly(tmp_path: Path) -> None:
    """A deck file named with ESC/OSC bytes is reported with them made visible, never raw."""
    import io

    from kzjp_tutor.core.clock import Clock
    from kzjp_tutor.core.context import Context

    bad = tmp_path / "x\x1b]52;c;SGVsbG8=\x07.toml"
    bad.write_text("format = 1\n[deck]\n", encoding="utf-8")
    err = io.StringIO()
    ctx = Context(home=tmp_path / "home", clock=Clock.from_env(), stderr=err)
    resolve_decks([str(tmp_path)], Settings(), ctx.warn)
    assert "\x1b" not in err.getvalue() and "\\x1b]52" in err.getvalue()


# --- one deck id, one file (issue 15): wherever decks meet ------------------------------------


def test_two_named_files_with_one_deck_id_are_an_error_naming_both(tmp_path: Path) -> None:
    first = _deck(tmp_path, "a.toml", "same")
    second = _deck(tmp_path, "b.toml", "same")
    with pytest.raises(DeckError) as caught:
        resolve_decks([str(first), str(second)], Settings(), _ignore)
    message = str(caught.value)
    assert str(second) in message and str(first) in message and "progress is keyed by deck id" in message


def test_a_folder_deck_with_a_taken_id_is_skipped_with_a_line(tmp_path: Path) -> None:
    _deck(tmp_path, "a.toml", "same")
    _deck(tmp_path, "b.toml", "same", title="Second")
    said: list[str] = []
    decks = resolve_decks([], Settings(decks_folder=str(tmp_path)), said.append)
    mine = [deck.deck.title for deck in decks if deck.deck.id == "same"]
    assert mine == ["T"]
    assert len(said) == 1 and "b.toml" in said[0] and "a.toml" in said[0]


def test_a_deck_of_ones_own_on_a_bundled_id_is_refused(tmp_path: Path) -> None:
    own = _deck(tmp_path, "mine.toml", "kzjp-2021")
    with pytest.raises(DeckError, match="bundled deck"):
        resolve_decks([str(own)], Settings(), _ignore)
    with pytest.raises(DeckError, match="bundled deck"):
        reference_decks([own], _ignore)


def test_the_app_lists_a_clashing_deck_among_the_broken_ones(tmp_path: Path) -> None:
    from kzjp_tutor.core.catalog import load_catalog

    _deck(tmp_path, "a.toml", "same")
    _deck(tmp_path, "b.toml", "same")
    entries = load_catalog([tmp_path])
    assert [(entry.path.name, entry.deck is not None) for entry in entries] == [
        ("a.toml", True),
        ("b.toml", False),
    ]
    assert "a.toml" in entries[1].problems[0].message


def test_the_bundled_decks_themselves_do_not_clash() -> None:
    decks = reference_decks([bundled_decks_dir()], _ignore)
    assert len({deck.deck.id for deck in decks}) == len(decks) == 6
