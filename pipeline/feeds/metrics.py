"""Prometheus metrics of the poller, on their own registry (tests run many pollers)."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server


class PollerMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.fetches = Counter("newswire_feed_fetches", "Feed fetches attempted", registry=r)
        self.not_modified = Counter(
            "newswire_feed_not_modified", "Fetches answered 304 Not Modified", registry=r
        )
        self.errors = Counter(
            "newswire_feed_errors", "Failed fetches by kind", ["kind"], registry=r
        )
        self.articles = Counter(
            "newswire_articles_produced", "Articles confirmed by the broker", registry=r
        )
        self.revisions = Counter(
            "newswire_article_revisions",
            "Articles re-emitted because their content changed",
            registry=r,
        )
        self.delivery_failures = Counter(
            "newswire_delivery_failures", "Batches the broker did not confirm", registry=r
        )
        self.latency = Histogram(
            "newswire_feed_fetch_seconds",
            "Fetch latency (request to body read)",
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60),
            registry=r,
        )
        self.feeds = Gauge(
            "newswire_feeds",
            "Feeds of this poller: active, or disabled (gone)",
            ["status"],
            registry=r,
        )

    def count_feeds(self, *, active: int, disabled: int) -> None:
        self.feeds.labels(status="active").set(active)
        self.feeds.labels(status="disabled").set(disabled)

    def serve(self, port: int, host: str = "127.0.0.1") -> Callable[[], None]:
        """Serve /metrics on host:port in a daemon thread; returns what stops it."""
        server, _ = start_http_server(port, addr=host, registry=self.registry)
        return server.shutdown
