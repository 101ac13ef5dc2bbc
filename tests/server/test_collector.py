"""collector_held: overlapping reports hold the cycle collector off together, and it comes back
exactly as it was (kzjp_tutor.server.collector)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from kzjp_tutor.server.collector import collector_held


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    was_on = gc.isenabled()
    yield
    if was_on:
        gc.enable()
    else:
        gc.disable()


def test_the_last_of_overlapping_holders_turns_it_back_on() -> None:
    gc.enable()
    inside, release = threading.Event(), threading.Event()

    def other_report() -> None:
        with collector_held():
            inside.set()
            release.wait(timeout=30)

    thread = threading.Thread(target=other_report)
    thread.start()
    assert inside.wait(timeout=30)
    with collector_held():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other report still builds
    release.set()
    thread.join(timeout=30)
    assert gc.isenabled()


def test_it_stays_off_if_it_was_off_and_comes_back_after_an_error() -> None:
    gc.disable()
    with collector_held():
        pass
    assert not gc.isenabled()
    gc.enable()
    with pytest.raises(RuntimeError), collector_held():
        raise RuntimeError("a failed report")
    assert gc.isenabled()
