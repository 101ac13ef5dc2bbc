"""What every command receives: where data lives and what time it is."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..core.clock import Clock

__all__ = ["Context"]


@dataclass
class Context:
    """Global options resolved once by the CLI and passed to the command."""

    home: Path
    clock: Clock
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
