"""Limits on every request: body size, events per push, text lengths, requests per key.

Why in the server and not only in a proxy: the server is also run bare on a lab machine, and a
student's device pushes on its own in the background, so one broken client must not fill the
disk or starve the class. The numbers are sized from the study app: an answer is kept up to
4,000 characters, a push carries at most :data:`MAX_EVENTS` events (the client batches under it),
and a student answers at most a few cards a second.

The rate limiter is a token bucket per key (or per client address before a key exists, for
joining and logging in). It lives in the process: behind a load balancer each API server limits
on its own, which bounds a key at N times the rate (docs/scaling.md).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "MAX_BODY_BYTES",
    "MAX_EVENTS",
    "MAX_NAME",
    "MAX_PULL",
    "MAX_SETTINGS_EVENTS",
    "BodyLimit",
    "RateLimiter",
]

MAX_BODY_BYTES = 2 * 1024 * 1024
"""Largest request body: 200 events of 4,000 four-byte characters would be 3.2 MB; real ones are ~300 B."""
MAX_EVENTS = 200
"""Most events in one push."""
MAX_PULL = 1000
"""Most events in one pull response."""
MAX_NAME = 100
"""Longest class or student name."""
MAX_SETTINGS_EVENTS = 1000
"""Most scheduling settings changes kept per student (a person changes them a few times a term)."""


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimiter:
    """Token buckets: ``rate`` requests a second per key, bursts of up to ``burst``.

    Args:
        rate: Tokens added per second.
        burst: Bucket size.
        clock: Monotonic seconds (passed in so tests can move time).
    """

    def __init__(self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Take one token for ``key``; False when its bucket is empty (answer 429)."""
        now = self._clock()
        with self._lock:
            if len(self._buckets) > 100_000:  # forget idle keys rather than grow without end
                self._buckets = {k: b for k, b in self._buckets.items() if now - b.at < 60}
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = _Bucket(self.burst, now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
            bucket.at = now
            if bucket.tokens < 1:
                return False
            bucket.tokens -= 1
            return True


class BodyLimit:
    """ASGI middleware refusing bodies over ``limit`` bytes with 413, before they are read whole.

    A declared Content-Length over the limit is refused at once; a chunked body is counted as it
    arrives and cut off when it passes the limit.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.limit + 1
                if declared > self.limit:
                    await _too_large(send)
                    return
        seen = 0
        refused = False

        async def counted() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    refused = True
                    await _too_large(send)
                    return {"type": "http.disconnect"}
            return message

        async def unless_refused(message: Message) -> None:
            if not refused:
                await send(message)

        # The 413 is sent here, not raised into the app: the framework's body parser turned any
        # error while reading into its own 400 "error parsing the body". After it, the app sees
        # the client gone, and whatever it answers or raises about that is dropped.
        try:
            await self.app(scope, counted, unless_refused)
        except Exception:
            if not refused:
                raise


async def _too_large(send: Send) -> None:
    body = b'{"error":"request body too large"}'
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
