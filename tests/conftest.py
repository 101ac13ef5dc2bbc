"""Hypothesis profiles: CI runs the same examples every time, a developer's run explores new ones.

Why: a property test that finds a new counterexample on one CI run in fifty blocks a landing for a
bug nobody touched; the exploring runs (every local `pytest`, `./check`) are where new
counterexamples should turn up, and each one found becomes a fixed example in its test.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
