"""Placeholder: the study command (replaced by the scheduling/UI work)."""

from __future__ import annotations

import argparse
from typing import Any

from .context import Context


def register(sub: Any) -> None:
    """Add the ``study`` subcommand."""


def run_default(args: argparse.Namespace, ctx: Context) -> int:
    """Open the app."""
    print("kzjp-tutor: the study app is not built yet; try `kzjp-tutor validate decks/`", file=ctx.stdout)
    return 0
