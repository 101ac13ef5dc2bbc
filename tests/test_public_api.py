"""The core's public names resolve to the real objects, loaded on first use."""

from __future__ import annotations

import subprocess
import sys

import kzjp_tutor.core as core


def test_every_public_name_resolves() -> None:
    for name in core.__all__:
        value = getattr(core, name)
        if name == "Card":  # a type alias: the union of the five card models
            assert "TextCard" in repr(value)
        else:
            assert value.__name__ == name


def test_importing_the_package_loads_no_submodule() -> None:
    code = "import sys, kzjp_tutor.core; print(sorted(m for m in sys.modules if m.startswith('kzjp_tutor.core.')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_grading_through_the_package() -> None:
    deck = core.parse_deck(
        b'format = 1\n[deck]\nid = "d"\ntitle = "D"\nlanguage = "ru"\n[[sections]]\nid = "s"\ntitle = "S"\n'
        b'[[sections.cards]]\nid = "c"\nprompt = "?"\nanswer = "\xd0\xa5\xd0\xb0\xd1\x81\xd0\xb8\xd0\xbc\xd0\xbe\xd1\x82\xd0\xbe"\n'
    )
    card = deck.card("c")
    assert card is not None
    assert core.grade(card, "Hashimoto", "ru").correct
    assert not core.grade(card, "Obuchi", "ru").correct


def test_the_type_checking_block_names_exactly_the_public_names() -> None:
    """``_HOME`` is the one list; the ``TYPE_CHECKING`` re-exports must not drift from it."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(core.__file__).read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If))
    names = {alias.asname for node in block.body if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert names == set(core._HOME) == set(core.__all__)
