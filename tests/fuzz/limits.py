"""What every fuzz file shares: how many times its corpus runs, and the per-case time bound.

The 2 s bound is the promise in ``docs/reliability.md`` (no input may hang the program); it is a
generous ceiling checked per case, not a speed measurement (those live in ``bench/``).
"""

from __future__ import annotations

import os

SCALE = max(1, int(os.environ.get("KZJP_FUZZ_SCALE", "1") or 1))
"""``KZJP_FUZZ_SCALE=10`` runs ten times as many cases (the longer run in docs/reliability.md)."""
CASE_BOUND_S = 2.0
"""No single case may take longer than this."""
