"""What ``class`` and ``sync`` share: a client with retries, and keys read from the environment or a prompt.

Keys are never command-line arguments (they would show in ``ps`` and the shell history): each
comes from its environment variable, else a prompt that does not echo.
"""

from __future__ import annotations

import getpass
import os
import random
import time

from ..core.context import Context
from ..core.errors import UsageError
from ..core.i18n import gettext as _
from ..core.sync.client import ClassClient, UrllibTransport
from ..core.sync.credentials import CLASS_KEY_ENV

__all__ = ["CLASS_KEY_ENV", "SETUP_KEY_ENV", "client", "secret"]

SETUP_KEY_ENV = "KZJP_TUTOR_SETUP_KEY"
"""The server's setup key, for ``class create``."""


def client(server: str, key: str | None) -> ClassClient:
    """A client with real time and jitter (the core takes both as arguments)."""
    return ClassClient(UrllibTransport(), server, key, sleep=time.sleep, jitter=random.random)


def secret(ctx: Context, variable: str, prompt: str) -> str:
    """A key from ``variable``, else asked for without echo (or read from a piped stdin)."""
    value = os.environ.get(variable, "").strip()
    if not value:
        value = getpass.getpass(prompt).strip() if ctx.stdin.isatty() else ctx.stdin.readline().strip()
    if not value:
        raise UsageError(_("no key given: set {variable} or type it when asked").format(variable=variable))
    return value
