"""What a bug leaves behind: a crash log in a file and one calm sentence on the screen.

Why in the core, headless (harlequin's ``crash.py``): both entry points, the command line's last
barrier and the app's exit hook, must say the same thing and write the same file, and the app
must not import the CLI to do it.
"""

from __future__ import annotations

import tempfile
import traceback
from pathlib import Path

from .i18n import gettext as _

__all__ = ["CRASH_LOG", "crash_notice", "write_crash_report"]

CRASH_LOG = "kzjp-tutor-crash.log"
"""The crash log's name, in the home folder (or the temp folder when the home cannot be written)."""


def write_crash_report(home: Path, exc: BaseException) -> Path:
    """Keep the traceback in a file (home, else the temp folder) instead of on the screen."""
    text = "".join(traceback.format_exception(exc))
    for folder in (home, Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / CRASH_LOG
            with path.open("a", encoding="utf-8") as handle:
                handle.write(text + "\n")
            return path
        except OSError:
            continue
    return Path(_("(nowhere: the home and temp folders are not writable)"))


def crash_notice(home: Path, exc: BaseException) -> str:
    """Write the crash log and return the sentence to show: the student's answers are safe."""
    where = write_crash_report(home, exc)
    return _(
        "kzjp-tutor: something went wrong inside kzjp-tutor ({error}). "
        "Your progress is safe: every answer was saved when it was given. "
        "The details are in {path}; please send that file to your instructor."
    ).format(error=type(exc).__name__, path=where)
