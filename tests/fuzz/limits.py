"""What every fuzz file shares: how many times its corpus runs, and the per-case time bound.

The 2 s bound is the promise in ``docs/reliability.md`` (no input may hang the program); it is a
generous ceiling checked per case, not a speed measurement (those live in ``bench/``). It is read
in CPU seconds of this process (:func:`case_clock`), not on the wall clock: a hang or a
catastrophic regex burns CPU and is caught either way, while a machine busy with other work (CI
beside other jobs on two cores) stretched wall time past the bound for cases that took 0.3 s.
"""

from __future__ import annotations

import os
import time

SCALE = max(1, int(os.environ.get("KZJP_FUZZ_SCALE", "1") or 1))
"""``KZJP_FUZZ_SCALE=10`` runs ten times as many cases (the longer run in docs/reliability.md)."""
CASE_BOUND_S = 2.0
"""No single case may take longer than this."""


def case_clock() -> float:
    """CPU seconds used by this process so far (every thread): the clock the bound is read on."""
    return time.process_time()
