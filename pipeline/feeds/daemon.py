"""The poller as a process: load the feeds, open the state and the producer, run the
poll cycle (poller.Poller) until stopped, and close everything on the way out."""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from pathlib import Path

import httpx

from ..errors import AuthenticationError, BrokerError, ConfigError
from ..settings import Settings
from .delivery import Delivery, ProducerFactory
from .feedsfile import default_feeds_path, in_shard, load_feeds
from .metrics import PollerMetrics
from .netguard import Resolver
from .poller import Clock, Poller, iso
from .state import StateStore

log = logging.getLogger("newswire.poller")


def check_credentials(settings: Settings) -> None:
    """With SASL or SSL on, refuse to start on credentials the broker rejects (an
    AuthenticationError: exit 2) rather than retry them forever; a broker that is merely
    unreachable only delays delivery, as an outage later on would."""
    if settings.security_protocol == "PLAINTEXT":
        return
    from ..kafka import make_admin

    try:
        make_admin(settings).close()
    except AuthenticationError:
        raise
    except BrokerError as exc:
        log.warning("%s; polling anyway: articles are delivered once it answers", exc)


def run_poller(
    settings: Settings,
    *,
    feeds_path: str | Path | None = None,
    once: bool = False,
    shard: tuple[int, int] | None = None,
    producer_factory: ProducerFactory | None = None,
    clock: Clock = time.time,
    stop_event: threading.Event | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    resolver: Resolver | None = None,
    rnd: random.Random | None = None,
    metrics: PollerMetrics | None = None,
) -> int:
    """Run until stop_event is set (or one pass with once=True); returns an exit status."""
    path = feeds_path or settings.feeds_file or default_feeds_path()
    listed = load_feeds(path)
    feeds = [f for f in listed if f.enabled and in_shard(f.url, shard)]
    if not feeds:
        raise ConfigError(f"no enabled feeds in {path}" + (f" for shard {shard}" if shard else ""))
    if producer_factory is None:
        check_credentials(settings)
    metrics = metrics or PollerMetrics()
    if settings.metrics_port:
        metrics.serve(settings.metrics_port, settings.listen_host)
    state = StateStore(settings.poller_state_path())
    delivery = Delivery(settings, producer_factory)
    stop = stop_event or threading.Event()
    log.info(
        "polling %d feed(s) from %s%s; state %s",
        len(feeds),
        path,
        f", shard {shard[0]}/{shard[1]}" if shard else "",
        state.path,
    )
    clamped = [f for f in feeds if f.interval and f.interval < settings.min_interval_s]
    if clamped:
        log.warning(
            "%d feed(s) ask for an interval below min_interval_s (%ds), which they get "
            "instead (e.g. %s); lower NEWSWIRE_MIN_INTERVAL_S to poll them more often",
            len(clamped), settings.min_interval_s, clamped[0].url,
        )  # fmt: skip
    mine = {f.url for f in feeds}
    for st in state.disabled():
        if st.key in mine:  # said at every start: one warning when it happened is easy to miss
            log.warning(
                "%s is disabled (%s; last asked %s): asked again weekly, polled again once "
                "it answers; remove it from %s to stop",
                st.key, st.disabled_reason, iso(st.last_fetch or 0), path,
            )  # fmt: skip
    poller = Poller(
        settings,
        feeds,
        state,
        delivery,
        clock=clock,
        stop_event=stop,
        transport=transport,
        resolver=resolver,
        rnd=rnd,
        metrics=metrics,
        listed={f.url for f in listed},
    )
    try:
        return asyncio.run(poller.run(once=once))
    finally:
        delivery.close()
        state.close()
        log.info("poller stopped")
