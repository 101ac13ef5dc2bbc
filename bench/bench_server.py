"""Benchmark the class server over loopback: 300 students each push 100 answers at once.

Run: ``.venv/bin/python bench/bench_server.py [--db postgresql://USER@127.0.0.1:PORT/DB]``
(no --db: SQLite in a temp folder). It starts ``kzjp-tutor serve`` as a separate process on a
free loopback port, creates a class, joins 300 students, then every student pushes its 100
answers in pushes of ``--batch`` (default 10, as a device pushing every few answers would) with
all students at once over keep-alive connections. Prints answers per second, push latency
p50/p95 (target p95 ≤ 50 ms on PostgreSQL) and the time of the live HTML report over the whole
class (target ≤ 2 s). The answers are synthetic: 60 cards of the bundled 2021 deck, ~70 % right.

The client shares the machine's cores with the server, so the numbers are a floor.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx2 as httpx  # the test extra's HTTP client (starlette's TestClient uses it too)

STUDENTS = 300
ANSWERS = 100
CARDS = [f"card-{n}" for n in range(60)]
START = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(home: Path, port: int, db: str | None) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "kzjp_tutor",
        "--home",
        str(home),
        "--lang",
        "en",
        "serve",
        "--port",
        str(port),
    ]
    if db:
        command += ["--db", db]
    log = open(os.environ.get("BENCH_SERVER_LOG", os.devnull), "wb")  # noqa: SIM115 (lives as long as the server)
    process = subprocess.Popen(command, stdout=log, stderr=log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def events_of(student: int, rng: random.Random) -> list[dict[str, object]]:
    events = []
    for number in range(ANSWERS):
        right = rng.random() < 0.7
        events.append(
            {
                "kind": "review",
                "id": uuid.UUID(int=rng.getrandbits(128)).hex,
                "time": (START + dt.timedelta(hours=student % 24, minutes=number * 7)).isoformat(),
                "deck": "kzjp-2021",
                "card": rng.choice(CARDS),
                "answer": "12 мая 2021 года" if right else rng.choice(["1991", "Токио", "не знаю", "12 мая"]),
                "correct": right,
                "score": 1.0 if right else 0.0,
                "suggested": "good" if right else "again",
                "rating": 3 if right else 1,
                "duration_ms": rng.randint(2000, 20000),
            }
        )
    return events


async def student_pushes(
    client: httpx.AsyncClient,
    key: str,
    events: list[dict[str, object]],
    batch: int,
    latencies: list[float],
    pace: float,
    rng: random.Random,
) -> None:
    for start in range(0, len(events), batch):
        if pace:
            await asyncio.sleep(rng.uniform(0, 2 * pace))
        body = {"events": events[start : start + batch]}
        began = time.perf_counter()
        answer = await client.post("/api/v1/events", json=body, headers={"Authorization": f"Bearer {key}"})
        latencies.append(time.perf_counter() - began)
        if answer.status_code != 200:
            raise SystemExit(f"push failed: {answer.status_code} {answer.text}")


async def run(url: str, setup: str, batch: int, pace: float) -> dict[str, float]:
    limits = httpx.Limits(max_connections=STUDENTS, max_keepalive_connections=STUDENTS)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=120) as client:
        made = (
            await client.post(
                "/api/v1/classes", json={"name": "Bench"}, headers={"Authorization": f"Bearer {setup}"}
            )
        ).json()
        keys = []
        for number in range(STUDENTS):
            body = {"code": made["join_code"], "student": f"Student {number:03d}"}
            while (joined := await client.post("/api/v1/join", json=body)).status_code == 429:
                await asyncio.sleep(0.2)  # joins from one address are rate-limited (5/s after 100)
            keys.append(joined.json()["student_key"])
        rng = random.Random(18)
        plans = [events_of(number, rng) for number in range(STUDENTS)]
        latencies: list[float] = []
        began = time.perf_counter()
        await asyncio.gather(
            *(
                student_pushes(client, k, p, batch, latencies, pace, random.Random(n))
                for n, (k, p) in enumerate(zip(keys, plans, strict=True))
            )
        )
        elapsed = time.perf_counter() - began
        login = await client.post(
            "/class/login", data={"key": made["instructor_key"]}, follow_redirects=False
        )
        cookie = login.cookies
        report_times = []
        for _ in range(3):
            began = time.perf_counter()
            page = await client.get("/class/report", cookies=cookie)
            report_times.append(time.perf_counter() - began)
            assert page.status_code == 200 and "Student 000" in page.text, page.text[:300]
    quantiles = statistics.quantiles(latencies, n=100)
    return {
        "answers_per_s": STUDENTS * ANSWERS / elapsed,
        "push_p50_ms": quantiles[49] * 1000,
        "push_p95_ms": quantiles[94] * 1000,
        "pushes": len(latencies),
        "report_s": min(report_times),
        "report_s_max": max(report_times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="postgresql://… (default: SQLite in a temp folder)")
    parser.add_argument("--batch", type=int, default=10, help="answers per push (default 10)")
    parser.add_argument(
        "--pace",
        type=float,
        default=0.0,
        help="mean seconds between one student's pushes (default 0: all as fast as they can, which "
        "measures throughput and queueing; a device pushes every few answers, ~10 s or more)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        port = free_port()
        process = start_server(home, port, args.db)
        try:
            setup = (home / "server-setup.key").read_text().strip()
            result = asyncio.run(run(f"http://127.0.0.1:{port}", setup, args.batch, args.pace))
        finally:
            process.kill()
            process.wait()
    engine = "postgresql" if args.db else "sqlite"
    print(
        json.dumps(
            {
                "engine": engine,
                "students": STUDENTS,
                "answers_each": ANSWERS,
                "batch": args.batch,
                "pace_s": args.pace,
                "load": os.getloadavg()[0],
                **result,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
