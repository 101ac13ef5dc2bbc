"""``kzjp-tutor report --server URL``: the class report from the live data, behind the instructor key."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kzjp_tutor.commands import report as report_command
from kzjp_tutor.core.errors import UsageError
from kzjp_tutor.core.settings import Settings
from kzjp_tutor.core.store import Store
from kzjp_tutor.core.sync.client import SyncError, sync_now
from kzjp_tutor.core.sync.replay import replay_planner

from ..report.helpers import run_command
from .conftest import NOW, SERVER, AppTransport, Device, join, new_class, sync_client


def _class(api: TestClient, tmp_path: Path) -> tuple[str, str]:
    """Aigerim (a flag with a comment, an exam) and Bob (one answer) synced; (instructor key, a student key)."""
    made = new_class(api)
    keys = {}
    for name in ("Aigerim", "Bob"):
        keys[name] = join(api, made.join_code, name)
        device = Device(tmp_path / name)
        device.answer("card", 3, NOW)
        if name == "Aigerim":
            device.step("flag", "card", NOW, comment="ответ устарел")
            device.exam(NOW, 75.0, 4, ["other"])
        with Store.open(device.home, now=NOW, backup=False) as store:
            sync_now(store, sync_client(AppTransport(api), keys[name]), replay_planner(Settings()), cursor=0)
    return made.instructor_key, keys["Bob"]


@pytest.fixture
def wired(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    """The report command's client talks to the app in-process."""
    monkeypatch.setattr("kzjp_tutor.commands._class_client.UrllibTransport", lambda: AppTransport(api))
    return api


def test_report_from_the_server(wired: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same tables as from files: both students, the flag with its comment, the exam column."""
    teacher, _student = _class(wired, tmp_path)
    monkeypatch.setenv("KZJP_TUTOR_CLASS_KEY", teacher)
    ran = run_command(
        report_command,
        ["report", "--server", SERVER, "--insecure", "--html", str(tmp_path / "r.html")],
        tmp_path / "h",
    )
    assert ran.code == 0, ran.err
    assert "2 students" in ran.out and "Aigerim" in ran.out and "Bob" in ran.out
    assert "Cards flagged as wrong" in ran.out and "ответ устарел" in ran.out
    assert "mark 4 (75%) · 1 exam" in ran.out
    assert "ответ устарел" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_a_student_key_cannot_read_the_class(
    wired: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """403 in the instructor's words; nothing printed of the class."""
    _teacher, student = _class(wired, tmp_path)
    monkeypatch.setenv("KZJP_TUTOR_CLASS_KEY", student)
    with pytest.raises(SyncError, match="refused"):
        run_command(report_command, ["report", "--server", SERVER, "--insecure"], tmp_path / "h")


def test_plain_http_to_another_host_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key would cross the network in the clear: refused before any request."""
    monkeypatch.setenv("KZJP_TUTOR_CLASS_KEY", "kzi_whatever")
    with pytest.raises(UsageError, match="refusing plain http"):
        run_command(report_command, ["report", "--server", "http://tutor.example.edu"], tmp_path / "h")


def test_files_or_server_not_both(tmp_path: Path) -> None:
    """Neither, or both, is a usage error saying what to give."""
    with pytest.raises(UsageError, match="--server URL"):
        run_command(report_command, ["report"], tmp_path / "h")
    with pytest.raises(UsageError, match="not both"):
        run_command(report_command, ["report", str(tmp_path), "--server", SERVER], tmp_path / "h")
