"""``kzjp-tutor serve``'s socket and ``--workers 2``: several processes on one socket and one database.

Each worker has its own pool and rate-limit buckets and shares only the database, so what must
hold is what the database holds: pushes from many connections at once (spread over the workers
by the kernel) and replays of the same events count each event once, and stopping the server
stops every worker.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from kzjp_tutor.server.runner import _listen

from .test_push_path import review
from .test_sync import _free_port, serve_argv


def _call(url: str, path: str, body: object | None = None, key: str | None = None) -> Any:
    request = urllib.request.Request(
        url + path,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {key}"} if key else {})},
        method="GET" if body is None else "POST",
    )
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.loads(answer.read())


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[
                1
            ] == str(pid):
                found.append(int(entry))
        except OSError:
            continue
    return found


@pytest.mark.slow
def test_two_workers_count_every_event_once(tmp_path: Path, engine: Engine) -> None:
    """Four students push 40 answers each from 16 connections at once, every push twice: 160 stored."""
    home, port = tmp_path / "server", _free_port()
    argv = [*serve_argv(home, port), "--workers", "2"]
    if engine.dialect.name == "postgresql":
        argv += ["--db", engine.url.set(drivername="postgresql").render_as_string(hide_password=False)]
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:  # the port is bound at once; the workers answer once they have started
            try:
                _call(url, "/api/v1/openapi.json")
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline and process.poll() is None, "the server did not start"
                time.sleep(0.3)
        workers = _children(process.pid)
        setup = (home / "server-setup.key").read_text().strip()
        made = _call(url, "/api/v1/classes", {"name": "K"}, setup)
        keys = [
            _call(url, "/api/v1/join", {"code": made["join_code"], "student": f"S{n}"})["student_key"]
            for n in range(4)
        ]
        batches = [(key, [review(n * 10 + b) for n in range(10)]) for key in keys for b in range(4)]
        with ThreadPoolExecutor(16) as pool:
            first = list(pool.map(lambda kb: _call(url, "/api/v1/events", {"events": kb[1]}, kb[0]), batches))
            again = list(pool.map(lambda kb: _call(url, "/api/v1/events", {"events": kb[1]}, kb[0]), batches))
        assert sum(a["accepted"] for a in first) == 160 and sum(a["accepted"] for a in again) == 0
        assert [_call(url, "/api/v1/me", key=key)["events"] for key in keys] == [40] * 4
        exports = _call(url, "/api/v1/class/exports", key=made["instructor_key"])
        assert sorted(len(e["reviews"]) for e in exports) == [40] * 4
    finally:
        process.terminate()
        process.wait(timeout=120)
    assert len(workers) >= 2
    deadline = time.monotonic() + 60
    while any(Path(f"/proc/{pid}").exists() for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived the server"
        time.sleep(0.2)


async def test_the_served_connections_send_without_delay() -> None:
    """Accepted on serve's socket, a connection has Nagle off, as uvicorn's own socket gives.

    With the default protocol number asyncio left Nagle on, and each response waited ~40 ms for
    the client's delayed ACK of its headers (bench/bench_server.py: p50 45 ms instead of 7 ms).
    """
    listener = _listen("127.0.0.1", 0)
    listener.listen()
    nodelay: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Record(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            sock = transport.get_extra_info("socket")
            nodelay.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    server = await asyncio.get_running_loop().create_server(Record, sock=listener)
    async with server:
        _reader, writer = await asyncio.open_connection(*listener.getsockname()[:2])
        try:
            assert await nodelay != 0
        finally:
            writer.close()
            await writer.wait_closed()
