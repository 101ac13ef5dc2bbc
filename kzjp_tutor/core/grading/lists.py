"""Grading a list answer: each named item graded like a text answer, distinct items counted.

The student separates items with commas, semicolons, "и"/"and" or new lines. An item named twice
counts once. The answer is right with ``need`` distinct items and nothing wrong among them; fewer
items earn partial credit in ``score``, and a wrong item is named in the feedback.
"""

from __future__ import annotations

import re

from .normalize import fold, tokens
from .text import is_blank, match_phrase
from .verdict import SuggestedRating, Verdict

__all__ = ["grade_list", "split_items"]

_SEPARATORS_KEEP = re.compile(r"([,;\n]+|\s+(?:и|а также|and|&|\+)\s+|\s*/\s*)", re.IGNORECASE)


def _shared_words(part: str, separator: str, following: str) -> tuple[str, str] | None:
    """Read "A B и C D" as "A B D" and "A C D": two items that share their outer words."""
    if not following or not re.fullmatch(r"\s+(?:и|and)\s+", separator):
        return None
    left, right = part.split(), following.split()
    if len(left) < 2 or len(right) < 2:
        return None
    return " ".join([*left, *right[1:]]), " ".join([*left[:-1], *right])


def split_items(answer: str) -> list[str]:
    """The items the student named, in order."""
    return [piece for piece, _ in _pieces(answer)]


def _pieces(answer: str) -> list[tuple[str, str]]:
    """(item text, the separator that followed it) pairs."""
    parts = _SEPARATORS_KEEP.split(fold(answer.replace("\n", ", ")))
    pieces: list[tuple[str, str]] = []
    for index in range(0, len(parts), 2):
        text = parts[index].strip(" .-—–")
        separator = parts[index + 1] if index + 1 < len(parts) else ""
        if text:
            pieces.append((text, separator))
    return pieces


def _best_item(
    text: str, items: list[tuple[str, ...]], language: str, lexicon: frozenset[str] = frozenset()
) -> tuple[tuple[int, int, int, int], int, bool] | None:
    words = tokens(text, language)
    best: tuple[tuple[int, int, int, int], int, bool] | None = None
    for index, forms in enumerate(items):
        for form in forms:
            match = match_phrase(words, form, language, lexicon=lexicon)
            if match.complete and not match.extras and (best is None or match.rank > best[0]):
                best = (match.rank, index, bool(match.typos))
    return best


def grade_list(
    answer: str,
    items: list[tuple[str, ...]],
    need: int,
    ordered: bool,
    language: str,
    lexicon: frozenset[str] = frozenset(),
) -> Verdict:
    """Grade a list answer against ``items`` (each: canonical, aliases...)."""
    en = language == "en"
    canonical = ", ".join(item[0] for item in items)
    if is_blank(answer):
        text = f"No answer. The items: {canonical}." if en else f"Ответа нет. Правильно: {canonical}."
        return Verdict(False, 0.0, SuggestedRating.AGAIN, text, canonical)
    found: list[int] = []
    wrong: list[str] = []
    typo = False
    pieces = _pieces(answer)
    position = 0
    while position < len(pieces):
        part, separator = pieces[position]
        best = _best_item(part, items, language, lexicon)
        # An item's own name may hold "и"/"and" («Политика мира и согласия»): when this piece or
        # the next is no item by itself, the two are tried together.
        shared = _shared_words(part, separator, pieces[position + 1][0] if position + 1 < len(pieces) else "")
        if best is None and shared is not None:
            # "средства воздушного и водного транспорта" names two items that share their words.
            first, second = (_best_item(text, items, language, lexicon) for text in shared)
            if first is not None and second is not None and first[1] != second[1]:
                for found_item in (first, second):
                    if found_item[1] not in found:
                        found.append(found_item[1])
                        typo = typo or found_item[2]
                position += 2
                continue
        if position + 1 < len(pieces):
            following = pieces[position + 1][0]
            if best is None or _best_item(following, items, language, lexicon) is None:
                joined = part + separator + following
                longer = _best_item(joined, items, language, lexicon)
                if longer is not None:
                    part, best = joined, longer
                    position += 1
        position += 1
        if best is None:
            wrong.append(part)
            continue
        if best[1] not in found:
            found.append(best[1])
            typo = typo or best[2]
    in_order = found == sorted(found)
    count = len(found)
    score = min(1.0, count / need) if need else 0.0
    if wrong:
        score = max(0.0, score - 0.5 * len(wrong) / max(need, 1))
    named = ", ".join(items[i][0] for i in found)
    missing = [item[0] for i, item in enumerate(items) if i not in found]
    if count >= need and not wrong and (in_order or not ordered):
        rating = SuggestedRating.HARD if typo else SuggestedRating.GOOD
        text = "Correct." if en else "Верно."
        if typo:
            text = "Correct, with typos." if en else "Засчитано с опечатками."
        return Verdict(True, 1.0, rating, text, named)
    reasons = []
    if ordered and not in_order:
        reasons.append("wrong order" if en else "порядок неверный")
    if wrong:
        shown = "; ".join(f"«{w}»" for w in wrong)
        reasons.append(f"not in the list: {shown}" if en else f"не из списка: {shown}")
    if count < need:
        reasons.append(f"named {count} of {need}" if en else f"названо {count} из {need}")
    head = "; ".join(reasons).capitalize()
    tail = f" The items: {', '.join(missing) or canonical}." if en else f" Ещё: {', '.join(missing)}."
    if not missing:
        tail = ""
    return Verdict(
        False, round(score, 3), SuggestedRating.AGAIN, f"{head}.{tail}", canonical, partial=count > 0
    )
