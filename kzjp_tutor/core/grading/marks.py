"""The student's answer as typed, with its wrong words marked and the missing words named.

Why not a character diff: a merged diff of two spellings ("отпосларавить делегацию") reads as
gibberish without colour and strikethrough, which plain mode, screen readers and ``NO_COLOR``
do not have. A teacher underlines whole words and writes what is missing in the margin, so this
keeps the typed text verbatim (case, punctuation and all), wraps the words that match nothing
of the nearest accepted form in ⟦…⟧, and lists the words of that form the answer lacks. The app
adds colour on top; plain mode prints :meth:`Marked.plain` as it is.

Only text and list answers are marked word by word: a date or number answer's words are not
the point (the feedback sentence says "right year, wrong month"), and a choice is one option.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..deck import Card, ListCard, TextCard
from .verdict import Verdict

__all__ = ["Marked", "as_written", "mark_answer"]

WRONG_OPEN = "⟦"
WRONG_CLOSE = "⟧"
_WORD = re.compile(r"(?:[^\W\d_]\.)+|\w+(?:[-'’.]\w+)*", re.UNICODE)
"""A word as typed: initials keep their dots («Н.А.»), a compound its hyphen."""
_JOINERS = frozenset({"и", "and", "или", "or"})
"""Words that join a list's items: neither wrong nor missing in a list answer."""


@dataclass(frozen=True, slots=True)
class Marked:
    """A typed answer cut into verbatim runs, each wrong or not, and the missing words."""

    parts: tuple[tuple[str, bool], ...]
    """The answer exactly as typed, in runs; ``True`` marks a run of wrong words."""
    missing: tuple[str, ...]
    """Phrases of the nearest accepted form that the answer lacks, as the deck writes them."""

    def segments(self) -> tuple[tuple[str, str], ...]:
        """The marked answer as (text, kind) pieces, kind "typed", "wrong", "note" or "missing".

        Joined, the texts are :meth:`plain`; a front end with colour styles each kind on top.
        """
        pieces = [
            (f"{WRONG_OPEN}{run}{WRONG_CLOSE}", "wrong") if wrong else (run, "typed")
            for run, wrong in self.parts
        ]
        if self.missing:
            pieces += [(" (missing: ", "note"), (", ".join(self.missing), "missing"), (")", "note")]
        return tuple(pieces)

    def plain(self) -> str:
        """The marked answer as text: wrong runs in ⟦…⟧, then "(missing: …)" when anything is."""
        return "".join(text for text, _kind in self.segments())


def mark_answer(card: Card, answer: str, verdict: Verdict, language: str) -> Marked:
    """Mark ``answer`` against the verdict's nearest form; an accepted answer is left unmarked.

    Nothing is marked when no word of the answer matches any word of the nearest form either:
    that is a different answer, not a near miss, and the correct answer is shown next to it.
    """
    unmarked = Marked(((answer, False),), ())
    if verdict.correct or verdict.unreadable or not verdict.nearest or not answer.strip():
        return unmarked
    if not isinstance(card, TextCard | ListCard):
        return unmarked
    # The word rules load with the grader, which has already run for this verdict.
    from .normalize import FILLERS, tokens
    from .words import Strength, compare_words

    fillers = FILLERS.get(language, frozenset()) | FILLERS["ru"] | FILLERS["en"]
    if isinstance(card, ListCard):
        fillers |= _JOINERS
    expected = [(m, tokens(m.group(), language, keep_fillers=True)) for m in _WORD.finditer(verdict.nearest)]
    expected_words = {word for _m, words in expected for word in words if word not in fillers}
    found: set[str] = set()
    runs: list[tuple[int, int, bool]] = []
    for match in _WORD.finditer(answer):
        words = [w for w in tokens(match.group(), language, keep_fillers=True) if w not in fillers]
        hits = {e for w in words for e in expected_words if compare_words(w, e, language) >= Strength.TYPO}
        found |= hits
        runs.append((match.start(), match.end(), bool(words) and not hits))
    if not found:
        return unmarked
    missing: list[str] = []
    previous_missing = False
    for match, forms in expected:
        content = [w for w in forms if w not in fillers]
        lacking = bool(content) and not any(w in found for w in content)
        if lacking and previous_missing:
            missing[-1] += " " + match.group()
        elif lacking:
            missing.append(match.group())
        previous_missing = lacking or (previous_missing and not content)
    return Marked(_runs(answer, runs), tuple(missing))


def _runs(answer: str, words: list[tuple[int, int, bool]]) -> tuple[tuple[str, bool], ...]:
    """The answer cut at word boundaries into alternating runs; wrong words with the spaces
    between them form one run, so "⟦главным торговым⟧ партнером" reads as one mark."""
    parts: list[tuple[str, bool]] = []
    cursor = 0
    for start, end, wrong in words:
        gap = answer[cursor:start]
        if wrong and parts and parts[-1][1] and not gap.strip():
            parts[-1] = (parts[-1][0] + gap + answer[start:end], True)
        else:
            if gap:
                parts.append((gap, False))
            parts.append((answer[start:end], wrong))
        cursor = end
    if cursor < len(answer):
        parts.append((answer[cursor:], False))
    merged: list[tuple[str, bool]] = []
    for run, wrong in parts:
        if merged and merged[-1][1] == wrong and not wrong:
            merged[-1] = (merged[-1][0] + run, False)
        else:
            merged.append((run, wrong))
    return tuple(merged)


def as_written(text: str, words: Sequence[str], language: str) -> str:
    """The ``words`` (normalised, as the grader compares them) quoted back as ``text`` writes them.

    Feedback names words the grader found extra or missing; in their normalised form they are
    lower-cased and stripped of the small words between them («центральной азии», "lists japanese
    prisoners war"). Here each run of ``text`` whose words are all among ``words`` (small words
    inside a run kept) is given verbatim, runs joined by ", ": «Центральной Азии», "lists of
    Japanese prisoners of war". Words not found in ``text`` (a second reading of the answer in
    the other keyboard layout) are given as they are.
    """
    from .normalize import FILLERS, tokens

    wanted = set(words)
    if not wanted:
        return ""
    fillers = FILLERS.get(language, frozenset()) | FILLERS["ru"] | FILLERS["en"]
    runs: list[list[int]] = []  # [start, end] of each run in text
    open_run = False  # the last run may still grow: only small words since its last word
    found: set[str] = set()
    matches = list(_WORD.finditer(text))
    skip = False
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        if skip:
            skip = False
            continue
        forms = tokens(match.group(), language, keep_fillers=True)
        end = match.end()
        if following is not None and not all(form in wanted for form in forms):
            # Two words the grader reads as one («Олимпийские игры» is «олимпиада»).
            pair = tokens(text[match.start() : following.end()], language, keep_fillers=True)
            if len(pair) == 1 and pair[0] in wanted:
                forms, end, skip = pair, following.end(), True
        if forms and all(form in wanted for form in forms):
            found.update(forms)
            if open_run:
                runs[-1][1] = end
            else:
                runs.append([match.start(), end])
            open_run = True
        elif not (open_run and forms and all(form in fillers for form in forms)):
            open_run = False  # a content word the feedback does not name ends the run
    if not runs or not wanted <= found:
        return " ".join(words)
    return ", ".join(text[start:end] for start, end in runs)
