"""A real, threaded HTTP server for feed tests: controlled statuses, headers, delays and abuse.

Each path has a list of replies; request n gets reply n (the last one repeats),
or a function that makes the reply for request n (feeds that change over time).
Every misbehaviour is bounded (a slow reply sleeps at most a few seconds, an
endless body stops after 60 s or 1 GiB) so a failing test cannot hang the suite.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ENDLESS_LIMIT_S = 60.0
ENDLESS_LIMIT_BYTES = 1 << 30


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before the status line
    endless: bool = False  # stream junk until the client hangs up
    etag: str | None = None  # answer 304 when If-None-Match matches


def gzip_bomb(decoded_size: int = 200 * 1024 * 1024) -> bytes:
    """~200 KB on the wire that inflates to decoded_size bytes."""
    chunk = b"\0" * (1 << 20)
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # 16+: gzip framing
    parts = [z.compress(chunk) for _ in range(decoded_size >> 20)]
    return b"".join(parts) + z.flush()


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.makers: dict[str, Callable[[int], Reply]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight = 0  # requests being answered right now
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                server._serve(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def set(self, path: str, *replies: Reply) -> None:
        with self._lock:
            self.routes[path] = list(replies)

    def set_maker(self, path: str, make: Callable[[int], Reply]) -> None:
        """Request n of `path` gets make(n); called outside the server's lock."""
        with self._lock:
            self.makers[path] = make

    def hits(self, path: str) -> list[dict[str, str]]:
        with self._lock:
            return [h for p, h in self.requests if p == path]

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        headers = {k.lower(): v for k, v in h.headers.items()}
        with self._lock:
            n = sum(1 for p, _ in self.requests if p == h.path)
            self.requests.append((h.path, headers))
            replies = self.routes.get(h.path) or [Reply(404, b"not found")]
            make = self.makers.get(h.path)
            self.in_flight += 1
        try:
            reply = make(n) if make else replies[min(n, len(replies) - 1)]
            self._reply(h, reply, headers)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _reply(self, h: BaseHTTPRequestHandler, reply: Reply, headers: dict[str, str]) -> None:
        if reply.delay_s:
            time.sleep(min(reply.delay_s, 10.0))
        try:
            if reply.etag and headers.get("if-none-match") == reply.etag:
                h.send_response(304)
                h.send_header("ETag", reply.etag)
                h.send_header("Content-Length", "0")
                h.end_headers()
                return
            h.send_response(reply.status)
            for k, v in reply.headers.items():
                h.send_header(k, v)
            if reply.etag:
                h.send_header("ETag", reply.etag)
            if reply.endless:
                h.send_header("Content-Type", "application/rss+xml")
                h.end_headers()
                self._endless(h)
                return
            h.send_header("Content-Length", str(len(reply.body)))
            h.end_headers()
            h.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeouts, caps): exactly what some tests want

    @staticmethod
    def _endless(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>endless</title>')
        chunk = b"<item><title>more</title></item>" * 2000
        sent, started = 0, time.monotonic()
        while sent < ENDLESS_LIMIT_BYTES and time.monotonic() - started < ENDLESS_LIMIT_S:
            h.wfile.write(chunk)
            sent += len(chunk)
        h.close_connection = True
