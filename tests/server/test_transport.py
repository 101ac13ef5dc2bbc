"""The real transport never carries a key anywhere but the server it was given.

A redirect is how a key would leave: urllib follows 301/302/303/307/308 for a GET and copies the
``Authorization`` header to the new address, whatever its host or scheme. That would send the key
in plain text to another host, around the ``--insecure`` rule, so the transport follows none.
Two real HTTP servers on loopback (ephemeral ports): the first redirects, the second records.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from kzjp_tutor.core.sync.client import UrllibTransport

KEY = "kzs_the-students-secret-key"


class _Recorder(BaseHTTPRequestHandler):
    """Answers 200 and keeps every Authorization header it is sent."""

    seen: ClassVar[list[str | None]] = []

    def do_GET(self) -> None:
        type(self).seen.append(self.headers.get("Authorization"))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    do_POST = do_GET

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's signature
        """Quiet."""


def _serve(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, threading.Thread]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture
def elsewhere() -> Iterator[tuple[str, list[str | None]]]:
    """A second server's URL and the Authorization headers it received."""

    class Recorder(_Recorder):
        seen: ClassVar[list[str | None]] = []

    server, thread = _serve(Recorder)
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v1/me", Recorder.seen
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_redirect_is_not_followed_with_the_key(
    elsewhere: tuple[str, list[str | None]], status: int, method: str
) -> None:
    """The redirect is the answer (its status, for the client to report); the key goes nowhere else."""
    target, seen = elsewhere

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(status)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_GET

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's signature
            """Quiet."""

    server, thread = _serve(Redirect)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/api/v1/me"
        body = b"{}" if method == "POST" else None
        answer = UrllibTransport(timeout=10).request(method, url, key=KEY, body=body)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert seen == []
    assert answer[0] == status


def test_the_server_itself_gets_the_key(elsewhere: tuple[str, list[str | None]]) -> None:
    """Without a redirect the key is sent, once, to the address given (the test above can fail)."""
    target, seen = elsewhere
    assert UrllibTransport(timeout=10).request("GET", target, key=KEY, body=None) == (200, b"{}")
    assert seen == [f"Bearer {KEY}"]
