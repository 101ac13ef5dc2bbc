"""Running totals per card while the exports are read: shared by the analysis and the suggestions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..grading.normalize import normalize

__all__ = ["AnswerGroups", "CardTally"]


@dataclass
class AnswerGroups:
    """Answers grouped by their normalised text: the spellings seen and who gave them.

    Blank answers ("I don't know") normalise to nothing and are not grouped.
    """

    spellings: dict[str, Counter[str]] = field(default_factory=dict)
    """Normalised text → how often each spelling was typed."""
    students: dict[str, set[int]] = field(default_factory=dict)
    """Normalised text → the numbers of the students who typed it."""

    def add(self, answer: str, student: int) -> None:
        """Count one answer of ``student``."""
        norm = normalize(answer)
        if not norm:
            return
        self.spellings.setdefault(norm, Counter())[answer.strip()] += 1
        self.students.setdefault(norm, set()).add(student)

    def usual(self, norm: str) -> str:
        """The most common spelling of the group ``norm``."""
        return self.spellings[norm].most_common(1)[0][0]

    def count(self, norm: str) -> int:
        """How many answers the group ``norm`` holds."""
        return sum(self.spellings[norm].values())


@dataclass
class CardTally:
    """Running totals for one card while reading the exports."""

    students: set[int] = field(default_factory=set)
    answers: int = 0
    first_fail: int = 0
    first_n: int = 0
    recall: list[float] = field(default_factory=list)
    suggested_again: int = 0
    suggested_again_students: set[int] = field(default_factory=set)
    overrides: int = 0
    leeches: int = 0
    wrong: AnswerGroups = field(default_factory=AnswerGroups)
    """Answers rated Again."""
    right_claims: AnswerGroups = field(default_factory=AnswerGroups)
    """Answers the grader called wrong and the student rated Good or Easy ("I was right")."""
