"""Request and response bodies of the ``/api/v1`` API, as pydantic models (the OpenAPI schema).

Every request model forbids unknown fields, so a forged field (a ``student`` inside a push, say)
is refused rather than ignored; names are printable text of bounded length. The events
themselves are the core's (:mod:`kzjp_tutor.core.sync.events`): the device and the server
validate one definition.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ..core.sync.events import Event, SettingsEvent
from .limits import MAX_EVENTS, MAX_NAME

__all__ = [
    "ClassCreate",
    "ClassCreated",
    "ClassInfo",
    "CodeInfo",
    "Error",
    "JoinCode",
    "JoinRequest",
    "Joined",
    "Me",
    "PullResponse",
    "PushRequest",
    "PushResponse",
    "SequencedEvent",
    "SettingsList",
    "SettingsPush",
    "StudentInfo",
]

Name = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=MAX_NAME, pattern=r"^[^\x00-\x1f\x7f]+$"
    ),
]
"""A class or student name: printable, 1–100 characters."""


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Error(BaseModel):
    """Every error response: a sentence for a person; never a traceback or another student's data."""

    error: str


class ClassCreate(_Request):
    """Create a class (needs the server's setup key)."""

    name: Name


class ClassCreated(BaseModel):
    """A new class: its instructor key (shown once) and a first join code."""

    class_id: int
    name: str
    instructor_key: str
    join_code: str


class JoinCode(BaseModel):
    """A new join code (shown once)."""

    code_id: int
    join_code: str


class CodeInfo(BaseModel):
    """A join code as the instructor sees it later: never the code itself."""

    code_id: int
    created_at: dt.datetime
    revoked: bool


class StudentInfo(BaseModel):
    """One student of the class, for the instructor."""

    student_id: str
    name: str
    events: int


class ClassInfo(BaseModel):
    """The instructor's view of the class."""

    class_id: int
    name: str
    students: list[StudentInfo]
    codes: list[CodeInfo]


class JoinRequest(_Request):
    """A student joins with a join code."""

    code: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    student: Name


class Joined(BaseModel):
    """The student's key (kept on the device; a second device joins with it)."""

    student_key: str
    student_id: str
    class_name: str


class Me(BaseModel):
    """Who a student key belongs to."""

    student_id: str
    name: str
    class_name: str
    events: int


class PushRequest(_Request):
    """Events from one device, oldest first."""

    events: Annotated[list[Event], Field(max_length=MAX_EVENTS)]
    exam_date: dt.date | None = None
    """The student's exam date, for the class's recall forecast (optional)."""


class PushResponse(BaseModel):
    """How many events were new; the rest the server already had (a retried push)."""

    accepted: int
    duplicates: int


class SequencedEvent(BaseModel):
    """An event with its position on the server (the pull cursor)."""

    seq: int
    event: Event


class PullResponse(BaseModel):
    """A page of the student's events after ``after``; ``more`` says whether to ask again."""

    events: list[SequencedEvent]
    cursor: int
    more: bool


class SettingsPush(_Request):
    """A device's scheduling settings changes (each checked against the settings' own bounds)."""

    events: Annotated[list[SettingsEvent], Field(min_length=1, max_length=MAX_EVENTS)]


class SettingsList(BaseModel):
    """Every scheduling settings change of the student, oldest first: a device merges them all."""

    events: list[SettingsEvent]
