"""What every command and the app receive: where data lives, what time it is, and the streams.

It lives in the core so that the UI can take it without reaching up into the command layer.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .clock import Clock
from .visible import visible

__all__ = ["Context"]


@dataclass
class Context:
    """Global options resolved once by the CLI and passed to the command."""

    home: Path
    clock: Clock
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)

    def warn(self, message: str) -> None:
        """Tell the user something on stderr without stopping (a skipped deck, an ignored folder).

        The message carries file names and notices built from data, so it is shown inert.
        """
        print(f"kzjp-tutor: {visible(message)}", file=self.stderr)
