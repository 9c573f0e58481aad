"""What a fetch's outcome does to a feed's state: its schedule, its error count, and
whether it is disabled. The poller saves the state and keeps its own in-memory retries.

A success resets the errors and schedules the next fetch at the feed's interval (as the
server's headers and the feed's ttl stretch it). A failure backs off exponentially with
jitter; a 410 Gone disables the feed, which is still asked weekly, and any answer revives
it. Each incident is logged once as a warning; the same failure again is a debug line.
"""

from __future__ import annotations

import logging
import random

from ..errors import FetchError
from ..settings import Settings
from .feedsfile import FeedConfig
from .schedule import error_delay, ok_interval
from .state import FeedState

log = logging.getLogger("newswire.poller")
GONE_RECHECK_S = 7 * 86_400  # a disabled (410 Gone) feed is asked again; an answer revives it


def record_success(
    st: FeedState,
    cfg: FeedConfig,
    headers: dict[str, str],
    ttl: int | None,
    now: float,
    *,
    status: int,
    settings: Settings,
) -> None:
    if st.error_count:
        log.info(
            "%s: recovered after %d failed fetch(es)",
            st.url,
            st.error_count,
            extra={"feed": cfg.url},
        )
    if st.disabled:
        log.warning("%s: answers again; polling resumed", st.url, extra={"feed": cfg.url})
    st.disabled, st.disabled_reason = False, None
    st.error_count, st.last_error_kind = 0, None
    st.last_fetch, st.last_status = now, status
    interval = ok_interval(interval=cfg.interval, headers=headers, ttl=ttl, settings=settings)
    st.next_due = now + interval


def record_failure(
    st: FeedState, exc: FetchError, now: float, *, settings: Settings, rnd: random.Random
) -> None:
    st.last_fetch, st.last_status = now, getattr(exc, "status", None)
    if exc.kind == "gone" or st.disabled:  # any failure of a disabled feed keeps it so
        if not st.disabled:
            msg = "%s: disabled: %s; asked again weekly (remove it from the feeds file to stop)"
            log.warning(msg, st.url, exc, extra={"feed": st.key, "kind": exc.kind})
        st.disabled, st.disabled_reason = True, st.disabled_reason or str(exc)
        st.next_due = now + GONE_RECHECK_S
        return
    st.error_count += 1
    retry_after = getattr(exc, "retry_after", None)
    delay = error_delay(st.error_count, settings=settings, rnd=rnd, retry_after=retry_after)
    st.next_due = now + delay
    # Once per incident: the first failure, or a change of kind, is a warning;
    # the same failure again (an offline feed every few hours) only a debug line.
    first = st.error_count == 1 or st.last_error_kind != exc.kind
    log.log(
        logging.WARNING if first else logging.DEBUG,
        "%s: %s (%s); retry in %.0fs",
        st.url,
        exc,
        exc.kind,
        delay,
        extra={"feed": st.key, "kind": exc.kind},
    )
    st.last_error_kind = exc.kind
