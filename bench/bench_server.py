"""Benchmark the class server over loopback: a class of 300 studying, and how much one server takes.

Run: ``.venv/bin/python bench/bench_server.py [--db postgresql://USER@127.0.0.1:PORT/DB] [--workers N]``
(no --db: SQLite in a temp folder). It starts ``kzjp-tutor serve`` as a separate process on a
free loopback port, creates a class and joins 300 students, then measures:

1. **The class** (the issue's question). 300 students study at the same time and each pushes its
   100 answers as a device does: 10 answers a push, a push every 0–20 s (uniform, so a mean of
   10 s, the app's poke interval), all students at once, each over its own keep-alive
   connection. That is ~30 pushes a second, what 300 devices poking every 10 s send at most; the
   answers per push are ten times a real student's (who answers a card every 10–30 s), so that
   100 answers take two minutes and not half an hour: each push carries more than a real one.
   Then the live HTML report over the whole class (30,000 answers; target ≤ 2 s).
2. **Capacity** (``--rates``; open loop). Pushes of 10 new answers arrive as a Poisson stream at
   a fixed rate, from students drawn at random, whether or not earlier pushes were answered.
   Latency counts from the moment a push was due, so a server (or a client) that falls behind
   shows as latency, never as a slower offered rate. Each rate runs ``--step`` seconds; the sweep
   stops when p95 passes ten times the target or two rates in a row miss it. Prints achieved rate,
   p50 and p95 per rate, and the highest rate with p95 ≤ 50 ms, in pushes a second and as
   students pushing every N seconds.
3. ``--closed``: the saturated closed loop (300 students pushing back to back, never pausing), a
   measure of throughput only: with 300 requests always outstanding its latency is queueing,
   300 ÷ throughput by Little's law, whatever a push costs.

The load client speaks HTTP/1.1 over asyncio streams itself (a few lines below) rather than
through an HTTP library, because on the same two cores as the server the library was the limit
(see docs/scaling.md). Joins come from several loopback addresses, so the per-address join
limit (bursts of 100) does not make setup take a minute. The answers are synthetic: 60 cards of
the bundled 2021 deck, ~70 % right. The client shares the machine with the server and the
database, so every figure is a floor.
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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

STUDENTS = 300
ANSWERS = 100
BATCH = 10
CARDS = [f"card-{n}" for n in range(60)]
START = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
TARGET_S = 0.050
RATES = [25, 50, 100, 150, 200, 250, 300, 400, 600, 800, 1000]
JOINS_PER_ADDRESS = 90
"""Under the per-address join burst (100), so setup never waits for the limiter."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(home: Path, port: int, db: str | None, workers: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "kzjp_tutor", "--home", str(home), "--lang", "en", "serve"]
    command += ["--port", str(port)] + (["--workers", str(workers)] if workers > 1 else [])
    if db:
        command += ["--db", db]
    log = open(os.environ.get("BENCH_SERVER_LOG", os.devnull), "wb")  # noqa: SIM115 (lives as long as the server)
    process = subprocess.Popen(command, stdout=log, stderr=log, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def cpu_by_process() -> dict[int, tuple[int, float]]:
    """Every process's (parent, user + system CPU seconds), from /proc."""
    found: dict[int, tuple[int, float]] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        found[int(entry)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    return found


def descendants(roots: list[int], processes: dict[int, tuple[int, float]]) -> list[int]:
    """``roots`` and their children's children (uvicorn's workers)."""
    found, todo = [], list(roots)
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += [child for child, (parent, _cpu) in processes.items() if parent == pid]
    return found


@dataclass
class Meter:
    """CPU seconds of the server's processes and of the database's backends serving it, per process."""

    server: int
    db: str | None

    def backends(self) -> list[int]:
        """PostgreSQL's processes serving the bench's database (on this machine), else none."""
        if not self.db:
            return []
        import psycopg  # the server extra's driver

        with psycopg.connect(self.db) as connection:
            rows = connection.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ).fetchall()
        return [int(row[0]) for row in rows]

    def read(self) -> tuple[dict[int, float], dict[int, float]]:
        processes = cpu_by_process()
        server = {pid: processes[pid][1] for pid in descendants([self.server], processes) if pid in processes}
        db = {pid: processes[pid][1] for pid in self.backends() if pid in processes}
        return server, db

    @staticmethod
    def spent(before: dict[int, float], after: dict[int, float]) -> float:
        """CPU used between two reads by the processes alive at the second (a backend that closed
        in between is left out, so database CPU is a floor when the pool shrank)."""
        return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


class Connection:
    """One keep-alive HTTP/1.1 connection: a request, then its whole answer (Content-Length bodies)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, port: int, source: str = "127.0.0.1") -> Connection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
        return cls(reader, writer)

    async def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        lines = [f"{method} {path} HTTP/1.1", "Host: bench", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        answer = {}
        for line in head[1:]:
            name, _sep, value = line.partition(":")
            answer[name.strip().lower()] = value.strip()
        content = await self.reader.readexactly(int(answer.get("content-length", "0")))
        return int(head[0].split()[1]), answer, content

    def close(self) -> None:
        self.writer.close()


class Pool:
    """Idle connections, shared; a request finding none idle opens one (the open loop never waits)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.idle: list[Connection] = []
        self.opened = 0

    async def request(self, path: str, body: bytes, headers: dict[str, str]) -> int:
        connection = self.idle.pop() if self.idle else None
        try:
            if connection is None:
                raise ConnectionError
            status, _headers, content = await connection.request("POST", path, body, headers)
        except (ConnectionError, asyncio.IncompleteReadError):
            if connection is not None:  # the server closed it while idle (keep-alive timeout): reconnect
                connection.close()
            connection = await Connection.open(self.port)
            self.opened += 1
            status, _headers, content = await connection.request("POST", path, body, headers)
        if status != 200:
            raise SystemExit(f"push failed: {status} {content[:300]!r}")
        self.idle.append(connection)
        return status

    def close(self) -> None:
        for connection in self.idle:
            connection.close()


def answers(rng: random.Random, student: int, first: int, count: int) -> list[dict[str, object]]:
    """``count`` new answers of ``student``, numbered from ``first`` (their times follow the number)."""
    made = []
    for number in range(first, first + count):
        right = rng.random() < 0.7
        made.append(
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
    return made


def push_body(events: list[dict[str, object]]) -> bytes:
    return json.dumps({"events": events}).encode("utf-8")


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}


@dataclass
class Timings:
    """Latencies (s) of one measurement, and what the server spent on it."""

    latencies: list[float] = field(default_factory=list)
    lags: list[float] = field(default_factory=list)
    """How late the client sent each push (open loop): if high, the client was the limit."""
    elapsed: float = 0.0
    cpu: float = 0.0
    """Server CPU seconds."""
    db_cpu: float = 0.0
    """CPU seconds of PostgreSQL's backends serving the bench (0 on SQLite, in process)."""

    def measure(self, meter: Meter, began: float, before: tuple[dict[int, float], dict[int, float]]) -> None:
        self.elapsed = time.perf_counter() - began
        after = meter.read()
        self.cpu, self.db_cpu = meter.spent(before[0], after[0]), meter.spent(before[1], after[1])

    def quantile(self, values: list[float], q: int) -> float:
        return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]

    @property
    def p50(self) -> float:
        return self.quantile(self.latencies, 50)

    @property
    def p95(self) -> float:
        return self.quantile(self.latencies, 95)

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed


async def setup(port: int, setup_key: str) -> tuple[str, list[str]]:
    """A class and its 300 students: (instructor key, student keys)."""
    connection = await Connection.open(port)
    body = json.dumps({"name": "Bench"}).encode()
    status, _h, content = await connection.request("POST", "/api/v1/classes", body, auth(setup_key))
    assert status == 201, content
    made = json.loads(content)
    connection.close()
    keys: list[str] = []
    for first in range(0, STUDENTS, JOINS_PER_ADDRESS):
        source = f"127.0.0.{2 + first // JOINS_PER_ADDRESS}"
        connection = await Connection.open(port, source)
        for number in range(first, min(first + JOINS_PER_ADDRESS, STUDENTS)):
            body = json.dumps({"code": made["join_code"], "student": f"Student {number:03d}"}).encode()
            status, _h, content = await connection.request(
                "POST", "/api/v1/join", body, {"Content-Type": "application/json"}
            )
            assert status == 201, content
            keys.append(json.loads(content)["student_key"])
        connection.close()
    return str(made["instructor_key"]), keys


async def student_pushes(
    port: int, key: str, bodies: list[bytes], pace: float, rng: random.Random, into: Timings, pool: Pool
) -> None:
    """One device: its pushes in order, waiting 0–2×``pace`` s before each.

    Paced, each push opens its own connection and closes it, as the app's urllib client does;
    ``pace`` 0 (the closed loop) keeps one connection for all of them.
    """
    for body in bodies:
        began = time.perf_counter()
        if pace:
            await asyncio.sleep(rng.uniform(0, 2 * pace))
            began = time.perf_counter()
            connection = await Connection.open(port)
            status, _h, content = await connection.request(
                "POST", "/api/v1/events", body, {**auth(key), "Connection": "close"}
            )
            connection.close()
            if status != 200:
                raise SystemExit(f"push failed: {status} {content[:300]!r}")
        else:
            await pool.request("/api/v1/events", body, auth(key))
        into.latencies.append(time.perf_counter() - began)


async def whole_class(port: int, keys: list[str], pace: float, meter: Meter, seed: int) -> Timings:
    """Every student pushes its 100 answers at once (``pace`` 0: back to back, a closed loop)."""
    rng = random.Random(seed)
    plans = [
        [push_body(answers(rng, n, first, BATCH)) for first in range(0, ANSWERS, BATCH)]
        for n in range(len(keys))
    ]
    pools = [Pool(port) for _ in keys]
    if not pace:
        for pool in pools:
            pool.idle.append(await Connection.open(port))
    timings = Timings()
    before, began = meter.read(), time.perf_counter()
    await asyncio.gather(
        *(
            student_pushes(port, k, p, pace, random.Random(seed * 1000 + n), timings, pool)
            for n, (k, p, pool) in enumerate(zip(keys, plans, pools, strict=True))
        )
    )
    timings.measure(meter, began, before)
    for pool in pools:
        pool.close()
    return timings


async def report_times(port: int, instructor_key: str) -> list[float]:
    """Sign in as the instructor and build the live report three times (seconds each)."""
    connection = await Connection.open(port)
    form = ("key=" + instructor_key).encode()
    status, headers, _c = await connection.request(
        "POST", "/class/login", form, {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 303, status
    cookie = headers["set-cookie"].split(";", 1)[0]
    times = []
    for _ in range(3):
        began = time.perf_counter()
        status, _h, page = await connection.request("GET", "/class/report", headers={"Cookie": cookie})
        times.append(time.perf_counter() - began)
        assert status == 200 and b"Student 000" in page, page[:300]
    connection.close()
    return times


def arrivals(rate: float, seconds: float, rng: random.Random) -> Iterator[float]:
    """Poisson arrival times (s from the start) at ``rate`` a second, for ``seconds``."""
    at = rng.expovariate(rate)
    while at < seconds:
        yield at
        at += rng.expovariate(rate)


async def open_loop(
    port: int, keys: list[str], rate: float, seconds: float, meter: Meter, rng: random.Random, sent: list[int]
) -> Timings:
    """Pushes arriving at ``rate`` a second for ``seconds``, each sent when due, whatever is outstanding."""
    schedule = list(arrivals(rate, seconds, rng))
    work = []
    for _at in schedule:
        student = rng.randrange(len(keys))
        work.append((keys[student], push_body(answers(rng, student, sent[student], BATCH))))
        sent[student] += BATCH
    pool = Pool(port)
    for _ in range(min(len(keys), int(rate * TARGET_S * 4) + 8)):  # warm connections, as devices hold
        pool.idle.append(await Connection.open(port))
    timings = Timings()

    async def one(due: float, key: str, body: bytes) -> None:
        timings.lags.append(time.perf_counter() - due)
        await pool.request("/api/v1/events", body, auth(key))
        timings.latencies.append(time.perf_counter() - due)

    tasks = []
    before, began = meter.read(), time.perf_counter()
    for at, (key, body) in zip(schedule, work, strict=True):
        due = began + at
        wait = due - time.perf_counter()
        if wait > 0:
            await asyncio.sleep(wait)
        tasks.append(asyncio.create_task(one(due, key, body)))
    await asyncio.gather(*tasks)
    timings.measure(meter, began, before)
    pool.close()
    return timings


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.0f} s"


async def run(args: argparse.Namespace, port: int, setup_key: str, server: int) -> list[str]:
    engine = "PostgreSQL" if args.db else "SQLite"
    label = f"{engine}, {args.workers} worker{'s' if args.workers > 1 else ''}"
    instructor_key, keys = await setup(port, setup_key)
    meter = Meter(server, args.db)
    head = (
        "| engine | measure | offered pushes/s | pushes/s | answers/s | push p50 | push p95 "
        "| server CPU/push | PostgreSQL CPU/push | load |"
    )
    lines = [head, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]

    def row(what: str, offered: str, t: Timings) -> None:
        load = os.getloadavg()[0]
        pushes = len(t.latencies)
        db_cpu = f"{t.db_cpu / pushes * 1000:.2f} ms" if args.db else "—"
        lines.append(
            f"| {label} | {what} | {offered} | {t.rate:,.0f} | {t.rate * BATCH:,.0f} | {ms(t.p50)} | "
            f"{ms(t.p95)} | {t.cpu / pushes * 1000:.2f} ms | {db_cpu} | {load:.1f} |"
        )
        print(lines[-1], flush=True)

    print("\n".join(lines), flush=True)
    notes: list[str] = []
    if args.pace:
        timings = await whole_class(port, keys, args.pace, meter, seed=18)
        row(f"class: 300 × 100 answers, a push every 0–{2 * args.pace:g} s", "~30", timings)
        times = await report_times(port, instructor_key)
        notes.append(
            f"report over the class (30,000 answers): {min(times):.2f}–{max(times):.2f} s (3 builds)"
        )
    if args.closed:
        timings = await whole_class(port, keys, 0.0, meter, seed=19)
        row("closed loop: 300 pushing back to back (throughput)", "—", timings)
    best: float | None = None
    misses = 0
    rng, sent = random.Random(20), [ANSWERS * 2] * len(keys)
    for rate in args.rates:
        timings = await open_loop(port, keys, rate, args.step, meter, rng, sent)
        row("open loop, Poisson arrivals", f"{rate:,}", timings)
        lag = timings.quantile(timings.lags, 95)
        if lag > TARGET_S / 5:
            notes.append(f"at {rate}/s the client itself sent late (p95 {ms(lag)}): the client was a limit")
        if timings.p95 <= TARGET_S:
            best, misses = rate, 0
        else:
            misses += 1
            if misses >= 2 or timings.p95 > 10 * TARGET_S:
                break
        await asyncio.sleep(1)
    if args.rates:
        if best is None:
            notes.append("no rate tried kept p95 ≤ 50 ms")
        else:
            notes.append(
                f"highest rate tried with p95 ≤ 50 ms: {best:,} pushes/s ({best * BATCH:,} answers/s) = "
                f"{STUDENTS} students each pushing every {STUDENTS / best:.2g} s, or "
                f"{best * 10:,} students pushing every 10 s (the app's poke interval)"
            )
    return [*lines, "", *notes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="postgresql://… (default: SQLite in a temp folder)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    parser.add_argument(
        "--pace",
        type=float,
        default=10.0,
        help="the class run: mean seconds between a student's pushes (default 10; 0 skips it)",
    )
    parser.add_argument("--closed", action="store_true", help="also run the saturated closed loop")
    parser.add_argument(
        "--rates",
        type=lambda text: [int(part) for part in text.split(",") if part],
        default=RATES,
        help="open-loop arrival rates, pushes/s, comma-separated ('' skips the sweep)",
    )
    parser.add_argument("--step", type=float, default=10.0, help="seconds per open-loop rate (default 10)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        port = free_port()
        process = start_server(home, port, args.db, args.workers)
        try:
            setup_key = (home / "server-setup.key").read_text().strip()
            out = asyncio.run(run(args, port, setup_key, process.pid))
        finally:
            os.killpg(process.pid, 9)
            process.wait()
    print(f"\n{dt.date.today()}, load average now {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores")
    print("\n".join(out))


if __name__ == "__main__":
    main()
