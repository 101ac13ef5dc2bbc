"""A slow grade never freezes the study screen: long answers are graded in a thread worker."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from textual.widgets import Input

from kzjp_tutor.core import grading
from kzjp_tutor.core.grading import Verdict
from kzjp_tutor.ui.screens.study import StudyScreen

from .helpers import SMALL, AppFactory, wait_loaded

LONG = "Astana " * 60
"""Over the length graded on the UI thread."""


def _study(app: object) -> StudyScreen:
    screen = getattr(app, "screen", None)
    assert isinstance(screen, StudyScreen)
    return screen


async def test_ctrl_q_quits_while_a_grade_blocks(
    build_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the grader stuck, the screen says nothing yet, and ctrl+q still ends the app."""
    entered, release = threading.Event(), threading.Event()
    real = grading.grade

    def stuck(*args: Any, **kwargs: Any) -> Verdict:
        entered.set()
        release.wait(timeout=30)
        return real(*args, **kwargs)

    monkeypatch.setattr(grading, "grade", stuck)
    app = build_app(SMALL, start_study=True)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_loaded(pilot)
            _study(app).query_one("#study-answer", Input).value = LONG
            await pilot.press("enter")
            for _ in range(100):
                await pilot.pause(0.01)
                if entered.is_set():
                    break
            assert entered.is_set() and _study(app).state == "grading"
            await pilot.press("ctrl+q")
            assert app.return_code == 0 and not release.is_set()
            release.set()  # let the stuck thread end, so the test process does not wait 30 s
    finally:
        release.set()
    assert not app.is_running


async def test_long_answer_is_graded_in_a_worker_and_shown(build_app: AppFactory) -> None:
    """The worker's verdict is shown as a synchronous one would be, and can be accepted."""
    app = build_app(SMALL, start_study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        study = _study(app)
        study.query_one("#study-answer", Input).value = LONG
        await pilot.press("enter")
        for _ in range(200):
            await pilot.pause(0.01)
            if study.state == "graded":
                break
        assert study.state == "graded" and study.graded is not None
        assert study.graded.answer == LONG
        await pilot.press("enter")  # accept
        await pilot.pause()
        assert len(study.session.history) == 1
