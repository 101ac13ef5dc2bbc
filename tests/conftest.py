"""Hypothesis profiles: CI runs the same examples every time, a developer's run explores new ones.

Why: a property test that finds a new counterexample on one CI run in fifty blocks a landing for a
bug nobody touched; the exploring runs (every local `pytest`, `./check`) are where new
counterexamples should turn up, and each one found becomes a fixed example in its test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

# No per-example deadline in either profile: it is a wall-clock bound, and on a loaded machine a
# 60 ms example took 244 ms and failed (tests/core/test_extra_cards.py); speed lives in bench/.
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


# --- The interface's language --------------------------------------------------------------------
# The suite is written against the English interface unless a test asks for Russian: the
# environment variable reaches the CLI run in-process and in subprocesses, and the fixture resets
# the process-wide language that a Russian test (or the app's Settings screen) switched.
os.environ.setdefault("KZJP_TUTOR_LANG", "en")


def _compile_catalogs() -> None:
    """Build the .mo files from the .po sources, so tests read the translations as committed.

    An editable install compiles them once; a translator's edit since then would otherwise be
    tested against a stale file. Written to a temporary name and renamed, so parallel runs in one
    clone never read half a file.
    """
    import tempfile
    from pathlib import Path

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    locale = Path(__file__).resolve().parent.parent / "kzjp_tutor" / "locale"
    for po in locale.glob("*/LC_MESSAGES/*.po"):
        with po.open("rb") as source:
            catalog = read_po(source)
        with tempfile.NamedTemporaryFile("wb", dir=po.parent, suffix=".tmp", delete=False) as target:
            write_mo(target, catalog)
        Path(target.name).replace(po.with_suffix(".mo"))


_compile_catalogs()


@pytest.fixture(autouse=True)
def _english_interface() -> Iterator[None]:
    from kzjp_tutor.core import i18n

    i18n.use("en")
    yield
    i18n.use("en")
