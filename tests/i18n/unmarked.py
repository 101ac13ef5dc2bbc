"""Find the text a person would read that is not marked for translation.

Run ``python -m tests.i18n.unmarked [FILE...]`` for a list (file:line: text); the test
:mod:`test_catalog` fails while the list is not empty.

What counts as text: a string literal (or an f-string's literal part) with a word of two or more
Latin letters, except docstrings, the arguments of the gettext functions, identifiers (lowercase
with no spaces: ids, CSS classes, setting names, file names), dictionary keys and subscripts,
comparisons, and the arguments that are not prose (a widget's ``id``, a binding's key and
action, SQL). A literal that really is not for people (a CSV column id, a JSON field, a format
for machines) says so with ``# i18n: not text`` on its line, so every exception is visible.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "kzjp_tutor"
MARKER = "# i18n: not text"

EXCLUDED = (
    # The grader's feedback is in the deck's language, not the interface's: its own ru/en table.
    PACKAGE / "core" / "grading",
    PACKAGE / "core" / "i18n.py",
    PACKAGE / "__main__.py",
)
GETTEXT = frozenset({"_", "N_", "gettext", "ngettext", "pgettext", "npgettext"})
NOT_PROSE_CALLS = frozenset(
    {
        "query_one",
        "query",
        "query_exactly_one",
        "add_class",
        "remove_class",
        "set_class",
        "has_class",
        "toggle_class",
        "getattr",
        "setattr",
        "hasattr",
        "import_module",
        "execute",
        "executemany",
        "executescript",
        "compile",
        "fullmatch",
        "match",
        "search",
        "sub",
        "split",
        "strftime",
        "strptime",
        "fromisoformat",
        "encode",
        "decode",
        "startswith",
        "endswith",
        "removeprefix",
        "removesuffix",
        "replace",
        "strip",
        "rstrip",
        "lstrip",
        "join",
        "field",
        "Field",
        "TypeVar",
        "NewType",
        "get_component_rich_style",
        "get_component_styles",
        "run_worker",
        "set_timer",
        "cast",
        "Path",
        "joinpath",
        "glob",
        "rglob",
        "with_suffix",
        "with_name",
        "open",
        "getenv",
        "get",
        "pop",
        "setdefault",
        "connect",
        "post_message",
    }
)
NOT_PROSE_KEYWORDS = frozenset(
    {
        "id",
        "classes",
        "name",
        "action",
        "key",
        "variant",
        "dest",
        "metavar",
        "encoding",
        "errors",
        "mode",
        "newline",
        "group",
        "sep",
        "end",
        "type",
        "alias",
        "pattern",
        "group_id",
        "key_display",
        "format",
        "mime",
        "media_type",
        "suffix",
        "prefix",
        "dir",
        "thread_name_prefix",
        "exclusive",
    }
)
_WORD = re.compile(r"[A-Za-z]{2,}")
_IDENTIFIER = re.compile(r"[a-z0-9_.\-/:*%{}()\[\]#=<>|+,!?^$\\]*")
_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|WITH)\b", re.I
)
# A piece of a query built in parts (f" FROM t WHERE id = ?", " ORDER BY day", "day >= ?"): an
# upper-case keyword first (case-sensitive, so prose never matches), or a column compared to a ?.
_SQL_PART = re.compile(
    r"^[\s)]*(FROM|WHERE|AND|OR|ORDER BY|GROUP BY|LIMIT|IN|JOIN|SET|VALUES)\b|^\w+ (IN \(|[<>=!]=? \?)"
)
_FORMAT_ONLY = re.compile(r"^[\s{}\w.:!<>^,%+\-#=]*$")  # "{:>6}", "%Y-%m-%d"


def _is_text(value: str) -> bool:
    if not _WORD.search(value):
        return False
    if _IDENTIFIER.fullmatch(value):
        return False
    if _SQL.match(value) or _SQL_PART.match(value):
        return False
    stripped = value.strip()
    if _FORMAT_ONLY.fullmatch(stripped) and not re.search(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}", stripped):
        # one word with format codes ("%Y-%m-%d", "{label:<12}") is not prose unless capitalised
        return bool(re.search(r"\b[A-Z][a-z]+\b", stripped)) and not re.fullmatch(r"[A-Z_0-9]+", stripped)
    return True


class _Finder(ast.NodeVisitor):
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.found: list[tuple[int, str]] = []
        self._skip: set[int] = set()

    def _skip_tree(self, node: ast.AST | None) -> None:
        if node is not None:
            for child in ast.walk(node):
                self._skip.add(id(child))

    def visit_Module(self, node: ast.Module) -> None:
        self._skip_docstring(node)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._skip_docstring(node)
        for statement in node.body:
            if isinstance(statement, ast.Assign) and any(
                isinstance(target, ast.Name)
                and target.id in ("DEFAULT_CSS", "CSS", "CSS_PATH", "COMPONENT_CLASSES")
                for target in statement.targets
            ):
                self._skip_tree(statement)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._skip_docstring(node)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _skip_docstring(
        self, node: ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
    ) -> None:
        for statement in node.body:
            # docstrings, and the attribute docstrings that follow assignments
            if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                self._skip_tree(statement)

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            self._skip_tree(node)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name in GETTEXT or name in NOT_PROSE_CALLS:
            self._skip_tree(node)
        if name == "Binding":
            for argument in node.args[:2]:
                self._skip_tree(argument)
        for keyword in node.keywords:
            if keyword.arg in NOT_PROSE_KEYWORDS:
                self._skip_tree(keyword.value)
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self._skip_tree(node.slice)
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        for key in node.keys:
            self._skip_tree(key)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        self._skip_tree(node)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._skip_tree(node.annotation)
        self.generic_visit(node)

    def visit_arg(self, node: ast.arg) -> None:
        self._skip_tree(node.annotation)

    def visit_Constant(self, node: ast.Constant) -> None:
        if id(node) in self._skip or not isinstance(node.value, str) or not _is_text(node.value):
            return
        line = self.lines[node.lineno - 1] if node.lineno <= len(self.lines) else ""
        end = self.lines[(node.end_lineno or node.lineno) - 1]
        if MARKER in line or MARKER in end:
            return
        self.found.append((node.lineno, node.value))


def unmarked(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every unmarked piece of prose in one file."""
    source = path.read_text(encoding="utf-8")
    finder = _Finder(source.splitlines())
    finder.visit(ast.parse(source, str(path)))
    return sorted(finder.found)


def package_files() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if not any(path == excluded or excluded in path.parents for excluded in EXCLUDED):
            yield path


def main(argv: list[str]) -> int:
    paths = [Path(arg).resolve() for arg in argv] or list(package_files())
    total = 0
    for path in paths:
        for line, text in unmarked(path):
            print(f"{path.relative_to(ROOT)}:{line}: {text!r}")
            total += 1
    print(f"{total} unmarked", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
