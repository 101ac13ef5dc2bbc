"""What ``kzjp-tutor sync`` says about the settings it sent, for a student with one device.

A walk-through found a student with no other device told that their settings "now go to your
other devices too". The client cannot know whether another device exists (the server keeps no
list of devices), so the lines say where the settings went and that any other device takes them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kzjp_tutor.cli import main
from kzjp_tutor.core.settings import Settings, load_settings, save_settings
from kzjp_tutor.core.sync.credentials import ClassLink, save_link

from .conftest import NOW, SERVER, AppTransport, Device, join, new_class, sync_client

FIRST = {
    "en": (
        "  your scheduling settings (retention, learning steps, exam dates…) are now kept on the class "
        "server: any other device you join with your class key takes them\n"
    ),
    "ru": (
        "  ваши настройки расписания (запоминание, шаги изучения, даты экзаменов…) теперь хранятся на "
        "сервере группы: их получит любое другое устройство, подключённое с вашим ключом группы\n"
    ),
}
CHANGED = {
    "en": (
        "  sent your changed scheduling settings to the class server (any other device of yours takes "
        "them at its next sync): desired_retention\n"
    ),
    "ru": (
        "  изменённые настройки расписания отправлены на сервер группы (другие ваши устройства, если они "
        "есть, получат их при следующей синхронизации): desired_retention\n"
    ),
}
NOTHING_PULLED = {
    "en": "  no new answers from other devices\n",
    "ru": "  новых ответов с других устройств нет\n",
}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_one_device_is_not_told_of_other_devices(
    api: TestClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    """The first sync and a later one after a settings change: true for a student with one device."""
    key = join(api, new_class(api).join_code, "Aigerim")
    device = Device(tmp_path / "only")
    device.answer("card", 3, NOW)
    save_settings(device.home, Settings())
    save_link(
        device.home,
        ClassLink(server=SERVER, key=key, student_id="a" * 32, student="Aigerim", class_name="KZ-JP"),
    )
    monkeypatch.setattr(
        "kzjp_tutor.commands.sync.client", lambda _server, key: sync_client(AppTransport(api), key)
    )
    monkeypatch.setenv("KZJP_TUTOR_NOW", NOW.isoformat())
    argv = ["--home", str(device.home), "--lang", language, "sync"]
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert FIRST[language] in first
    save_settings(device.home, load_settings(device.home).model_copy(update={"desired_retention": 0.95}))
    assert main(argv) == 0
    changed = capsys.readouterr().out
    assert CHANGED[language] in changed
    for said in (first, changed):
        assert "go to your other devices" not in said and "передаются и на другие" not in said
        assert NOTHING_PULLED[language] in said
        assert "received 0" not in said and "получено 0" not in said
