"""The student's settings: one small TOML file, ``HOME/settings.toml``.

Why a file and not the database: a student (or the course's instructor in a lab) can read and
edit it with any editor, and it survives deleting the progress database. Why strict: a typo such
as ``new_per_da = 50`` silently doing nothing is worse than an error, so unknown keys and wrong
types are refused with a message naming the file and the field, never a traceback.

Who reads what:

=====================  ==========================================
field                  used by
=====================  ==========================================
desired_retention      scheduling (fsrs ``desired_retention``)
learning_steps         scheduling (fsrs ``learning_steps``)
max_interval_days      scheduling (fsrs ``maximum_interval``)
new_per_day            session (new cards per deck per UTC day)
max_reviews_per_day    session (reviews of learned cards per day)
leech_threshold        scheduling (lapses before a card is a leech)
exam_date              scheduling/stats (cap, cram, forecast)
deck_exam_dates        as exam_date, per deck id
decks_folder           study/stats (extra decks)
study_language         study/stats (which twin of a two-language deck)
exports_folder         the Instructor screen (class exports)
theme, keymap          the Textual UI
student                reports
=====================  ==========================================
"""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import KzjpError
from .files import write_atomic

__all__ = ["SETTINGS_FILE", "Settings", "load_settings", "save_settings", "settings_path"]

SETTINGS_FILE = "settings.toml"
"""The settings file's name inside the home folder."""

Minutes = Annotated[int, Field(ge=1, le=60 * 24)]


class Settings(BaseModel):
    """Every setting, with the default used when the file (or the field) is absent.

    Frozen so that a session cannot change scheduling under its own feet; make a changed copy
    with ``settings.model_copy(update={...})`` and :func:`save_settings` it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    desired_retention: Annotated[float, Field(gt=0.5, lt=1.0)] = 0.9
    """Target probability of recalling a card when it comes due (default 0.9). Higher means
    more reviews; 0.9 is FSRS's recommended balance."""
    learning_steps: Annotated[list[Minutes], Field(max_length=10)] = [1, 10]
    """Minutes between the first showings of a new card before it gets day intervals
    (default ``[1, 10]``)."""
    new_per_day: Annotated[int, Field(ge=0, le=10_000)] = 20
    """New cards introduced per deck per day (default 20); days are UTC days."""
    max_reviews_per_day: Annotated[int, Field(ge=0, le=100_000)] = 200
    """Most reviews of already learned cards per deck per day (default 200)."""
    max_interval_days: Annotated[int, Field(ge=1, le=36_500)] = 36_500
    """Longest interval between reviews, in days (default 36500, i.e. no practical cap)."""
    leech_threshold: Annotated[int, Field(ge=1, le=1000)] = 8
    """Lapses (forgetting a learned card) after which a card is flagged as a leech (default 8)."""
    exam_date: dt.date | None = None
    """The exam day (default none). When set, intervals are capped to end before it, a cram
    queue opens in its last days and stats forecast recall on that day."""
    deck_exam_dates: dict[str, dt.date] = {}
    """Exam days per deck id, overriding ``exam_date`` for that deck (default empty)."""
    decks_folder: str | None = None
    """A folder of extra ``*.toml`` decks to study besides the bundled ones (default none)."""
    study_language: Literal["ru", "en", "all"] = "ru"
    """Which version of a deck that comes in two languages to study: ``"ru"`` (default, the
    course's language), ``"en"``, or ``"all"`` for both. Twins are files ``NAME.ru.toml`` and
    ``NAME.en.toml`` in one folder, as the bundled decks are; a deck without a twin always shows."""
    exports_folder: str | None = None
    """A folder of student exports that the Instructor screen reads (default ``HOME/exports``)."""
    theme: str = "textual-dark"
    """The Textual theme (default ``"textual-dark"``)."""
    keymap: dict[str, str] = {}
    """Binding id → keys, for remapping the UI's keys (default empty)."""
    student: str | None = None
    """The student's name, shown on reports (default none)."""

    def exam_date_for(self, deck_id: str) -> dt.date | None:
        """The exam day that applies to a deck: its own, else the global one, else None."""
        return self.deck_exam_dates.get(deck_id, self.exam_date)


def settings_path(home: Path) -> Path:
    """Where the settings file of ``home`` lives."""
    return home / SETTINGS_FILE


def _field_name(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def _error_message(path: Path, exc: ValidationError) -> str:
    lines = []
    known = list(Settings.model_fields)
    for error in exc.errors(include_url=False):
        name = _field_name(error["loc"])
        if error["type"] == "extra_forbidden":
            close = difflib.get_close_matches(str(error["loc"][0]), known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known settings: {', '.join(known)}"
            lines.append(f"{path}: {name}: unknown setting{hint}")
        else:
            lines.append(f"{path}: {name}: {error['msg']} (got {error.get('input')!r})")
    return "\n".join(lines)


def load_settings(home: Path) -> Settings:
    """Read ``HOME/settings.toml``; a missing file means all defaults.

    Raises:
        KzjpError: the file is unreadable, not TOML, or has an unknown or invalid field; the
            message names the file and the field.
    """
    path = settings_path(home)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise KzjpError(f"{path}: cannot read the settings file: {exc.strerror or exc}") from None
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise KzjpError(f"{path}: the settings file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise KzjpError(f"{path}: not valid TOML: {exc}") from None
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise KzjpError(_error_message(path, exc)) from None


def save_settings(home: Path, settings: Settings) -> Path:
    """Write the settings atomically (temp file + ``os.replace``), so a crash never leaves half a file.

    Returns:
        The path written.

    Raises:
        KzjpError: the home folder cannot be created or written.
    """
    path = settings_path(home)
    text = tomli_w.dumps(settings.model_dump(mode="python", exclude_none=True))
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KzjpError(f"{home}: cannot create the home folder: {exc.strerror or exc}") from None
    write_atomic(path, text)
    return path
