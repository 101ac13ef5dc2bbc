"""The client's own guards: plain http to another host, the key file's permissions, messages in Russian."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kzjp_tutor.cli import main
from kzjp_tutor.core import i18n
from kzjp_tutor.core.errors import UsageError
from kzjp_tutor.core.sync.credentials import ClassLink, check_server_url, load_link, save_link


@pytest.mark.parametrize(
    ("url", "insecure", "allowed"),
    [
        ("https://tutor.example.edu/", False, True),
        ("http://127.0.0.1:8765", False, True),
        ("http://localhost:8765", False, True),
        ("http://[::1]:8765", False, True),
        ("http://10.0.0.5:8765", False, False),
        ("http://tutor.example.edu", False, False),
        ("http://tutor.example.edu", True, True),
        ("ftp://tutor.example.edu", True, False),
    ],
)
def test_plain_http_off_this_machine_needs_insecure(url: str, insecure: bool, allowed: bool) -> None:
    """A key never crosses the network unencrypted unless the student says --insecure."""
    if allowed:
        assert not check_server_url(url, insecure=insecure).endswith("/")
    else:
        with pytest.raises(UsageError):
            check_server_url(url, insecure=insecure)


def test_join_refuses_plain_http_before_sending_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI exits 2 with the reason, and writes no key file."""
    code = main(["--home", str(tmp_path), "class", "join", "http://10.1.2.3:8765", "CODE", "--student", "A"])
    assert code == 2
    assert "--insecure" in capsys.readouterr().err
    assert load_link(tmp_path) is None


def test_the_key_file_is_owner_only(tmp_path: Path) -> None:
    """class.json is created 0600 and reads back the same."""
    link = ClassLink(
        server="https://x.edu", key="kzs_secret", student_id="a" * 32, student="A", class_name="K"
    )
    path = save_link(tmp_path, link)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_link(tmp_path) == link


def test_a_damaged_key_file_is_a_message(tmp_path: Path) -> None:
    """Hand-edited garbage names the file and the fix."""
    (tmp_path / "class.json").write_text("{", encoding="utf-8")
    with pytest.raises(Exception, match="class leave"):
        load_link(tmp_path)


def test_refusal_in_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --lang ru the refusal is Russian."""
    code = main(
        [
            "--home",
            str(tmp_path),
            "--lang",
            "ru",
            "class",
            "join",
            "http://10.1.2.3",
            "CODE",
            "--student",
            "A",
        ]
    )
    assert code == 2
    assert "незашифрованный http://" in capsys.readouterr().err
    i18n.use("en")


def test_sync_without_a_class_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """sync in a home that joined nothing: exit 2 and the command to run."""
    assert main(["--home", str(tmp_path), "sync"]) == 2
    assert "class join" in capsys.readouterr().err


@pytest.mark.parametrize(
    "module", ["kzjp_tutor.core.sync.events", "kzjp_tutor.core.sync.outbox", "kzjp_tutor.core.store"]
)
def test_sync_and_store_import_in_any_order(module: str) -> None:
    """The store calls the outbox and the events read the store's records: no import cycle either way."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
