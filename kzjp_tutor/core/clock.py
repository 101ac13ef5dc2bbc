"""Time, passed in rather than read: core code never calls ``now()`` itself.

The CLI builds one :class:`Clock` (fixed by ``KZJP_TUTOR_NOW`` for tests and demos) and hands
it to everything that needs the time, so schedules are reproducible to the second.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from .i18n import gettext as _

__all__ = ["NOW_ENV", "Clock", "parse_now"]

NOW_ENV = "KZJP_TUTOR_NOW"


def parse_now(text: str) -> dt.datetime:
    """Read an ISO datetime; a naive one is taken as UTC, any other zone is converted to UTC.

    Raises:
        ValueError: with a message naming the expected form.
    """
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            _("{variable}={value} is not an ISO datetime; use e.g. 2026-11-26T09:00:00+00:00").format(
                variable=NOW_ENV, value=repr(text)
            )
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Clock:
    """A source of UTC time; fixed clocks advance only when told to."""

    source: Callable[[], dt.datetime] = field(default=_system_now)

    def now(self) -> dt.datetime:
        """The current time, timezone-aware UTC."""
        return self.source().astimezone(dt.UTC)

    @classmethod
    def fixed(cls, when: dt.datetime) -> Clock:
        """A clock stopped at ``when`` (which must be timezone-aware)."""
        if when.tzinfo is None:
            raise ValueError("a fixed clock needs a timezone-aware datetime")  # i18n: not text
        frozen = when.astimezone(dt.UTC)
        return cls(lambda: frozen)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Clock:
        """The system clock, or a fixed one when ``KZJP_TUTOR_NOW`` is set."""
        env = os.environ if environ is None else environ
        text = env.get(NOW_ENV)
        return cls.fixed(parse_now(text)) if text else cls()
