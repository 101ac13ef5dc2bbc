"""The Russian card counts every plural test checks, written out once by a Russian speaker.

0, 5, 11 and 25 take «карточек», 1 and 21 «карточка», 2 and 22 «карточки»: the three forms and
the teens that break the last-digit rule.
"""

from __future__ import annotations

RUSSIAN_CARDS = (
    (0, "0 карточек"),
    (1, "1 карточка"),
    (2, "2 карточки"),
    (5, "5 карточек"),
    (11, "11 карточек"),
    (21, "21 карточка"),
    (22, "22 карточки"),
    (25, "25 карточек"),
)
