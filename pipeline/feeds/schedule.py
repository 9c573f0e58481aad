"""When to fetch a feed next: pure arithmetic over headers, ttl, errors and a random source.

Politeness lives here. A healthy feed is fetched at its interval, stretched
by the server's Cache-Control max-age or the feed's own <ttl> (the publisher
knows best how often it changes), and always clamped to [min_interval_s,
max_interval_s]. A failing feed backs off exponentially with jitter, so a
thousand feeds that failed together (a network outage) do not retry together.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from email.utils import parsedate_to_datetime

from ..settings import Settings

DEFAULT_INTERVAL_S = 900  # a 15-minute cycle when the feeds file gives no interval
MAX_RETRY_AFTER_S = 86_400  # a server may ask us to wait, but a day is the most we hold
_MAX_AGE = re.compile(r"(?:^|[,\s])(?:s-maxage|max-age)\s*=\s*\"?(\d+)", re.I)


def clamp(value: float, settings: Settings) -> float:
    return float(min(max(value, settings.min_interval_s), settings.max_interval_s))


def cache_max_age(headers: Mapping[str, str]) -> int | None:
    value = headers.get("cache-control")
    if not value:
        return None
    m = _MAX_AGE.search(value)
    return int(m.group(1)) if m else None


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), MAX_RETRY_AFTER_S))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return float(min(max(when.timestamp() - now, 0.0), MAX_RETRY_AFTER_S))


def ok_interval(
    *, interval: float | None, headers: Mapping[str, str], ttl: int | None, settings: Settings
) -> float:
    """Seconds until the next fetch of a feed that answered 200 or 304."""
    wanted = max(interval or DEFAULT_INTERVAL_S, cache_max_age(headers) or 0, ttl or 0)
    return clamp(wanted, settings)


def error_delay(
    error_count: int, *, settings: Settings, rnd: random.Random, retry_after: float | None = None
) -> float:
    """Exponential backoff with 'equal jitter': half fixed, half random, within the ceiling.

    A Retry-After from the server is a floor: we never come back earlier than asked.
    """
    step = settings.min_interval_s * (2 ** min(max(error_count - 1, 0), 30))
    base = min(step, settings.max_interval_s)
    delay = base / 2 + rnd.random() * base / 2
    if retry_after is not None:
        delay = max(delay, retry_after)
    return float(delay)


def longest_wait(settings: Settings) -> float:
    """The furthest ahead a schedule can be: the longest interval or backoff, or the most
    a Retry-After may hold us. A feed due later than this from now was scheduled by a
    clock that has since been set back, and is due now."""
    return float(max(settings.max_interval_s, MAX_RETRY_AFTER_S))
