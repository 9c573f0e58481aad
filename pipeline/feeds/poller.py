"""The poller daemon: fetch due feeds concurrently, produce new entries, then save state.

Order per fetch: fetch -> parse -> keep entries that are new or changed ->
produce and wait for the broker's acks -> only then commit validators,
schedule and seen ids in one SQLite transaction. If the broker does not
confirm, nothing is committed: the parsed batch stays in memory and only its
delivery is retried, with backoff, without downloading the feed again. A
restart forgets the batch, but the state was not advanced, so the same entries
are fetched again: an outage delays articles but never loses them (duplicates
are possible; losses are not).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor

import httpx

from ..errors import FetchError
from ..settings import Settings
from .batch import Batch
from .delivery import Delivery, DeliveryError
from .feedsfile import FeedConfig
from .fetch import fetch, make_client
from .metrics import PollerMetrics
from .netguard import Resolver
from .outcomes import GONE_RECHECK_S, record_failure, record_success
from .parse import parse_feed
from .schedule import error_delay, longest_wait
from .state import FeedState, StateStore
from .urls import host_of

log = logging.getLogger("newswire.poller")
Clock = Callable[[], float]
SEEN_MAX_AGE_S = 30 * 86_400  # forget entries a feed stopped listing a month before its latest
SEEN_MAX_PER_FEED = 5_000
STOP_GRACE_S = 5.0  # in-flight deliveries get this long to finish on SIGTERM


def iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


class Poller:
    def __init__(
        self,
        settings: Settings,
        feeds: list[FeedConfig],
        state: StateStore,
        delivery: Delivery,
        *,
        clock: Clock,
        stop_event: threading.Event,
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver | None = None,
        rnd: random.Random | None = None,
        metrics: PollerMetrics | None = None,
        listed: Collection[str] | None = None,
    ) -> None:
        self.settings, self.feeds, self.state, self.delivery = settings, feeds, state, delivery
        # the whole feeds file (other shards too): any other feed's state is forgotten in time
        self.listed = set(listed) if listed is not None else {f.url for f in feeds}
        self.clock, self.stop_event, self.resolver = clock, stop_event, resolver
        self.transport = transport
        self.rnd = rnd or random.Random()
        self.metrics = metrics or PollerMetrics()
        # Retries kept in memory, ahead of the state's schedule: a delivery the broker did
        # not confirm (the on-disk state must stay exactly as it was), or a feed backed off
        # after an unexpected failure (the state database may be what failed). A success
        # or an ordinary failure sets the schedule anew and drops the entry.
        self.retry_at: dict[str, float] = {}
        self.delivery_failures: dict[str, int] = defaultdict(int)
        self.undelivered: set[str] = set()
        self.pending: dict[str, Batch] = {}  # at most one parsed fetch per feed
        self.crash_failures: dict[str, int] = defaultdict(int)
        self._longest_wait = longest_wait(settings) + 60.0
        self._host_limits: dict[str, asyncio.Semaphore] = {}
        self._parse_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newswire-parse")
        # what a pass did, for the summary of a --once run: fetched, not_modified, failed, new
        self.tally: Counter[str] = Counter()

    def due(self, now: float, busy: set[str]) -> list[FeedConfig]:
        out = []
        disabled_feeds = 0
        for cfg in self.feeds:
            next_due, disabled = self.state.schedule(cfg.url)
            disabled_feeds += disabled
            if cfg.url in busy:
                continue
            when = self.retry_at.get(cfg.url, next_due)
            # A schedule beyond the longest possible wait was set by a clock that ran
            # ahead and was corrected since: without this, nothing is fetched until the
            # clock catches up again.
            longest = GONE_RECHECK_S + 60.0 if disabled else self._longest_wait
            if when <= now or when > now + longest:
                out.append(cfg)
        self.metrics.count_feeds(active=len(self.feeds) - disabled_feeds, disabled=disabled_feeds)
        return out

    async def run(self, *, once: bool) -> int:
        self._global = asyncio.Semaphore(self.settings.concurrency)
        tasks: dict[str, asyncio.Task[None]] = {}
        async with make_client(self.settings, self.transport) as client:
            self.client = client
            last_prune = 0.0
            while not self.stop_event.is_set():
                now = self.clock()
                due = self.due(now, set(tasks))
                for cfg in due:
                    tasks[cfg.url] = asyncio.create_task(self.poll_feed(cfg), name=cfg.url)
                await self._wait_or_stop(tasks, until_empty=once)
                if once:
                    self._summarise(len(due), now)
                # after a --once pass too: a poller run from cron never pruned anything
                if now - last_prune > 3600:
                    self._prune(now)
                    last_prune = now
                if once:
                    break
            await self._shutdown(tasks)
        self._parse_pool.shutdown(wait=False, cancel_futures=True)
        if self.undelivered:
            msg = "%d feed(s) not delivered (broker unreachable): state kept, to fetch again"
            log.error(msg, len(self.undelivered))
            return 1 if once else 0
        return 0

    def _summarise(self, due: int, now: float) -> None:
        """One line for a --once pass: what was fetched, and when the rest is due."""
        t = self.tally
        later = [self.state.schedule(cfg.url)[0] for cfg in self.feeds]
        upcoming = [w for w in later if w > now]
        log.info(
            "pass done: %d of %d feed(s) due; %d fetched (%d new or revised article(s)), "
            "%d not modified, %d failed%s",
            due, len(self.feeds), t["fetched"], t["new"], t["not_modified"], t["failed"],
            f"; next due in {min(upcoming) - now:.0f}s" if upcoming else "",
        )  # fmt: skip

    async def _wait_or_stop(
        self, tasks: dict[str, asyncio.Task[None]], *, until_empty: bool
    ) -> None:
        """Wait for tasks to finish, waking every 0.2 s to notice a stop request."""
        while tasks and not self.stop_event.is_set():
            done, _ = await asyncio.wait(
                list(tasks.values()), timeout=0.2, return_when=asyncio.FIRST_COMPLETED
            )
            for task in done:
                tasks.pop(task.get_name(), None)
                if not task.cancelled() and task.exception() is not None:
                    log.error("poll task failed", exc_info=task.exception())
            if done and not until_empty:
                return
        if not tasks and not until_empty:
            await asyncio.sleep(0.2)

    async def _shutdown(self, tasks: dict[str, asyncio.Task[None]]) -> None:
        if tasks:
            # Fetches stop; a delivery in progress may finish and commit its state.
            _, pending = await asyncio.wait(list(tasks.values()), timeout=STOP_GRACE_S)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    def _prune(self, now: float) -> None:
        try:
            self.state.prune(max_age_s=SEEN_MAX_AGE_S, max_per_feed=SEEN_MAX_PER_FEED)
            gone = self.state.forget_unlisted(self.listed, before=now - SEEN_MAX_AGE_S)
        except Exception:  # the database busy or failing: polling goes on, pruning next hour
            log.exception("pruning the poller state failed")
            return
        if gone:
            log.info("forgot %d feed(s) no longer in the feeds file", gone)

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        host = host_of(url)
        if host not in self._host_limits:
            self._host_limits[host] = asyncio.Semaphore(self.settings.per_host_concurrency)
        return self._host_limits[host]

    async def poll_feed(self, cfg: FeedConfig) -> None:
        try:
            await self._poll_feed(cfg)
        except Exception as exc:  # a bug, or the state database failing: never a hot loop
            self._crashed(cfg, exc)

    def _crashed(self, cfg: FeedConfig, exc: Exception) -> None:
        """Back the feed off as after a failed fetch. The backoff is kept in memory too,
        since the state database may be what failed."""
        n = self.crash_failures[cfg.url] = self.crash_failures[cfg.url] + 1
        delay = error_delay(n, settings=self.settings, rnd=self.rnd)
        log.error(
            "%s: unexpected %s while polling; retry in %.0fs",
            cfg.url,
            type(exc).__name__,
            delay,
            exc_info=exc,
            extra={"feed": cfg.url},
        )
        try:
            st = self.state.ensure(cfg.url)
            self._failed(st, FetchError("internal", f"{type(exc).__name__}: {exc}"))
        except Exception:
            log.debug("could not record the failure in the state database", exc_info=True)
        self.retry_at[cfg.url] = self.clock() + delay

    async def _poll_feed(self, cfg: FeedConfig) -> None:
        st = self.state.ensure(cfg.url)
        batch = self.pending.pop(cfg.url, None)  # parsed before, the broker never confirmed
        if batch is None:
            batch = await self._fetch(cfg, st)
            if batch is None:
                return
        if batch.fresh and not await self._deliver(cfg, batch.fresh):
            # Kept in memory and retried alone at retry_at: an outage must not turn
            # every feed into a full download a minute (the state, and so the ETag, was
            # not advanced). A restart forgets it, and fetches the same entries again.
            self.pending[cfg.url] = batch
            return
        self._commit(cfg, st, batch)

    async def _fetch(self, cfg: FeedConfig, st: FeedState) -> Batch | None:
        """Fetch and parse; None when there is nothing to deliver (an error, a 304)."""
        async with self._global, self._host_limit(st.url):
            if self.stop_event.is_set():
                return None
            self.metrics.fetches.inc()
            started = time.monotonic()
            try:
                result = await fetch(
                    self.client,
                    st,
                    settings=self.settings,
                    clock=self.clock,
                    resolver=self.resolver,
                )
            except FetchError as exc:
                self.metrics.latency.observe(time.monotonic() - started)
                self._failed(st, exc)
                return None
        self.metrics.latency.observe(result.elapsed_s)
        now = self.clock()
        if result.permanent_url and result.permanent_url != st.url:
            log.info(
                "feed moved permanently: %s -> %s",
                st.url,
                result.permanent_url,
                extra={"feed": cfg.url},
            )
            st.url = result.permanent_url
        if result.not_modified:
            self.tally["not_modified"] += 1
            self.metrics.not_modified.inc()
            self._succeeded(st, cfg, result.headers, None, now, status=304)
            self.state.save(st)
            return None
        loop = asyncio.get_running_loop()
        parsed = await loop.run_in_executor(
            self._parse_pool,
            functools.partial(
                parse_feed,
                result.body,
                feed_url=st.url,
                headers=result.headers,
                fetched_at=iso(now),
                feed_name=cfg.name,
            ),
        )
        if parsed.error and not parsed.articles:
            self._failed(st, FetchError("bad_content", parsed.error))
            return None
        if parsed.warnings:
            # salvaged: what the parser had to skip or repair may be missing from the articles
            log.warning(
                "%s: %d entr%s read from a feed that needed repair: %s",
                cfg.name or st.url, len(parsed.articles),
                "y" if len(parsed.articles) == 1 else "ies", "; ".join(parsed.warnings)[:500],
                extra={"feed": cfg.url},
            )  # fmt: skip
        known = self.state.known_hashes(cfg.url, (a.id for a in parsed.articles))
        return Batch.of(parsed, known, url=st.url, result=result, fetched=now)

    def _commit(self, cfg: FeedConfig, st: FeedState, batch: Batch) -> None:
        """The broker confirmed the batch: validators, schedule and seen ids, at once."""
        fresh, revisions = batch.fresh, batch.revisions
        self.metrics.articles.inc(len(fresh))
        self.tally["fetched"] += 1
        self.tally["new"] += len(fresh)
        self.metrics.revisions.inc(revisions)
        st.url = batch.url
        self._succeeded(st, cfg, batch.headers, batch.ttl, batch.fetched, status=batch.status)
        st.etag, st.last_modified = batch.etag, batch.last_modified
        self.state.commit_fetch(st, batch.hashes.items(), batch.fetched)
        if fresh:
            log.info(
                "%s: %d new, %d revised",
                cfg.name or st.url,
                len(fresh) - revisions,
                revisions,
                extra={"feed": cfg.url},
            )

    async def _deliver(self, cfg: FeedConfig, articles: list) -> bool:
        try:
            await self.delivery.send(articles)
        except DeliveryError as exc:
            self.metrics.delivery_failures.inc()
            n = self.delivery_failures[cfg.url] = self.delivery_failures[cfg.url] + 1
            delay = min(60.0, 2.0**n) * (0.5 + self.rnd.random() / 2)
            self.retry_at[cfg.url] = self.clock() + delay
            self.undelivered.add(cfg.url)
            level = logging.WARNING if n == 1 else logging.DEBUG
            log.log(
                level,
                "%s: %d article(s) not confirmed by the broker, state kept, retry in %.0fs: %s",
                cfg.url,
                len(articles),
                delay,
                exc,
                extra={"feed": cfg.url},
            )
            return False
        self.delivery_failures.pop(cfg.url, None)
        self.undelivered.discard(cfg.url)
        return True

    def _succeeded(
        self,
        st: FeedState,
        cfg: FeedConfig,
        headers: dict[str, str],
        ttl: int | None,
        now: float,
        *,
        status: int,
    ) -> None:
        self.crash_failures.pop(cfg.url, None)
        self.retry_at.pop(cfg.url, None)
        record_success(st, cfg, headers, ttl, now, status=status, settings=self.settings)

    def _failed(self, st: FeedState, exc: FetchError) -> None:
        self.retry_at.pop(st.key, None)  # the schedule set now is the one that counts
        self.tally["failed"] += 1
        self.metrics.errors.labels(kind=exc.kind).inc()
        record_failure(st, exc, self.clock(), settings=self.settings, rnd=self.rnd)
        self.state.save(st)
