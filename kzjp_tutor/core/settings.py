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
include_extra          session (cards tagged extra), home/stats counts
max_reviews_per_day    session (reviews of learned cards per day)
new_cards              session (show a new card first, or ask it)
exam_reviews           exam (answers recorded as reviews at the end)
exam_marks             exam (percent for a 3, 4, 5)
leech_threshold        scheduling (lapses before a card is a leech)
exam_date              scheduling/stats (cap, cram, forecast)
deck_exam_dates        as exam_date, per deck id
exam_window_days       scheduling (the final-review window)
decks_folder           study/stats (extra decks)
study_language         study/stats (which twin of a two-language deck)
ui_language            every message (core.i18n; auto follows study_language)
exports_folder         the Instructor screen (class exports)
theme, keymap          the Textual UI
student, profile_id    reports (through export)
=====================  ==========================================
"""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from collections.abc import Callable, Collection, Iterable, Mapping
from itertools import combinations
from pathlib import Path
from typing import Annotated, Any, Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import i18n
from .errors import KzjpError, reason, toml_reason
from .files import make_data_folder, write_atomic
from .i18n import N_, ngettext
from .i18n import gettext as _
from .paths import SETTINGS_FILE

__all__ = [
    "EXAM_MARKS",
    "PROFILE_ID_PATTERN",
    "SETTINGS_FILE",
    "BindingSpec",
    "Settings",
    "check_ui_settings",
    "load_settings",
    "save_settings",
    "settings_notes",
    "settings_path",
]


# Numbers are strict: ``new_per_day = "20"`` is a string in TOML, and quietly reading it as 20
# would hide a quoting mistake that a later edit ("20 or so") turns into a refusal.
Minutes = Annotated[int, Field(strict=True, ge=1, le=60 * 24)]
Percent = Annotated[int, Field(strict=True, ge=0, le=100)]
EXAM_MARKS: Final = (50, 70, 85)
"""The default ``exam_marks``; also core.exam's default, so a caller without settings marks alike."""
PROFILE_ID_PATTERN: Final = r"^[0-9a-f]{32}$"
"""A profile id: 32 lowercase hex digits (``uuid.uuid4().hex``); one home for the setting and the
exports that carry it (core.export), so the two never disagree on what an id is."""


class Settings(BaseModel):
    """Every setting, with the default used when the file (or the field) is absent.

    Frozen so that a session cannot change scheduling under its own feet; make a changed copy
    with ``settings.model_copy(update={...})`` and :func:`save_settings` it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    desired_retention: Annotated[float, Field(strict=True, gt=0.5, lt=1.0)] = 0.9
    """Target probability of recalling a card when it comes due (default 0.9). Higher means
    more reviews; 0.9 is FSRS's recommended balance."""
    learning_steps: Annotated[list[Minutes], Field(max_length=10)] = [1, 10]
    """Minutes between the first showings of a new card before it gets day intervals
    (default ``[1, 10]``)."""
    new_per_day: Annotated[int, Field(strict=True, ge=0, le=10_000)] = 20
    """New cards introduced per deck per day (default 20); days are UTC days."""
    include_extra: Annotated[bool, Field(strict=True)] = True
    """Study the cards a deck tags ``extra`` (trivia beyond the core facts; default on). Either
    way they come only after every other card of their deck has been introduced."""
    new_cards: Literal["show-first", "ask-first"] = "show-first"
    """How a new card first appears: ``"show-first"`` (default) shows the fact (question, answer,
    explanation, source) and asks it back a few cards later; ``"ask-first"`` asks it at once, for
    a student who has read the lecture."""
    exam_reviews: Annotated[bool, Field(strict=True)] = True
    """A practice exam's answers count as reviews when it ends (default on), so a failed exam
    question comes back soon."""
    exam_marks: Annotated[list[Percent], Field(min_length=3, max_length=3)] = list(EXAM_MARKS)
    """Percent from which a practice exam earns a 3, a 4 and a 5 (default ``[50, 70, 85]``);
    below the first it is a 2."""
    max_reviews_per_day: Annotated[int, Field(strict=True, ge=0, le=100_000)] = 200
    """Most reviews of already learned cards per deck per day (default 200)."""
    max_interval_days: Annotated[int, Field(strict=True, ge=1, le=36_500)] = 36_500
    """Longest interval between reviews, in days (default 36500, i.e. no practical cap)."""
    leech_threshold: Annotated[int, Field(strict=True, ge=1, le=1000)] = 8
    """Lapses (forgetting a learned card) after which a card is flagged as a leech (default 8)."""
    exam_date: dt.date | None = None
    """The exam day (default none). When set, every studied card is reviewed in the final
    ``exam_window_days`` before it, a cram queue opens in its last days and stats forecast recall
    on that day."""
    deck_exam_dates: dict[str, dt.date] = {}
    """Exam days per deck id, overriding ``exam_date`` for that deck (default empty)."""
    exam_window_days: Annotated[int, Field(strict=True, ge=1, le=60)] = 7
    """Days before an exam in which every studied card is reviewed at least once, the reviews
    spread evenly over them (default 7): the last week is a final review, not one eve-of-exam pile."""
    decks_folder: str | None = None
    """A folder of extra ``*.toml`` decks to study besides the bundled ones (default none)."""
    study_language: Literal["ru", "en", "all"] = "ru"
    """Which version of a deck that comes in two languages to study: ``"ru"`` (default, the
    course's language), ``"en"``, or ``"all"`` for both. Twins are files ``NAME.ru.toml`` and
    ``NAME.en.toml`` in one folder, as the bundled decks are; a deck without a twin always shows."""
    ui_language: Literal["auto", "ru", "en"] = "auto"
    """The interface's language: ``"ru"``, ``"en"`` or ``"auto"`` (default), which follows
    ``study_language`` so that a student of the Russian decks gets a Russian app. ``--lang``
    overrides it for one run."""
    exports_folder: str | None = None
    """A folder of student exports that the Instructor screen reads (default ``HOME/exports``)."""
    theme: str = "textual-dark"
    """The Textual theme (default ``"textual-dark"``)."""
    keymap: dict[str, str] = {}
    """Binding id → keys, for remapping the UI's keys (default empty)."""
    student: str | None = None
    """The student's name, shown on reports (default none)."""
    profile_id: Annotated[str, Field(pattern=PROFILE_ID_PATTERN)] | None = None
    """This profile's random id, made by the first ``export`` and written into every export, so
    the class report counts one student once (default none until then; never edit it)."""

    def exam_date_for(self, deck_id: str) -> dt.date | None:
        """The exam day that applies to a deck: its own, else the global one, else None."""
        return self.deck_exam_dates.get(deck_id, self.exam_date)


def settings_path(home: Path) -> Path:
    """Where the settings file of ``home`` lives."""
    return home / SETTINGS_FILE


BindingSpec = tuple[str, str, str]
"""One key binding of the UI as the keymap check sees it: (screen, binding id, default keys).

The UI builds the table from its ``Binding`` declarations and hands it in, so the core checks a
keymap without importing the UI toolkit."""


def _field_name(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or _("(top level)")


def _short(value: object, limit: int = 80) -> str:
    """A value for an error message: repr (so control characters show escaped), cut to ``limit``."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


_PROBLEMS: Final[dict[str, str]] = {
    # pydantic's own words for the errors a settings file can meet (its messages are English only);
    # a date gets an example instead, since "2026-12-20" is what the student needs to see.
    "int_type": N_("Input should be a valid integer"),
    "float_type": N_("Input should be a valid number"),
    "string_type": N_("Input should be a valid string"),
    "list_type": N_("Input should be a valid list"),
    "dict_type": N_("Input should be a valid dictionary"),
    "bool_type": N_("Input should be a valid boolean"),
    "greater_than": N_("Input should be greater than {gt}"),
    "greater_than_equal": N_("Input should be greater than or equal to {ge}"),
    "less_than": N_("Input should be less than {lt}"),
    "less_than_equal": N_("Input should be less than or equal to {le}"),
    "date_type": N_("Input should be a date such as 2026-12-20, without a time"),
    "date_parsing": N_("Input should be a date such as 2026-12-20, without a time"),
    "date_from_datetime_parsing": N_("Input should be a date such as 2026-12-20, without a time"),
    "date_from_datetime_inexact": N_("Input should be a date such as 2026-12-20, without a time"),
}


def _number(value: object) -> str:
    """A bound as the file would write it: 1 rather than 1.0."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _problem(error: Any) -> str:
    """What is wrong with one field, in the interface's language."""
    kind = error["type"]
    context = {key: _number(value) for key, value in (error.get("ctx") or {}).items()}
    if kind in _PROBLEMS:
        return _(_PROBLEMS[kind]).format(**context)
    if kind == "too_long":
        limit = int(error["ctx"]["max_length"])
        return ngettext(
            "List should have at most {max_length} item after validation, not {actual_length}",
            "List should have at most {max_length} items after validation, not {actual_length}",
            limit,
        ).format(**context)
    if kind == "literal_error" and error["loc"][0] in Settings.model_fields:
        choices = get_args(Settings.model_fields[error["loc"][0]].annotation)
        return _("Input should be one of {choices}").format(choices=", ".join(repr(c) for c in choices))
    return str(error["msg"])


def _error_message(path: Path, exc: ValidationError) -> str:
    lines = []
    known = list(Settings.model_fields)
    for error in exc.errors(include_url=False):
        name = _field_name(error["loc"])
        if error["type"] == "extra_forbidden":
            close = difflib.get_close_matches(str(error["loc"][0]), known, n=1)
            if close:
                line = _("{path}: {field}: unknown setting; did you mean {close}?").format(
                    path=path, field=_short(name), close=repr(close[0])
                )
            else:
                line = _("{path}: {field}: unknown setting; known settings: {known}").format(
                    path=path, field=_short(name), known=", ".join(known)
                )
        else:
            got = error.get("input")
            if error["type"] in ("int_type", "float_type") and isinstance(got, str):
                template = _("{path}: {field}: {problem} (got {value}) (write numbers without quotes)")
            else:
                template = _("{path}: {field}: {problem} (got {value})")
            line = template.format(path=path, field=name, problem=_problem(error), value=_short(got))
        lines.append(line)
    return "\n".join(lines)


def _parse(path: Path, data: bytes) -> dict[str, Any]:
    """The file's TOML table; every way it can fail becomes one message naming the file."""
    try:
        # A BOM (Windows Notepad writes one) is no content, as the deck loader agrees.
        return tomllib.loads(data.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError:
        raise KzjpError(_("{path}: the settings file is not UTF-8 text").format(path=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise KzjpError(
            _("{path}: not valid TOML: {reason}").format(path=path, reason=toml_reason(exc))
        ) from None
    except ValueError:
        # Python refuses to convert integers of more than 4,300 digits (CVE-2020-10735).
        raise KzjpError(
            _(
                "{path}: a number in the settings file is far too long (over 4,300 digits); "
                "write the setting with a sensible value"
            ).format(path=path)
        ) from None
    except RecursionError:
        raise KzjpError(
            _(
                "{path}: arrays or tables in the settings file are nested far too deeply; "
                "no setting needs more than one level"
            ).format(path=path)
        ) from None


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
        raise KzjpError(
            _("{path}: cannot read the settings file: {reason}").format(path=path, reason=reason(exc))
        ) from None
    return _validate(path, _parse(path, data))


def interface_language(home: Path, option: str | None, env: Mapping[str, str]) -> i18n.Language:
    """The language to speak in from the first message on, before any command has run.

    A settings file that cannot be read is the command's to report (in the language this
    returns), so here it only means "the defaults".
    """
    try:
        settings = load_settings(home)
    except KzjpError:
        settings = Settings()
    return i18n.resolve(option, settings.ui_language, settings.study_language, env)


def _validate(path: Path, raw: dict[str, Any]) -> Settings:
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise KzjpError(_error_message(path, exc)) from None
    except RecursionError:
        raise KzjpError(
            _("{path}: a value in the settings file is nested far too deeply").format(path=path)
        ) from None


def settings_notes(settings: Settings, today: dt.date) -> list[str]:
    """Things worth telling the student about valid settings: today, exam dates that have passed.

    A past exam date is a note, not an error: the scheduler simply stops capping intervals by it,
    and a student whose exam is over must still be able to open the app (and set the next one).
    """
    notes = []
    if settings.exam_date is not None and settings.exam_date < today:
        notes.append(
            _(
                "exam_date {date} has passed, so it no longer shapes the schedule; set the next "
                "exam's date or clear it"
            ).format(date=settings.exam_date.isoformat())
        )
    for deck_id, day in sorted(settings.deck_exam_dates.items()):
        if day < today:
            notes.append(
                _("deck_exam_dates.{deck} {date} has passed; set the next date or remove it").format(
                    deck=deck_id, date=day.isoformat()
                )
            )
    return notes


def check_ui_settings(
    settings: Settings,
    path: Path,
    *,
    themes: Collection[str],
    bindings: Iterable[BindingSpec],
    key_name: Callable[[str], str | None],
) -> None:
    """Refuse a theme the UI does not have and a keymap it could not honour.

    The UI hands in what only it knows: its themes, its bindings (:data:`BindingSpec`) and
    ``key_name``, which turns a key as written ("?", "ctrl+r") into the UI's canonical name, or
    None when the UI has no such key.

    Raises:
        KzjpError: one line per problem, naming the file, the setting and what to do.
    """
    problems = []
    if settings.theme not in themes:
        problems.append(
            _("{path}: theme: no theme named {name}; known themes: {known}").format(
                path=path, name=_short(settings.theme), known=", ".join(sorted(themes))
            )
        )
    problems.extend(_keymap_problems(settings.keymap, path, list(bindings), key_name))
    if problems:
        raise KzjpError("\n".join(problems))


def _key_list(keys: str, key_name: Callable[[str], str | None]) -> tuple[list[str], list[str]]:
    """(canonical keys, keys as written that are no key) of a comma-separated key list."""
    good: list[str] = []
    bad: list[str] = []
    for key in (k.strip() for k in keys.split(",")):
        name = key_name(key) if key else None
        if name is None:
            bad.append(key)
        elif name not in good:
            good.append(name)
    return good, bad


def _keymap_problems(
    keymap: dict[str, str],
    path: Path,
    bindings: list[BindingSpec],
    key_name: Callable[[str], str | None],
) -> list[str]:
    """Unknown binding ids, keys that do not exist, and one key given two jobs on one screen.

    Two bindings that share a key in the UI's own defaults (enter: "Check" and "Accept" on the
    study screen, which are never active together) may keep sharing one after remapping; any
    other pair sharing a key would let one of them silently win.
    """
    problems: list[str] = []
    ids = sorted({binding_id for _screen, binding_id, _keys in bindings})
    remapped: dict[str, list[str]] = {}
    for binding_id, keys in keymap.items():
        where = f"{path}: keymap.{_short(binding_id)}"
        if binding_id not in ids:
            close = difflib.get_close_matches(binding_id, ids, n=1)
            if close:
                problem = _("{where}: no key binding has this id; did you mean {close}?").format(
                    where=where, close=repr(close[0])
                )
            else:
                problem = _("{where}: no key binding has this id; F1 (help) lists every binding id").format(
                    where=where
                )
            problems.append(problem)
            continue
        good, bad = _key_list(keys, key_name)
        for key in dict.fromkeys(bad):
            if key:
                problem = _(
                    '{where}: {key} is not a key name; write keys such as "y", "ctrl+r", '
                    '"f7" or "enter", several separated by commas'
                ).format(where=where, key=_short(key))
            else:
                problem = _(
                    '{where}: an empty entry (a stray comma?); write keys such as "y", "ctrl+r", '
                    '"f7" or "enter", several separated by commas'
                ).format(where=where)
            problems.append(problem)
        if good and not bad:
            remapped[binding_id] = good
    by_screen: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    for screen, binding_id, default in bindings:
        default_keys = _key_list(default, key_name)[0]
        by_screen.setdefault(screen, []).append(
            (binding_id, default_keys, remapped.get(binding_id, default_keys))
        )
    for entries in by_screen.values():
        designed = {
            frozenset(pair)
            for names in _holders((binding_id, keys) for binding_id, keys, _ in entries).values()
            for pair in combinations(names, 2)
        }
        for key, names in _holders((binding_id, keys) for binding_id, _default, keys in entries).items():
            for a, b in combinations(names, 2):
                if a == b or frozenset((a, b)) in designed:
                    continue
                mine, other = (a, b) if a in remapped else (b, a)
                message = _(
                    "{path}: keymap.{mine}: {key} is already {other} on the same screen, so one of "
                    "them would never work; choose another key for {mine}"
                ).format(path=path, mine=repr(mine), key=repr(key), other=repr(other))
                if message not in problems:
                    problems.append(message)
    return problems


def _holders(bindings: Iterable[tuple[str, list[str]]]) -> dict[str, list[str]]:
    """Key → the binding ids it triggers."""
    holders: dict[str, list[str]] = {}
    for binding_id, keys in bindings:
        for key in keys:
            holders.setdefault(key, []).append(binding_id)
    return holders


def save_settings(home: Path, settings: Settings) -> Path:
    """Write the settings atomically (temp file + ``os.replace``), so a crash never leaves half a file.

    Only the settings that changed are rewritten: the student's comments, blank lines and order
    survive (tomlkit, imported here so that start-up never pays for it). A new file holds only
    the settings that differ from the defaults.

    Returns:
        The path written.

    Raises:
        KzjpError: the home folder cannot be created or written, or the file on disk has become
            invalid since it was read (it is left alone rather than overwritten).
    """
    import tomlkit

    path = settings_path(home)
    try:
        data: bytes | None = path.read_bytes()
    except FileNotFoundError:
        data = None
    except OSError as exc:
        raise KzjpError(
            _("{path}: cannot read the settings file: {reason}").format(path=path, reason=reason(exc))
        ) from None
    if data is None:
        document = tomlkit.document()
        before = Settings()
    else:
        before = _validate(path, _parse(path, data))
        try:
            document = tomlkit.parse(data.decode("utf-8").removeprefix("\ufeff"))
        except Exception as exc:  # tomlkit's own errors: tomllib already accepted this file
            raise KzjpError(
                _("{path}: cannot edit the settings file: {reason}").format(path=path, reason=exc)
            ) from None
    old = before.model_dump(mode="python")
    for name, value in settings.model_dump(mode="python").items():
        if value == old[name]:
            continue
        if value is None:
            document.pop(name, None)
        elif isinstance(value, dict) and isinstance(document.get(name), dict):
            table = document[name]
            for key in [k for k in table if k not in value]:
                del table[key]
            for key, item in value.items():
                if table.get(key) != item:
                    table[key] = item
        else:
            document[name] = value
    make_data_folder(home)
    write_atomic(path, tomlkit.dumps(document))
    return path
