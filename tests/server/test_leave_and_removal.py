"""Privacy at both ends: ``class leave`` stops a device syncing, and the instructor's removal of a
student deletes their rows from the server's database (not just hides them), on both engines."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from kzjp_tutor.cli import main
from kzjp_tutor.core.sync.credentials import ClassLink, load_link, save_link
from kzjp_tutor.server.db import events, students

from .conftest import bearer, join, new_class
from .test_security import review


def _nobody_listens() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_leave_stops_syncing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After leave the key file is gone and sync refuses at once, naming join (no request: the
    server address is a closed port, which would read 'cannot reach')."""
    link = ClassLink(
        server=_nobody_listens(), key="kzs_secret", student_id="a" * 32, student="A", class_name="K"
    )
    save_link(tmp_path, link)
    assert main(["--home", str(tmp_path), "--lang", "en", "class", "leave"]) == 0
    assert "nothing is synced any more" in capsys.readouterr().out
    assert load_link(tmp_path) is None and not (tmp_path / "class.json").exists()
    assert main(["--home", str(tmp_path), "--lang", "en", "sync"]) == 2
    err = capsys.readouterr().err
    assert "has not joined a class" in err and "cannot reach" not in err and "kzs_secret" not in err


def test_removal_deletes_the_students_rows(api: TestClient, engine: Engine) -> None:
    """The events and the student row itself are gone; the other student's stay."""
    made = new_class(api)
    gone, kept = join(api, made.join_code, "Aigerim"), join(api, made.join_code, "Bolat")
    for key in (gone, kept):
        assert api.post("/api/v1/events", json={"events": [review()]}, headers=bearer(key)).status_code == 200
    info = api.get("/api/v1/class", headers=bearer(made.instructor_key)).json()
    student_id = next(s["student_id"] for s in info["students"] if s["name"] == "Aigerim")
    removed = api.delete(f"/api/v1/class/students/{student_id}", headers=bearer(made.instructor_key))
    assert removed.status_code == 204
    with engine.connect() as db:
        names = db.execute(sa.select(students.c.name)).scalars().all()
        assert names == ["Bolat"]
        owners = {row for row in db.execute(sa.select(events.c.student_id)).scalars()}
        assert len(owners) == 1
        assert "секрет" not in str(db.execute(sa.select(students)).all())
    assert [
        e["student"] for e in api.get("/api/v1/class/exports", headers=bearer(made.instructor_key)).json()
    ] == ["Bolat"]
