"""The Textual user interface: a thin layer over :mod:`kzjp_tutor.core`.

Everything that decides (grading, scheduling, what is due) lives in the core; the UI only shows
it and forwards the student's keys. :func:`~kzjp_tutor.ui.factory.make_app` builds the app for
the command line and the tests alike.
"""

from __future__ import annotations

__all__: list[str] = []
