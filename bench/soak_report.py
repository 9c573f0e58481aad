"""The soak benchmark's samples and what they add up to: one line per sample while it runs,
and the figures of the last line (growth per hour by least squares after a warm-up)."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable

WARMUP_FRACTION = 0.2
MB = 1024 * 1024


@dataclasses.dataclass
class Sample:
    t_s: float
    poller_rss_mb: float
    worker_rss_mb: float
    broker_rss_mb: float
    poller_cpu_s: float
    worker_cpu_s: float
    state_bytes: int
    wal_bytes: int  # of which the -wal file (SQLite reuses it; its size is a high-water mark)
    seen_rows: int | None
    datadir_bytes: int
    raw: int | None
    enriched: int | None
    duplicates: int | None


def slope_per_hour(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of (seconds, value) points, per hour."""
    if len(points) < 2:
        return None
    n = len(points)
    mx = sum(t for t, _ in points) / n
    my = sum(v for _, v in points) / n
    sxx = sum((t - mx) ** 2 for t, _ in points)
    if sxx == 0:
        return None
    sxy = sum((t - mx) * (v - my) for t, v in points)
    return sxy / sxx * 3600


def _r(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _n(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def line(s: Sample, prev: Sample | None) -> str:
    """One progress line; CPU is the share of one core since the previous sample."""
    dt = s.t_s - prev.t_s if prev is not None else 0.0

    def cpu(now: float, before: float | None) -> str:
        return f"{100 * (now - before) / dt:3.0f}%" if before is not None and dt else "  -"

    return (
        f"t={s.t_s:5.0f}s"
        f"  poller {s.poller_rss_mb:6.1f} MB cpu "
        + cpu(s.poller_cpu_s, prev.poller_cpu_s if prev else None)
        + f"  worker {s.worker_rss_mb:6.1f} MB cpu "
        + cpu(s.worker_cpu_s, prev.worker_cpu_s if prev else None)
        + f"  broker {s.broker_rss_mb:6.1f} MB"
        f"  state {s.state_bytes / MB:6.2f} MB (wal {s.wal_bytes / MB:.2f}, seen {_n(s.seen_rows)})"
        f"  datadir {s.datadir_bytes / MB:6.2f} MB"
        f"  raw {_n(s.raw)}  enriched {_n(s.enriched)}  dup {_n(s.duplicates)}"
    )


def summarise(samples: list[Sample], args: argparse.Namespace, interrupted: bool) -> dict:
    first, last = samples[0], samples[-1]
    skip = int(len(samples) * WARMUP_FRACTION)
    steady = samples[skip:] if len(samples) - skip >= 2 else samples

    def rate(get: Callable[[Sample], float | int | None]) -> float | None:
        pts = [(s.t_s, float(v)) for s in steady if (v := get(s)) is not None]
        return slope_per_hour(pts)

    articles = rate(lambda s: s.enriched)
    state = rate(lambda s: s.state_bytes)
    datadir = rate(lambda s: s.datadir_bytes)
    worker = rate(lambda s: s.worker_rss_mb)
    seen = rate(lambda s: s.seen_rows)
    wall = last.t_s - first.t_s

    def cpu_pct(before: float, after: float) -> float | None:
        return 100 * (after - before) / wall if wall else None

    def per_article(value: float | None, scale: float = 1.0) -> float | None:
        if value is None or not articles:
            return None
        return round(value * scale / articles, 1)

    return {
        "minutes": round(wall / 60, 2),
        "articles_delivered": last.enriched,
        "poller_rss_mb_start": _r(first.poller_rss_mb),
        "poller_rss_mb_end": _r(last.poller_rss_mb),
        "worker_rss_mb_start": _r(first.worker_rss_mb),
        "worker_rss_mb_end": _r(last.worker_rss_mb),
        "poller_rss_mb_per_hour": _r(rate(lambda s: s.poller_rss_mb), 2),
        "worker_rss_mb_per_hour": _r(worker, 2),
        "state_bytes_per_hour": _r(state, 0),
        "datadir_bytes_per_hour": _r(datadir, 0),
        "articles_per_hour": _r(articles, 0),
        # context: what the growth is per article, and the rest of the run
        "state_bytes_per_article": per_article(state),
        "seen_rows_per_article": round(seen / articles, 2) if seen and articles else None,
        "datadir_bytes_per_article": per_article(datadir),
        "worker_rss_bytes_per_article": per_article(worker, MB),
        "poller_rss_mb_max": _r(max(s.poller_rss_mb for s in samples)),
        "worker_rss_mb_max": _r(max(s.worker_rss_mb for s in samples)),
        "broker_rss_mb_end": _r(last.broker_rss_mb),
        "state_bytes_start": first.state_bytes,
        "state_bytes_end": last.state_bytes,
        "state_wal_bytes_end": last.wal_bytes,
        "seen_rows_end": last.seen_rows,
        "datadir_bytes_start": first.datadir_bytes,
        "datadir_bytes_end": last.datadir_bytes,
        "raw_records": last.raw,
        "duplicates": last.duplicates,
        "poller_cpu_pct": _r(cpu_pct(first.poller_cpu_s, last.poller_cpu_s)),
        "worker_cpu_pct": _r(cpu_pct(first.worker_cpu_s, last.worker_cpu_s)),
        "samples": len(samples),
        "warmup_samples_skipped": skip if steady is not samples else 0,
        "every_s": args.every,
        "feeds": args.feeds,
        "entries_per_feed": args.entries,
        "publish_rate_per_s": args.rate,
        "interval_s": args.interval,
        "store": args.store,
        "dedupe_window_days": args.dedupe_window_days,
        "interrupted": interrupted,
    }  # fmt: skip
