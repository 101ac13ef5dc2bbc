"""What a recorded answer's values may be when it leaves the device: in an export or a sync event.

Why one module: the export (read by the class report) and the sync events (read by the server and
the other devices) validate the same review and exam fields from untrusted files and payloads;
written in each, a bound changed in one would let the other accept what the first refuses.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

__all__ = ["FsrsRating", "Mark", "Percent", "Score", "Suggested"]

Score = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
"""The grader's score: 0 wrong … 1 right, partial credit between."""
Suggested = Literal["again", "hard", "good", "easy"]
"""The grader's suggested rating, by name."""
FsrsRating = Annotated[int, Field(ge=1, le=4)]
"""The recorded fsrs rating after any override: 1 again … 4 easy."""
Percent = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]
"""A practice exam's score in percent."""
Mark = Annotated[int, Field(ge=2, le=5)]
"""A practice exam's mark on the course's 5-point scale (2 is a fail)."""
