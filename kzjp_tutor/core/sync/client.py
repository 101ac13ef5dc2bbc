"""Talking to the class server: calls with retries and backoff, and one whole sync (push, pull, replay).

Why the HTTP is behind :class:`Transport`: the logic here — what to retry, how long to wait,
when an outbox batch may be forgotten, which cards to rebuild — is the part worth testing, and
tests drive it with a transport that fails on cue. :class:`UrllibTransport` is the real one
(the standard library, so a student's install needs nothing more to sync).

Retries: a connection failure, a timeout, 429 and 5xx are retried up to
:attr:`Backoff.attempts` times, waiting ``base·2^n`` seconds (capped) times a jitter in [½, 1)
so that a class whose server came back does not return all at once. Time and jitter are passed
in. Any other 4xx is final and becomes a :class:`SyncError` in the student's words.

Why a push is safe to cut anywhere: a batch leaves the outbox only after the server answered
that it has it, and the server skips events it already has; so a push cut before the answer is
sent again, and counted once.

A full sync first settles the student's scheduling settings (:mod:`.schedule`): this device's
change is sent, the other devices' are taken into the settings file, and every card is replayed
when any change is new here, all in one transaction; the answers are then pushed and pulled with
the settled settings. A server too old for settings (no route: 404) is said, and the answers
still sync.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import TypeAdapter, ValidationError

from ..errors import KzjpError, reason
from ..i18n import gettext as _
from ..scheduling import Planner
from ..settings import Settings
from ..store import Store
from .events import AnyEvent, Event, SettingsEvent, settings_event
from .local import (
    Applied,
    Key,
    add_settings_events,
    all_cards,
    apply_events,
    cards_of,
    mark_settings_pushed,
    replay_cards,
    settings_events,
)
from .outbox import drop_outbox, outbox_batch
from .replay import replay_planner
from .schedule import changed, merged, scheduling_values, with_values

__all__ = [
    "PUSH_BATCH",
    "Backoff",
    "ClassClient",
    "Scheduling",
    "SyncError",
    "SyncResult",
    "Transport",
    "TransportError",
    "UrllibTransport",
    "sync_now",
]

PUSH_BATCH = 200
"""Events per push: the server's limit."""
_RETRIED = frozenset({429, 500, 502, 503, 504})
_EVENTS: TypeAdapter[list[Event]] = TypeAdapter(list[Event])
_SETTINGS: TypeAdapter[list[SettingsEvent]] = TypeAdapter(list[SettingsEvent])


class TransportError(Exception):
    """The request did not get an answer (refused, reset, timed out); worth retrying."""


class SyncError(KzjpError):
    """The server refused, or stayed unreachable after every retry; the message says which."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Transport(Protocol):
    """One HTTP request: answers (status, body) or raises :class:`TransportError`."""

    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        """Send one request with ``Authorization: Bearer key`` when a key is given."""
        ...


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as it is, never followed: urllib would copy the key's header to the
    new address, whatever its host or scheme (``http://`` elsewhere, around ``--insecure``)."""

    def redirect_request(self, *_args: object, **_kwargs: object) -> None:
        """Follow nothing (urllib then raises the 3xx as an :class:`~urllib.error.HTTPError`)."""
        return None


class UrllibTransport:
    """The real transport, on the standard library; the API never redirects, so it follows none."""

    def __init__(self, timeout: float = 20.0) -> None:
        self.timeout = timeout
        self._opener = urllib.request.build_opener(_NoRedirect)

    def request(self, method: str, url: str, *, key: str | None, body: bytes | None) -> tuple[int, bytes]:
        """See :class:`Transport`."""
        headers = {"Accept": "application/json"}  # i18n: not text
        if body is not None:
            headers["Content-Type"] = "application/json"  # i18n: not text
        if key is not None:
            headers["Authorization"] = f"Bearer {key}"  # i18n: not text
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return int(response.status), bytes(response.read())
        except urllib.error.HTTPError as exc:
            return int(exc.code), bytes(exc.read())
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            cause = getattr(exc, "reason", exc)  # URLError wraps the OSError, or says a string
            raise TransportError(reason(cause) if isinstance(cause, OSError) else str(cause)) from None


@dataclass(frozen=True)
class Backoff:
    """How retries wait: ``base·2^attempt`` seconds, at most ``cap``, times a jitter in [½, 1)."""

    base: float = 0.5
    cap: float = 30.0
    attempts: int = 6

    def delay(self, attempt: int, jitter: float) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based), for ``jitter`` in [0, 1)."""
        return float(min(self.cap, self.base * 2**attempt) * (0.5 + jitter / 2))


def _refusal(status: int, error: str) -> str:
    """The student's words for a final answer of the server."""
    if status == 401:
        return _("the server does not know this key (the instructor may have removed you); join again")
    if status == 403:
        return _("the server refused: {reason}").format(reason=error)
    if status == 404:
        return _("the server has no such thing: {reason}").format(reason=error)
    if status == 413:
        return _("the server refused a request as too large")
    if status == 422:
        return _("the server could not use what was sent: {reason}").format(reason=error)
    return _("the server answered {status}: {reason}").format(status=status, reason=error)


@dataclass
class ClassClient:
    """Calls to one class server.

    Args:
        transport: How requests are sent.
        server: The base URL (checked by :func:`~.credentials.check_server_url`).
        key: The key sent with each call (a student's, an instructor's or the setup key).
        sleep: Waits between retries (``time.sleep``; a recorder in tests).
        jitter: A number in [0, 1) per retry (``random.random``; fixed in tests).
        backoff: Retry timing.
    """

    transport: Transport
    server: str
    key: str | None
    sleep: Callable[[float], None]
    jitter: Callable[[], float]
    backoff: Backoff = field(default_factory=Backoff)

    def call(self, method: str, path: str, payload: Any = None) -> Any:
        """One API call with retries; the parsed JSON answer (None for an empty one).

        Raises:
            SyncError: a final refusal, or no answer after every retry.
        """
        body = payload if isinstance(payload, bytes) or payload is None else json.dumps(payload).encode()
        url = self.server + path
        problem = ""
        for attempt in range(self.backoff.attempts):
            if attempt:
                self.sleep(self.backoff.delay(attempt - 1, self.jitter()))
            try:
                status, data = self.transport.request(method, url, key=self.key, body=body)
            except TransportError as exc:
                problem = _("cannot reach {server}: {reason}").format(server=self.server, reason=exc)
                continue
            if status in _RETRIED:
                problem = _("the server answered {status}").format(status=status)
                continue
            parsed = _json(data)
            if status >= 400:
                error = parsed.get("error", "") if isinstance(parsed, dict) else ""
                raise SyncError(_refusal(status, str(error)[:200]), status)
            return parsed
        raise SyncError(problem)

    def push(self, events: list[AnyEvent], exam_date: dt.date | None) -> tuple[int, int]:
        """Push one batch; (accepted, already there)."""
        body: dict[str, Any] = {"events": _payload(events)}  # i18n: not text
        if exam_date is not None:
            body["exam_date"] = exam_date.isoformat()
        answer = self.call("POST", "/api/v1/events", body)
        return int(answer["accepted"]), int(answer["duplicates"])

    def pull(self, after: int) -> tuple[list[AnyEvent], int, bool]:
        """One page of the student's events after ``after``: (events, new cursor, more pages)."""
        answer = self.call("GET", f"/api/v1/events?after={after}")
        try:
            events = _EVENTS.validate_python([item["event"] for item in answer["events"]])
            return events, int(answer["cursor"]), bool(answer["more"])
        except (KeyError, TypeError, ValueError, ValidationError):
            raise SyncError(_("the server sent events this program cannot read")) from None

    def push_settings(self, events: list[SettingsEvent]) -> int:
        """Send scheduling settings changes; how many the server did not have yet."""
        answer = self.call("POST", "/api/v1/settings", {"events": _payload(events)})  # i18n: not text
        return int(answer["accepted"])

    def pull_settings(self) -> list[SettingsEvent] | None:
        """Every scheduling settings change of the student, or None from a server that predates them."""
        try:
            answer = self.call("GET", "/api/v1/settings")
        except SyncError as exc:
            if exc.status == 404:
                return None
            raise
        try:
            return _SETTINGS.validate_python(answer["events"])
        except (KeyError, TypeError, ValueError, ValidationError):
            raise SyncError(_("the server sent events this program cannot read")) from None


def _payload(events: list[AnyEvent] | list[SettingsEvent]) -> list[Any]:
    """Events as the JSON a request carries."""
    return [json.loads(event.model_dump_json()) for event in events]


def _json(data: bytes) -> Any:
    try:
        return json.loads(data) if data else None
    except ValueError:
        return None


@dataclass
class SyncResult:
    """What one sync did, for the sentence ``kzjp-tutor sync`` prints."""

    pushed: int = 0
    """Events (answers, card steps, exams, undos) the server did not have yet."""
    already: int = 0
    """Events pushed again that the server already had (after an interrupted push)."""
    pulled: int = 0
    """Reviews from other devices new to this one."""
    undone: int = 0
    """Reviews and card steps taken back because another device took them back."""
    steps: int = 0
    """Card steps (shown, suspended, flagged, reset…) from other devices new to this one."""
    exams: int = 0
    """Practice exams from other devices new to this one."""
    cards: int = 0
    """Cards rebuilt by replay (pushed or pulled answers; each in the transaction that moved them)."""
    cursor: int = 0
    """The pull position reached."""
    unsendable: int = 0
    """Events left out because the server would refuse them (ids not made by this program)."""
    settings_sent: list[str] = field(default_factory=list)
    """Scheduling settings changed on this device, now sent to the others."""
    settings_first: bool = False
    """The student had no scheduling settings synced yet: this device's were sent, all of them."""
    settings_received: list[tuple[str, Any, Any]] = field(default_factory=list)
    """(setting, value here before, value now) taken from the other devices' changes."""
    settings_unsupported: bool = False
    """The server predates synced settings: each device keeps its own."""


@dataclass(frozen=True)
class Scheduling:
    """What a full sync needs to settle the student's scheduling settings (:mod:`.schedule`)."""

    settings: Settings
    """The device's settings, as its file holds them now."""
    now: dt.datetime
    """When a change made on this device is dated (UTC)."""
    save: Callable[[Settings], object]
    """Writes the settings file; called inside the transaction that takes other devices' values,
    before it commits (a crash between the two at worst sends those same values back)."""


def _settle_settings(
    store: Store,
    client: ClassClient,
    scheduling: Scheduling,
    result: SyncResult,
    rebuilt: set[Key],
    deck_sizes: Mapping[str, int],
) -> Settings:
    """Send this device's settings change, take the others', replay every card if any is new here
    (knowing ``deck_sizes``, the sync's planner's); returns the settings the rest of the sync replays with."""
    theirs = client.pull_settings()
    if theirs is None:
        result.settings_unsupported = True
        return scheduling.settings
    mine = scheduling_values(scheduling.settings)

    def settle(db: sqlite3.Connection) -> tuple[Settings, list[SettingsEvent]]:
        known = settings_events(db)
        # with no change known here yet, the student's values win over this device's (a second
        # device joining); with none anywhere, this device's are the first
        change = changed(merged(known), mine) if known else ({} if theirs else mine)
        own = [settings_event(scheduling.now, change)] if change else []
        result.settings_sent = sorted(change)
        result.settings_first = not known and not theirs
        new = add_settings_events(db, own, pushed=False) + add_settings_events(db, theirs, pushed=True)
        settled = with_values(scheduling.settings, merged(settings_events(db)))
        if new:
            cards = all_cards(db)
            replay_cards(db, replay_planner(settled, deck_sizes=deck_sizes), cards)
            rebuilt.update(cards)
        received = changed(mine, scheduling_values(settled))
        if received:
            scheduling.save(settled)
            result.settings_received = [(name, mine[name], value) for name, value in received.items()]
        return settled, settings_events(db, unpushed=True)

    settled, unpushed = store.transaction(settle)
    if unpushed:
        client.push_settings(unpushed)
        store.transaction(lambda db: mark_settings_pushed(db, [event.id for event in unpushed]))
    return settled


def sync_now(
    store: Store,
    client: ClassClient,
    planner: Planner,
    *,
    cursor: int,
    exam_date: dt.date | None = None,
    pull: bool = True,
    saved: Callable[[int], None] = lambda _cursor: None,
    scheduling: Scheduling | None = None,
) -> SyncResult:
    """Settle the scheduling settings, push the whole outbox, pull what other devices pushed, and
    replay every card touched.

    Args:
        store: The device's progress database.
        client: A client with the student's key.
        planner: From :func:`~.replay.replay_planner` (the student's settings, no fuzzing, the
            decks' sizes); with ``scheduling``, replaced by the settled settings' own, same sizes.
        cursor: The last pull position (from the link file).
        exam_date: Sent with each push for the class's forecast (with ``scheduling``, the
            settled one).
        pull: Pull too (the background push only pushes, and leaves the settings alone).
        saved: Called with each new cursor once its page is applied, to keep it.
        scheduling: Sync the scheduling settings too (``kzjp-tutor sync``); None leaves them.

    Raises:
        SyncError: the server refused or stayed unreachable; what was done so far is kept.
    """
    result = SyncResult(cursor=cursor)
    rebuilt: set[Key] = set()
    if scheduling is not None and pull:
        settled = _settle_settings(store, client, scheduling, result, rebuilt, planner.deck_sizes)
        planner, exam_date = replay_planner(settled, deck_sizes=planner.deck_sizes), settled.exam_date

    def forget_pushed(db: sqlite3.Connection, upto: int, batch: list[AnyEvent]) -> None:
        drop_outbox(db, upto)
        cards = cards_of(db, batch)
        replay_cards(db, planner, cards)
        rebuilt.update(cards)

    def take_pulled(db: sqlite3.Connection, events: list[AnyEvent]) -> Applied:
        applied = apply_events(db, events)
        replay_cards(db, planner, applied.cards)
        rebuilt.update(applied.cards)
        return applied

    while True:
        upto, batch, refused = store.transaction(lambda db: outbox_batch(db, PUSH_BATCH))
        if not upto:
            break
        result.unsendable += refused
        accepted, already = client.push(batch, exam_date) if batch else (0, 0)
        store.transaction(functools.partial(forget_pushed, upto=upto, batch=batch))
        result.pushed += accepted
        result.already += already
    while pull:
        events, new_cursor, more = client.pull(result.cursor)
        applied = store.transaction(functools.partial(take_pulled, events=events))
        result.pulled += applied.reviews
        result.undone += applied.undone
        result.steps += applied.steps
        result.exams += applied.exams
        result.cursor = new_cursor
        saved(new_cursor)
        if not more or not events:
            break
    result.cards = len(rebuilt)
    return result
