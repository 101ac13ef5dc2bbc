"""Deck text as Textual ``Content``: the only way deck text reaches the screen.

Why: deck files are untrusted. A prompt containing ``[bold]`` or ``[@click=app.quit]x[/]``
must appear literally and do nothing when clicked, so deck text is wrapped in ``Content(text)``
(never parsed as markup, never "escaped" by hand) and styles are added as spans around it.
"""

from __future__ import annotations

from textual.content import Content

from ...core.grading import DiffOp

__all__ = ["close_enough", "diff_content", "literal"]


def literal(text: str, style: str = "") -> Content:
    """Deck text as literal content, optionally styled as a whole."""
    return Content.styled(text, style) if style else Content(text)


_DIFF_STYLES = {
    "delete": "strike $text-error",
    "insert": "underline $text-success",
}


def diff_content(answer: str, diff: tuple[DiffOp, ...]) -> Content:
    """The student's answer with the grader's differences marked.

    Extra characters are struck through in the error colour, missing ones are shown underlined
    in the success colour, and a replaced run shows both. Without a diff, the answer as typed.
    """
    if not diff:
        return Content(answer)
    parts: list[Content] = []
    for op in diff:
        if op.kind == "equal":
            parts.append(Content(op.answer))
        elif op.kind == "delete":
            parts.append(Content.styled(op.answer, _DIFF_STYLES["delete"]))
        elif op.kind == "insert":
            parts.append(Content.styled(op.expected, _DIFF_STYLES["insert"]))
        else:
            parts.append(Content.styled(op.answer, _DIFF_STYLES["delete"]))
            parts.append(Content.styled(op.expected, _DIFF_STYLES["insert"]))
    return Content.assemble(*parts)


def close_enough(diff: tuple[DiffOp, ...]) -> bool:
    """Whether a diff is worth highlighting: at least half of both sides agree.

    A diff between "Astana" and "Ryutaro Hashimoto" is letter soup that helps nobody; a diff
    between "Hashimotto" and "Hashimoto" shows the typo. This is display only; the grade is
    the grader's.
    """
    if not diff:
        return False
    equal = sum(len(op.answer) for op in diff if op.kind == "equal")
    answer = sum(len(op.answer) for op in diff)
    expected = sum(len(op.expected) for op in diff)
    return equal * 2 >= max(answer, expected, 1)
