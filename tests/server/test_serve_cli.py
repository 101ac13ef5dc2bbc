"""``kzjp-tutor serve`` as a person runs it: a port in use, and who may read the class's data.

A port already taken used to print "Serving the class server at …" and then uvicorn's own
``[Errno 98]`` line, exiting 3; the SQLite file holding every student's answers was 0644.
"""

from __future__ import annotations

import socket
import stat
import subprocess
from pathlib import Path

from kzjp_tutor.server.db import DB_FILE

from .test_sync import _free_port, _start, serve_argv


def _serve(home: Path, port: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(serve_argv(home, port), capture_output=True, text=True, timeout=120, check=False)


def test_a_port_in_use_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """The port is named with the way out; nothing claims to be serving, nothing is written."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = _serve(tmp_path / "server", port)
    assert ran.returncode == 1, ran.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in ran.stderr and "--port" in ran.stderr
    assert "Serving" not in ran.stderr and "Errno" not in ran.stderr and "Traceback" not in ran.stderr
    assert not (tmp_path / "server").exists()


def test_the_class_database_is_owner_only(tmp_path: Path) -> None:
    """Every student's answers live in the server's SQLite file: 0600, as the setup key."""
    home = tmp_path / "server"
    process = _start(home, _free_port())
    try:
        assert stat.S_IMODE((home / DB_FILE).stat().st_mode) == 0o600
        assert stat.S_IMODE((home / "server-setup.key").stat().st_mode) == 0o600
    finally:
        process.terminate()
        process.wait()


def test_a_data_folder_that_cannot_be_made_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """The folder and the reason, in the store's own words (core.files.make_data_folder), no traceback."""
    wall = tmp_path / "a-file"
    wall.write_text("not a folder", encoding="utf-8")
    ran = _serve(wall / "server", _free_port())
    assert ran.returncode == 1, ran.stderr
    assert f"cannot create the data folder {wall / 'server'}: " in ran.stderr
    assert "Serving" not in ran.stderr and "Traceback" not in ran.stderr
