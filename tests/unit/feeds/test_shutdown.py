"""Stopping the poller while the system resolver hangs (a DNS outage).

getaddrinfo cannot be cancelled: a lookup blocks its thread until the resolver gives
up (tens of seconds per name with several nameservers and search domains). The test's
resolver never returns until the test releases it, so whether SIGTERM waits for it
does not depend on timing.
"""

import dataclasses
import socket
import threading

import httpx

from pipeline.feeds.daemon import run_poller

from .samples import rss_with_items
from .test_poller import World, feed


def test_stop_returns_while_a_dns_lookup_still_hangs(tmp_path, monkeypatch):
    world = World(tmp_path)
    world.feeds("/a")
    world.pages["/a"] = feed(rss_with_items(1))
    entered, release = threading.Event(), threading.Event()

    def hanging_getaddrinfo(*args, **kwargs):
        entered.set()
        release.wait()
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", hanging_getaddrinfo)
    monkeypatch.setattr("pipeline.feeds.poller.STOP_GRACE_S", 0.1)
    stop = threading.Event()
    result: list[int] = []
    poller = threading.Thread(
        target=lambda: result.append(
            run_poller(
                dataclasses.replace(world.settings, allow_private_addresses=False),
                feeds_path=world.feeds_path,
                producer_factory=world.factory,
                stop_event=stop,
                transport=httpx.MockTransport(world.handler),
            )
        ),
        daemon=True,
    )
    poller.start()
    try:
        assert entered.wait(30), "the poller never looked the feed's host up"
        stop.set()  # what SIGTERM does
        poller.join(30)  # only bounds a failing run: the lookup never returns by itself
        assert not poller.is_alive(), "the poller waits for a DNS lookup that hangs"
        assert result == [0]
    finally:
        release.set()
        poller.join(30)
