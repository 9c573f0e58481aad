"""The soak benchmark's feed server (bench/soak.py runs it in a child process, so that its
CPU and memory are not the poller's): RSS feeds that keep publishing, with ETags."""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import html
import random
import signal
import sys
import time
from pathlib import Path

_SYLLABLES = ("ba", "do", "ke", "lu", "mi", "na", "po", "ra", "si", "to", "ve", "zu")
FILLER = (
    "officials residents council river district convoy market bridge harvest clinic school "
    "border envoy talks election court police fuel storm camp water power report morning"
).split()


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


class Site:
    """`feeds` RSS feeds that publish `rate` entries a second between them from `t0` on.

    Feed k has published `entries + floor((now - t0) * rate / feeds + phase_k)` entries
    (phases spread the feeds' publications over time) and lists the newest `entries`.
    Entry i of feed k is the same text whenever it is listed.
    """

    def __init__(self, feeds: int, entries: int, rate: float, t0: float) -> None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from workload import corpus  # bench/workload.py: the seed stories' sentences

        self.sentences, self.titles = corpus()
        self.feeds, self.entries, self.t0 = feeds, entries, t0
        self.per_feed = rate / feeds
        self.phase = [random.Random(k).random() for k in range(feeds)]
        self.latest: dict[int, tuple[int, bytes]] = {}  # one body per feed: bounded

    def published(self, k: int, now: float) -> int:
        return self.entries + int(max(0.0, now - self.t0) * self.per_feed + self.phase[k])

    def entry(self, k: int, i: int) -> str:
        rng = random.Random(k * 1_000_003 + i)
        target = rng.randint(1000, 3000)
        own = (
            f"{_name(rng)} {_name(rng)}, a {rng.choice(FILLER)} official in {_name(rng)}, said "
            + " ".join(rng.choice(FILLER) for _ in range(10))
            + f" in report {k}-{i}."
        )
        body, size = [own], len(own)
        while size < target:
            sentence = rng.choice(self.sentences)
            body.insert(rng.randrange(len(body) + 1), sentence)
            size += len(sentence) + 1
        paragraphs = "".join(
            "<p>" + html.escape(" ".join(body[j : j + 3])) + "</p>" for j in range(0, len(body), 3)
        )
        link = f"https://soak{k % 50}.example/f{k}/story/{i}"
        published = self.t0 + (i - self.entries - self.phase[k]) / self.per_feed
        return (
            f"<item><title>{html.escape(rng.choice(self.titles))} ({k}-{i})</title>"
            f"<link>{link}?utm_source=rss</link><guid>{link}</guid>"
            f"<description><![CDATA[{paragraphs}]]></description>"
            f"<pubDate>{email.utils.formatdate(published, usegmt=True)}</pubDate></item>"
        )

    def body(self, k: int, count: int) -> bytes:
        cached = self.latest.get(k)
        if cached is not None and cached[0] == count:
            return cached[1]
        items = "".join(self.entry(k, i) for i in range(count - 1, count - self.entries - 1, -1))
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Soak feed {k}</title><link>https://soak{k % 50}.example/</link>"
            f"{items}</channel></rss>"
        ).encode()
        self.latest[k] = (count, body)
        return body


def serve_feeds(port_file: Path, feeds: int, entries: int, rate: float, t0: float) -> int:
    """A minimal keep-alive HTTP/1.1 server (asyncio) of the Site's feeds, with ETags."""
    site = Site(feeds, entries, rate, t0)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1].split("?")[0]
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)
                }
                try:
                    k = int(path.removeprefix("/f").removesuffix(".xml"))
                    if not 0 <= k < feeds:
                        raise ValueError(path)
                except ValueError:
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                    await writer.drain()
                    continue
                count = site.published(k, time.time())
                etag = f'"{k}-{count}"'
                if headers.get("if-none-match") == etag:
                    writer.write(
                        f"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\n"
                        "Content-Length: 0\r\n\r\n".encode()
                    )
                else:
                    body = site.body(k, count)
                    writer.write(
                        f"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8"
                        f"\r\nETag: {etag}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                        + body
                    )
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port = server.sockets[0].getsockname()[1]
        tmp = port_file.with_suffix(".tmp")
        tmp.write_text(str(port))
        tmp.replace(port_file)
        async with server:
            await server.serve_forever()

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
    return 0
