"""The core is usable without the TUI: importing it must not load textual or rich."""

from __future__ import annotations

import subprocess
import sys

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
