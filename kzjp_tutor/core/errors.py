"""Errors the core raises, each carrying what a person needs to act on it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["DeckError", "KzjpError", "Problem", "StoreError", "UsageError"]


class KzjpError(Exception):
    """Base of every error the program explains to its user instead of showing a traceback."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a deck file, located as precisely as the file allows."""

    file: str
    message: str
    line: int | None = None
    section: str | None = None
    card: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        owner = []
        if self.section is not None:
            owner.append(f"section {self.section!r}")
        if self.card is not None:
            owner.append(f"card {self.card!r}")
        if owner:
            parts.append(" ".join(owner))
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)


class DeckError(KzjpError):
    """A deck file that cannot be used, with every problem found in it at once."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class UsageError(KzjpError):
    """The command line asks for something that does not exist (an unknown deck id, a missing file).

    Why a type of its own: it exits with 2, like argparse's own usage errors, so scripts can tell
    "you asked wrongly" from "the data is bad" (1).
    """


class StoreError(KzjpError):
    """The progress database cannot be used as asked; the message says what to do."""
