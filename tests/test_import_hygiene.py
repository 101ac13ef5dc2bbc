"""What importing costs: the core is usable without the TUI (importing it must not load textual or
rich), and ``kzjp-tutor study``'s first card does not wait for screens, dialogs, the grader or the
sync client it does not show (start-up is timed in ``bench/bench_ui.py``, never here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CORE_MODULES = [
    "kzjp_tutor.core",
    "kzjp_tutor.core.deck",
    "kzjp_tutor.core.loader",
    "kzjp_tutor.core.grading",
    "kzjp_tutor.core.clock",
    "kzjp_tutor.core.paths",
    "kzjp_tutor.commands.validate",
    "kzjp_tutor.commands.grade",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_imports_no_ui(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"{module} pulled in: {result.stdout.strip()}"


def test_every_core_module_is_checked() -> None:
    """A new core module is covered automatically: walk the package and import each one."""
    code = (
        "import pkgutil, sys, importlib, kzjp_tutor.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'kzjp_tutor.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


FIRST_CARD = """
import json, sys
from pathlib import Path

import kzjp_tutor.ui.app as app_module
from kzjp_tutor.core.clock import Clock
from kzjp_tutor.ui.factory import make_app
from kzjp_tutor.ui.screens.study import StudyScreen

app_module.VOCABULARY_DELAY_S = 3600  # a timer after the first card, not its path (a stalled run could reach it)
app = make_app(Path(sys.argv[2]), [Path(sys.argv[1])], Clock.from_env(), start_study=True)
shown = StudyScreen.show_next
seen = []

def show_next(self):
    shown(self)
    if self.item is not None and not seen:
        seen.append(self.item.card.id)
        self.call_after_refresh(report)

def report():
    print(json.dumps({"card": seen[0], "modules": sorted(sys.modules)}))
    app.exit()

StudyScreen.show_next = show_next
app.run(headless=True)
"""
"""``kzjp-tutor study DECK`` until its first card is painted (as ``bench/bench_ui.py`` times it)."""

NOT_BEFORE_THE_FIRST_CARD = [
    # Screens and dialogs the first card does not show: imported when first opened.
    "kzjp_tutor.ui.screens.home",
    "kzjp_tutor.ui.screens.browse",
    "kzjp_tutor.ui.screens.progress",
    "kzjp_tutor.ui.screens.settings",
    "kzjp_tutor.ui.screens.instructor",
    "kzjp_tutor.ui.screens.exam",
    "kzjp_tutor.ui.screens.help",
    "kzjp_tutor.ui.widgets.flag_dialog",
    "kzjp_tutor.ui.widgets.palette",
    "kzjp_tutor.ui.keymap",
    # The grader and its dictionaries: built after the first card is painted, before an answer.
    "kzjp_tutor.core.grading.grader",
    "kzjp_tutor.core.grading.lexicon",
    "kzjp_tutor.core.grading.vocabulary",
    "rapidfuzz",
    "snowballstemmer",
    # The class server's client: only for a home that joined a class, after the first paint.
    "kzjp_tutor.core.sync.client",
    "kzjp_tutor.core.sync.background",
    "kzjp_tutor.core.report",
    "kzjp_tutor.core.stats",
]
"""What ``kzjp-tutor study``'s first card must not wait for (each cost it time once, or would)."""


def test_first_card_imports_only_what_it_shows(tmp_path: Path) -> None:
    """A test of what is imported, never of time: the start-up regression of 2026-12-02 came from
    imports like these (the flag dialog, the grader in a thread while the card was painted)."""
    deck = Path(__file__).parent / "ui" / "data" / "small.en.toml"
    env = {**os.environ, "KZJP_TUTOR_NOW": "2026-11-26T09:00:00+00:00", "KZJP_TUTOR_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_CARD, str(deck), str(tmp_path / "home")],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["card"]  # the first card was painted: the list below is of what it needed
    loaded = set(shown["modules"])
    early = [name for name in NOT_BEFORE_THE_FIRST_CARD if name in loaded]
    assert early == [], f"imported before the first card: {early}"
    assert "kzjp_tutor.ui.screens.study" in loaded  # the list is read at the right moment
