"""Secrets of the class server: instructor and student keys, join codes, report sessions.

Why this shape:

* every secret is 256 random bits from :mod:`secrets` (the issue asks for at least 128), with a
  short prefix that says what it is (``kzi_`` instructor, ``kzs_`` student, ``kzr_`` a browser
  session) so a key pasted in the wrong place is told apart at once;
* the server stores only SHA-256 digests. A slow password hash protects guessable passwords;
  these are uniformly random, so one round of SHA-256 is already beyond brute force, and it
  keeps a request's check to microseconds;
* a presented secret is looked up by its digest and then compared with
  :func:`hmac.compare_digest`, so the comparison takes the same time wherever they differ;
* join codes are typed or pasted by students, so they are 130 bits of Crockford-style base32 in
  groups of four, read back case- and dash-insensitively.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

__all__ = [
    "INSTRUCTOR_PREFIX",
    "SESSION_PREFIX",
    "SETUP_PREFIX",
    "STUDENT_PREFIX",
    "digest",
    "matches",
    "new_join_code",
    "new_key",
    "normal_code",
    "public_id",
]

INSTRUCTOR_PREFIX = "kzi_"
STUDENT_PREFIX = "kzs_"
SESSION_PREFIX = "kzr_"
SETUP_PREFIX = "kza_"
_KEY_BYTES = 32
_CODE_CHARS = 26
"""26 base32 characters: 130 bits."""


def new_key(prefix: str) -> str:
    """A fresh 256-bit key with its kind's prefix."""
    return prefix + secrets.token_urlsafe(_KEY_BYTES)


def new_join_code() -> str:
    """A fresh join code, e.g. ``K7QM-2XHD-…`` (130 bits)."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")[:_CODE_CHARS]
    return "-".join(raw[i : i + 4] for i in range(0, _CODE_CHARS, 4))


def normal_code(code: str) -> str:
    """A join code as stored (hashed): upper case, without dashes or spaces."""
    return "".join(ch for ch in code.upper() if ch not in "- ")


def digest(secret: str) -> str:
    """The stored form of a secret: SHA-256, hex."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def matches(stored: str, presented: str) -> bool:
    """Whether ``presented`` is the secret whose digest is ``stored``, in constant time."""
    return hmac.compare_digest(stored.encode("ascii"), digest(presented).encode("ascii"))


def public_id() -> str:
    """A student's public id (the report's profile id): 128 random bits, hex; not a secret."""
    return secrets.token_hex(16)
