"""The student's scheduling settings, synced so that every device replays with the same ones.

Why: a card's state is rebuilt by replaying its answers through the scheduler
(:mod:`.replay`), and the scheduler's result depends on some settings. Two devices of one
student that replay the same answers with a different desired retention end with different
dues, so syncing the answers alone does not make them agree. These settings are therefore part
of the student's synced data, as Anki syncs deck options.

Which settings: exactly those that change a replayed card state, :data:`SCHEDULING_SETTINGS`
(``tests/server/test_sync_settings.py`` changes every setting in turn and checks that a replay
differs for these and only these). The others stay on the device: the new-card mode and the
daily limits shape what a session asks, not what an answer does to a card (a showing travels as
its own step), and paths, theme, keymap and names are nobody else's business.

Why events, latest wins, and not each answer carrying its parameters: a change of settings is a
rare, deliberate act of the student that should apply to all their cards, past answers included,
so that the stored schedule stays what :mod:`~kzjp_tutor.core.scheduling` promises, a function of
the card's answers and the settings (a later exam date frees intervals an earlier one cut).
Parameters stamped on each answer would instead freeze every card under whatever a device
happened to have when it was answered, so a student could never fix a wrong retention on a
second device. So a change is an immutable :class:`~.events.SettingsEvent` with an id and a time,
holding only the settings it changes; for each setting the latest event in (time, id) order that
sets it wins (:func:`merged`; the same order as replay's), so two devices offline that changed
different settings keep both changes. When a device learns of an event, it writes the winning
values into its settings file and replays every card of the student.

How a device tells its own change: its settings file is left equal to the merged values at each
sync, so a setting that differs at the next sync was changed here since; it is sent then, with
that sync's time. A device that has never seen an event (a second device joining) takes the
student's values instead of sending its own; a student whose server holds none sends all of
them once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any, Final

from pydantic import Field, TypeAdapter, ValidationError

from ..deck import Id
from ..settings import Settings

if TYPE_CHECKING:  # the events import this module for their validation
    from .events import SettingsEvent

__all__ = [
    "MAX_DECK_DATES",
    "SCHEDULING_SETTINGS",
    "changed",
    "checked_values",
    "merged",
    "scheduling_values",
    "with_values",
]

SCHEDULING_SETTINGS: Final = (
    "desired_retention",
    "learning_steps",
    "max_interval_days",
    "leech_threshold",
    "exam_date",
    "deck_exam_dates",
    "exam_window_days",
)
"""The settings a card's replayed state depends on: the only ones that travel (see the docstring)."""
MAX_DECK_DATES = 1000
"""Most per-deck exam dates one event carries (a course has a few dozen decks)."""

_DECK_DATES: TypeAdapter[dict[str, Any]] = TypeAdapter(
    Annotated[dict[Id, Any], Field(max_length=MAX_DECK_DATES)]
)
_IS_ID: TypeAdapter[str] = TypeAdapter(Id)


def _is_deck_id(key: str) -> bool:
    try:
        _IS_ID.validate_python(key)
    except ValidationError:
        return False
    return True


def checked_values(values: dict[str, Any]) -> dict[str, Any]:
    """Scheduling values from the network, validated by :class:`Settings` itself and normalised.

    Settings' own bounds are the only ones (one home): a retention of 1.0 is refused here for the
    same reason as in the settings file. Per-deck exam dates are keyed by deck ids (anything else
    could never match a deck) and bounded in number.

    Raises:
        ValueError: a setting that is not a scheduling setting, or a value Settings refuses;
            the message names the setting (it becomes the server's 422 answer).
    """
    foreign = sorted(set(values) - set(SCHEDULING_SETTINGS))
    if foreign:
        raise ValueError(f"not scheduling settings: {', '.join(foreign)[:200]}")  # i18n: not text
    if "deck_exam_dates" in values:
        try:
            _DECK_DATES.validate_python(values["deck_exam_dates"])
        except ValidationError:
            limit = (
                f"deck_exam_dates: at most {MAX_DECK_DATES} dates, each keyed by a deck id"  # i18n: not text
            )
            raise ValueError(limit) from None
    try:
        parsed = Settings.model_validate(values)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ValueError(f"{where}: {first['msg']}"[:300]) from None  # i18n: not text
    return parsed.model_dump(mode="json", include=set(values))


def scheduling_values(settings: Settings) -> dict[str, Any]:
    """The scheduling settings of a settings file, as they travel.

    A per-deck exam date whose key is not a deck id matches no deck, so it does not travel (and
    is kept in the file when other devices' values are applied: :func:`with_values`).
    """
    values = settings.model_dump(mode="json", include=set(SCHEDULING_SETTINGS))
    values["deck_exam_dates"] = {
        deck: day for deck, day in sorted(values["deck_exam_dates"].items()) if _is_deck_id(deck)
    }
    return values


def with_values(settings: Settings, values: dict[str, Any]) -> Settings:
    """``settings`` with these scheduling values applied (validated as a whole)."""
    update = dict(values)
    if "deck_exam_dates" in update:
        kept = {deck: day for deck, day in settings.deck_exam_dates.items() if not _is_deck_id(deck)}
        update["deck_exam_dates"] = {**kept, **update["deck_exam_dates"]}
    return Settings.model_validate({**settings.model_dump(), **update})


def merged(events: Iterable[SettingsEvent]) -> dict[str, Any]:
    """Each scheduling setting's value from the latest event (time, then id) that sets it."""
    values: dict[str, Any] = {}
    for event in sorted(events, key=lambda event: event.order):
        values.update(event.values)
    return values


def changed(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The settings of ``after`` that ``before`` does not have or has with another value."""
    return {name: value for name, value in after.items() if before.get(name, ...) != value}
