"""The app's words in the current interface language, also after a switch at run time.

Why this is needed: Textual's key bindings are class attributes, built when the module is
imported, before anyone knows the student's language; their descriptions are marked with ``N_``
and only translated here, where each node's own binding table is rebuilt from the originals.
Only the descriptions and tooltips change: the keys, actions and ids (what ``[keymap]`` and the
palette name) stay exactly as declared, and Textual applies the keymap on top as before.

A screen that shows text calls :func:`follow_language` on mount with a ``relabel`` function that
rewrites its words; the app publishes :attr:`~kzjp_tutor.ui.app.TutorApp.language_changed` after
the Settings screen switched the language, and every living screen relabels itself then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast
from weakref import WeakKeyDictionary

from textual.binding import Binding
from textual.dom import DOMNode

from ..core.i18n import gettext as _

if TYPE_CHECKING:
    from .app import TutorApp

__all__ = ["follow_language", "translate_bindings", "translated"]

_ORIGINALS: WeakKeyDictionary[DOMNode, dict[str, list[Binding]]] = WeakKeyDictionary()
"""Each node's binding table as first seen (English descriptions, default keys)."""


def translated(binding: Binding) -> Binding:
    """``binding`` with its description and tooltip in the current language (an empty one stays empty)."""
    return replace(
        binding,
        description=_(binding.description) if binding.description else "",
        tooltip=_(binding.tooltip) if binding.tooltip else "",
    )


def translate_bindings(node: DOMNode) -> None:
    """Rewrite ``node``'s bindings in the current language, keeping every key and id as declared.

    The table is rebuilt from the one the node started with, so switching back and forth never
    translates a translation; a binding Textual added at run time (the palette's ctrl+p on the
    app) is kept, because it is in that first table too.
    """
    originals = _ORIGINALS.get(node)
    if originals is None:
        originals = {key: list(bindings) for key, bindings in node._bindings.key_to_bindings.items()}
        _ORIGINALS[node] = originals
    node._bindings.key_to_bindings = {
        key: [translated(binding) for binding in bindings] for key, bindings in originals.items()
    }


def follow_language(node: DOMNode, relabel: Callable[[], Any]) -> None:
    """Translate ``node``'s keys now, and its keys and words (``relabel``) after every switch.

    A screen shown by another app (a test's host) has no switch to follow: it is only translated.
    """
    translate_bindings(node)
    if not hasattr(node.app, "language_changed"):
        return
    app = cast("TutorApp", node.app)

    def switched(_language: str) -> None:
        translate_bindings(node)
        relabel()
        node.refresh_bindings()

    app.language_changed.subscribe(node, switched)
