"""The instructor's read of the class: the server's rebuilt exports, checked like files.

Why one home: ``report --server`` and the Instructor screen must show the same report from the
same data with the same checks, so both call :func:`class_exports`; only how they get the key and
the client (prompt or stored file, real sleep) differs.
"""

from __future__ import annotations

import json
from collections.abc import Collection

from ..export import LoadedExport, Skipped, load_export_data
from ..i18n import gettext as _
from .client import ClassClient, SyncError

__all__ = ["class_exports"]


def class_exports(
    teacher: ClassClient, *, deck_id: str | Collection[str] | None = None
) -> tuple[list[LoadedExport], list[Skipped]]:
    """Every student's export as the server rebuilds it from their events (instructor key).

    Raises:
        SyncError: the server refused the key, stayed unreachable, or sent something unreadable.
    """
    answer = teacher.call("GET", "/api/v1/class/exports")
    if not isinstance(answer, list):
        raise SyncError(_("the server sent events this program cannot read"))
    server = teacher.server
    items = (
        (f"{server} #{number + 1}", f"#{number + 1}", json.dumps(item).encode())
        for number, item in enumerate(answer)
    )
    return load_export_data(items, deck_id=deck_id)
