"""Deck text as Textual ``Content``: the only way deck text reaches the screen.

Why: deck files are untrusted. A prompt containing ``[bold]`` or ``[@click=app.quit]x[/]``
must appear literally and do nothing when clicked, so deck text is wrapped in ``Content(text)``
(never parsed as markup, never "escaped" by hand) and styles are added as spans around it.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from ...core.grading.marks import Marked

__all__ = ["cell_text", "literal", "marked_content"]


def literal(text: str, style: str = "") -> Content:
    """Deck text as literal content, optionally styled as a whole."""
    return Content.styled(text, style) if style else Content(text)


def cell_text(text: str, style: str = "") -> Text:
    """Deck text for a ``DataTable`` cell, literal like :func:`literal`, that wraps.

    Why not ``Content``: the table draws ``Content`` as fixed lines and cuts them at the column's
    edge, while it wraps Rich ``Text`` to the column and grows the row (``height=None``), so a long
    deck or section title is read whole at 80 columns. ``Text(...)`` never parses markup.
    """
    return Text(text, style=style)


_MARK_STYLES = {"wrong": "bold $text-error", "missing": "italic $text-success"}  # i18n: not text


def marked_content(marked: Marked) -> Content:
    """The typed answer as marked by the core, with colour added: the ⟦…⟧ marks and the
    "missing: …" list are in the text itself, so the answer reads the same without colour."""
    return Content.assemble(
        *(
            Content.styled(text, _MARK_STYLES[kind]) if kind in _MARK_STYLES else Content(text)
            for text, kind in marked.segments()
        )
    )
