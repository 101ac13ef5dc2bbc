"""The one home of "which decks": names, files, folders and deck ids become decks here.

Every command and the app ask this module, so the rules are written once:

* a name on the command line is a deck file, a folder of ``*.toml`` decks or a deck id, and an id
  is found by reading only the head of each available file (:func:`find_deck_paths`);
* with no name, the course decks of the settings are studied (:func:`course_files`);
* a broken deck found in a folder is skipped with one line, a broken deck named explicitly is an
  error (:func:`resolve_decks`);
* two files with one deck id, or a deck of one's own on a bundled deck's id, are refused
  (:func:`~kzjp_tutor.core.loader.deck_id_clashes`), because progress is keyed by deck id: an
  error among decks named on the command line, a skipped file with one line otherwise.

Why UI-free: a bad deck among good ones must not stop the others, so for the app every path
becomes a :class:`DeckEntry` holding either a :class:`~kzjp_tutor.core.deck.Deck` or the
:class:`~kzjp_tutor.core.errors.DeckError` with all its problems. Loading runs in a worker thread
after the first paint; this module therefore touches no widget. Messages go to a ``warn``
callback, so the command line prints them and tests collect them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .deck import Card, Deck, Section
from .errors import DeckError, Problem, UsageError, reason
from .i18n import gettext as _
from .i18n import ngettext
from .loader import bundled_deck_ids, deck_id_clashes, deck_paths, load_deck, read_deck_id
from .paths import bundled_decks_dir, course_deck_files, deck_files_in
from .settings import Settings

__all__ = [
    "CardRef",
    "DeckEntry",
    "Warn",
    "course_files",
    "expand_paths",
    "find_deck_paths",
    "first_per_id",
    "load_catalog",
    "reference_decks",
    "resolve_decks",
]

Warn = Callable[[str], None]
"""Where a one-line message about a skipped deck or folder goes (the CLI prints it)."""


@dataclass(frozen=True, slots=True)
class CardRef:
    """One card with the deck and section it belongs to: what every screen needs to show it."""

    deck: Deck
    section: Section
    card: Card

    @property
    def key(self) -> tuple[str, str]:
        """(deck id, card id): how the store keys progress."""
        return (self.deck.deck.id, self.card.id)


@dataclass(frozen=True, slots=True)
class DeckEntry:
    """One deck file: loaded, or refused with its problems."""

    path: Path
    deck: Deck | None = None
    error: DeckError | None = None

    @property
    def name(self) -> str:
        """The deck's title when loaded, else its file name."""
        return self.deck.deck.title if self.deck is not None else self.path.name

    @property
    def problems(self) -> list[Problem]:
        """Everything wrong with the file (empty for a good deck)."""
        return list(self.error.problems) if self.error is not None else []

    def cards(self) -> list[CardRef]:
        """Every card of a good deck, in lecture order (none for a bad one)."""
        if self.deck is None:
            return []
        deck = self.deck
        return [CardRef(deck, section, card) for section, card in deck.cards()]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Folders become their ``*.toml`` files; a missing path is kept so it is listed as an error."""
    found: list[Path] = []
    for path in paths:
        try:
            found.extend(deck_paths([path]))
        except FileNotFoundError:
            found.append(path)
    return found


def load_one(path: Path) -> DeckEntry:
    """Load one deck file, turning every failure into an entry that says why."""
    try:
        return DeckEntry(path, deck=load_deck(path))
    except DeckError as exc:
        return DeckEntry(path, error=exc)
    except OSError as exc:
        problem = Problem(path.name, _("cannot read the file: {reason}").format(reason=reason(exc)))
        return DeckEntry(path, error=DeckError(path, [problem]))


def load_catalog(paths: Iterable[Path]) -> list[DeckEntry]:
    """Load every deck; good and bad ones alike come back, in the order given.

    A deck whose id another file (or a bundled deck) already has comes back refused, naming
    that file, so the app lists it among the broken decks instead of mixing two schedules.
    """
    entries = [load_one(path) for path in expand_paths(paths)]
    clashes = _clashes([(entry.path, entry.deck) for entry in entries if entry.deck is not None])
    return [
        DeckEntry(entry.path, error=DeckError(entry.path, clashes[str(entry.path)]))
        if str(entry.path) in clashes
        else entry
        for entry in entries
    ]


def _clashes(decks: Sequence[tuple[Path, Deck]]) -> dict[str, list[Problem]]:
    """The problems of each file whose deck id is already taken where these decks meet."""
    found: dict[str, list[Problem]] = {}
    for problem in deck_id_clashes([(path, deck.deck.id) for path, deck in decks], bundled_deck_ids()):
        found.setdefault(problem.file, []).append(problem)
    return found


def _without_clashes(decks: Sequence[tuple[Path, Deck]], named: bool, warn: Warn) -> list[Deck]:
    """The decks whose id no earlier file has: a clash among named decks is an error, else skipped.

    Progress is keyed by deck id, so two files with one id must never share a schedule; the one
    rule is :func:`~kzjp_tutor.core.loader.deck_id_clashes`.
    """
    clashes = _clashes(decks)
    if clashes and named:
        problems = [problem for found in clashes.values() for problem in found]
        raise DeckError(problems[0].file, problems)
    for file, problems in clashes.items():
        for problem in problems:
            warn(_("skipping {path}: {problem}").format(path=file, problem=problem.message))
    return first_per_id(deck for path, deck in decks if str(path) not in clashes)


def first_per_id(decks: Iterable[Deck]) -> list[Deck]:
    """One deck per deck id, the first one given winning; order kept.

    Progress is keyed by deck id, so two decks with one id would share (and scramble) a schedule.
    """
    seen: dict[str, Deck] = {}
    for deck in decks:
        seen.setdefault(deck.deck.id, deck)
    return list(seen.values())


def course_files(settings: Settings, warn: Warn) -> list[Path]:
    """The deck files studied when none is named: bundled, then ``decks_folder``, one language."""
    files: list[Path] = []
    for path in course_deck_files(settings.decks_folder, settings.study_language):
        if path.is_file():
            files.append(path)
        else:
            warn(_("decks_folder {path} is not a folder; ignoring it").format(path=path))
    return files


def find_deck_paths(names: Sequence[str], settings: Settings, warn: Warn) -> list[Path]:
    """Deck files and folders for ``names``, without parsing any deck (the app parses after its first paint).

    A name is a file, a folder, or a deck id; an id is found by reading only the head of each
    available deck file.

    Raises:
        UsageError: a name matches no file, folder or deck id.
    """
    paths: list[Path] = []
    ids: dict[str, Path] | None = None
    for name in names:
        path = Path(name).expanduser()
        if path.exists():
            paths.append(path)
            continue
        if ids is None:
            ids = {}
            for file in course_files(settings, warn):
                if (deck_id := read_deck_id(file)) is not None:
                    ids.setdefault(deck_id, file)
        if name not in ids:
            if ids:
                message = _("no deck file, folder or deck id {name} (deck ids: {known})")
            else:
                message = _("no deck file, folder or deck id {name} (there are no deck ids)")
            raise UsageError(message.format(name=repr(name), known=", ".join(sorted(ids))))
        paths.append(ids[name])
    return paths


def _load_quietly(path: Path, warn: Warn) -> Deck | None:
    """A deck found in a folder: loaded, or skipped with one line (the app lists it instead)."""
    entry = load_one(path)
    if entry.deck is None:
        problems = len(entry.problems)
        warn(
            ngettext(
                "skipping {path}: {count} problem (see `kzjp-tutor validate {path}`)",
                "skipping {path}: {count} problems (see `kzjp-tutor validate {path}`)",
                problems,
            ).format(path=path, count=problems)
        )
    return entry.deck


def resolve_decks(names: Sequence[str], settings: Settings, warn: Warn) -> list[Deck]:
    """The decks named, or the course decks when none are named; one per deck id.

    Broken files found in folders are skipped with a one-line message; a broken file named
    explicitly is an error.

    Raises:
        KzjpError: a name matches nothing, or an explicitly named file is invalid.
    """
    decks: list[tuple[Path, Deck]] = []
    for path in find_deck_paths(names, settings, warn) if names else course_files(settings, warn):
        if path.is_dir():
            files = deck_paths([path])
        elif names:
            decks.append((path, load_deck(path)))  # named on the command line: a broken file is an error
            continue
        else:
            files = [path]
        decks.extend((file, deck) for file in files if (deck := _load_quietly(file, warn)) is not None)
    return _without_clashes(decks, bool(names), warn)


def reference_decks(extra: Sequence[Path], warn: Warn) -> list[Deck]:
    """The decks a class report maps cards with: ``extra`` files/folders, then every bundled deck.

    Both languages of the bundled decks are read, because students may study either; a deck given
    explicitly that takes a bundled deck's id is refused, since the exports' progress on the
    course deck would be read against another deck's cards.

    Raises:
        UsageError: a path in ``extra`` does not exist.
    """
    try:
        files = deck_paths(list(extra))
    except FileNotFoundError as exc:
        raise UsageError(_("{path}: no such deck file or folder").format(path=exc)) from None
    bundled = bundled_decks_dir()
    if bundled.is_dir():
        files += deck_files_in(bundled)
    decks = [(path, deck) for path in files if (deck := _load_quietly(path, warn)) is not None]
    return _without_clashes(decks, bool(extra), warn)
