"""Pushing the outbox by itself while the student studies: after answers, with retries, never in the way.

Why a worker of its own: studying must never wait for the network. The study screen and
``study --plain`` only :meth:`BackgroundPush.poke` the worker after an answer; the worker (a
daemon thread with its OWN :class:`~kzjp_tutor.core.store.Store` connection, since an SQLite
connection belongs to its thread) pushes the whole outbox and goes back to sleep. A push that
fails is retried with :class:`~.client.Backoff` (capped, jittered), and the failure becomes one
notice for the student, never an error: the answers stay in the outbox, and the next answer (or
``kzjp-tutor sync``) sends them. A home that has not joined a class pushes nothing at all.

Nothing here reads the clock or draws random numbers: ``now``, ``wait`` and ``jitter`` are passed
in, so the tests drive every retry without sleeping.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..deck import Deck
from ..errors import KzjpError
from ..i18n import gettext as _
from ..settings import load_settings
from ..store import Store
from .client import Backoff, ClassClient, SyncResult, Transport, sync_now
from .credentials import ClassLink, load_link
from .replay import replay_planner

__all__ = [
    "BACKGROUND_BACKOFF",
    "BackgroundPush",
    "OutboxPusher",
    "PushAttempts",
    "background_push",
    "push_with_retries",
]

BACKGROUND_BACKOFF = Backoff(base=2.0, cap=120.0, attempts=5)
"""Waits of about 1-2, 2-4, 4-8, 8-16 s between tries after answers: a server back within a
minute gets the answers; one that stays away waits for the next answer."""


class OutboxPusher:
    """One push of this home's outbox per call (no pull), on the worker thread that calls it.

    The store is opened on the first call and kept until :meth:`close` (called on the same
    thread): the app pokes every few seconds, and with nothing queued a call costs one indexed
    read and no request. Returns None when the home has not joined a class (or left it).

    ``decks`` gives the study's own decks, already read (the app loads them after it starts, so
    they are asked for at each push, not taken once): the replay after a push must know their
    sizes as the study queue does (:func:`~.replay.replay_planner`), or a big deck's dues move.
    Reading them again here cost a second parse of every course deck, on a thread that holds
    the interpreter while the student types.
    """

    def __init__(
        self,
        home: Path,
        decks: Callable[[], Sequence[Deck]],
        now: Callable[[], dt.datetime],
        client_for: Callable[[ClassLink], ClassClient],
    ) -> None:
        self.home = home
        self.decks = decks
        self.now = now
        self.client_for = client_for
        self.store: Store | None = None

    def __call__(self) -> SyncResult | None:
        """Push once.

        Raises:
            SyncError: the server refused or could not be reached (the outbox is kept).
            KzjpError: the link file or the store cannot be used.
        """
        link = load_link(self.home)
        if link is None:
            return None
        settings = load_settings(self.home)
        if self.store is None:
            self.store = Store.open(self.home, now=self.now(), backup=False)
        return sync_now(
            self.store,
            self.client_for(link),
            replay_planner(settings, self.decks()),
            cursor=link.cursor,
            exam_date=settings.exam_date,
            pull=False,
        )

    def close(self) -> None:
        """Close the store (on the thread that used it)."""
        if self.store is not None:
            self.store.close()
            self.store = None


@dataclass
class PushAttempts:
    """How one round of pushing went, for the notice and the tests."""

    tries: int = 0
    pushed: int = 0
    """Events the server took in this round."""
    error: str | None = None
    """The last failure's words when every try failed (None when the round succeeded)."""
    joined: bool = True
    """False when the home has not joined a class (nothing was tried)."""


def push_with_retries(
    push: Callable[[], SyncResult | None],
    *,
    wait: Callable[[float], bool],
    jitter: Callable[[], float],
    backoff: Backoff = BACKGROUND_BACKOFF,
) -> PushAttempts:
    """Try ``push`` up to ``backoff.attempts`` times, waiting between tries; never raises a sync error.

    Args:
        push: One push (an :class:`OutboxPusher`).
        wait: Waits that many seconds; returns True when the wait was cut short to stop (the
            app is closing), which ends the round at once.
        jitter: A number in [0, 1) per retry.
        backoff: Retry timing.
    """
    attempts = PushAttempts()
    for attempt in range(backoff.attempts):
        if attempt and wait(backoff.delay(attempt - 1, jitter())):
            break
        attempts.tries += 1
        try:
            result = push()
        except KzjpError as exc:
            attempts.error = str(exc)
            continue
        attempts.error = None
        if result is None:
            attempts.joined = False
        else:
            attempts.pushed = result.pushed
        return attempts
    return attempts


@dataclass
class BackgroundPush:
    """A daemon thread that pushes the outbox after each :meth:`poke`; :meth:`close` ends it.

    Args:
        push: One push (see :func:`push_with_retries`).
        notify: Tells the student, in their language: called once when pushing starts failing
            and once when it works again (never per retry).
        jitter: A number in [0, 1) per retry.
        backoff: Retry timing.
    """

    push: Callable[[], SyncResult | None]
    notify: Callable[[str], None]
    jitter: Callable[[], float]
    backoff: Backoff = BACKGROUND_BACKOFF
    finish: Callable[[], None] = lambda: None
    """Called on the worker thread as it ends (closes the pusher's store)."""
    rounds: int = 0
    """Rounds finished (read by tests)."""
    _wake: threading.Event = field(default_factory=threading.Event)
    _stop: threading.Event = field(default_factory=threading.Event)
    _idle: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _failing: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> BackgroundPush:
        """Start the worker (once); returns self."""
        if self._thread is None:
            self._idle.set()
            self._thread = threading.Thread(target=self._run, name="kzjp-push", daemon=True)
            self._thread.start()
        return self

    def poke(self) -> None:
        """Ask for a push soon (after an answer); returns at once."""
        with self._lock:
            self._idle.clear()
            self._wake.set()

    def idle(self, timeout: float | None = None) -> bool:
        """Wait until no push is waiting or running (up to ``timeout`` s); True if idle."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 0.0) -> None:
        """Stop the worker, giving a push under way up to ``timeout`` s; what is not sent stays queued."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._stop.is_set():
                self.finish()
                self._idle.set()
                return
            done = push_with_retries(
                self.push, wait=self._stop.wait, jitter=self.jitter, backoff=self.backoff
            )
            self.rounds += 1
            if done.error is not None and not self._failing:
                self._failing = True
                self.notify(
                    _(
                        "Could not send your answers to the class server ({reason}); they are kept and sent later."
                    ).format(reason=done.error)
                )
            elif done.error is None and self._failing:
                self._failing = False
                self.notify(_("The class server has your answers again."))
            with self._lock:
                if not self._wake.is_set():
                    self._idle.set()


def background_push(
    home: Path,
    decks: Callable[[], Sequence[Deck]],
    *,
    now: Callable[[], dt.datetime],
    transport: Transport,
    jitter: Callable[[], float],
    notify: Callable[[str], None],
) -> BackgroundPush | None:
    """A started worker for ``home`` studying ``decks()`` (see :class:`OutboxPusher`), or None
    when it has not joined a class (nothing to do).

    Each try is one request per batch without the client's own retries (this worker retries,
    and stops waiting the moment the app closes).
    """
    try:
        if load_link(home) is None:
            return None
    except KzjpError:
        return None  # a damaged link file: `kzjp-tutor sync` says so; studying goes on

    def client_for(link: ClassLink) -> ClassClient:
        return ClassClient(
            transport,
            link.server,
            link.key,
            sleep=lambda _s: None,
            jitter=jitter,
            backoff=Backoff(attempts=1),
        )

    pusher = OutboxPusher(home, decks, now, client_for)
    return BackgroundPush(pusher, notify, jitter, backoff=BACKGROUND_BACKOFF, finish=pusher.close).start()
