"""The layers hold: cli -> commands -> ui -> core, nothing points up, and no module imports itself round.

The contracts live in ``pyproject.toml`` (``[tool.importlinter]``) so that ``lint-imports`` in CI and
this test read the same rules; the run-time check that the core loads no UI is
``test_import_hygiene.py`` (only a run can prove a deferred import really defers).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint(where: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=where,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(where), "PATH": "/usr/bin:/bin"},
    )


def test_the_import_contracts_are_kept() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


def test_an_upward_import_breaks_the_layers_contract(tmp_path: Path) -> None:
    """The contract can fail: a core module that reaches up into the UI is caught."""
    shutil.copytree(
        ROOT / "kzjp_tutor", tmp_path / "kzjp_tutor", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "kzjp_tutor" / "core" / "upward.py").write_text(
        "from ..ui import factory\n", encoding="utf-8"
    )
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "kzjp_tutor.core.upward -> kzjp_tutor.ui.factory" in result.stdout


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_round() -> None:
    """No import cycles at run time (imports only for type checking are left out: they never run)."""
    graph = grimp.build_graph("kzjp_tutor", exclude_type_checking_imports=True, cache_dir=None)
    modules = set(graph.modules)
    edges = {module: set(graph.find_modules_directly_imported_by(module)) & modules for module in modules}
    assert _cycles(edges) == []
