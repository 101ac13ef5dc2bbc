"""Deck text as Textual ``Content``: the only way deck text reaches the screen.

Why: deck files are untrusted. A prompt containing ``[bold]`` or ``[@click=app.quit]x[/]``
must appear literally and do nothing when clicked, so deck text is wrapped in ``Content(text)``
(never parsed as markup, never "escaped" by hand) and styles are added as spans around it.
"""

from __future__ import annotations

from textual.content import Content

from ...core.deck import Card, ChoiceCard, DateCard, ListCard, NumberCard, TextCard
from ...core.grading import DiffOp

__all__ = ["canonical_answer", "close_enough", "diff_content", "literal"]


def literal(text: str, style: str = "") -> Content:
    """Deck text as literal content, optionally styled as a whole."""
    return Content.styled(text, style) if style else Content(text)


def _any_of(need: int, count: int, language: str) -> str:
    if language == "ru":
        return f"любой из {count}" if need == 1 else f"любые {need} из {count}"
    return f"any one of {count}" if need == 1 else f"any {need} of {count}"


def canonical_answer(card: Card, language: str = "ru") -> str:
    """The card's answer as the student should read it after grading, in the deck's ``language``.

    A date is written out at its precision ("28 декабря 1991 года", "December 28, 1991"), the way
    the grader's feedback writes it, not as the deck's ISO text.
    """
    if isinstance(card, DateCard):
        from ...core.grading.dates import format_date  # the grader's modules load after the first card

        return format_date(*card.parts, language)
    if isinstance(card, ListCard):
        need = (
            f" ({_any_of(card.required, len(card.items), language)})"
            if card.required < len(card.items)
            else ""
        )
        return "; ".join(item[0] for item in card.items) + need
    if isinstance(card, NumberCard):
        number = f"{card.answer:g}" if isinstance(card.answer, float) else str(card.answer)
        tolerance = f" ± {card.tolerance:g}" if card.tolerance else ""
        return f"{number}{tolerance} {card.unit}" if card.unit else f"{number}{tolerance}"
    if isinstance(card, ChoiceCard):
        return f"{card.choices.index(card.answer) + 1}. {card.answer}"
    if isinstance(card, TextCard):
        return card.answer
    return str(card.answer)  # pragma: no cover - every card type is handled above


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
