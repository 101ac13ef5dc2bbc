"""Which class this home has joined: the server's address and the student's key, in one owner-only file.

Why not ``settings.toml``: the settings are meant to be read, edited and copied between
machines; the key is a secret that reads and writes the student's class data. It lives in
``HOME/class.json``, created with permissions 0600 (owner only) and rewritten atomically, and it
is never printed except when the student asks for it (:func:`load_link`'s callers decide).
"""

from __future__ import annotations

import ipaddress
import json
import os
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import KzjpError, UsageError, reason
from ..i18n import gettext as _

__all__ = [
    "CLASS_KEY_ENV",
    "INSTRUCTOR_FILE",
    "LINK_FILE",
    "ClassLink",
    "InstructorLink",
    "check_server_url",
    "forget_link",
    "link_path",
    "load_instructor",
    "load_link",
    "save_instructor",
    "save_link",
]

LINK_FILE = "class.json"
"""The file inside the home folder."""
CLASS_KEY_ENV = "KZJP_TUTOR_CLASS_KEY"
"""The instructor key (or, for ``class join --device``, the student's own key) from the environment."""
INSTRUCTOR_FILE = "instructor.json"
"""The instructor's server and key, beside :data:`LINK_FILE` and kept the same way (0600)."""


class ClassLink(BaseModel):
    """The joined class, as kept on this device."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    server: str
    """The server's base URL, e.g. ``https://tutor.example.edu``."""
    key: str
    """The student's own key (``kzs_…``)."""
    student_id: str
    student: str
    class_name: str
    cursor: int = 0
    """Position of the last event pulled from the server."""
    insecure: bool = False
    """The student allowed plain HTTP to a non-loopback host (``--insecure``)."""


class InstructorLink(BaseModel):
    """The class server an instructor reads the live report from, as kept on this device
    (``report --server URL --remember``), so the Instructor screen can read it without a prompt."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    server: str
    key: str
    """The instructor key (``kzi_…``)."""
    insecure: bool = False


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str, *, insecure: bool) -> str:
    """The server URL without a trailing slash, refusing plain HTTP off this machine.

    A key sent over ``http://`` to another host can be read by anyone on the way, so that needs
    ``--insecure`` said out loud; ``http://127.0.0.1`` and ``http://localhost`` are fine.

    Raises:
        UsageError: not an http(s) URL, or http to a non-loopback host without ``insecure``.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(
            _("{url} is not a server address; write it like https://tutor.example.edu").format(url=url)
        )
    if parts.scheme == "http" and not insecure and not _is_loopback(parts.hostname):
        raise UsageError(
            _(
                "refusing plain http:// to {host}: your key would cross the network unencrypted; "
                "use https://, or add --insecure if you really mean it"
            ).format(host=parts.hostname)
        )
    return url.strip().rstrip("/")


def link_path(home: Path) -> Path:
    """Where the link lives."""
    return home / LINK_FILE


def load_link(home: Path) -> ClassLink | None:
    """The joined class, or None when this home has not joined one.

    Raises:
        KzjpError: the file exists but cannot be read or is damaged (names the file and the fix).
    """
    return _load(link_path(home), ClassLink)


def save_link(home: Path, link: ClassLink) -> Path:
    """Write the link atomically with owner-only permissions (0600) from its first byte."""
    return _save(home, link_path(home), link)


def load_instructor(home: Path) -> InstructorLink | None:
    """The instructor's saved server and key, or None when none was saved.

    Raises:
        KzjpError: the file exists but cannot be read or is damaged.
    """
    return _load(home / INSTRUCTOR_FILE, InstructorLink)


def save_instructor(home: Path, link: InstructorLink) -> Path:
    """Keep the instructor's server and key exactly as a student's key is kept (0600, atomic)."""
    return _save(home, home / INSTRUCTOR_FILE, link)


Model = TypeVar("Model", ClassLink, InstructorLink)


def _load(path: Path, model: type[Model]) -> Model | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KzjpError(_("cannot read {path}: {reason}").format(path=path, reason=reason(exc))) from None
    try:
        return model.model_validate(json.loads(data))
    except (ValueError, ValidationError):
        raise KzjpError(
            _("{path} is damaged; run `kzjp-tutor class leave` and join again").format(path=path)
            if model is ClassLink
            else _("{path} is damaged; run `kzjp-tutor report --server URL --remember` again").format(
                path=path
            )
        ) from None


def _save(home: Path, path: Path, link: BaseModel) -> Path:
    """Write atomically with owner-only permissions (0600) from its first byte."""
    temp = path.with_name(path.name + ".tmp")
    try:
        home.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(link.model_dump_json(indent=1))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except OSError as exc:
        raise KzjpError(_("cannot write {path}: {reason}").format(path=path, reason=reason(exc))) from None
    return path


def forget_link(home: Path) -> bool:
    """Remove the link (leaving the class on this device); False if there was none."""
    try:
        link_path(home).unlink()
    except FileNotFoundError:
        return False
    return True
